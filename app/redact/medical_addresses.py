"""An address the pattern read out of a reading or a condition is medicine.

The street patterns take a number beside capitalised words, and a health post is full
of both: "light box 10,000 lux" (a PO box), "mycophenolate 1 g bd. Anti-dsDNA 290" (a
boulevard), "seit 2021 Parkinson" (a house number and its street). Such a span is no
address when a unit follows its number, when it ends in a test's reading, or when every
word of it is medicine and no word of living or going stands before it ("lives at 12
Addison", "moved to 4 Crohn Close" stay addresses).
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, MEDICAL, Lexicon
from app.redact.medical import LAB_VALUE
from app.redact.normalise import fold_term
from app.redact.spans import Span

# A unit straight after the number: "box 10,000 lux", "Unit 4 mg".
_UNIT_AFTER = re.compile(
    r"\s?(?:lux|mg|mcg|µg|ml|iu|units?|mmol|kg|mmhg|bpm|kcal|puffs?|tabs?|tablets?)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Words that open an address's own part, however medical they look ("unit").
_ADDRESS_LEADS = frozenset({"unit", "flat", "apt", "apartment", "suite", "block", "room"})
_PLACE_BEFORE = re.compile(
    r"\b(?:at|in|to|on|from|near|address|addr|live|lives|living|lived|moved|move|"
    r"moving|deliver(?:ed|y)?|sent|post(?:ed)?|flat|house|home)\W*$",
    re.IGNORECASE,
)


def reading_address(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether the address ``span`` is a reading, a dose or a condition (see above)."""
    if _UNIT_AFTER.match(text, span.end):
        return True
    reading = LAB_VALUE.search(span.text)
    if reading is not None and reading.end() == len(span.text.rstrip(".,")):
        return True
    words = _WORD.findall(span.text)
    return (
        bool(words)
        and fold_term(words[0]) not in _ADDRESS_LEADS  # "Unit 4 at 18-20 ..." is a flat
        and all(lex.flag(fold_term(w)) & (MEDICAL | DRUG) for w in words)
        and _PLACE_BEFORE.search(text, max(0, span.start - 24), span.start) is None
    )
