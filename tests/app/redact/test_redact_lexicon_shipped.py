"""The lexicon built at set-up and shipped in the package: used when current, never
when built from other sources, and the first detection writes nothing to the home."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.redact import lexicon, lexicon_sources
from app.redact.lexicon import build_shipped, load_lexicon


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("data") / lexicon.SHIPPED_NAME
    assert build_shipped(path) == (path, True)
    return path


def test_a_current_shipped_lexicon_is_not_built_again(shipped: Path) -> None:
    assert build_shipped(shipped) == (shipped, False)


def test_the_shipped_lexicon_is_used_and_nothing_is_written_to_the_cache(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_cache = tmp_path / "cache" / "lexicon.bin"
    monkeypatch.setattr(lexicon, "shipped_path", lambda: shipped)
    monkeypatch.setattr(lexicon, "_cache_path", lambda: user_cache)
    monkeypatch.setattr(lexicon_sources, "build_lexicon", _no_build)
    lex = load_lexicon()
    assert lex.flags.get("keytruda") and lex.zipf
    assert not user_cache.exists()


def test_a_shipped_lexicon_from_other_sources_is_ignored(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / lexicon.SHIPPED_NAME
    blob = bytearray(shipped.read_bytes())
    start = len(b"FETTLE-LEXICON\n")
    blob[start : start + 16] = b"0" * 16  # built from other word lists or another lexicon.py
    stale.write_bytes(bytes(blob))
    monkeypatch.setattr(lexicon, "shipped_path", lambda: stale)
    monkeypatch.setattr(lexicon, "_cache_path", lambda: tmp_path / "cache.bin")
    monkeypatch.setattr(lexicon_sources, "build_lexicon", _no_build)
    with pytest.raises(AssertionError, match="built"):
        load_lexicon()


def _no_build() -> lexicon.Lexicon:
    raise AssertionError("the lexicon was built instead of loaded")
