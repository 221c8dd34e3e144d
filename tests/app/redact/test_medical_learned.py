"""The learned medical verifier (app/redact/medical_learned.py): its shipped weights,
the guesses it gives back as medicine, and the names, places and employers in the same
frames that it must leave redacted.

The sentences are made up; the brands and devices in them are invented, so no list
holds them.
"""

from __future__ import annotations

import fnmatch
import tomllib
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from app.profile import PrivacyProfile
from app.redact import medical_learned as M
from app.redact.engine import Detector
from app.redact.spans import Source, Span, SpanType

REPO = Path(__file__).resolve().parents[3]

# An invented brand, device or test the rules guess is someone: given back.
GIVEN_BACK = [
    ("Mum also on Trivessa for her potassium and alfacalcidol.", "Trivessa"),
    ("He got his pump (Tandaro 3) fitted at the children's hospital last week.", "Tandaro"),
    ("Doctor says no ibuprofen, only Dolvex 650 for the fever.", "Dolvex"),
    ("Her TPOx was 14 and the thyroid nurse rang.", "TPOx"),
]
# People, places and employers in the same frames, and a name beside a drug: kept hidden.
STAY_HIDDEN = [
    ("Mum also saw Trenholme for her potassium and alfacalcidol.", "Trenholme"),
    ("Mum also on Trivessa for her potassium and Keira rang about it.", "Keira"),
    ("Humira and Keira both came up at clinic today.", "Keira"),
    ("Keira and Humira both came up at clinic today.", "Keira"),
    ("Rang Fenwick about the boiler, he said Tuesday.", "Fenwick"),
    ("Met Carrowmore at the station and we walked to the clinic.", "Carrowmore"),
    ("On Saturday Brevan picked me up and we drove to Ashcombe.", "Brevan"),
    ("On Saturday Brevan picked me up and we drove to Ashcombe.", "Ashcombe"),
    ("Started at Duvessa last week and the team is lovely.", "Duvessa"),
    ("I work at Trennick Foods and the nurse there checks my sugars.", "Trennick Foods"),
    ("Kids: Mia 9, Tom 6 and Ella 2, all on Calpol.", "Ella"),
    ("We're taking Ellie 3 and Isla 5 to get their flu jabs.", "5"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.fixture(scope="module")
def unverified() -> Detector:
    """The shipped detector with the verifier off: the rules' and the tagger's guesses."""
    det = Detector()
    det.verifier = None
    return det


def _touched(spans: list, text: str, word: str) -> list:
    start = text.index(word)
    end = start + len(word)
    return [s for s in spans if s.start < end and start < s.end]


def test_shipped_weights_load_and_match_the_code() -> None:
    source = resources.files("app.redact.data").joinpath(M.WEIGHTS)
    with resources.as_file(source) as path, np.load(path) as data:
        assert int(data["version"]) == M.FEATURE_VERSION
        assert int(data["bits"]) == M.BITS
        assert data["w"].dtype == np.float16 and data["w"].shape == (M.DIM,)
        assert 0.3 <= float(data["threshold"]) < 1.0
    verifier = M.default_verifier()
    assert np.count_nonzero(verifier.weights) > 10_000  # trained, not zeros
    assert M.default_verifier() is verifier  # loaded once


def test_weights_of_another_feature_version_refuse_to_load(tmp_path: Path) -> None:
    path = tmp_path / "old.npz"
    np.savez(path, w=np.zeros(M.DIM, np.float16), threshold=np.float32(0.5),
             version=np.int32(M.FEATURE_VERSION + 1), bits=np.int32(M.BITS))  # fmt: skip
    with pytest.raises(M.VerifierMismatch):
        M.load_verifier(path)


def test_detector_keeps_the_shipped_verifier_unless_rules_only() -> None:
    assert Detector().verifier is M.default_verifier()
    assert Detector(rules_only=True).verifier is None


@pytest.mark.parametrize(("text", "word"), GIVEN_BACK)
def test_a_guessed_brand_or_device_is_given_back(
    detector: Detector, unverified: Detector, text: str, word: str
) -> None:
    guessed = _touched(unverified.detect(text, PrivacyProfile()), text, word)
    assert guessed and all(M.guess(s, unverified.lexicon) for s in guessed)  # a rules' guess
    assert not _touched(detector.detect(text, PrivacyProfile()), text, word), word


@pytest.mark.parametrize(("text", "word"), STAY_HIDDEN)
def test_names_places_and_employers_in_the_same_frames_stay_hidden(
    detector: Detector, text: str, word: str
) -> None:
    assert _touched(detector.detect(text, PrivacyProfile()), text, word), f"{word!r} released"


def test_only_guesses_are_scored(detector: Detector) -> None:
    """Profile terms, patterns, addresses, employers, ages, the tagger's spans and cued
    names a name list holds are never given back, whatever the weights say."""
    lex = detector.lexicon
    text = "Trivessa"

    def span(kind: SpanType, source: Source, uncertain: bool = True) -> Span:
        return Span(0, 8, kind, source, 0.4, text, uncertain)

    assert M.guess(span(SpanType.NAME, Source.UNKNOWN_WORD), lex)
    assert M.guess(span(SpanType.PLACE, Source.CONTEXT, uncertain=False), lex)
    for kind, source in (
        (SpanType.NAME, Source.PROFILE),
        (SpanType.NAME, Source.USER),
        (SpanType.DATE, Source.PATTERN),
        (SpanType.ADDRESS, Source.PATTERN),
        (SpanType.EMPLOYER, Source.CONTEXT),
        (SpanType.AGE, Source.UNKNOWN_WORD),
        (SpanType.OTHER, Source.UNKNOWN_WORD),
    ):
        assert not M.guess(span(kind, source), lex), (kind, source)
    keira = Span(0, 5, SpanType.NAME, Source.CONTEXT, 0.7, "Keira", True)
    assert not M.guess(keira, lex)  # a listed name
    eager = M.Verifier(np.full(M.DIM, 10.0, np.float32), 0.5)  # calls everything medicine
    spans = [span(SpanType.NAME, Source.PROFILE, uncertain=False), keira]
    assert eager.keep(spans, "Keira", lex) == spans


def test_scores_are_one_step_per_text(detector: Detector, unverified: Detector) -> None:
    """Every guess of a text scored together equals each scored alone."""
    text = GIVEN_BACK[0][0] + " " + STAY_HIDDEN[0][0]
    spans = unverified.detect(text, PrivacyProfile())
    verifier = M.default_verifier()
    together = verifier.scores(spans, text, detector.lexicon)
    assert len(together) >= 2
    for i, p in together:
        alone = verifier.scores([spans[i]], text, detector.lexicon)
        assert alone and abs(alone[0][1] - p) < 1e-6


def test_the_weights_ship() -> None:
    """pip installs them (package data) and PyInstaller bundles them (the data folder)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]
    globs = [g for key in ("*", "app.redact.data") for g in patterns.get(key, [])]
    assert any(fnmatch.fnmatch(M.WEIGHTS, g) for g in globs)
    spec = (REPO / "packaging" / "fettle.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "app" / "redact" / "data"), "app/redact/data")' in spec
