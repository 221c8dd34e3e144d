"""Capitalised words no list knows: a town reached by travelling even with a drug in the
sentence ("Took my Humira and drove to Dunlavin"), a person who does what people do
("and Zanele picked me up"), a proper noun of the frequency table that no dictionary
holds ("Rangi came over"), at the start of a sentence before a verb or a comma. Hard
negatives: drugs and devices after "switched to" or "and", chat openers, weekdays in
the plural, words that are owned or read off ("his Aadhaar", "Deauville 3"), provinces."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE
from app.redact import names_guess
from app.redact.engine import detect
from app.redact.lexicon import default_lexicon


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    spans = detect(text, EMPTY_PROFILE)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)))


def _touched(text: str, value: str) -> bool:
    start = text.index(value)
    spans = detect(text, EMPTY_PROFILE)
    return any(s.start < start + len(value) and s.end > start for s in spans)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Took my Humira and drove to Dunlavin for the weekend.", "Dunlavin"),
        ("My INR was 3.2 so no trip to Kilbrannagh.", "Kilbrannagh"),
        ("Metformin made me sick on the train to Eketahuna.", "Eketahuna"),
        ("Picked up the Ozempic and headed over to Kilmihil.", "Kilmihil"),
        ("Home to Dungloe tomorrow, bloods were fine.", "Dungloe"),
        ("Infusion done and Zanele picked me up.", "Zanele"),
        ("Rangi came over with soup after the infusion.", "Rangi"),
        ("Bloods back today. Thabo said the CRP is down.", "Thabo"),
        ("Tendai, my neighbour, drove me to the clinic.", "Tendai"),
        ("Sipho reckons it's the gluten.", "Sipho"),
        ("I told Rangi about the biopsy.", "Rangi"),
        ("Morning all from a wet Pennardwy. Colonoscopy went fine.", "Pennardwy"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert _covered(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Started Xeljanz last month and Rinvoq before that.", "Xeljanz"),
        ("Switched from Humira to Skyrizi, then to Tremfya.", "Skyrizi"),
        ("Took the Stelara and the Keytruda went fine.", "Keytruda"),
        ("Moved from Cosentyx to Bimzelx last year.", "Bimzelx"),
        ("Ugh, the fatigue today. Tbh I'm done.", "Ugh"),
        ("Honestly, the rheumatologist was useless.", "Honestly"),
        ("Speech therapist comes Tuesdays and Thursdays.", "Tuesdays"),
        ("Hospital wanted his Aadhaar before the scan.", "Aadhaar"),
        ("PET Deauville 3 after cycle 2.", "Deauville"),
        ("Finally got her Manitoba health card.", "Manitoba"),
        ("Also, would Ayurveda treatment help?", "Ayurveda"),
        ("Wilson's disease runs in the family, Addison's too.", "Wilson"),
    ],
)
def test_not_found(text: str, value: str) -> None:
    assert not _touched(text, value)


def test_two_words_of_one_town_stay_one_span() -> None:
    text = "which QE? if it's QE Brum ask for Dr Kaur."
    assert any(s.text == "QE Brum" for s in detect(text, EMPTY_PROFILE))


def test_unlisted_words() -> None:
    assert names_guess.unlisted("rangi", 0, 2.0)
    assert not names_guess.unlisted("tuesdays", 0, 3.3)
    assert not names_guess.unlisted("ugh", 0, 1.0)
    assert not names_guess.unlisted("keppra", 1, 0.0)  # any list holds it


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("llanfyllin was freezing and my joints hate it", "llanfyllin"),
        ("kessingham is where i grew up, the gp there is ok", "kessingham"),
        ("Moerburg has a good hospital. The MS nurse is kind.", "Moerburg"),
    ],
)
def test_opening_towns(text: str, value: str) -> None:
    assert _covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "definately was the worst flare yet",
        "hydroxychloroquine was fine for me",
        "Something was off with my bloods.",
        "everything is fine now",
    ],
)
def test_no_opening_town(text: str) -> None:
    assert not names_guess.town_shaped("definately")
    assert not list(names_guess.opening_towns(text, default_lexicon()))


def test_described_opening_word() -> None:
    assert _covered("Tregaron physio is fab. Knees better.", "Tregaron")
    assert _covered("Kinvara traffic was awful on clinic day.", "Kinvara")
    assert not _touched("Xaggitin dose was upped last week.", "Xaggitin")
    assert not _touched("Mounjaro nausea was bad at first.", "Mounjaro")


def test_workplace_opening_a_sentence() -> None:
    assert _covered("Zorvex let me go after the third sick note.", "Zorvex")


def test_owner_opening_a_sentence() -> None:
    assert _covered("Tendai's been amazing through all this.", "Tendai")
    assert _covered("Zanele's mum rang about the scan.", "Zanele")
    assert not _touched("Xaggitin's side effects are rough.", "Xaggitin")
    assert not _touched("Humira's fine for me.", "Humira")
