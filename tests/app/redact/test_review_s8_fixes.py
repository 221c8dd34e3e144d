"""Privacy regressions a reviewer found in session 8's rules (engineer FX1).

Each rule was written for some medicine and, drawn too wide, let an age, a child's
name or an employer through to the post. The failing inputs are the leaks; the
medicine the rule was written for stays as the hard negative.
"""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import RedactionDraft
from app.redact.engine import Detector
from app.redact.spans import SpanType

DETECTOR = Detector()


def found(text: str) -> list[tuple[str, SpanType]]:
    return [(text[s.start : s.end], s.type) for s in DETECTOR.detect(text, PrivacyProfile())]


def typed(text: str, kind: SpanType) -> list[str]:
    return [word for word, t in found(text) if t is kind]


# 1. A sex and an age ("F27") is an ICD-10 code only when the code says so itself.
@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Recently diagnosed with ADHD, F27, any tips for work?", "F27"),
        ("dx'd with POTS last week, F22, UK based.", "F22"),
        ("Got diagnosed with endometriosis last month, F31, London.", "F31"),
        ("Diagnose Morbus Crohn seit 2019, M34, aus Köln.", "M34"),
        ("Referral letter finally came, M61 with gout flare.", "M61"),
        ("F34 anxiety and low B12, any tips?", "F34"),
        ("Hi all, F41 depression and B12 deficiency here.", "F41"),
        ("new here! F19 generalised anxiety and ibs", "F19"),
        ("Hi! F23 recurrent tonsillitis", "F23"),
        ("M52 mixed results from my bloods", "M52"),
        ("Newly diagnosed with endometriosis (F29), any tips?", "F29"),
        ("Finally got my ADHD diagnosis (M27)…", "M27"),
        ("Diagnosed with anxiety (F41) last year.", "41"),
    ],
)
def test_sex_and_age_is_no_code_without_its_own_cue(text: str, age: str) -> None:
    assert any(age in a for a in typed(text, SpanType.AGE)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "dx F41",
        "dx F32.1 on the letter",
        "the ICD code: F41, GAD",
        "ICD-10 F41 on the form",
        "dx: M54.5 low back pain",
        "GP letter says F41 and M79.7 fibromyalgia",
        "she was coded F41 on the referral",
        "My diagnosis code was F41.1 and (F32).",
        "Diagnosis: F41",
        "Diagnose: M34 laut Befund",
        "dx F41/F32",
        "code was F41",
    ],
)
def test_a_code_that_says_so_is_medicine(text: str) -> None:
    assert typed(text, SpanType.AGE) == [], found(text)


# 2. A glued "m" after a person or an opened clause is a man's age, not minutes.
@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I'm only 22m and my knees are shot.", "22"),
        ("I'm just 19m", "19"),
        ("I was only 17m when they found the tumour.", "17"),
        ("Hubby 45m and I both caught covid.", "45"),
        ("My husband is 45m and it started", "45"),
        ("Partner 38m yesterday had his colonoscopy.", "38"),
        ("Update: 52m every morning", "52"),
        ("Hi all, 31m today I got my results.", "31"),
        ("Update: me 34m today had my first infusion.", "34"),
    ],
)
def test_glued_m_after_a_person_is_an_age(text: str, age: str) -> None:
    assert age in typed(text, SpanType.AGE), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "walked 20m today",
        "slept 90m",
        "a 45m nap",
        "took 90m",
        "waited another 40m",
        "just 30m a day on the bike",
        "did 30m yoga then rested",
        "walked only 20m today",
    ],
)
def test_glued_m_of_doing_stays_minutes(text: str) -> None:
    assert typed(text, SpanType.AGE) == [], found(text)


# 3. A drug maker's name after a bare took/got/had is a person or an employer.
@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Took Lilly to her diabetes clinic today.", "Lilly", SpanType.NAME),
        ("Got Lilly from nursery early", "Lilly", SpanType.NAME),
        ("Had Lilly home all week", "Lilly", SpanType.NAME),
        ("Took Lilly for her flu jab.", "Lilly", SpanType.NAME),
        ("Got Lilly Evans from school early", "Lilly Evans", SpanType.NAME),
        ("Had Abbott round for tea", "Abbott", SpanType.NAME),
        ("Finally got the Pfizer job after three interviews!", "Pfizer", SpanType.EMPLOYER),
    ],
)
def test_maker_after_a_taking_verb_is_no_product(text: str, word: str, kind: SpanType) -> None:
    assert word in typed(text, kind), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Had the Pfizer booster yesterday",
        "got my Lilly pens today",
        "my Eli Lilly pens",
        "3 doses of Moderna",
        "2 AstraZeneca and 1 Pfizer",
        "Got the Abbott sensor",
        "the Moderna jab",
    ],
)
def test_maker_before_its_product_is_medicine(text: str) -> None:
    assert found(text) == []


# 4. A child's age after her name, or "since N" with no clock said, is an age.
@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("We're taking Ellie 3 and Isla 5 to get their flu jabs.", ["3", "5"]),
        ("She's had night terrors since 4 and she's 9 now.", ["4", "9"]),
        ("He's been waking at night since 3", ["3"]),
        ("I've had asthma since 4", ["4"]),
    ],
)
def test_a_childs_age_is_kept_an_age(text: str, ages: list[str]) -> None:
    assert all(a in typed(text, SpanType.AGE) for a in ages), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Awake since 4",
        "up since 5am",
        "been up since 4 with the baby",
        "since 4 o'clock last night",
        "tried Septilin 2",
        "Started Jardiance 25 last week",
    ],
)
def test_clock_and_product_numbers_stay_no_age(text: str) -> None:
    assert typed(text, SpanType.AGE) == [], found(text)


# 5. A relative's coined drug that does what a drug does is medicine, not a name.
@pytest.mark.parametrize(
    "text",
    [
        "Mum's Zelvoxa made her dizzy.",
        "my son's Norvexa is working.",
        "Dad's Tavlexa ran out.",
        "Dr said Tremvix might help my psoriasis.",
    ],
)
def test_a_drug_by_its_doing_is_kept(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mum's Zelvoxa came round", "Zelvoxa"),
        ("my sister's Brennock flat", "Brennock"),
        ("Leona might help with the kids", "Leona"),
    ],
)
def test_a_person_by_their_doing_stays_a_name(text: str, name: str) -> None:
    assert name in [w for w, _ in found(text)], found(text)


# 6. A birth with a year is an age band (a child's as a decade); without one, a date.
def _post(text: str) -> str:
    return RedactionDraft(text, PrivacyProfile(region="GB")).render().text


@pytest.mark.parametrize(
    ("text", "want", "gone"),
    [
        ("My son was born in May 2019.", "born in the 2010s", "2019"),
        ("She was born 3 March 2012.", "born in the 2010s", "2012"),
        ("She was born in May.", "born in spring", "[age]"),
        ("Baby was born on the 3rd.", "born on [date]", "[age]"),
        ("I was born in March 1961.", "in their sixties", "1961"),
        ("I was born in 1961.", "in the 1960s", "1961"),
    ],
)
def test_birth_post_text(text: str, want: str, gone: str) -> None:
    out = _post(text)
    assert want in out and gone not in out, out
