"""A reading's name further back, past the words of how it moves and when
(``numbers_age_before``): the number is its value, no age."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector
from tests.support.redact_posts import detector as shared_detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()  # one lexicon load for every redaction test module


def _ages(detector: Detector, text: str) -> list[str]:
    return [s.text for s in detector.detect(text, EMPTY_PROFILE) if s.type.name == "AGE"]


@pytest.mark.parametrize(
    "text",
    [
        "eGFR slid from 38 in 2019 to 11 by Jan.",
        "FIQR aktuell 61.",
        "Her heart rate at night was 41.",
        "bile acids 42 last week.",
        "mRSS 14. On mycophenolate.",
        "Das Renin lag bei 48.",
        "Sodium 129 and potassium 5.8.",
    ],
)
def test_a_readings_value_is_no_age(detector: Detector, text: str) -> None:
    assert _ages(detector, text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Diagnosed at 47 with MS.", "47"),
        ("endo at 24, married at 22", "24"),
        ("Perimenopause at 44, HRT since.", "44"),
        ("My son is now 14.", "14"),
    ],
)
def test_a_condition_at_a_number_stays_an_age(detector: Detector, text: str, age: str) -> None:
    assert age in _ages(detector, text)


@pytest.mark.parametrize(
    "text",
    ["Tumour has shrunk from 34 mm.", "Hypos overnight are less now.", "Stents went in fine."],
)
def test_a_common_medical_noun_opening_a_sentence_is_no_speaker(
    detector: Detector, text: str
) -> None:
    word = text.split()[0]
    assert all(s.text != word for s in detector.detect(text, EMPTY_PROFILE))


def test_a_name_opening_a_sentence_still_speaks(detector: Detector) -> None:
    assert "Priya" in [s.text for s in detector.detect("Priya said hi.", EMPTY_PROFILE)]


@pytest.mark.parametrize(
    "text",
    [
        "Had one transfusion with my Hb dropping to around 62.",  # a moving reading
        "Sats dipping to 84 when he naps.",
        "Free T3 4.1 and T4 19 (was 41 in March).",  # the reading's earlier value
        "Mein PHQ-9 ging von 21 auf 9 runter.",  # German: von ... auf
        "His anti-HBs was 4 at the check.",  # a code after a small prefix
        "Her HBs is 8 now.",  # a code in the plural
        "Novomix 22 units (was 14 before steroids).",  # the unit before the old value
        "Took one 10 lozenge for the throat.",  # a dose form in the singular
        "Moved to Evorel Conti 50 in spring.",  # a product's second name (a surname too)
        "Factor 30 on the scar.",
    ],
)
def test_a_moving_or_earlier_reading_is_no_age(detector: Detector, text: str) -> None:
    assert _ages(detector, text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Anca 40 next week, party after clinic.", "40"),  # a test's letters as a name
        ("Nan 91 (was 90 in June), still sharp.", "90"),
        ("Dad was diagnosed at about 52.", "52"),
        ("Ellie 7 and Tom 9 came to the infusion.", "7"),
    ],
)
def test_a_persons_number_stays_an_age(detector: Detector, text: str, age: str) -> None:
    assert age in _ages(detector, text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ramipril 5 + Bisoprolol 2.5. 52, heart failure since 2019.", "52"),
        ("Urea 14, K 5.1. 38 and on dialysis three times a week.", "38"),
        ("Back pain, 57, still driving the forklift.", "57"),  # a pain score is out of 10
    ],
)
def test_an_age_opening_a_sentence_after_readings_stays_an_age(
    detector: Detector, text: str, age: str
) -> None:
    assert age in _ages(detector, text)


@pytest.mark.parametrize(
    "text", ["Fatigue was like 9. 6 by the evening.", "Ferritin ca. 12 and Hb approx. 95."]
)
def test_a_reading_after_a_full_stop_or_an_abbreviation_is_no_age(
    detector: Detector, text: str
) -> None:
    assert _ages(detector, text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("My support worker, Jo, who is about 30 and very patient.", "30"),  # who: a person
        ("Grandad's 90th ended up in A&E.", "90th"),  # a birthday told without the word
        ("It was Priya's 18th and I stayed home.", "18th"),
    ],
)
def test_a_persons_number_said_another_way_stays_an_age(
    detector: Detector, text: str, age: str
) -> None:
    assert age in _ages(detector, text)


@pytest.mark.parametrize(
    "text", ["Her 16th infusion went fine.", "The clinic, which is 20 minutes away."]
)
def test_a_rank_or_a_things_number_is_no_age(detector: Detector, text: str) -> None:
    assert _ages(detector, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The scan quoted ₹40 thousand, and the op ₹2 lakh.",  # money, any currency
        "Insurance pays 30 pro Monat.",
        "Rig roster is 3 on 2 off now.",
        "Chair 12 at the unit, then home.",
        "Press option 2, then ext 5.",
        "Tag 4 mit Prednisolon.",
        "Reactions for the first 4 doses, fine after the last 2.",
    ],
)
def test_a_counts_or_a_places_number_is_no_age(detector: Detector, text: str) -> None:
    assert _ages(detector, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her carer Femi comes at 7 now.",
        "Ring me after 6 please.",
        "Call Bongani at 5 about the scripts.",
        "He saw me online at 3, bless him.",
    ],
)
def test_an_hour_someone_comes_or_calls_is_no_age(detector: Detector, text: str) -> None:
    assert _ages(detector, text) == []


def test_an_age_a_heart_hole_may_close_by_stays_an_age(detector: Detector) -> None:
    text = "The cardiologist says the hole may close by itself by 2."
    assert "2" in _ages(detector, text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # review 17: the words near an hour, a rate, a run and a kin's letters are no
        # proof; each of these is someone's age
        ("I became my mum's carer at 11 after her stroke.", "11"),
        ("Meet her birth mom at 18, that was always the plan.", "18"),
        ("Oma ist 84 per Definition hochbetagt.", "84"),
        ("Of my boys the first 16 and the next 13 both had glandular fever.", "16"),
        ("eldest 14, next 11, last 4, all coeliac like me", "11"),
        ("Mum 88 injection every 3 months for the bones.", "88"),
        ("nurse here 41 on 4 off 4 and the perimenopause is wrecking me", "41"),
        ("ring after 6, Gran's 91 and she's on oxygen now", "91"),  # someone's number
        ("It was Nan's 90th tea at the care home.", "90th"),  # a birthday's party words
        ("Ollie's 16th sleepover got cancelled because of the chemo.", "16th"),
    ],
)
def test_an_age_beside_an_hour_rate_or_run_word_stays_an_age(
    detector: Detector, text: str, age: str
) -> None:
    assert age in _ages(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "HR was 70. 96 after standing for ten minutes.",  # a reading's next value
        "A1c was 61. 52 now!",
        "Itch 14 on the 5-D itch scale.",  # a named scale above ten
        "Mood 44 on the WEMWBS this week.",
    ],
)
def test_a_readings_next_value_or_a_named_scale_is_no_age(detector: Detector, text: str) -> None:
    assert _ages(detector, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "MSLT mean sleep latency 2.5 min, 4 SOREMPs.",  # a count of capitals in the plural
        "last 6 INRs all in range on 5mg warfarin",
        "two kids, 4 MRIs later and still no answer",
        "The PBS criteria need SLEDAI ≥ 10 before they fund it.",  # a threshold
        "family history of SCD and septum >30 on the echo",
    ],
)
def test_a_count_of_tests_or_a_threshold_is_no_age(detector: Detector, text: str) -> None:
    assert _ages(detector, text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("> 34 and just diagnosed with MS, any advice?", "34"),  # a quote's mark, no threshold
        ("Mum is 84 and has had 3 UTIs this year.", "84"),
    ],
)
def test_an_age_beside_those_stays_an_age(detector: Detector, text: str, age: str) -> None:
    assert age in _ages(detector, text)


def test_psoriatic_arthritis_is_no_prostate_reading(detector: Detector) -> None:
    """ "PsA" is psoriatic arthritis: the age after it stays an age; "PSA" is the lab."""
    assert _ages(detector, "So: diagnosed PsA at 31, failed methotrexate.") == ["31"]
    assert _ages(detector, "my PSA at 31 worried me") == []
