"""Times of year the holiday finders leave out: festivals of East and South-East Asia,
Africa, pagan and church calendars that the ``holidays`` package has no public holiday
for, and a numbered school term.

A festival ("Songkran", "Chuseok", "Samhain", "Kwanzaa") tells the reader the week and
often the culture, as a parent's "at the start of term 2" tells the month. The names
come from general knowledge of calendars, not from any text; each is a proper name in
capitals, and "term" needs its number and a word of time before it ("long-term", "a
term baby", "full term 3 weeks early" never match).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered

# Festivals with a fixed name, as people write them (capitalised: several are words).
# "Tet spells" are a heart defect's cyanotic spells; "St Martin's (Hospital)" a place.
_FESTIVALS = (
    r"Songkran|T[eế]t(?!\s+spells?\b)|Chuseok|Seollal|Obon|Golden\s+Week|Mid-Autumn\s+Festival|"
    r"Moon\s+Festival|Dragon\s+Boat\s+Festival|Lantern\s+Festival|Qingming|Setsubun|"
    r"Tanabata|Loy\s+Krathong|Thingyan|Nyepi|Thaipusam|Losar|Bihu|Ugadi|Gudi\s+Padwa|Teej|"
    r"Bhai\s+Dooj|Chhath(?:\s+Puja)?|Mawlid(?:\s+al-Nabi)?|Timkat|Meskel|Enkutatash|"
    r"Samhain|Beltane|Imbolc|Yuletide|Walpurgisnacht|Aschermittwoch|Gründonnerstag|"
    r"Himmelfahrt|Nikolaustag|(?:Sankt|St\.?)\s+Martin(?!['’]s|\s+[A-Z])|Martinstag|"
    r"Saint-Jean(?:-Baptiste)?|St-Jean(?:-Baptiste)?|F[eê]te\s+nationale|Kwanzaa|"
    r"D[ií]a\s+de\s+(?:los\s+)?Muertos|Day\s+of\s+the\s+Dead|Mandela\s+Day|"
    r"Simchat\s+Torah"
)
_FESTIVAL = Triggered(
    re.compile(r"(?:" + _FESTIVALS + r")\b"),
    r"songkran|tet|tết|chuseok|seollal|obon|golden|mid|moon|dragon|lantern|qingming|setsubun|"
    r"tanabata|loy|thingyan|nyepi|thaipusam|losar|bihu|ugadi|gudi|teej|bhai|chhath|mawlid|"
    r"timkat|meskel|enkutatash|samhain|beltane|imbolc|yuletide|walpurgisnacht|aschermittwoch|"
    r"gründonnerstag|himmelfahrt|nikolaustag|sankt|st|martinstag|saint|fete|fête|kwanzaa|dia|"
    r"día|day|mandela|simchat",
)
# A numbered school term after a word of time: "at the start of term 2", "during term 4"
# (a break alone, "the summer hols", stays a word, and "full term 3 weeks early" is a
# pregnancy).
_TERM = Triggered(
    re.compile(
        r"(?:of|since|during|until|till)\s+([Tt]erm\s+[1-4])\b"
        r"(?!\s*(?:weeks?|days?|months?|babies|baby|\d))"
    ),
    "of|since|during|until|till",
    words_if=lambda text, start: "erm" in text[start : start + 14],
)


def find(text: str) -> Iterator[Span]:
    """Date spans for festivals and school terms, each a whole phrase."""
    for m in _FESTIVAL.finditer(text):
        yield Span(m.start(), m.end(), SpanType.DATE, Source.PATTERN, 0.7, m.group())
    for m in _TERM.finditer(text):
        yield Span(m.start(1), m.end(1), SpanType.DATE, Source.CONTEXT, 0.6, m.group(1))
