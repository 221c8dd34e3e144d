"""Extract the GUI's strings into resources/translations/fettle_*.ts, keeping translations.

    .venv/bin/python packaging/update_translations.py          update every .ts
    .venv/bin/python packaging/update_translations.py --check  fail if any .ts is stale

First ``packaging/core_catalogue.py`` writes the core's error messages and sentences
into ``ui/core_catalogue.py``. pyside6-lupdate finds the strings (``self.tr``, ``QCoreApplication.translate`` and the
modules' own ``_tr`` helpers, by ``-tr-function-alias``). It files a string by the class
around it, which is not always the context the running code asks for: a module-level
``_tr`` helper translates in the context it names, ``tr = w.tr`` in a function asks in
the class of ``w``. So each string's context is worked out again from the call at its
location, the way PySide looks it up at run time. Translations are kept by (context,
source); a source that is gone is dropped. ``build.sh`` compiles the .ts with
pyside6-lrelease.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _module_path(module: str) -> Path | None:
    path = ROOT / Path(*module.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _helper_context(path: Path, name: str) -> str | None:
    """The context a module-level helper ``def name(text): translate("Ctx", text)`` uses,
    following ``from module import name``."""
    for node in _tree(path).body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    return call.args[0].value
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.level == 0
            and any((a.asname or a.name) == name for a in node.names)
        ):
            target = _module_path(node.module)
            return _helper_context(target, name) if target else None
    return None


def _enclosing(tree: ast.Module, line: int) -> list[ast.AST]:
    """The classes and functions around a line, outermost first."""
    chain: list[ast.AST] = []
    nodes: list[ast.AST] = list(tree.body)
    while nodes:
        for node in nodes:
            end = getattr(node, "end_lineno", None)
            if isinstance(
                node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
            ) and node.lineno <= line <= (end or node.lineno):
                chain.append(node)
                nodes = list(node.body)
                break
        else:
            break
    return chain


def _alias_owner(func: ast.AST, name: str) -> str | None:
    """For ``name = x.tr`` inside ``func``, the class whose ``tr`` that is."""
    params = {a.arg: a.annotation for a in func.args.args + func.args.kwonlyargs}
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == name
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "tr"
            and isinstance(node.value.value, ast.Name)
        ):
            owner = node.value.value.id
            annotation = params.get(owner)
            if owner == "self":
                return "self"
            if isinstance(annotation, ast.Name):
                return annotation.id
            if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
                return annotation.value
    return None


def _translate_alias(func: ast.AST, name: str) -> bool:
    """``name = QCoreApplication.translate`` (two-argument calls name their context)."""
    return any(
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id == name
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "translate"
        for node in ast.walk(func)
    )


def _renamed(func: ast.AST, name: str) -> str | None:
    """For ``name = other`` inside ``func`` (a module helper under a short name), ``other``."""
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == name
            and isinstance(node.value, ast.Name)
        ):
            return node.value.id
    return None


def _constructed_class(func: ast.AST, name: str) -> str | None:
    """For ``name = SomeClass(...)`` inside ``func``, ``SomeClass``."""
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == name
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
        ):
            return node.value.func.id
    return None


def runtime_context(path: Path, line: int, source: str, found: str) -> tuple[str, str]:
    """The (context, source) PySide asks for at ``path:line`` (lupdate's if unsure)."""
    tree = _tree(path)
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or not (call.lineno <= line <= call.end_lineno):
            continue
        texts = [
            a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
        ]
        if source not in texts:
            continue
        func = call.func
        if len(texts) >= 2 and texts[1] == source:  # translate("Ctx", "text")
            return texts[0], source
        chain = _enclosing(tree, call.lineno)
        classes = [n.name for n in chain if isinstance(n, ast.ClassDef)]
        functions = [n for n in chain if not isinstance(n, ast.ClassDef)]
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value.id if isinstance(func.value, ast.Name) else "self"
            if owner != "self":  # box.tr(...) for box = QMessageBox(...)
                for scope in reversed(functions):
                    made = _constructed_class(scope, owner)
                    if made:
                        return made, source
            return (classes[-1] if classes else found), source
        if isinstance(func, ast.Name):
            for scope in reversed(functions):
                helper = _renamed(scope, func.id)  # tr = _tr
                if helper and _helper_context(path, helper):
                    return _helper_context(path, helper), source
                owner = _alias_owner(scope, func.id)
                if owner == "self":
                    return (classes[-1] if classes else found), source
                if owner:
                    return owner, source
                if _translate_alias(scope, func.id) and len(texts) >= 2:
                    return texts[0], texts[1]  # tr = QCoreApplication.translate
            helper = _helper_context(path, func.id)
            if helper:
                return helper, source
    return found, source


def extract(files: list[Path]) -> tuple[dict[tuple[str, str], list[tuple[str, int]]], set[str]]:
    """(context, source) → locations, by lupdate and then by the rules above; and the
    sources with a count (``%n``) that need plural forms."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "all.ts"
        subprocess.run(
            [
                str(LUPDATE),
                "-silent",
                "-tr-function-alias",
                "tr+=_tr",
                "-locations",
                "absolute",
                *map(str, files),
                "-ts",
                str(ts),
            ],
            check=True,
            stdin=subprocess.DEVNULL,
        )
        root = ET.parse(ts).getroot()
    # lupdate writes each location relative to the .ts file, so resolve it from there
    # (not from the working folder, which lies elsewhere when TMPDIR does)
    here = Path(tmp)
    messages: dict[tuple[str, str], list[tuple[str, int]]] = {}
    plural: set[str] = set()
    for context in root.iter("context"):
        found = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes":
                plural.add(source)
            for location in message.iter("location"):
                path = Path(os.path.normpath(here / location.get("filename", "")))
                line = int(location.get("line", "0"))
                key = runtime_context(path, line, source, found)
                rel = path.relative_to(ROOT).as_posix()
                messages.setdefault(key, []).append((rel, line))
    return messages, plural


Known = dict[tuple[str, str], "str | list[str]"]


def _existing(ts: Path) -> Known:
    """Finished translations: a text, or the plural forms of a ``%n`` message."""
    if not ts.is_file():
        return {}
    known: Known = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = forms if forms else (translation.text or "")
            if text and all(text):
                known[(name, message.findtext("source") or "")] = text
    return known


def render(language: str, messages: dict, plural: set[str], known: Known) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for ctx in sorted({c for c, _ in messages}):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for (c, source), locations in sorted(messages.items()):
            if c != ctx:
                continue
            message = ET.SubElement(context, "message")
            if source in plural:
                message.set("numerus", "yes")
            for rel, line in sorted(set(locations)):
                ET.SubElement(message, "location", filename=f"../../{rel}", line=str(line))
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            text = known.get((ctx, source))
            if not text:
                translation.set("type", "unfinished")
            elif isinstance(text, list):
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    ET.indent(root, "    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def main(argv: list[str]) -> int:
    import core_catalogue  # the core's messages, as ui/core_catalogue.py (see there)

    if "--check" in argv:
        if core_catalogue.main(["--check"]):
            return 1
    else:
        core_catalogue.main([])
    files = sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    messages, plural = extract(files)
    stale = []
    for ts in sorted(TRANSLATIONS.glob("fettle_*.ts")):
        language = ts.stem.split("_", 1)[1]
        text = render(language, messages, plural, _existing(ts))
        if ts.read_text(encoding="utf-8") != text:
            stale.append(ts.name)
            if "--check" not in argv:
                ts.write_text(text, encoding="utf-8")
    if "--check" in argv and stale:
        print(f"out of date: {', '.join(stale)} (run packaging/update_translations.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
