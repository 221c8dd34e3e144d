"""Lint and format checks over the whole project, so dead, broken or untidy code does not
pile up between reviews. The rule set lives in pyproject.toml ([tool.ruff.lint]):
pyflakes, pycodestyle, import order, modern syntax, bugbear and comprehensions; the
layout is ``ruff format``'s."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TREES = ("app", "ui", "tests", "packaging")


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if not Path(ruff).exists():
        pytest.fail("ruff is missing: it is in the test extra (pip install -e '.[test]')")
    return subprocess.run(
        [ruff, *args, "--no-cache", *TREES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_ruff_rules_pass() -> None:
    proc = _ruff("check")
    assert proc.returncode == 0, proc.stdout[-3000:]


def test_code_is_formatted() -> None:
    proc = _ruff("format", "--check")
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:] + "\nrun: ruff format"
