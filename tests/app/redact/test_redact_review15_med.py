"""Review 15's medicine findings: a medicine rule must not release a person, a place, a
firm, an age or a date standing where the medicine's shape would be. Emergency-room and
mains-power dates, given names of cultures the name lists lack, ages before a
condition, firms that share a device's name, surnames after a German article, and a
surname that is a dose form stay hidden; the receptor scores, flaps, ages' readings and
operations the rules were written for stay in the post."""

from __future__ import annotations

import pytest

from app.redact.engine import Detector
from tests.support.redact_posts import detector as shared_detector
from tests.support.redact_posts import types_at as _types


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # ER and PR are the emergency room and a person's initials before a date
        ("Back in the ER 2/9 with chest pain again.", "2/9"),
        ("ER at 3/4 again.", "3/4"),
        ("ER today 1/15 for the pain.", "1/15"),
        ("ER now 6/30 still waiting.", "6/30"),
        ("ER is 2/14 again.", "2/14"),
        ("Seen in ER 7/9 for a fall.", "7/9"),
        ("PR 5/10 with Dr Alvarez", "5/10"),
        ("Went to the ER 3/8 after the Keytruda reaction.", "3/8"),
        # power after a date is the mains
        ("On 3/4 power cut at home, insulin fridge warm.", "3/4"),
        ("Storm on 1/12 power out", "1/12"),
        ("Since 2/6 power outage twice, Humira in a cool bag.", "2/6"),
    ],
)
def test_dates_beside_receptor_and_power_words_stay_hidden(
    detector: Detector, text: str, word: str
) -> None:
    assert "DATE" in _types(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ER positive 8/8, HER2 negative.", "8/8"),
        ("ER 7/8 PR 6/8 HER2 neg", "6/8"),
        ("PR status 6/8, Stelara stays.", "6/8"),
        ("ER Allred 7/8 on the biopsy.", "7/8"),
        ("Left leg 4/5 power since the relapse.", "4/5"),
    ],
)
def test_receptor_and_power_scores_stay(detector: Detector, text: str, word: str) -> None:
    assert _types(detector, text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My friend Diep came over.", "Diep"),
        ("Coffee with Diep at 11", "Diep"),
        ("Diep said the Humira pen hurts less", "Diep"),
        ("Phone call from Nurse Diep", "Diep"),
        ("Walked with Previa 3 miles", "Previa"),
        ("Walked with Strep 3 miles on Sunday.", "Strep"),
        ("Coffee with Rutgeerts at noon, then Keytruda.", "Rutgeerts"),
    ],
)
def test_names_no_longer_listed_as_medicine_stay_hidden(
    detector: Detector, text: str, word: str
) -> None:
    assert "NAME" in _types(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mit 34 Bluthochdruck, Ramipril 5 mg.", "34"),
        ("Mit 52 Herzinfarkt", "52"),
        ("Mit 29 Schlaganfall gehabt", "29"),
        ("At 38 fibroid removed", "38"),
        ("at 41 appendicitis, then nothing for years", "41"),
        ("Aged 45 Gürtelrose, seitdem Schmerzen.", "45"),
    ],
)
def test_an_age_before_a_condition_stays_hidden(detector: Detector, text: str, word: str) -> None:
    assert "AGE" in _types(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mit 2 Ibuprofen geschlafen.", "2"),
        ("Der Tumormarker CA 15-3 ist mit 28 im Normbereich.", "28"),
    ],
)
def test_counts_and_readings_after_mit_stay(detector: Detector, text: str, word: str) -> None:
    assert _types(detector, text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Assurity denied my claim for the MRI.", "Assurity"),
        ("Called Assurity about the disability claim", "Assurity"),
        ("Appointment at Widex on Tuesday", "Widex"),
        ("Der Whipple war heute wieder unfreundlich.", "Whipple"),
        ("Die Mohs war heute wieder da.", "Mohs"),
        ("Talked to the Whipple at the party", "Whipple"),
        ("Met Gulnara Powder at the clinic.", "Powder"),
        ("Saw Nurse Thandeka Lotion today about the Humira.", "Lotion"),
    ],
)
def test_firms_and_surnames_stay_hidden(detector: Detector, text: str, word: str) -> None:
    assert _types(detector, text, word) != []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Fontan ist für Herbst geplant.", "Fontan"),
        ("The Whipple is scheduled for May.", "Whipple"),
        ("Der Whipple war hart, 3 Wochen nach der OP.", "Whipple"),
        ("Had a DIEP flap reconstruction in May.", "DIEP"),
        ("Tested positive for strep.", "strep"),
        ("Got some Aveeno Cream for the rash.", "Cream"),
    ],
)
def test_operations_and_medicine_stay(detector: Detector, text: str, word: str) -> None:
    assert _types(detector, text, word) == []
