"""Shapes of medicine the identifier patterns read as something else: a litre's "L."
taken as a person's initial, a score out of a small total taken as a day and a month,
an address pattern over a reading or a condition. The shape stays in the post; the
names, dates, ages and addresses beside it stay hidden."""

from __future__ import annotations

import pytest

from app.redact.engine import Detector
from app.redact.medical_scores import score_ranges
from tests.support.redact_posts import detector as shared_detector
from tests.support.redact_posts import types_at as _types


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()


@pytest.mark.parametrize(
    ("text", "unit", "person"),
    [
        ("O2 sats 91% on 2L. Lincoln is bringing the new tank.", "2L", "Lincoln"),
        ("IgE 12.4 kU/L. Carrie drove me home after.", "kU/L", "Carrie"),
        ("Sodium 128 mmol/L. Levi rang the ward twice.", "mmol/L", "Levi"),
        ("Fluid limit 1.5 L. Lindiwe keeps forgetting.", "1.5 L", "Lindiwe"),
        ("Hb 98 g/L. Lachlan couldn't stop yawning.", "g/L", "Lachlan"),
    ],
)
def test_a_unit_is_no_initial(detector: Detector, text: str, unit: str, person: str) -> None:
    assert _types(detector, text, unit) == []
    assert _types(detector, text, person) == ["NAME"]


def test_an_initial_after_a_word_is_still_hidden(detector: Detector) -> None:
    text = "Saw L. Okonkwo at the clinic, then Dr U. Mensah."
    assert _types(detector, text, "L. Okonkwo") != []
    assert _types(detector, text, "U. Mensah") != []


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("ER positive 8/8, HER2 negative. My daughter Lesedi is 21.", "8/8"),
        ("CAS 5/7 today, the eye clinic wants steroids.", "5/7"),
        ("Power 5/5 in both arms, reflexes normal.", "5/5"),
        ("Left leg 4/5 power since the relapse.", "4/5"),
        ("Western blot IgM 3/3 bands, IgG 2/10.", "3/3"),
        ("Passed 2/3 of the ACR criteria.", "2/3"),
        ("Allred 6/8.", "6/8"),
    ],
)
def test_a_score_is_no_date(detector: Detector, text: str, score: str) -> None:
    assert _types(detector, text, score) == []


@pytest.mark.parametrize(
    ("text", "word", "nth"),
    [
        ("CAS 5/7 today. Appointment on 5/7 with Dr Haddad.", "5/7", 1),
        ("Left leg 4/5 power. Seen on 4/5 by Dr Nakamura.", "4/5", 1),
        ("Born 3/7/1981, ER positive 7/8.", "3/7/1981", 0),
        ("Got my results 3/3. Kwame rang me on Tuesday.", "3/3", 0),
        ("ER positive 8/8. My daughter Lesedi is 21.", "Lesedi", 0),
        ("ER positive 8/8. My daughter Lesedi is 21.", "21", 0),
        ("Cas is 24 and lives in Leeds.", "24", 0),
        ("Power cut again, Stelara in the fridge. Seen by Dr Haddad 4/5.", "4/5", 0),
    ],
)
def test_dates_names_and_ages_beside_scores_stay_hidden(
    detector: Detector, text: str, word: str, nth: int
) -> None:
    assert _types(detector, text, word, nth) != []


def test_a_score_is_at_most_its_total() -> None:
    assert score_ranges("CAS 5/7") == [(4, 7)]
    assert score_ranges("CAS 25/7") == []  # a day and a month, not a score


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Light box 10,000 lux every morning. Benji hates it.", "box 10,000"),
        ("Mycophenolate 1 g bd. Anti-dsDNA 290 now.", "Anti-dsDNA 290"),
        ("Hallo, ich habe seit 2021 Parkinson. Nehme Madopar 125 mg.", "Parkinson"),
    ],
)
def test_a_reading_is_no_address(detector: Detector, text: str, word: str) -> None:
    assert "ADDRESS" not in _types(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I live at 12 Addison Road, Leeds, since Humira started.", "12 Addison Road"),
        ("Parcel went to 2021 Parkinson Avenue by mistake.", "2021 Parkinson Avenue"),
        ("Moved to 48 Oak Street in Dayton on Keytruda.", "48 Oak Street"),
        ("Wir wohnen in der Lindenstraße 12, Kassel.", "Lindenstraße 12"),
    ],
)
def test_addresses_beside_medicine_stay_hidden(detector: Detector, text: str, word: str) -> None:
    assert _types(detector, text, word) != []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Our little Ciarán had his Fontan at the children's hospital in May.", "Fontan"),
        ("Update: the Whipple is scheduled for May 6.", "Whipple"),
        ("Die Fontan ist für Herbst 2025 geplant.", "Fontan"),
        ("i'm on 7.5. down 41 lbs since the spring.", "7.5"),
        ("She's still on 2.5 and sleeping better.", "2.5"),
    ],
)
def test_operations_and_strengths_said_bare_stay(detector: Detector, text: str, word: str) -> None:
    assert _types(detector, text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We saw the Hartmann at the market.", "Hartmann"),
        ("Met their Kasai at the school gate.", "Kasai"),
        ("Mrs Whipple is my neighbour.", "Whipple"),
        ("The Whipples are coming for tea on Sunday.", "Whipples"),
        ("She's still on 2.5 and Priya is 25.", "Priya"),
        ("She's still on 2.5 and Priya is 25.", "25"),
    ],
)
def test_people_beside_bare_operations_and_strengths_stay_hidden(
    detector: Detector, text: str, word: str
) -> None:
    assert _types(detector, text, word) != []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wang Fang sent Tiger Balm from Singapore.", "Balm"),
        ("Used Deep Heat Spray on my back.", "Spray"),
        ("Got some Aveeno Cream for the rash.", "Cream"),
    ],
)
def test_a_dose_form_is_no_name(detector: Detector, text: str, word: str) -> None:
    assert _types(detector, text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lucas Cream is my friend from Keytruda days.", "Cream"),
        ("Wang Fang sent Tiger Balm from Singapore.", "Singapore"),
        ("Got some Aveeno Cream for the rash, Priya said on Monday.", "Priya"),
    ],
)
def test_people_beside_dose_forms_stay_hidden(detector: Detector, text: str, word: str) -> None:
    assert _types(detector, text, word) != []
