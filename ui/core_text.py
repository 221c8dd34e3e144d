"""The core's words in the interface language.

The core (``app/``) never imports Qt, so its text arrives in English. Two ways in:

* ``core_tr`` is handed to the core's sentence builders that take a ``tr`` parameter
  (``app/report/insight_words.py``, ``experiment_words.py``); it looks each template
  up in the "CoreWords" context before the core fills it in.
* ``core_message`` translates a finished error message (``FettleError.user_message``).
  The English templates come from the core's own source (``ui/core_catalogue.py``,
  made by ``packaging/core_catalogue.py``): a message that is a template exactly is
  looked up as it is; otherwise it is matched against the templates with gaps
  (``%1``…), and each gap's text is itself translated the same way, since the core
  builds messages from smaller ones ("Line 12: the date … Nothing was imported.").
  Where several readings fit, the one leaving the fewest untranslated words wins.
  A message no template fits stays as it is (the catalogue test keeps that rare).

So there is one source of truth, the core's English, and message ids are the English
templates themselves, as with Qt's and gettext's catalogues.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from .core_catalogue import MESSAGES

CONTEXT = "CoreMessages"
_GAP = re.compile(r"%(\d)")
_COUNTED = re.compile(r"^(\d[\d,.]*) (\D.*)$")


def core_tr(text: str) -> str:
    """The core's ``tr`` parameter: its sentence templates, translated."""
    return QCoreApplication.translate("CoreWords", text)


@cache
def _patterns() -> tuple[tuple[str, tuple[str, ...], tuple[int, ...]], ...]:
    """(template, its literal pieces, the gap numbers in order) for templates with gaps,
    longest literal text first, so the most specific reading is tried first."""
    found = []
    for template in MESSAGES:
        pieces = tuple(_GAP.split(template)[0::2])
        numbers = tuple(int(n) for n in _GAP.findall(template))
        if numbers:
            found.append((template, pieces, numbers))
    found.sort(key=lambda t: -sum(map(len, t[1])))
    return tuple(found)


def _splits(text: str, pieces: tuple[str, ...]) -> list[list[str]]:
    """Every way the gaps between ``pieces`` can be filled to give ``text``."""
    if not text.startswith(pieces[0]):
        return []
    results: list[list[str]] = []

    def walk(pos: int, index: int, got: list[str]) -> None:
        if len(results) > 64:
            return
        piece = pieces[index]
        last = index == len(pieces) - 1
        if last:
            if text.endswith(piece) and len(text) - len(piece) > pos:
                results.append([*got, text[pos : len(text) - len(piece)]])
            return
        start = pos + 1
        while (found := text.find(piece, start)) != -1:
            walk(found + len(piece), index + 1, [*got, text[pos:found]])
            if not piece:
                break
            start = found + 1

    walk(len(pieces[0]), 1, [])
    return results


def _english_words(text: str) -> int:
    """How many words of a gap would stay untranslated if it is not a message: none
    for a value (a path, a number, a name in one word)."""
    return max(0, len(text.split()) - 1)


def _translate(text: str, depth: int, memo: dict) -> tuple[str, int]:
    """(translation, words left untranslated)."""
    if (text, depth) not in memo:
        memo[text, depth] = _translate_once(text, depth, memo)
    return memo[text, depth]


def _translate_once(text: str, depth: int, memo: dict) -> tuple[str, int]:
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated != text:
        return translated, 0
    if not text.strip():
        return text, 0
    best = (text, _english_words(text) + (1 if depth == 0 else 0))
    if depth > 3:
        return best
    count = _COUNTED.match(text)  # "3 names": the number, then the words translated
    if count and not count.group(2).isdigit():
        words, cost = _translate(count.group(2), depth + 1, memo)
        if cost < best[1]:
            best = (f"{count.group(1)} {words}", cost)
    for comma in ("; ", ", "):  # "3 names, 2 dates", "about X; mentions y; entry"
        if comma in text:
            items = [_translate(item, depth + 1, memo) for item in text.split(comma)]
            cost = sum(c for _t, c in items)
            if cost < best[1]:
                best = (comma.join(t for t, _c in items), cost)
    if best[1] == 0:
        return best
    for template, pieces, numbers in _patterns():
        target = QCoreApplication.translate(CONTEXT, template)
        for gaps in _splits(text, pieces):
            filled = [_translate(gap, depth + 1, memo) for gap in gaps]
            cost = sum(c for _t, c in filled) + (1 if target == template else 0)
            if cost < best[1]:
                by_number = {n: filled[i][0] for i, n in enumerate(numbers)}
                best = (
                    _GAP.sub(lambda m, d=by_number: d.get(int(m.group(1)), m.group(0)), target),
                    cost,
                )
                if cost == 0:
                    return best
    return best


def core_message(text: str) -> str:
    """A finished message from the core, in the interface language."""
    if QCoreApplication.translate(CONTEXT, "Something went wrong.") == "Something went wrong.":
        return text  # English: nothing to look up
    return _translate(text, 0, {})[0]
