"""The core (``app/``) never loads Qt or the GUI, so the CLI, tests and any other front
end can use it.

Two checks: every ``app`` module imported in a fresh interpreter leaves no PySide6,
shiboken6 or ``ui`` module in ``sys.modules`` (this catches indirect imports too), and
no file under ``app/`` names them in an import statement (this catches imports hidden
inside functions, which the first check cannot see).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import app

APP_DIR = Path(app.__file__).resolve().parent
FORBIDDEN = ("PySide6", "shiboken6", "ui")

# Walks the package, imports every module except `__main__` (importing that would run
# the CLI), and reports what it imported, what failed, and any Qt module loaded.
_PROBE = r"""
import importlib, json, pkgutil, sys, traceback
import app
imported, failed = [], {}
names = ["app"] + [m.name for m in pkgutil.walk_packages(app.__path__, "app.")]
for name in names:
    if name.rsplit(".", 1)[-1] == "__main__":
        continue
    try:
        importlib.import_module(name)
        imported.append(name)
    except Exception:
        failed[name] = traceback.format_exc(limit=-4)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print(json.dumps({"imported": imported, "failed": failed, "qt": qt}))
"""


def _is_forbidden(module: str) -> bool:
    return module.split(".")[0] in FORBIDDEN


def test_importing_every_app_module_loads_no_qt() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert not result["failed"], "app modules that fail to import:\n" + "\n".join(
        f"{name}:\n{tb}" for name, tb in result["failed"].items()
    )
    assert "app" in result["imported"]
    expected = {
        "app." + ".".join(p.relative_to(APP_DIR).with_suffix("").parts)
        for p in APP_DIR.rglob("*.py")
        if p.name not in ("__init__.py", "__main__.py") and "__pycache__" not in p.parts
    }
    missed = expected - set(result["imported"])
    assert not missed, f"modules the walk did not reach (missing __init__.py?): {sorted(missed)}"
    assert result["qt"] == [], f"importing app loaded Qt modules: {result['qt']}"


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [
                f"line {node.lineno}: import {a.name}" for a in node.names if _is_forbidden(a.name)
            ]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if _is_forbidden(node.module):
                found.append(f"line {node.lineno}: from {node.module} import ...")
        elif isinstance(node, ast.Call):
            # importlib.import_module("PySide6...") / __import__("PySide6...")
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and node.args:
                arg = node.args[0]
                if (
                    isinstance(arg, ast.Constant)
                    and isinstance(arg.value, str)
                    and _is_forbidden(arg.value)
                ):
                    found.append(f"line {node.lineno}: {name}({arg.value!r})")
    return found


def test_no_app_source_imports_qt() -> None:
    sources = [p for p in APP_DIR.rglob("*.py") if "__pycache__" not in p.parts]
    assert sources, f"no Python files found under {APP_DIR}"
    offenders = {
        str(p.relative_to(APP_DIR.parent)): hits for p in sources if (hits := _qt_imports(p))
    }
    assert not offenders, f"app/ must never import ui, PySide6 or shiboken6: {offenders}"


def test_static_check_catches_a_qt_import(tmp_path: Path) -> None:
    """The static check can fail: it sees top-level, nested and dynamic imports."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import os\n"
        "def f():\n"
        "    from PySide6.QtCore import QObject\n"
        "    import shiboken6\n"
        "    import importlib; importlib.import_module('PySide6.QtGui')\n"
        "    from ui.main import run_app\n",
        encoding="utf-8",
    )
    assert len(_qt_imports(bad)) == 4
