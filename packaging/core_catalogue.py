"""The core's words for people, collected from app/ for translation in the GUI.

The core never imports Qt, so it cannot call ``tr()``. Two kinds of its text reach
the screen:

* error messages: every ``user_message`` (a class's, or one given where the error is
  raised, built from literals, f-strings, ``.format`` and named constants). Each
  becomes a template in which the variable parts are ``%1``, ``%2``…;
* sentences written through a ``tr`` parameter (``app/report/insight_words.py``,
  ``experiment_words.py``): the GUI hands in ``ui.core_text.core_tr``.

This writes them to ``ui/core_catalogue.py`` as ``QT_TRANSLATE_NOOP`` entries, so
lupdate puts them in the .ts like any other string, and ``ui/core_text.py`` reads the
same tuples at run time to recognise a finished English message and translate it.
The command line (``app/cli``) stays English and is left out.

    .venv/bin/python packaging/core_catalogue.py   (update_translations.py runs it)
"""

from __future__ import annotations

import ast
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "ui" / "core_catalogue.py"
SKIP = ("cli",)
# Modules whose warnings and notes the share review shows (see ``_notices``).
NOTICES = (
    "app/posts/*.py",
    "app/redact/risk.py",
    "app/redact/transform.py",
    "app/giveback/crosspost.py",
    "app/giveback/reply.py",
    "app/giveback/topics.py",
)
NOTICE_FUNCTIONS = ("notes", "over_warning", "message", "summary", "reason")
PLACEHOLDER = "\0"


def _constants(tree: ast.Module) -> dict[str, ast.expr]:
    """Module-level ``NAME = value`` (for ``user_message=_NO_STORE``)."""
    found: dict[str, ast.expr] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            found[node.targets[0].id] = node.value
    return found


def _locals(func: ast.AST | None) -> dict[str, list[ast.expr]]:
    """Every value a name gets inside ``func``: each assigned value, and each of them
    with the ``+=`` additions that follow it (all combinations, in order)."""
    found: dict[str, list[ast.expr]] = {}
    if func is None:
        return found
    bases: dict[str, list[ast.expr]] = {}
    adds: dict[str, list[ast.expr]] = {}
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            bases.setdefault(node.targets[0].id, []).append(node.value)
        elif (
            isinstance(node, ast.AugAssign)
            and isinstance(node.op, ast.Add)
            and isinstance(node.target, ast.Name)
        ):
            adds.setdefault(node.target.id, []).append(node.value)
    for name, values in bases.items():
        extra = sorted(adds.get(name, []), key=lambda n: n.lineno)
        for base in values:
            for k in range(len(extra) + 1):
                for chosen in itertools.combinations(extra, k):
                    expr = base
                    for add in chosen:
                        expr = ast.BinOp(expr, ast.Add(), add)
                    found.setdefault(name, []).append(expr)
    return found


class _Templates:
    """Turns a message expression into its templates (text with ``PLACEHOLDER``s)."""

    def __init__(self, constants: dict[str, ast.expr], local: dict[str, list[ast.expr]]):
        self.constants = constants
        self.local = local
        self.fragments: list[ast.expr] = []  # values that fill a placeholder

    def of(self, node: ast.expr, depth: int = 0) -> list[str]:
        if depth > 6:
            return [PLACEHOLDER]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.JoinedStr):
            parts = []
            for value in node.values:
                if isinstance(value, ast.Constant):
                    parts.append([str(value.value)])
                elif (
                    isinstance(value.value, ast.Name)
                    and value.value.id in self.constants
                    and value.value.id not in self.local
                ):
                    parts.append(self.of(self.constants[value.value.id], depth + 1))
                else:
                    self.fragments.append(value.value)
                    parts.append([PLACEHOLDER])
            return ["".join(p) for p in itertools.product(*parts)]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return [
                a + b for a in self.of(node.left, depth + 1) for b in self.of(node.right, depth + 1)
            ]
        if isinstance(node, ast.IfExp):
            return self.of(node.body, depth + 1) + self.of(node.orelse, depth + 1)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
        ):
            self.fragments.extend(k.value for k in node.keywords)
            self.fragments.extend(node.args)
            return [_fields_to_placeholders(t) for t in self.of(node.func.value, depth + 1)]
        if isinstance(node, ast.Name) and node.id in self.constants:
            return self.of(self.constants[node.id], depth + 1)
        self.fragments.append(node)
        return [PLACEHOLDER]


