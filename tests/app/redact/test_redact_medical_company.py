"""Unknown brand names known by their clause: an ending brands are coined with and a
medical word near ("asked about Tremvix for my psoriasis"), handed over or trialled
with a medical word near ("they gave Ferrovex after my bloods"), switched to a drug we
know ("from Dravane to Keppra"). People with unlisted names beside medicine stay names."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _covered(detector: Detector, text: str, word: str) -> bool:
    start = text.index(word)
    end = start + len(word)
    return any(s.start < end and start < s.end for s in detector.detect(text, EMPTY_PROFILE))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("They gave Ferrovex at the clinic after my bloods.", "Ferrovex"),
        ("Doing a trial of Pellarin for the migraines.", "Pellarin"),
        ("The Norvex made me sleepy, the neuro wants me on it anyway.", "Norvex"),
        ("My Corvalex is running out and the GP won't refill.", "Corvalex"),
        ("Asked about Tremvix for my psoriasis.", "Tremvix"),
        ("The nurse mentioned Plavonide for the eczema flare.", "Plavonide"),
        ("Switched from Dravane to Keppra last year.", "Dravane"),
    ],
)
def test_unknown_brands_beside_medicine_are_kept(detector: Detector, text: str, word: str) -> None:
    assert not _covered(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Drove to Dunlavin for my infusion on Tuesday.", "Dunlavin"),
        ("My Tolvine came to the GP with me.", "Tolvine"),
        ("Went to Corvallin for the scan.", "Corvallin"),
        ("We stayed with Mirelline after the surgery.", "Mirelline"),
        ("Kerrigane rang about my prescription.", "Kerrigane"),
        ("The consultant, Dr Alvarine, said the scan was clear.", "Alvarine"),
        ("My neighbour Orsoline brought soup when the flare hit.", "Orsoline"),
        ("I met Kalvine at the rheumatology clinic.", "Kalvine"),
        ("Tzigane Lantos\nrang about the prescription", "Tzigane"),
        ("My friend Hope came to my infusion.", "Hope"),
    ],
)
def test_people_and_places_beside_medicine_are_caught(
    detector: Detector, text: str, word: str
) -> None:
    assert _covered(detector, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Had my Tdap booster and a DTaP for the baby.", "Tdap"),
        ("My Zolvek booster is due.", "Zolvek"),
        ("Used the Kelvara pessary last night.", "Kelvara"),
        ("Suresh uncle recommended Liv 52 but the urologist said no.", "Liv"),
    ],
)
def test_products_by_their_form_or_number_are_kept(
    detector: Detector, text: str, word: str
) -> None:
    assert not _covered(detector, text, word)


def test_a_person_recommended_a_number_of_times_is_caught(detector: Detector) -> None:
    assert _covered(detector, "She recommended Sarah 3 times for the job.", "Sarah")
