"""A hospital system's name with its service line: "Methodist Transplant", "Baptist
Heart", "Mercy Cancer", "Presbyterian Women's".

American hospital systems are named by a church, a patron or a founder's word, and
patients name the part of it they go to by the service line after it, without
"Hospital" or "Center". The system word alone is a denomination or an ordinary word
("a Methodist", "mercy"), and the service line alone is medicine ("transplant",
"heart"); together after "at", "to", "from" or "in" they name one building, so the pair
is a PLACE. Only the system words below open such a name, written from knowledge of how
systems are named; nothing else is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import token_set

_SYSTEMS = (
    "Methodist|Baptist|Presbyterian|Lutheran|Adventist|Mercy|Memorial|Sinai|Providence|"
    "Ascension|Advocate|Christus|Covenant|Samaritan|Sentara|Intermountain|Novant|Atrium|"
    "Banner|Geisinger|Ochsner|Baylor|Piedmont|Inova|Spectrum|Beaumont|Allina|Sanford|"
    "Dignity|Parkview|Willis-Knighton"
)
_LINES = (
    "Transplant|Heart|Cancer|Kidney|Liver|Spine|Stroke|Neuro|Neuroscience|Neurosciences|"
    "Rehab|Rehabilitation|Women's|Women’s|Children's|Children’s|Orthopedics|Orthopaedics|"
    "Behavioral|Sleep|Wound|Burn|Dialysis|Infusion|Imaging|Oncology|Cardiology|"
    "Neurology|Gastroenterology|Rheumatology|Endocrinology|Pulmonology|Urology|Maternity|"
    "Birthing|Pediatrics|Surgical|Vascular|Diabetes|Pain|Sports|Fertility"
)
_SERVICE_LINE = re.compile(
    rf"\b(?:at|to|from|in|with)\s+(?:the\s+)?((?:{_SYSTEMS})\s+(?:{_LINES}))(?![\w’'-])"
)
_SYSTEM_WORDS = frozenset(w.lower() for w in re.findall(r"[A-Za-z-]+", _SYSTEMS))


def find(text: str) -> Iterator[Span]:
    """Each system-and-service-line name after a preposition of place."""
    if _SYSTEM_WORDS.isdisjoint(token_set(text)):
        return
    for m in _SERVICE_LINE.finditer(text):
        yield Span(m.start(1), m.end(1), SpanType.PLACE, Source.CONTEXT, 0.6, m.group(1), True)