def _fields_to_placeholders(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "{" and "}" in text[i:]:
            end = text.index("}", i)
            out.append(PLACEHOLDER)
            i = end + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _numbered(template: str) -> str:
    """``PLACEHOLDER``s become %1, %2… so a translation may put them in another order."""
    parts = template.split(PLACEHOLDER)
    return "".join(p + (f"%{i + 1}" if i < len(parts) - 1 else "") for i, p in enumerate(parts))


def _useful(template: str) -> bool:
    """A template that says something: words, or punctuation joining its parts
    ("%1: %2"), not only placeholders and spaces."""
    return bool(template.replace(PLACEHOLDER, "").strip())


class _Module:
    """One parsed module: its constants, functions and the calls in it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.constants = _constants(self.tree)
        self.functions = {n.name: n for n in ast.walk(self.tree) if isinstance(n, ast.FunctionDef)}
        self._spans = sorted(
            (
                (f.lineno, f.end_lineno or f.lineno, f)
                for f in ast.walk(self.tree)
                if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
            ),
            key=lambda t: t[0],
        )

    def enclosing(self, node: ast.AST) -> ast.AST | None:
        best = None
        for first, last, func in self._spans:
            if first <= node.lineno <= last:
                best = func  # sorted by start: the innermost comes last
        return best


def _parameters(func: ast.AST | None) -> list[str]:
    if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
        return []
    return [a.arg for a in func.args.posonlyargs + func.args.args + func.args.kwonlyargs]


def _notices(mod: _Module) -> list[tuple[ast.expr, ast.AST | None, _Module]]:
    """Warnings and notes for people written outside errors (the share review's): what
    is appended to a list of warnings or notes (a ``RiskWarning``'s message too), and
    what ``notes``, ``over_warning``, ``message`` and ``summary`` return."""
    found: list[tuple[ast.expr, ast.AST | None, _Module]] = []

    def add(expr: ast.expr, node: ast.AST) -> None:
        if isinstance(expr, ast.Call):  # RiskWarning(kind, "message", ids)
            for arg in expr.args:
                if isinstance(arg, ast.JoinedStr) or (
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                ):
                    found.append((arg, mod.enclosing(node), mod))
        elif isinstance(expr, ast.List | ast.Tuple):
            for element in expr.elts:
                add(element, node)
        else:
            found.append((expr, mod.enclosing(node), mod))

    for node in ast.walk(mod.tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("append", "insert")
            and node.args
            and isinstance(node.func.value, ast.Name)
            and any(w in node.func.value.id for w in ("warning", "note"))
        ):
            add(node.args[-1], node)
        elif isinstance(node, ast.FunctionDef) and node.name in NOTICE_FUNCTIONS:
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and ret.value is not None:
                    add(ret.value, ret)
                elif isinstance(ret, ast.Dict):  # {"lesson": "lesson", …}.get(kind, "entry")
                    for value in ret.values:
                        add(value, ret)
                elif (
                    isinstance(ret, ast.Call)
                    and isinstance(ret.func, ast.Attribute)
                    and ret.func.attr == "get"
                    and len(ret.args) == 2
                ):
                    add(ret.args[1], ret)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("add", "append")
            and node.args
        ):
            # a finding's reasons: f.add(f"mentions {name}", 3.0), terms.append((n, f"…", 2))
            first = node.args[0]
            parts = first.elts if isinstance(first, ast.Tuple) else [first]
            for part in parts:
                if isinstance(part, ast.JoinedStr):
                    add(part, node)
        elif isinstance(node, ast.ListComp) and isinstance(node.elt, ast.Tuple):
            for part in node.elt.elts:  # [(n, f"mentions {n}", 3.0) for n in names]
                if isinstance(part, ast.JoinedStr):
                    add(part, node)
    # NOUNS = {NAME: ("name", "names"), …}, SITE_NAMES = {"reddit": "on Reddit", …}
    for name, value in mod.constants.items():
        if name in ("NOUNS", "SITE_NAMES"):
            words = value.values if isinstance(value, ast.Dict) else [value]  # not the keys
            found += [
                (c, None, mod)
                for w in words
                for c in ast.walk(w)
                if isinstance(c, ast.Constant) and isinstance(c.value, str)
            ]
    return found


def messages_of(modules: list[_Module]) -> list[str]:
    """The error-message templates written in the core: every ``user_message``, the
    sentences that fill its gaps (locals, helpers' returns) and, where a gap is a
    parameter (``reject(where, problem)``), the arguments of every call."""
    Pending = tuple[ast.expr, ast.AST | None, _Module]
    pending: list[Pending] = []
    calls: dict[str, list[tuple[ast.Call, _Module]]] = {}
    for mod in modules:
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.Call):
                name = (
                    node.func.id
                    if isinstance(node.func, ast.Name)
                    else (node.func.attr if isinstance(node.func, ast.Attribute) else "")
                )
                calls.setdefault(name, []).append((node, mod))
                pending += [
                    (k.value, mod.enclosing(node), mod)
                    for k in node.keywords
                    if k.arg == "user_message"
                ]
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                name = (
                    target.id
                    if isinstance(target, ast.Name)
                    else (target.attr if isinstance(target, ast.Attribute) else "")
                )
                if name == "user_message":
                    pending.append((node.value, mod.enclosing(node), mod))
    for mod in modules:
        if any(mod.path.match(pattern) for pattern in NOTICES):
            pending += _notices(mod)
    templates: list[str] = []
    done: set[tuple[str, str]] = set()
    while pending:
        expr, func, mod = pending.pop()
        local = _locals(func)
        maker = _Templates(mod.constants, local)
        templates += maker.of(expr)
        for fragment in maker.fragments:
            if isinstance(fragment, ast.Name) and fragment.id in local:
                pending += [(value, func, mod) for value in local[fragment.id]]
            elif isinstance(fragment, ast.Name) and fragment.id in _parameters(func):
                key = (func.name, fragment.id)
                if key in done:
                    continue
                done.add(key)
                index = _parameters(func).index(fragment.id)
                called = func.name
                if called == "__init__":  # ForeignFile(path, what=...): calls of the class
                    called = next(
                        (
                            c.name
                            for c in ast.walk(mod.tree)
                            if isinstance(c, ast.ClassDef) and func in c.body
                        ),
                        called,
                    )
                    index -= 1  # self
                for call, where in calls.get(called, []):
                    args = [a for a in call.args if not isinstance(a, ast.Starred)]
                    given = (
                        args[index]
                        if index < len(args)
                        else next((k.value for k in call.keywords if k.arg == fragment.id), None)
                    )
                    if given is not None:
                        pending.append((given, where.enclosing(call), where))
            elif isinstance(fragment, ast.Name) and func is not None:
                # ``for magic, what in _SIGNATURES: return what``: the table's words
                for loop in ast.walk(func):
                    if (
                        isinstance(loop, ast.For)
                        and isinstance(loop.iter, ast.Name)
                        and loop.iter.id in mod.constants
                        and fragment.id
                        in {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}
                    ):
                        pending += [
                            (c, func, mod)
                            for c in ast.walk(mod.constants[loop.iter.id])
                            if isinstance(c, ast.Constant) and isinstance(c.value, str)
                        ]
            elif (
                isinstance(fragment, ast.Call)
                and isinstance(fragment.func, ast.Name)
                and fragment.func.id in mod.functions
                and ("return", fragment.func.id) not in done
            ):
                done.add(("return", fragment.func.id))
                helper = mod.functions[fragment.func.id]
                pending += [
                    (r.value, helper, mod)
                    for r in ast.walk(helper)
                    if isinstance(r, ast.Return) and r.value is not None
                ]
    return [t for t in templates if _useful(t)]


def words_of(tree: ast.Module) -> list[str]:
    """The literal first arguments of ``tr(...)`` calls (the core's tr parameter)."""
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "tr"
            and node.args
        ):
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append(arg.value)
            elif isinstance(arg, ast.JoinedStr):
                raise SystemExit(f"tr() of an f-string at line {node.lineno}: use .format")
    if found:  # a module of sentences: its named ones too (``DOCTOR_WARNING``)
        for name, value in _constants(tree).items():
            if (
                name.isupper()
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
                and " " in value.value
            ):  # a sentence, not a key
                found.append(value.value)
    return found


def collect() -> tuple[list[str], list[str]]:
    """(error templates with %1…, tr sentences), each sorted and without repeats."""
    modules = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        rel = path.relative_to(ROOT / "app")
        if rel.parts[0] not in SKIP and "__pycache__" not in rel.parts:
            modules.append(_Module(path))
    messages = {_numbered(t) for t in messages_of(modules)}
    words = {w for mod in modules for w in words_of(mod.tree)}
    return sorted(messages), sorted(words)


def render(messages: list[str], words: list[str]) -> str:
    lines = [
        '"""Generated by packaging/core_catalogue.py from app/: do not edit by hand.',
        "",
        "The core's error messages (``%1``… stand for the parts that vary) and the",
        "sentences it writes through a ``tr`` parameter, marked for lupdate; see",
        '``ui/core_text.py``."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = (",
        *(f'    QT_TRANSLATE_NOOP("CoreMessages", {m!r}),' for m in messages),
        ")",
        "",
        "WORDS = (",
        *(f'    QT_TRANSLATE_NOOP("CoreWords", {w!r}),' for w in words),
        ")",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = render(*collect())
    if "--check" in argv:
        if CATALOGUE.read_text(encoding="utf-8") != text:
            print("out of date: ui/core_catalogue.py (run packaging/update_translations.py)")
            return 1
        return 0
    CATALOGUE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
