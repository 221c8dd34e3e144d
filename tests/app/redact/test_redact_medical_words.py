"""Medicine wins over every name, place and employer net, for any shipped medical word.

Not tuned to sentences: a seeded sample of the drug, device and disease words the
lexicon ships, each in a dozen ordinary frames, in lower case and in capitals, must
come out of the default post unchanged.
"""

from __future__ import annotations

import random
import re
from functools import cache

import pytest

from app.profile import PrivacyProfile, ProfileTerm
from app.redact import RedactionDraft, SpanType, detect
from app.redact.lexicon import DRUG, MEDICAL, default_lexicon
from app.redact.lexicon_sources import medical_terms

FRAMES = [
    "i'm on {x} now",
    "started {x} last week",
    "{x} made me dizzy",
    "back on {x}",
    "my {x} pump",
    "up to 2 {x} a day",
    "moved from {x} to {y}",
    "Dr said {x}",
    "switched to {x} after",
    "{x}'s side effects",
    "took {x} at work",
    "i live with {x}",
]
PROFILE = PrivacyProfile(
    terms=(
        ProfileTerm("person", "Sarah Okafor", "me"),
        ProfileTerm("place", "Harrogate"),
        ProfileTerm("employer", "Acme Widgets"),
    ),
    region="GB",
)


@cache
def sample() -> list[str]:
    """A few hundred words from the shipped lexicons: drug and brand names from the
    wheel, devices and eponymous diseases from medical_terms.txt, hyphenated ones too."""
    lex = default_lexicon()
    single = sorted(w for w, f in lex.flags.items() if f & (MEDICAL | DRUG) and w.isalpha())
    hyphenated = sorted(t for t in medical_terms() if "-" in t and t.replace("-", "").isalpha())
    rng = random.Random(20261205)
    return rng.sample(single, 300) + rng.sample(hyphenated, min(40, len(hyphenated)))


def _lost(term: str) -> list[str]:
    out = []
    for form in (term.lower(), term.upper()):
        for frame in FRAMES:
            text = frame.format(x=form, y="metformin")
            post = RedactionDraft(text, PROFILE).render().text
            if not re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", post):
                out.append(f"{text!r} -> {post!r}")
    return out


def test_shipped_medical_words_survive_the_default_post() -> None:
    lost = [case for term in sample() for case in _lost(term)]
    cases = len(sample()) * len(FRAMES) * 2
    assert not lost, f"{len(lost)}/{cases} lost: {lost[:20]}"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Moved from Ehlers-Danlos to Metformin chat.", "Ehlers-Danlos"),
        ("switched to Accu-Chek after", "Accu-Chek"),
        ("moved from SPO2 to pulse", "SPO2"),
        ("i'm on harvey-bradshaw now", "harvey-bradshaw"),
    ],
)
def test_hyphenated_and_coded_medical_words_are_not_places(text: str, word: str) -> None:
    assert not any(word.lower() in s.text.lower() for s in detect(text, PROFILE))


@pytest.mark.parametrize(
    "text",
    ["Saw Dr Crohn about it.", "Mr Ozempic-Smith rang.", "Dr Glucagon was kind."],
)
def test_a_strong_person_cue_still_makes_a_medical_word_a_name(text: str) -> None:
    names = [s for s in detect(text, PrivacyProfile(region="GB")) if s.type is SpanType.NAME]
    assert names, text
