"""A baby's or a toddler's age in months: "Poppy (18 months)", "walked at 14 months".

The number safety net (``numbers_age``) lets "18 months" go, rightly: most months in a
health post are durations ("on it for 6 months", "review in 3 months"). Two shapes are
a young child's age all the same, and parents give it that way more than in years:

- months or weeks in brackets straight after a name or a relative ("Poppy-Mae
  (18 months)", "my son (9 weeks)"), where an older person's age in years would stand;
- "at N months" in a post about a child, where an event happened at that age ("had the
  surgery at 5 months", "sitting up at 7 months"). A follow-up, a scan or a review "at
  6 months" is a plan, not an age, and "at 5 months pregnant" is the mother's count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from app.redact.sentences import CLAUSE_MARK
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens

_UNIT = r"(?:months?|mths?|mos?|weeks?|wks?|Monaten?|Wochen)"
# "(18 months)", "(9 weeks old)", "(aged 20 months)": the whole bracket's inside but "aged".
_BRACKET = re.compile(
    rf"(?<=[A-Za-zäöüß])\s\((?:aged?\s)?(\d{{1,2}}\s?{_UNIT}(?:\s+(?:old|alt))?)\)", re.IGNORECASE
)
# Just before the bracket: a capitalised name ("Poppy-Mae") or a word for a child.
_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|baby|boy|girl|grandson|granddaughter|niece|nephew|little one|"
    r"twins?|toddler|bub|bubba|tochter|sohn|enkel|enkelin|kleine|kleiner|zwillinge)$",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)(?:-[A-Z]?[a-z]+)?$")
_AT_MONTHS = re.compile(r"\bat\s+(\d{1,2}\s?(?:months?|mths?|mos?)(?:\s+old)?)\b", re.IGNORECASE)
# After "at N months": a pregnancy, a time after something, or a plan of care.
_NOT_AFTER = re.compile(
    r"\s*(?:pregnant|gestation|post|after|later|ago|in\b|into|on\b|of\b|apart|intervals?|"
    r"follow|review|check|[-–/]|to\b|and\s+\d|or\s+\d)",
    re.IGNORECASE,
)
# In the clause before "at N months": a plan, a test or a drug schedule, not a child's day.
_PLAN_BEFORE = re.compile(
    r"\b(?:review|reviewed|follow[\s-]?up|check|checked|scan|scans|bloods?|test|tests|"
    r"appointment|appt|repeat|recheck|reassess|again|every|booked|due|planned|stopped|"
    r"stop|taper|wean|dose|injection|infusion|jab|trial|pregnant|pregnancy|bump)\b",
    re.IGNORECASE,
)
# Somewhere in the post (a token): a child the months can be the age of.
_CHILD = frozenset(
    """baby babies son daughter newborn infant toddler bub bubba lo ds dd kid child
    children paediatric pediatric nicu picu crawling crawl sitting walking teething
    formula breastfeeding breastfed""".split()
)
# The same, said in two words: "our little one", "my boy" (tried only when no word is).
_CHILD_PHRASE = re.compile(r"\b(?:little one|(?:our|my) (?:boy|girl))\b", re.IGNORECASE)
_UNIT_WORDS = ("month", "Month", "mth", "mos", "mo)", "week", "Week", "wk", "Monat", "Woche")
# German "4 Monate alt", "6 Wochen alt": said of no one but a baby.
_OLD_DE = re.compile(r"(?<![\d.,])(\d{1,2}\s+(?:Monate|Wochen)\s+alt)\b")


# German "unser Finn ist jetzt 14 Monate und ...": how old a child is, without "alt"; not
# a time since ("ist jetzt 14 Monate her") nor a length ("war 6 Wochen lang").
_IS_MONTHS_DE = re.compile(
    r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+(?:ist|war|wird)\s+"
    r"(?:jetzt\s+|erst\s+|schon\s+|gerade\s+|inzwischen\s+|nun\s+)?"
    r"(\d{1,2}\s+(?:Monate|Wochen))\b(?!\s+(?:her|lang|später|vorbei|alt|auf|im|in)\b)"
)
# The subject that makes it an age: a child's word or a given name ("unser Finn ist"),
# never a treatment's or a wait's ("die Chemo war 6 Wochen", "die Wartezeit ist 3 Monate").
_CHILD_SUBJECTS_DE = frozenset(
    "baby sohn tochter kleine kleiner kind enkel enkelin säugling zwerg maus".split()
)
# A child in a German post: the words the months can be the age of.
_CHILD_DE = frozenset(
    "baby sohn tochter kleine kleiner kleinen enkel enkelin unser unsere säugling "
    "zwillinge kind".split()
)


def find(text: str, name_word: Callable[[str], bool]) -> Iterator[Span]:
    """Ages in months of a named child or of a child the post is about; ``name_word``
    says whether a word is a listed given name ("Poppy" in "Poppy-Mae (18 months)"): a
    drug's or a course's name before the bracket is its length ("Keytruda (12 months)")."""
    if not any(unit in text for unit in _UNIT_WORDS):
        return
    for m in _BRACKET.finditer(text) if "(" in text else ():
        lo = max(0, m.start() - 20)
        name = _NAME_BEFORE.search(text, lo, m.start())
        if name and name_word(name.group(1)) or _KIN_BEFORE.search(text, lo, m.start()):
            yield Span(m.start(1), m.end(1), SpanType.AGE, Source.CONTEXT, 0.8, m.group(1))
    for m in _OLD_DE.finditer(text) if " alt" in text else ():
        yield Span(m.start(1), m.end(1), SpanType.AGE, Source.CONTEXT, 0.8, m.group(1))
    words = _tokens(text).at.keys()
    if not words.isdisjoint(_CHILD_DE):
        for m in _IS_MONTHS_DE.finditer(text):
            who = m.group(1)
            if who.lower() in _CHILD_SUBJECTS_DE or name_word(who):
                yield Span(m.start(2), m.end(2), SpanType.AGE, Source.CONTEXT, 0.7, m.group(2))
    if "at" not in words or words.isdisjoint(_CHILD) and not _CHILD_PHRASE.search(text):
        return
    for m in _AT_MONTHS.finditer(text):
        if _NOT_AFTER.match(text, m.end()):
            continue
        lo = max(0, m.start() - 60)
        ends = [e.end() for e in CLAUSE_MARK.finditer(text, lo, m.start())]
        lo = ends[-1] if ends else lo
        if _PLAN_BEFORE.search(text, lo, m.start()):
            continue
        yield Span(m.start(1), m.end(1), SpanType.AGE, Source.CONTEXT, 0.7, m.group(1))
