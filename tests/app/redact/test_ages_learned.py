"""The learned age scorer (``app/redact/ages_learned.py``): shipped weights, the ages
the rules leave readable that it takes, and the numbers it must leave alone."""

from __future__ import annotations

import numpy as np
import pytest

from app.profile import PrivacyProfile
from app.redact import ages_learned
from app.redact.ages_learned import (
    BITS,
    FEATURE_VERSION,
    AgeWeightsMismatch,
    candidates,
    default_age_scorer,
    load_age_scorer,
)
from app.redact.engine import Detector
from app.redact.medical import medical_number_ranges
from app.redact.spans import Source, SpanType


@pytest.fixture(scope="module")
def rules() -> Detector:
    return Detector(rules_only=True)


def _learned(text: str, rules: Detector) -> list:
    """What the scorer adds to what the rules found in ``text``."""
    found = rules.detect(text, PrivacyProfile.from_eval({}))
    scorer = default_age_scorer()
    return scorer.new_spans(text, found, rules.lexicon, medical_number_ranges(text))


def test_shipped_weights_load_and_match_the_features() -> None:
    scorer = load_age_scorer()
    assert scorer.weights.shape == (1 << BITS,)
    assert np.count_nonzero(scorer.weights) > 1000  # trained, not zeros
    assert 0.0 < scorer.threshold < 1.0


def test_weights_of_another_feature_version_refuse_to_load(tmp_path) -> None:
    path = tmp_path / "old.npz"
    np.savez(
        path,
        w=np.zeros(1 << BITS, np.float16),
        threshold=np.float32(0.5),
        version=np.int32(FEATURE_VERSION + 1),
        bits=np.int32(BITS),
    )
    with pytest.raises(AgeWeightsMismatch):
        load_age_scorer(path)


def test_candidates_are_numbers_that_could_be_ages() -> None:
    text = "she turned forty-two, he's in his seventies, early 30s, 7yo, my 40th, 2.5 and 1-2"
    got = {text[c.start : c.end]: (c.value, c.shape) for c in candidates(text)}
    assert got["forty-two"] == (42, "w")
    assert got["seventies"] == (70, "wdec")
    assert got["30s"] == (30, "dec")
    assert got["7yo"] == (7, "age")
    assert got["40th"] == (40, "ord")
    assert not any(k in got for k in ("2", "5", "1"))  # a decimal and a range are no age
    assert candidates("ref 07 and 250 and 900") == []  # a leading zero, over 120


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Long time lurker.\n\n44. Diagnosed with lupus last spring.", "44"),
        ("Chronic fatigue, 52, used to work in retail before all this.", "52"),
        ("Gran is 91 now, dementia since 85 or so.", "85"),
    ],
)
def test_an_age_the_rules_leave_readable_is_taken_as_an_uncertain_age(
    text: str, age: str, rules: Detector
) -> None:
    found = rules.detect(text, PrivacyProfile.from_eval({}))
    a = text.index(age)
    assert not any(s.start < a + len(age) and a < s.end for s in found)  # the rules miss it
    (span,) = _learned(text, rules)
    assert (span.start, span.text, span.type) == (a, age, SpanType.AGE)
    assert span.uncertain and span.source is Source.UNKNOWN_WORD


@pytest.mark.parametrize(
    "text",
    [
        "Took 20 mg of citalopram last night.",
        "pain 7/10 today, worse on the stairs",
        "HbA1c 48 last month, down from 53",
        "ferritin 12 again so back on the iron",
        "bloods at 9 tomorrow at the surgery",
        "been like this for 3 weeks now",
        "2 tablets twice a day with food",
        "day 14 of the flare and still sore",
        "Stage 4 bowel cancer, on FOLFOX",
        "T2 diabetic since the pandemic",
        "back in 2019 it all started",
        "call me on 07700 900123 after six",
        "Humira 40 every other week, Stelara 90 before that",
        "Keytruda 200 every 3 weeks at the unit",
        "weight 82 this morning, BMI 27",
        "Tuesday at 10 in Ohio, then Texas on the 14th",
        "Still's disease flared, CRP 45, Factor V Leiden too",
    ],
)
def test_medicine_counts_times_dates_and_phones_stay(text: str, rules: Detector) -> None:
    assert _learned(text, rules) == []


def test_nothing_of_a_text_is_kept_between_calls(rules: Detector) -> None:
    canary = "Zqwvcanary"
    _learned(f"Chronic fatigue, 52, used to work at {canary} before all this.", rules)
    held = [vars(default_age_scorer())] + [
        v for v in vars(ages_learned).values() if isinstance(v, (dict, list, set, frozenset))
    ]
    assert not [h for h in held if canary in repr(h)]
