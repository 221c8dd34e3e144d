"""Pyflakes-level checks (undefined names, unused imports, redefinitions) over the
whole project, so dead or broken code does not pile up between reviews."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_no_pyflakes_errors() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if not Path(ruff).exists():
        pytest.fail("ruff is missing: it is in the test extra (pip install -e '.[test]')")
    proc = subprocess.run([ruff, "check", "--select", "F,E9", "--no-cache", "app", "ui",
                           "tests"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-3000:]
