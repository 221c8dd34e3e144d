"""Medicine that a name, place or employer slot used to take stays in the post:
abbreviations, eponyms before a medical noun, brands in a medicine frame and medical
words of other languages; the people, places and employers beside them stay hidden."""

from __future__ import annotations

import pytest

from app.redact.engine import Detector
from app.redact.medical_acronyms import acronym
from tests.support.redact_posts import detector as shared_detector
from tests.support.redact_posts import types_at as _hit


@pytest.fixture(scope="module")
def detector() -> Detector:
    return shared_detector()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My GP finally agreed to HRT after two years of asking.", "HRT"),
        ("There's a walk-in PrEP clinic on Thursdays near the station.", "PrEP"),
        ("Grandad was diagnosed with ALS at the Royal last spring.", "ALS"),
        ("Our girl started maintenance for B-ALL at the children's unit.", "B-ALL"),
        ("ADHS Diagnose mit 31 bekommen, endlich.", "ADHS"),
        ("His CHOP INTEND went up 4 points since the last dose.", "CHOP"),
        ("Clinic said her PKU is well managed. Phe level 310 this time.", "Phe"),
    ],
)
def test_medical_abbreviations_stay(detector: Detector, text: str, word: str) -> None:
    assert _hit(detector, text, word) == []


@pytest.mark.parametrize(
    ("text", "word", "nth"),
    [
        ("Her Cobb angle went from 48 to 12 degrees after the rods.", "Cobb", 0),
        ("Scan showed a Chiari malformation, so Chiari I it is.", "Chiari", 1),
        ("He was born with Tetralogy of Fallot and had it fixed at 6 months.", "Fallot", 0),
        ("Her skin is stage Hurley II now.", "Hurley", 0),
    ],
)
def test_eponyms_before_a_medical_noun_stay(
    detector: Detector, text: str, word: str, nth: int
) -> None:
    assert _hit(detector, text, word, nth) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Opa hat seit dem Schlaganfall eine Aphasie und spricht kaum.", "Aphasie"),
        ("Der Neurologe sagt, bei Myasthenie keine Aminoglykoside.", "Aminoglykoside"),
        ("Im CT sah man ein Thymom, OP im Mai.", "Thymom"),
        ("Mum is on Renvela with every meal now.", "Renvela"),
        ("The renal team gave him Resonium for the potassium.", "Resonium"),
        ("Gynae offered Esmya before the op.", "Esmya"),
        ("Chemist had Lemsip Max, Strepsils and tissues.", "Max"),
        ("Travel jabs: Typhim Vi and Havrix on Friday.", "Vi"),
    ],
)
def test_foreign_words_and_framed_brands_stay(detector: Detector, text: str, word: str) -> None:
    assert _hit(detector, text, word) == []


# hard negatives: people, places and employers beside the same words
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dr Cobb checked my angle of curve at 9:30.", "Cobb"),
        ("My friend Whipple is coming round at 6 after her Humira jab.", "Whipple"),
        ("Coffee with Esmya at 11, then Stelara at the clinic.", "Esmya"),
        ("Renvela (my cousin) drove me to Keytruda cycle 3.", "Renvela"),
        ("Appt with Konno 9:15; the Konno procedure was years ago.", "Konno"),
        ("Ich arbeite bei Bosch in Stuttgart, Metformin 500 mg.", "Stuttgart"),
        ("Work at Fletcher Building in Penrose, on Gliclazide 80.", "Penrose"),
        ("Moved from Hartford, CT to Lansing on Saturday, Ozempic 1 mg.", "Lansing"),
        ("Priya texted on Monday, I'm on Stelara now.", "Priya"),
        ("My job at SARS is stressful, BP up on ramipril 5mg.", "SARS"),
        ("Gave Calpol Sarah and she slept.", "Sarah"),
        ("During the MRI Max waited outside.", "Max"),
    ],
)
def test_people_and_places_beside_them_stay_hidden(
    detector: Detector, text: str, word: str
) -> None:
    assert _hit(detector, text, word) != []


def test_abbreviations_count_in_capitals_or_as_written_only() -> None:
    assert acronym("PrEP") and acronym("PREP") and acronym("HRT") and acronym("ALS")
    assert not acronym("Prep") and not acronym("Als") and not acronym("Tia")
    assert not acronym("NY") and not acronym("BP") and not acronym("CHOP")
