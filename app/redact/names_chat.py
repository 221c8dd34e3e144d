"""Who wrote each line of an exported chat: "8/17/24, 9:15 PM - maria: not good tia".

WhatsApp and Messenger exports open every line with a date, a time and the sender's
name before a colon, in whatever case the phone saved it. The slot says a person: the
one to three words there are a name, unless they are a kinship word ("mom", "Amma",
"Papa"), the writer ("me", "Ich", "You") or a word no one is called ("Admin").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.names_cues import KIN
from app.redact.spans import Source, Span, SpanType

# "[24/4/24, 3:15 pm] kev:", "8/17/24, 9:15 PM - maria:", "30.01.25, 18:05 - fatma:"
_LINE = re.compile(
    r"(?m)^[ \t]*\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?:-[ \t]*)?"
    r"([^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2}):"
)
# Honorifics and kinship words said with a name, kept out of the span as the writers do.
_HONORIFICS = frozenset(
    """didi di dada mausi masi mami chacha chachi bua api appi baji bhai bhaiya bhabhi ji
    aunty auntie uncle tia tía tio tío tante onkel oma opa nan nana gran sis bro bà ông
    nội ngoại""".split()
)
# The writer and words that are no one's name in the sender's slot.
_NOT_NAMED = frozenset(
    """me you ich du moi yo admin system group unknown messages ma pa mam da""".split()
)


def find(text: str) -> Iterator[Span]:
    """Each sender's name in a chat's lines, as a name span (not the kinship words)."""
    if ":" not in text:
        return
    for m in _LINE.finditer(text):
        name = m.group(1)
        words = [w.lower().strip(".") for w in name.split()]
        if all(w in KIN or w in _NOT_NAMED or w in _HONORIFICS for w in words):
            continue
        parts = name.split()
        start, end = m.start(1), m.end(1)
        if words[0] in KIN or words[0] in _HONORIFICS:  # "Aunty Kez:": the name after it
            start += len(parts[0]) + 1
        elif len(words) > 1 and (words[-1] in KIN or words[-1] in _HONORIFICS):
            end -= len(parts[-1]) + 1  # "Meera Didi:", "Mamta Mausi:"
        yield Span(start, end, SpanType.NAME, Source.CONTEXT, 0.85, text[start:end])
