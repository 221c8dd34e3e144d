"""The GUI reaches the journal's storage, key derivation and keystore only through the
core's use cases (``app.usecases``) and errors (``app.errors``), never directly: so the
CLI and the GUI cannot drift apart on how a key is derived, remembered or checked, and
no raw key handling grows in ``ui/``.

The check is static, like ``test_layering``'s: it sees imports inside functions and
``import_module`` strings too.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI_DIR = Path(__file__).resolve().parents[2] / "ui"
INNER = ("kdf", "storage", "keystore")
FORBIDDEN = tuple(f"app.journal.{name}" for name in INNER)


def _forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN)


def inner_imports(path: Path) -> list[str]:
    """Lines of ``path`` that import the journal's storage, kdf or keystore."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [
                f"line {node.lineno}: import {a.name}" for a in node.names if _forbidden(a.name)
            ]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if _forbidden(node.module):
                found.append(f"line {node.lineno}: from {node.module} import ...")
            elif node.module == "app.journal":
                found += [
                    f"line {node.lineno}: from app.journal import {a.name}"
                    for a in node.names
                    if a.name in INNER
                ]
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and node.args:
                arg = node.args[0]
                if (
                    isinstance(arg, ast.Constant)
                    and isinstance(arg.value, str)
                    and _forbidden(arg.value)
                ):
                    found.append(f"line {node.lineno}: {name}({arg.value!r})")
    return found


def test_no_ui_module_imports_storage_kdf_or_keystore() -> None:
    sources = [p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts]
    assert len(sources) > 50, f"too few files found under {UI_DIR}"
    offenders = {
        str(p.relative_to(UI_DIR.parent)): hits for p in sources if (hits := inner_imports(p))
    }
    assert not offenders, (
        "ui/ must go through app.usecases / app.errors, not the "
        f"journal's storage, kdf or keystore: {offenders}"
    )


def test_the_check_sees_every_form(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from app.journal import kdf\n"
        "from app.journal import journal, storage as s\n"
        "import app.journal.keystore\n"
        "def f():\n"
        "    from app.journal.kdf import KdfProfile\n"
        "    import importlib; importlib.import_module('app.journal.storage')\n"
        "from app.journal.journal import Journal\n"
        "from app.usecases import key_for\n",
        encoding="utf-8",
    )
    assert len(inner_imports(bad)) == 5
