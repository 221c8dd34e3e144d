"""A regex read backwards, to ask cheaply whether a text ends in a match.

``regex.search(text, lo, hi)`` for a pattern that ends in ``$`` tries every place
between ``lo`` and ``hi``; most such searches in the redactor fail, after tens of
microseconds. The reversed pattern matched once at the start of the reversed text
says whether any match ends at ``hi``: a regular language read backwards is one too.
Only plain patterns are reversed (characters, classes, groups, repeats, alternatives,
``\\b``, a final ``$``); anything else gives ``None`` and the caller searches as before.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as p  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {
    c.CATEGORY_DIGIT: r"\d",
    c.CATEGORY_NOT_DIGIT: r"\D",
    c.CATEGORY_SPACE: r"\s",
    c.CATEGORY_NOT_SPACE: r"\S",
    c.CATEGORY_WORD: r"\w",
    c.CATEGORY_NOT_WORD: r"\W",
}


class _Unsupported(Exception):
    pass


def _char(code: int) -> str:
    return re.escape(chr(code))


def _class(items: list[tuple[Any, Any]]) -> str:
    out = []
    for op, av in items:
        if op is c.NEGATE:
            out.insert(0, "^")
        elif op is c.LITERAL:
            out.append(_char(av))
        elif op is c.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _Unsupported(op)
    return "[" + "".join(out) + "]"


def _reverse(items: Any) -> str:
    """The pattern of a parsed sequence, its elements reversed, each reversed too."""
    out = []
    for op, av in reversed(list(items)):
        if op is c.LITERAL:
            out.append(_char(av))
        elif op is c.NOT_LITERAL:
            out.append(f"[^{_char(av)}]")
        elif op is c.ANY:
            out.append(".")
        elif op is c.IN:
            out.append(_class(av))
        elif op is c.BRANCH:
            out.append("(?:" + "|".join(_reverse(b) for b in av[1]) + ")")
        elif op is c.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unsupported(op)
            out.append("(?:" + _reverse(sub) + ")")
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            top = "" if hi is c.MAXREPEAT else str(hi)
            out.append(f"(?:{_reverse(sub)}){{{lo},{top}}}")
        elif op is c.AT and av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY):
            out.append(r"\b" if av is c.AT_BOUNDARY else r"\B")
        else:
            raise _Unsupported(op)
    return "".join(out)


def ending_at(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that matches at the start of ``t[::-1]`` exactly when ``regex`` has a
    match ending at the end of ``t`` (``regex`` must end in ``$``), or None."""
    if regex.flags & ~(re.IGNORECASE | re.UNICODE):
        return None
    try:
        parsed = list(p.parse(regex.pattern, regex.flags))
        if not parsed or parsed[-1] != (c.AT, c.AT_END):
            return None
        return re.compile(_reverse(parsed[:-1]), regex.flags)
    except (_Unsupported, re.error):
        return None


def may_end(reversed_regex: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """False only if ``regex.search(text, lo, hi)`` finds nothing, for the ``regex`` that
    ``reversed_regex`` was made from: a match must end at ``hi`` or, "$" being what it
    is, before a line break there. A ``\\b`` where the match would start at ``lo`` is
    taken as met (the slice hides the character before), so this may say True for
    nothing, never False for a match."""
    backwards = text[lo:hi][::-1]
    if reversed_regex.match(backwards) is not None:
        return True
    return backwards[:1] == "\n" and reversed_regex.match(backwards, 1) is not None
