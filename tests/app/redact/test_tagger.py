"""The learned last net (app/redact/tagger.py): its shipped weights, what it takes,
what it must never take, and that the fast scorer gives the reference's scores.

The sentences are made up.
"""

from __future__ import annotations

import fnmatch
import tomllib
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from app.profile import PrivacyProfile
from app.redact import tagger as T
from app.redact.engine import Detector
from app.redact.german import is_german
from app.redact.lexicon import default_lexicon
from app.redact.medical import medical_number_ranges
from app.redact.spans import Source
from app.redact.tagger_features import _shape, features, hashed

REPO = Path(__file__).resolve().parents[3]

# Unknown places and employers the rules leave readable, in frames the tagger learned.
FOUND = [
    ("We met at the Costa on Lantern Parade before my scan.", "Lantern Parade"),
    ("Anyone got their sensors approved on Meridian? My claim keeps bouncing.", "Meridian"),
]
# Medicine, doses, lab values, weekdays, kin words, a US state, an eponym: never taken.
KEPT = [
    ("Started Humira in May, Keytruda is next and Stelara was mentioned.", "Humira"),
    ("Started Humira in May, Keytruda is next and Stelara was mentioned.", "Keytruda"),
    ("Started Humira in May, Keytruda is next and Stelara was mentioned.", "Stelara"),
    ("Took 20 mg of prednisolone before the walk.", "20 mg"),
    ("GP rang, ferritin 12 so back on the iron.", "ferritin 12"),
    ("On Tuesday and Fridays my mum drives me to physio.", "Tuesday"),
    ("On Tuesday and Fridays my mum drives me to physio.", "Fridays"),
    ("On Tuesday and Fridays my mum drives me to physio.", "mum"),
    ("We visited Texas once and the heat wrecked me.", "Texas"),
    ("Crohn's flared again after the holiday.", "Crohn's"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.fixture(scope="module")
def rules() -> Detector:
    return Detector(rules_only=True)


def _touched(spans: list, text: str, word: str) -> list:
    start = text.index(word)
    end = start + len(word)
    return [s for s in spans if s.start < end and start < s.end]


def test_shipped_weights_load_and_match_the_code() -> None:
    source = resources.files("app.redact.data").joinpath(T.WEIGHTS)
    with resources.as_file(source) as path, np.load(path) as data:
        assert int(data["version"]) == T.FEATURE_VERSION
        assert int(data["bits"]) == T.BITS
        assert data["w"].dtype == np.float16 and data["w"].shape == (T.DIM,)
        assert 0.5 <= float(data["threshold"]) < 1.0
        assert not bool(data["stacked"])
    tagger = T.default_tagger()
    assert np.count_nonzero(tagger.weights) > 10_000  # trained, not zeros
    assert T.default_tagger() is tagger  # loaded once


def test_weights_of_another_feature_version_refuse_to_load(tmp_path: Path) -> None:
    path = tmp_path / "old.npz"
    np.savez(path, w=np.zeros(T.DIM, np.float16), threshold=np.float32(0.7),
             stacked=np.bool_(False), version=np.int32(T.FEATURE_VERSION + 1),
             bits=np.int32(T.BITS))  # fmt: skip
    with pytest.raises(T.TaggerMismatch):
        T.load_tagger(path)


def test_detector_keeps_the_shipped_tagger_unless_rules_only() -> None:
    assert Detector().tagger is T.default_tagger()
    assert Detector(rules_only=True).tagger is None


@pytest.mark.parametrize(("text", "word"), FOUND)
def test_unknown_place_or_employer_is_taken_as_uncertain(
    detector: Detector, rules: Detector, text: str, word: str
) -> None:
    assert not _touched(rules.detect(text, PrivacyProfile()), text, word)  # the rules miss it
    spans = _touched(detector.detect(text, PrivacyProfile()), text, word)
    assert spans, f"{word!r} left readable"
    assert all(s.uncertain and s.source is Source.UNKNOWN_WORD for s in spans)


def test_engine_marks_every_tagger_span_uncertain(detector: Detector, rules: Detector) -> None:
    added = []
    for text, _ in FOUND:
        before = {(s.start, s.end) for s in rules.detect(text, PrivacyProfile())}
        added += [
            s for s in detector.detect(text, PrivacyProfile()) if (s.start, s.end) not in before
        ]
    assert added
    assert all(s.uncertain for s in added)


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_hard_negatives_stay(detector: Detector, text: str, word: str) -> None:
    assert not _touched(detector.detect(text, PrivacyProfile()), text, word)


@pytest.mark.parametrize(("text", "word"), [k for k in KEPT if k[1] not in ("Texas", "Crohn's")])
def test_vetoes_hold_whatever_the_weights(text: str, word: str) -> None:
    """A tagger that takes every word it scores still never takes medicine, a dose, a
    lab value, a weekday or a kin word: those are never scored."""
    greedy = Detector(tagger=T.Tagger(np.full(T.DIM, 1.0, np.float32), 0.5))
    text += " Oh well, Zelkirra."  # a word the greedy tagger does take
    spans = greedy.detect(text, PrivacyProfile())
    assert any(s.uncertain for s in spans)  # it does take other words
    assert not _touched(spans, text, word)


TEXTS = [
    FOUND[0][0],
    KEPT[0][0],
    "Back from Oakhurst, ferritin 12, took 20 mg and my sister Ama drove.\n\nDay 3: Tues.",
    "Ich war in Bad Kleinstadt beim Arzt Wernicke, mit Jolanthe, am Montag um 10 Uhr.",
    "x",
    "",
]


def _reference_scores(tagger: T.Tagger, text: str, spans: list, lexicon, *extra) -> list:
    """``Tagger.scores`` one word at a time, from ``features``: what the fast one must equal."""
    at, todo = tagger._scored(text, spans, lexicon, *extra)
    out = []
    for i in todo:
        z = float(tagger.weights[hashed(features(at, i))].astype(np.float64).sum())
        out.append((at.ws[i], 1.0 / (1.0 + np.exp(-z))))
    return out


@pytest.mark.parametrize("random_weights", [False, True])
@pytest.mark.parametrize("text", TEXTS)
def test_fast_scores_equal_the_reference(rules: Detector, text: str, random_weights: bool) -> None:
    tagger = T.default_tagger()
    if random_weights:
        w = np.random.default_rng(7).normal(0, 0.3, T.DIM).astype(np.float16)
        tagger = T.Tagger(w, 0.5)
    lexicon = default_lexicon()
    spans = rules.detect(text, PrivacyProfile()) if text else []
    extra = (medical_number_ranges(text), is_german(text))
    fast = tagger.scores(text, spans, lexicon, *extra)
    slow = _reference_scores(tagger, text, spans, lexicon, *extra)
    assert [w.start for w, _ in fast] == [w.start for w, _ in slow]
    assert [p for _, p in fast] == pytest.approx([p for _, p in slow], abs=1e-6)
    if len(text) > 20:
        assert fast
    if len(fast) > 1:
        assert len({round(p, 3) for _, p in fast}) > 1


def test_shape_keeps_no_entry_words() -> None:
    """No cache keyed by words of entries: nothing to forget on lock."""
    assert not hasattr(_shape, "cache_info")
    assert _shape("Dunlavin") == "Xxx" and _shape("HbA1c") == "XxXdx"
    assert _shape("12345") == "dd"


def test_the_weights_ship() -> None:
    """pip installs them (package data) and PyInstaller bundles them (the data folder)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]
    globs = [g for key in ("*", "app.redact.data") for g in patterns.get(key, [])]
    assert any(fnmatch.fnmatch(T.WEIGHTS, g) for g in globs)
    spec = (REPO / "packaging" / "fettle.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "app" / "redact" / "data"), "app/redact/data")' in spec
