"""In CI (or with FETTLE_REQUIRE_TOOLS=1) a skipped test is a failed test: a missing
tool or install step must never pass as green. Elsewhere a missing tool skips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SAMPLE = """
import pytest

@pytest.mark.needs("no-such-tool-fettle")
def test_needs_a_missing_tool():
    pass

def test_skips_itself():
    pytest.skip("no reason at all")

def test_runs():
    pass
"""


def _run(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    sample = tmp_path / "test_sample.py"
    sample.write_text(SAMPLE)
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "FETTLE_REQUIRE_TOOLS")}
    environ.update(env, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "tests.conftest",
            "-o",
            "markers=needs",
            "--rootdir",
            str(tmp_path),
            str(sample),
        ],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_strict_run_turns_every_skip_into_a_failure(tmp_path) -> None:
    proc = _run(tmp_path, CI="true")
    assert proc.returncode == 1 and "1 failed, 1 passed, 1 error" in proc.stdout, proc.stdout
    assert "needs no-such-tool-fettle" in proc.stdout


def test_elsewhere_a_missing_tool_skips_with_the_reason(tmp_path) -> None:
    proc = _run(tmp_path)
    assert "1 passed, 2 skipped" in proc.stdout, proc.stdout[-2000:]
