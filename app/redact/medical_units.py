"""A unit glued to a number is no initial.

"O2 sat 91% on 2L. Lincare is bringing the tank", "IgE 12.4 kU/L. Carry the EpiPen",
"Sodium 128 mmol/L. Levi rang": the name nets read the litre's "L." as a person's
initial and took it with the capitalised word after the full stop, so the post lost the
reading's unit. The word after stays as found (it may well be a person); only the
unit is given back.
"""

from __future__ import annotations

import re

from app.redact.spans import SURE_SOURCES, Span, SpanType

# Units written as one capital: litres ("2L", "mmol/L", "1.5 L") and units ("8U").
_LETTERS = ("L", "U")
_OPENINGS = ("L. ", "U. ")
# What a unit follows: a number, with a space or a metric prefix between ("2 L", "5 mL",
# "dL"), or the slash of a rate ("mmol/L", "kU/L").
_UNIT_BEFORE = re.compile(r"(?:\d\s?[mdcµu]?|/)$")
_TAKEN = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER)


def give_back_units(spans: list[Span], text: str) -> list[Span]:
    """``spans`` with a unit cut off the front of a guessed name ("L. Lincare" ->
    "Lincare"); a span that is only the unit ("L" before ". Lincare") goes."""
    out = []
    for s in spans:
        alone = s.text in _LETTERS and text.startswith(".", s.end)  # "L" of "2L. Lincare"
        if (
            (alone or s.text[:3] in _OPENINGS)
            and s.type in _TAKEN
            and s.source not in SURE_SOURCES
            and _UNIT_BEFORE.search(text, max(0, s.start - 3), s.start)
        ):
            start = s.end if alone else s.start + 3
            while start < s.end and text[start].isspace():
                start += 1
            if start < s.end:
                out.append(s.moved(start, s.end, text))
            continue
        out.append(s)
    return out
