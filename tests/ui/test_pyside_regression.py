"""Guard against the PySide6 6.12.0 crash on CPython 3.11.

PySide6 6.12.0 aborts CPython 3.11 with "Fatal Python error: none_dealloc" after a
few thousand calls of methods that return None. The first test repeats such a call
(``QWidget.resize``) 20,000 times in a child process, so a crash shows as a failed
test instead of killing the test session. The second makes sure pyproject.toml keeps
6.12.0 out wherever it crashes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

_LOOP = r"""
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
for i in range(20_000):
    w.resize(100 + i % 50, 80 + i % 30)   # returns None: the call that crashed 6.12.0
    w.setWindowTitle("x")                 # also returns None
print("done", w.width(), w.height())
"""


def test_many_none_returning_calls_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", _LOOP],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert "Fatal Python error" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["done", "149", "99"]


def _pyside_requirements(python_version: str) -> list[Requirement]:
    deps = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    env = {"python_version": python_version, "python_full_version": python_version + ".0"}
    reqs = [Requirement(d) for d in deps]
    return [
        r
        for r in reqs
        if r.name.lower() == "pyside6" and (r.marker is None or r.marker.evaluate(env))
    ]


def _allows(python_version: str, version: str) -> bool:
    reqs = _pyside_requirements(python_version)
    assert reqs, f"pyproject.toml declares no PySide6 requirement for Python {python_version}"
    return all(r.specifier.contains(version, prereleases=True) for r in reqs)


def test_pyproject_excludes_pyside_6_12_0_on_python_3_11() -> None:
    assert not _allows("3.11", "6.12.0")
    assert _allows("3.11", "6.11.3"), "the known-good 6.11.3 must stay installable"
    # Later 6.12.x releases are not excluded here: if one also crashes, the loop test
    # above catches it on whichever version got installed.
    assert _allows("3.12", "6.12.0"), "6.12.0 is fine on Python 3.12+; do not exclude it there"


def test_installed_pyside_is_not_the_broken_one() -> None:
    import PySide6

    installed = Version(PySide6.__version__)
    if sys.version_info < (3, 12):
        assert installed != Version("6.12.0")
