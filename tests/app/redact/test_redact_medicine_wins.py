"""Medicine wins over the name, place and number nets, and only where it is medicine.

Hard negatives: drugs, brands, devices, scales and readings that look like names, towns
or ages must reach the default post; brands that are also names ("Allegra", "Camila")
are medicine only near a medical cue, and a person or place cue keeps them redacted.
"""

from __future__ import annotations

import re

import pytest

from app.profile import PrivacyProfile, ProfileTerm
from app.redact import RedactionDraft, SpanType, detect
from app.redact.lexicon import DRUG_OR_NAME, MEDICAL, default_lexicon

PROFILE = PrivacyProfile(
    terms=(ProfileTerm("person", "Sarah Okafor", "me"), ProfileTerm("place", "Harrogate")),
    region="GB",
)
BARE = PrivacyProfile(region="GB")


def _post(text: str) -> str:
    return RedactionDraft(text, PROFILE).render().text


def _kept(word: str, post: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", post) is not None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Started Humira last week and the pen hurts.", ["Humira"]),
        ("Keytruda every three weeks, 200 mg.", ["Keytruda", "200 mg"]),
        ("My son is on Stelara now.", ["Stelara"]),
        ("Allegra 180 for hay fever.", ["Allegra 180"]),
        ("Took Allegra this morning.", ["Allegra"]),
        ("Refill of Camila at the pharmacy today.", ["Camila"]),
        ("Zyrtec or Allegra, which is better?", ["Allegra"]),
        ("Dad has Parkinson's and mum has Crohn's.", ["Parkinson's", "Crohn's"]),
        ("Hashimoto's and Addison's, both last year.", ["Hashimoto's", "Addison's"]),
        ("Switched to the Libre 3 and the 780G.", ["Libre 3", "780G"]),
        ("PHQ-9 of 14 at the GP.", ["PHQ-9 of 14"]),
        ("eGFR 58 so they halved it. INR 2.4 today.", ["eGFR 58", "INR 2.4"]),
        ("COPD, FEV1 42%. On Trelegy one puff daily.", ["Trelegy"]),
        ("10 days of Ciproxin HC drops, 3 drops twice a day.", ["Ciproxin"]),
        ("Honestly Octasa made me feel awful.", ["Octasa"]),
        ("Fibromyalgia and Hypermobility are my main issues.", ["Hypermobility"]),
        ("Eponym corner: Dupuytren's AND Ledderhose in the foot.", ["Ledderhose"]),
        ("Went to the chemist for Kalms and Nytol.", ["Kalms", "Nytol"]),
    ],
)
def test_medicine_reaches_the_default_post(text: str, words: list[str]) -> None:
    post = _post(text)
    for word in words:
        assert _kept(word, post), f"{word!r} lost: {post!r}"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My friend Allegra said hi.", "Allegra"),
        ("Allegra is coming over later.", "Allegra"),
        ("We drove to Fargo on Monday.", "Fargo"),
        ("Camila has asthma too.", "Camila"),
    ],
)
def test_a_brand_that_is_a_name_stays_a_name_without_a_medical_cue(text: str, word: str) -> None:
    assert not _kept(word, _post(text)), text


def test_the_lexicon_marks_brands_that_are_also_names() -> None:
    lex = default_lexicon()
    for word in ("allegra", "camila"):
        assert lex.flag(word) & DRUG_OR_NAME and not lex.flag(word) & MEDICAL, word
    for word in ("thyronorm", "ostelin", "octasa", "trelegy", "hypermobility"):
        assert lex.flag(word) & MEDICAL, word


@pytest.mark.parametrize(
    "text",
    [
        "pain was 8/10, now 4.",
        "Resting HR 110 before meds, now 72.",
        "Xalatan drops 1 at night.",
        "Tics 20 a minute on bad days.",
        "Children's says her bone age is 12.",
        "Neuro wants a MIDAS score each visit, mine was 38.",
    ],
)
def test_readings_are_not_ages(text: str) -> None:
    assert not [s for s in detect(text, BARE) if s.type is SpanType.AGE], text


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I was diagnosed at 30, now 45 and still on Humira.", "45"),
        ("My dad is 71 and had colitis.", "71"),
        ("Creon 10000 with every meal. I'm 34.", "34"),
    ],
)
def test_ages_near_medicine_stay_ages(text: str, age: str) -> None:
    assert any(s.type is SpanType.AGE and s.text == age for s in detect(text, BARE)), text


@pytest.mark.parametrize(
    "text", ["Pain clinic at the hospital.", "Cancer centre is far.", "Next clinic is soon."]
)
def test_a_kind_of_care_or_an_everyday_word_is_no_place(text: str) -> None:
    assert not [s for s in detect(text, BARE) if s.type is SpanType.PLACE], text


def test_a_heart_rate_is_no_employer() -> None:
    spans = detect("Resting HR 110 before meds.", BARE)
    assert not [s for s in spans if s.type is SpanType.EMPLOYER]


def test_a_kept_brand_that_is_a_name_still_points_to_its_hidden_trial() -> None:
    from app.redact.risk import RiskKind

    draft = RedactionDraft("On NCT01234567 since spring, and Allegra 180 for hay fever.", PROFILE)
    assert any(s.text == "NCT01234567" for s in draft.spans)
    trial = [w for w in draft.warnings() if w.kind is RiskKind.TRIAL]
    assert trial and "Allegra" in trial[0].message


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        ("Saw Dr Sutherland today about the pain.", BARE),
        ("Nurse Okonjo rang twice.", BARE),
        (
            "Dr Sutherland changed my dose.",
            PrivacyProfile(terms=(ProfileTerm("person", "Dr Sutherland"),), region="AU"),
        ),
    ],
)
def test_a_name_span_leaves_its_title_outside(text: str, profile: PrivacyProfile) -> None:
    names = [s for s in detect(text, profile) if s.type is SpanType.NAME]
    assert names and all(not s.text.lower().startswith(("dr", "nurse")) for s in names)
    post = RedactionDraft(text, profile).render().text
    assert "Sutherland" not in post and "Okonjo" not in post
    assert post.split()[0] in {"Saw", "Nurse", "Dr"}


MEDICAL_FRAMES = [
    "i'm on {x} now",
    "started {x} last week",
    "switched to {x} after",
    "{x} 10mg at night",
    "the pharmacy had no {x} today",
    "tried {x} for it",
]


def test_every_brand_that_is_also_a_name_is_kept_where_it_is_taken() -> None:
    """Not tuned to words: every DRUG_OR_NAME word of the shipped lexicon, in each
    medical frame (a holiday's name, "Kanuma", is a date first and is left out)."""
    lex = default_lexicon()
    words = sorted(w for w, f in lex.flags.items() if f & DRUG_OR_NAME and w.isalpha())
    assert len(words) > 50
    lost = []
    for word in words:
        form = word.capitalize()
        if any(s.type is SpanType.DATE for s in detect(f"on {form}", BARE)):
            continue
        for frame in MEDICAL_FRAMES:
            text = frame.format(x=form)
            post = _post(text)
            if not _kept(form, post):
                lost.append(f"{text!r} -> {post!r}")
    assert not lost, f"{len(lost)} lost: {lost[:10]}"
