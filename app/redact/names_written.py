"""People written as initials or by a given name that is also a month.

Initials stand for a person when a person's frame holds them: a verb only people do
after them ("J.B. rang", "D.J. came round"), "from the ward" or "from work" after
them, or a preposition of company or address before them ("with J.B.", "me and T.M.",
"thanks to R.K.", "I saw A.J."). Common initialisms ("U.K.", "a.m.", "P.S.", "G.P.")
are never a person.

Jun, Jan, May, June, April and August are given names across many cultures and also
months; the date finders rightly leave a lone one alone. One is a person when it is
listed with a known given name ("Wei Ling and Jun", "Jan, Tom and Ravi") or a person's
verb follows it ("Jun took me"), and no date sits next to it ("Jun 4th", "since Jan").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered

_INITIALS = Triggered(
    # not before a reading ("C.I. 2.07", "R.R. 18"): a measure, never a person
    re.compile(r"(?<![\w.])((?:[A-Z]\.\s?){1,2}[A-Z]\.)(?![\w.])(?!\s*[:=]?\s*\d)"),
    "(?!)",
    capitals=r"[A-Z]\.\s?[A-Z]\.",
)
# Initialisms that are never a person: places, times, titles, notes, services.
_NOT_A_PERSON = frozenset(
    (
        "U.K.", "U.S.", "U.S.A.", "E.U.", "U.N.", "A.M.", "P.M.", "P.S.", "N.B.", "G.P.",
        "E.R.", "I.V.", "B.P.", "O.T.", "P.T.", "R.N.", "M.D.", "D.C.", "L.A.", "A.A.",
        "N.A.", "T.V.", "I.D.", "D.O.B.", "A.K.A.", "E.G.", "I.E.", "R.I.P.", "Q.D.",
        "B.D.", "O.D.", "T.D.S.", "P.R.N.", "A.S.A.P.", "N.H.S.", "C.T.", "M.R.I.", "E.D.",
        "I.C.U.", "A.E.", "M.S.", "D.R.", "S.A.", "N.Z.", "N.S.W.", "B.C.", "P.E.I.",
        "R.A.", "M.E.", "I.B.S.", "T.B.", "H.I.V.", "C.F.", "A.F.", "P.E.", "D.V.T.",
        "O.C.D.", "U.T.I.", "C.O.P.D.", "A.C.", "B.S.", "O.K.", "T.C.", "R.S.V.", "E.D.S.",
        "R.T.", "R.R.", "C.I.", "C.O.", "H.R.", "N.P.", "P.A.", "L.P.N.", "C.N.A.", "E.M.T.",
        "V.S.", "I.O.", "N.G.", "O.G.", "P.O.", "G.I.", "G.U.", "E.T.T.", "A.B.G.", "D.N.R.",
        "D.N.I.", "C.P.R.", "S.O.B.", "H.O.", "S.L.P.", "P.C.P.", "E.N.T.", "A.P.", "T.D.",
    )
)  # fmt: skip
_PERSON_VERB_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:rang|called|phoned|texted|messaged|said|says|told|came|comes|visited|"
    r"drove|took|brought|sent|picked|helped|sat|stayed|popped|dropped|is\s+my|was\s+my|"
    r"from\s+(?:the\s+)?(?:ward|clinic|work|church|team|group|office|school|surgery|"
    r"practice|pharmacy|hospice)|and\s+I\b|and\s+me\b)",
    re.IGNORECASE,
)
_COMPANY_BEFORE = re.compile(
    r"(?:\bwith|\bsaw|\bseen|\bsee|\bmet|\bthanks\s+to|\bthank|\bme\s+and|\band|\btold|"
    r"\bcalled|\brang|\basked|\btexted|\bvisit(?:ed)?|\bmy\s+\w+|\bdear|\bhi|\bto)\s*,?\s+$",
    re.IGNORECASE,
)
_MONTH_NAMES = Triggered(
    re.compile(r"(Jun|Jan|May|June|April|August)\b(?![.']?\s*\d)"), "jun|jan|may|june|april|august"
)
_DATE_BEFORE = re.compile(
    r"(?:\bin|\bon|\bsince|\buntil|\btill|\bby|\bfrom|\bof|\blast|\bnext|\bthis|\bearly|\blate|"
    r"\bmid|\bend|\bstart|\bbefore|\bafter|\bduring|\bthrough|\d|-|/)\s*$",
    re.IGNORECASE,
)
_LISTED = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*$")
_LISTED_AFTER = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*([A-Z][\w'’-]+)")
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]+)\s*(?:,|&|\band\b|\bor\b)\s*$")
_PERSON_VERB = re.compile(
    r"\s+(?:took|drove|came|visited|brought|rang|called|texted|said|told|helped|picked|"
    r"sat|stayed|popped|is\s+my|was\s+my)\b"
)
# Who she is, right after the name: "May (84)", "May next door", "August aus der Gruppe".
_MONTH_PERSON_AFTER = re.compile(
    r"\s*\(\d{1,3}\)|\s+(?:next\s+door|from\s+(?:the\s+)?(?:group|church|work|ward|forum)|"
    r"aus\s+der\s+Gruppe|von\s+nebenan)\b"
)
_MONTH_COUNTS = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\(\d", re.IGNORECASE
)
# A relative or a neighbour right before: "my neighbour May", "my daughter April".
_KIN_JUST_BEFORE = re.compile(
    r"\b(?:my|our|his|her|their|meine?|unsere?)\s+(?:neighbou?r|daughter|son|sister|brother|"
    r"mum|mom|mam|nan|nana|gran|granny|grandma|friend|mate|aunt|auntie|niece|nephew|cousin|"
    r"colleague|carer|wife|partner|girlfriend|boyfriend|husband|Nachbarin|Tochter|Schwester|"
    r"Freundin|Kollegin|Tante|Nichte|Cousine)\s+$",
    re.IGNORECASE,
)
_MONTH_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)


def _span(start: int, end: int, text: str) -> Span:
    return Span(start, end, SpanType.NAME, Source.CONTEXT, 0.6, text[start:end])


def find(text: str, medical_word: Callable[[str], bool]) -> Iterator[Span]:
    """Name spans for initials; ``medical_word`` says whether the letters are medicine
    ("R.A.", "M.E." are conditions)."""
    if "." in text:  # a cheap test before the table of capitals is read
        for m in _INITIALS.finditer(text):
            dotted = m.group(1).replace(" ", "")
            if dotted.upper() in _NOT_A_PERSON or medical_word(dotted.replace(".", "")):
                continue
            before = text[max(0, m.start() - 24) : m.start()]
            if _PERSON_VERB_AFTER.match(text, m.end()) or _COMPANY_BEFORE.search(before):
                yield _span(m.start(1), m.end(1), text)


def find_month_people(text: str, name_like: Callable[[str], bool]) -> Iterator[Span]:
    """Name spans for people called Jun, Jan, May, June, April or August. The engine
    asks this after its calendar veto, which rightly drops a lone month from every
    other finder: here the list or the verb is the evidence."""
    for m in _MONTH_NAMES.finditer(text):
        lo = max(0, m.start() - 16)
        if _DATE_BEFORE.search(text, lo, m.start()):
            continue
        if (
            _PERSON_VERB.match(text, m.end())
            or _MONTH_PERSON_AFTER.match(text, m.end())
            and len(_MONTH_COUNTS.findall(text)) < 2  # "Jan (4), Feb (6)": a tally
            or _KIN_JUST_BEFORE.search(text, max(0, m.start() - 24), m.start())
            or _listed_with_a_name(text, m, name_like)
        ):
            yield _span(m.start(1), m.end(1), text)


def _listed_with_a_name(text: str, m: re.Match[str], name_like: Callable[[str], bool]) -> bool:
    """Whether the word stands in a list beside a given name that is no month."""
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    after = _LISTED_AFTER.match(text, m.end())
    for near in (before, after):
        if near is None:
            continue
        word = near.group(1)
        if word.lower() not in _MONTH_WORDS and name_like(word):
            return True
    return False
