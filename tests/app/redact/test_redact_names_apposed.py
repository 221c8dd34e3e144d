"""People named by the words after the name (``names_apposed``) and the extra romanised
and clipped names of ``data/names_more.txt``.

Each positive left a name readable before; the hard negatives are drugs, places and
pronouns before a bracket, greetings before "my friend", a "Sr." suffix, and units,
abbreviations and words of other languages that share letters with a name.
"""

from __future__ import annotations

import re

import pytest

from app.profile import PrivacyProfile
from app.redact.engine import Detector
from app.redact.lexicon import FIRST, LAST, default_lexicon
from app.redact.lexicon_sources import more_names

DETECTOR = Detector()


def covered(text: str, word: str) -> bool:
    """Whether every whole-word occurrence of ``word`` lies inside a detected span."""
    spans = DETECTOR.detect(text, PrivacyProfile(region="GB"))
    places = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    return bool(places) and all(any(s.start <= a and b <= s.end for s in spans) for a, b in places)


def touched(text: str, word: str) -> bool:
    """Whether any detected span overlaps ``word``."""
    spans = DETECTOR.detect(text, PrivacyProfile(region="GB"))
    a = text.index(word)
    return any(s.start < a + len(word) and a < s.end for s in spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom (the nurse) says my CRP is 12.", "Tom"),
        ("Hope (the nurse) rang about the bloods.", "Hope"),
        ("Mo (my husband) drove me to the infusion.", "Mo"),
        ("Biscuit (retired greyhound) and I did 3 laps.", "Biscuit"),
        ("Tom (the surgeon's fellow, not my brother) says pathology in a week.", "Tom"),
        ("Kev my brother drove me to the clinic.", "Kev"),
        ("Started Humira. Jas my partner had to google everything.", "Jas"),
        ("Asked Sr. Mini about the dressing.", "Mini"),
        ("Ask the transplant coordinator Sr Mini, she is lovely.", "Mini"),
    ],
)
def test_a_name_said_before_its_cue_is_hidden(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Humira (the pen) is easier than the syringe.", "Humira"),
        ("Started Keytruda (my oncologist's idea) last week.", "Keytruda"),
        ("Stelara (the nurse said) works for most people.", "Stelara"),
        ("Methotrexate (my rheumatologist's choice) is working.", "Methotrexate"),
        ("It (the nurse's station) was busy all night.", "It"),
        ("Thanks my friend for the tip about Ozempic.", "Thanks"),
        ("Bless my brother, he drove me on Monday.", "Bless"),
        ("Florida (the nurse told us) was too hot.", "Florida"),
    ],
)
def test_words_before_a_cue_that_are_no_name_stay(text: str, word: str) -> None:
    assert not touched(text, word)


def test_sr_after_a_listed_name_is_its_suffix_not_a_title() -> None:
    text = "The letter was from John Smith Sr. Everyone agreed."
    assert not touched(text, "Everyone")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cardiologist Yeung at the Queen Mary says my echo is fine.", "Yeung"),
        ("Saw Naidoo at the clinic, then Moodley for the bloods.", "Naidoo"),
        ("Saw Naidoo at the clinic, then Moodley for the bloods.", "Moodley"),
        ("Dr Kwok said the biopsy was clear.", "Kwok"),
        ("Mokoena says the ARVs are fine now.", "Mokoena"),
        ("Wojcik from the pain clinic rang.", "Wojcik"),
    ],
)
def test_romanised_names_no_faker_list_holds_are_names(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ferritin 30 ng/mL and B12 250 ng/L.", "ng"),
        ("Keep it to 10 min of walking, then rest.", "min"),
        ("Bloods again on Thu at the surgery.", "Thu"),
        ("Injection ip once weekly in the trial.", "ip"),
        ("She speaks Zulu at home and English at school.", "Zulu"),
        ("NHI on the letter, kept safe.", "NHI"),
    ],
)
def test_units_abbreviations_and_languages_stay(text: str, word: str) -> None:
    assert not touched(text, word)


def test_extra_names_that_are_everyday_words_stay_words() -> None:
    lex = default_lexicon()
    added = {name for name, _ in more_names()}
    assert {"sun", "fan", "pan", "ma"} <= added  # in the file, as Chinese surnames
    assert not any(lex.flag(word) & (FIRST | LAST) for word in ("sun", "fan", "pan", "ma"))
    assert lex.flag("naidoo") & LAST and lex.flag("thulisile") & FIRST


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A1c 8.8. Doc (Patel, the young one) upped Lantus to 38 units.", "Patel"),
        ("the nurse (Bev) said it was fine to shower", "Bev"),
    ],
)
def test_a_person_word_then_the_name_in_a_bracket(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize("text", ["my sister (Type 1 too) gets it", "my son (ADHD) is 9"])
def test_a_bracket_after_a_person_word_that_names_no_one(text: str) -> None:
    spans = DETECTOR.detect(text, PrivacyProfile(region="GB"))
    assert [s for s in spans if s.type.name == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr Quennell says Losaline's bloods still bad, ESR 64.", "Losaline"),
        ("Tomasi's meds got changed again.", "Tomasi"),
    ],
)
def test_a_person_known_by_their_bloods_or_meds(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Amma's HbA1c is 9.1 now.", "Amma"),  # the writer's mother
        ("Humira's side effects are rough.", "Humira"),
        ("Got Calpol when the baby's temp spiked.", "baby"),
    ],
)
def test_kin_drugs_and_small_words_own_no_name(text: str, word: str) -> None:
    assert not touched(text, word)
