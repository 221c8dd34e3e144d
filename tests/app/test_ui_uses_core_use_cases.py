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


# -- no raw key in ui/ -----------------------------------------------------------------
#
# A journal key is bytes. The core passes it to the GUI only sealed (``KeyFor``,
# ``JournalKey``, ``JournalFile``: see app/usecases.py), so ui/ must never:
#
# * reference a core callable that takes or returns key bytes. Which ones those are is
#   read from the core's own annotations (a parameter whose name says key or secret,
#   annotated ``bytes``; a function whose name says key, returning ``bytes``), so a new
#   one is covered without touching this test;
# * read a ``.key`` / ``.raw_key`` attribute (a Journal's, a KeyFor's), or anything private
#   of a core module or a sealed key (``usecases._raw``, ``._secret``);
# * declare a parameter that carries key bytes (named *key*/*secret*, annotated bytes).
#
# Names are resolved through each module's imports, so ``self.restore`` (a menu action)
# or a "shortcut key" in a string is no match, but ``backup.restore(...)`` is.

APP_DIR = UI_DIR.parent / "app"
RAW_KEY_ATTRIBUTES = {"key", "raw_key", "_secret"}


def _says_bytes(annotation: ast.expr | None) -> bool:
    return annotation is not None and "bytes" in ast.unparse(annotation)


def _carries_key(name: str) -> bool:
    return "key" in name.lower() or "secret" in name.lower()


def _takes_or_gives_key(node: ast.FunctionDef) -> bool:
    args = node.args
    params = args.posonlyargs + args.args + args.kwonlyargs
    if any(_carries_key(a.arg) and _says_bytes(a.annotation) for a in params):
        return True
    return "key" in node.name.lower() and _says_bytes(node.returns)


def raw_key_callables(app_dir: Path = APP_DIR) -> set[str]:
    """Dotted names (``app.backup.restore``, ``app.journal.journal.Journal.open_with_key``;
    a class whose ``__init__`` takes key bytes by its own name, which ui/ may name but not
    call) of the core's raw-key callables."""
    found: set[str] = set()
    for path in app_dir.rglob("*.py"):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(app_dir.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and _takes_or_gives_key(node):
                found.add(f"{module}.{node.name}")
            elif isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and _takes_or_gives_key(item):
                        method = "" if item.name == "__init__" else f".{item.name}"
                        found.add(f"{module}.{node.name}{method}")
    return found


def _aliases(tree: ast.Module) -> dict[str, str]:
    """Local name -> the dotted name it was imported as (any depth of the module)."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    names[a.asname] = a.name
                else:
                    names[a.name.split(".")[0]] = a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for a in node.names:
                names[a.asname or a.name] = f"{node.module}.{a.name}"
    return names


def _dotted(node: ast.expr, aliases: dict[str, str]) -> str | None:
    if isinstance(node, ast.Name):
        return aliases.get(node.id)
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value, aliases)
        return None if base is None else f"{base}.{node.attr}"
    return None


def raw_key_uses(path: Path, forbidden: set[str]) -> list[str]:
    """Lines of ``path`` (a ui module) that handle a raw journal key; see above."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    aliases = _aliases(tree)
    methods = (
        {  # public ones; .key itself is an attribute read (a property), below
            name.rsplit(".", 1)[1]
            for name in forbidden
            if name.split(".")[-2][:1].isupper() and name.rsplit(".", 1)[1][:1].isalpha()
        }
        - RAW_KEY_ATTRIBUTES
    )
    called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    found: list[str] = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Name | ast.Attribute) and isinstance(node.ctx, ast.Load):
            name = _dotted(node, aliases)
            if name is not None and name.startswith("app."):
                is_class = name.split(".")[-1][:1].isupper()
                if name in forbidden and (not is_class or id(node) in called):
                    found.append(f"line {line}: {name} takes or gives key bytes")
                elif any(p.startswith("_") and not p.endswith("__") for p in name.split(".")):
                    found.append(f"line {line}: {name} is private to the core")
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
            if node.attr in RAW_KEY_ATTRIBUTES and id(node) not in called:
                found.append(f"line {line}: reads .{node.attr}")
            elif node.attr in methods and _dotted(node, aliases) is None:
                found.append(f"line {line}: .{node.attr} takes or gives key bytes")
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            for a in args.posonlyargs + args.args + args.kwonlyargs:
                if _carries_key(a.arg) and _says_bytes(a.annotation):
                    found.append(f"line {a.lineno}: parameter {a.arg} carries key bytes")
    return sorted(set(found))


def test_the_core_s_raw_key_callables_are_found() -> None:
    forbidden = raw_key_callables()
    for name in (
        "app.journal.journal.Journal.open_with_key",
        "app.backup.restore",
        "app.backup.open_damaged",
        "app.backup.preview",
        "app.usecases.key_for_backups",
        "app.usecases.remembered_key",
        "app.usecases.JournalKey",  # sealing bytes is the core's business too
    ):
        assert name in forbidden, name
    assert "app.usecases.restore_and_reopen" not in forbidden  # sealed: what ui/ uses


def test_no_ui_module_touches_a_raw_journal_key() -> None:
    forbidden = raw_key_callables()
    sources = [p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts]
    assert len(sources) > 50, f"too few files found under {UI_DIR}"
    offenders = {
        str(p.relative_to(UI_DIR.parent)): hits
        for p in sources
        if (hits := raw_key_uses(p, forbidden))
    }
    assert not offenders, (
        "ui/ must pass journal keys on sealed (app.usecases.JournalFile, JournalKey, "
        f"KeyFor), never hold or read key bytes: {offenders}"
    )


def test_the_raw_key_check_sees_every_form_and_nothing_else(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from app import backup, usecases\n"
        "from app.journal.journal import Journal\n"
        "import app.usecases as uc\n"
        "def reopen(path, key: bytes, folder):\n"  # 1: a key-bytes parameter
        "    backup.restore(path, path, key, folder=folder)\n"  # 2
        "    return Journal.open_with_key(path, key)\n"  # 3
        "def job(journal):\n"
        "    return journal.key, usecases._raw(None)\n"  # 4, 5
        "run(uc.remembered_key, 'path')\n"  # 6: passed on, not called here
        "def again(journal, file):\n"
        "    return journal.open_with_key(file.path, file.key._secret)\n"  # 7, 8, 9
        "sealed = usecases.JournalKey(bytes(32))\n",  # 10: sealing is the core's business
        encoding="utf-8",
    )
    assert len(raw_key_uses(bad, raw_key_callables())) == 10
    good = tmp_path / "good.py"
    good.write_text(
        "from app import usecases\n"
        "from PySide6.QtGui import QKeySequence\n"
        "def build(self, event, key=None, shortcut_key: str = 'Ctrl+L'):\n"
        "    self.restore = self.menu.addAction('Restore')\n"
        "    self.restore.triggered.connect(self.open_restore)\n"
        "    code = event.key()\n"  # Qt's key event: a call, not a key's bytes
        "    self.session.run(usecases.file_for, self.done, key=self._key)\n"
        "    return usecases.restore_and_reopen, 'the shortcut key is Ctrl+L', code\n"
        "def opened(self, key: usecases.JournalKey | None, file: usecases.JournalFile):\n"
        "    return Journal.open(file.path, self.passphrase.text())\n"
        "from app.journal.journal import Journal\n",
        encoding="utf-8",
    )
    assert raw_key_uses(good, raw_key_callables()) == []
