"""A name followed by its own grade, stage or result is a scale or a test, not a person.

Clinicians grade with scales named after the people who made them and report tests
the same way: "Hurley stage II", "House-Brackmann grade IV", "Rutgeerts i3", "Widal
positive", "HER2-positive". The name nets read the capitalised word as a surname, and
the post loses the very result the writer asked about. A person is not followed by a
grade of their own: a staging word and a numeral ("stage II", "grade 3"), a scale's
code ("i3"), or a test's verdict ("positive", "negative") straight after the word make
it the scale or the test.

A listed given name, surname or town takes only a Roman numeral after a staging word
("Hurley stage II"; "Emma grade 6" is a pupil, "Leeds stage 2" a venue), only a
surname takes a verdict ("Coombs negative"; "Emma positive" is not said of a test),
and the bare code after an unlisted word only. A person cue before the word (a title,
a relation, "my friend") or a verb of speaking after it keeps it a person.
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.normalise import fold_term
from app.redact.person_cue import person_cue_before
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)
# The word itself: one capitalised word or a hyphenated pair ("House-Brackmann"), or a
# receptor's or a test's capitals with a digit ("HER2").
_WORD = re.compile(r"[A-Z][a-zéèüöä]+(?:-[A-Z][a-zéèüöä]+)?|[A-Z][A-Z0-9]{1,5}")
_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X)[abcABC]?"
# "stage II", "grade IV", "Grade 3", "score 2", "class III", "type II" after the word.
_STAGED = re.compile(
    rf"[ \t]+(?i:stage|grade|class|score|type|classification)[ \t:]+"
    rf"(?:(?P<roman>{_ROMAN})|(?P<digit>\d{{1,2}}[abcABC]?))(?![\w/.:,]\d|[\w-])"
)
_DIGIT_STAGES = ("stage", "grade", "score")  # "Kowhai class 2", "Tavish type 1": people
# "Rutgeerts i3", "Forrest Ib": a scale's code straight after the word.
_CODED = re.compile(r"[ \t]+(?:[a-z]\d[a-z]?|(?:II|III|IV)[abc]?)(?![\w/.:-])")
# "Widal positive", "Coombs negative", "HER2-positive", "HER2+": a test's verdict, then a
# pause or a word of testing or treating; not "Tavish positive vibes only".
_VERDICT = re.compile(
    r"(?:[ \t]+|-)(?i:positive|negative|pos|neg|reactive|non-reactive)(?![\w-])"
    r"(?=[ \t]*(?:[.,;:!?)\n]|$|(?i:and|but|for|on|in|again|test|tests|result|results|"
    r"reaction|titre|titer|breast|tumou?rs?|cancer|disease|status|so|which|too)\b))"
    r"|(?<=[A-Z0-9])\+(?![\w+])"
)
# A receptor's or a test's capitals and its verdict in one word: "HER2-positive",
# "ANA-negative", "Covid-positive".
_JOINED = re.compile(r"(?:[A-Z][A-Z0-9]{1,5}|[A-Z][a-z]+)-(?i:positive|negative|neg|pos)")
# The first letters of the words _STAGED and _VERDICT match after the space, and of a
# Roman numeral _CODED does ("stage", "positive", "II").
_NEXT_FIRST = frozenset("sgctSGCTpnrPNRI")
_SPEAKS_AFTER = re.compile(
    r"[ \t]+(?:said|says|told|asked|texted|rang|called|came|visited|and[ \t]+I)\b",
    re.IGNORECASE,
)


def graded(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name, place or organisation is a scale or a test by the grade,
    the code or the verdict that follows it."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    piece = span.text.rstrip(" .,;:!?")
    end = span.start + len(piece)
    if "-" in piece:
        joined = _JOINED.fullmatch(piece)  # the span took the verdict: "HER2-positive"
        if joined is not None:
            return not _person(text, span.start, end)
    if not _may_follow(text, end):
        return False
    if _WORD.fullmatch(piece) is None:
        return False
    flag = lex.flag(fold_term(piece))
    medicine = bool(flag & (MEDICAL | DRUG))
    listed = bool(flag & (FIRST | LAST | PLACE)) and not medicine
    staged = _STAGED.match(text, end)
    if staged is not None:
        digit = staged.group("digit")
        if digit and (listed or not staged.group().lstrip().lower().startswith(_DIGIT_STAGES)):
            return False
        return not _person(text, span.start, end)
    if not listed and _CODED.match(text, end) and piece[1:].islower():
        return not _person(text, span.start, end)
    verdict = _VERDICT.match(text, end)
    if verdict is None or (listed and not (flag & LAST and not flag & (FIRST | PLACE))):
        return False
    return not _person(text, span.start, end)


def _may_follow(text: str, end: int) -> bool:
    """Whether a grade, a code or a verdict may start at ``end`` (a cheap look at two or
    three characters; most guesses are followed by none, and no regex is tried)."""
    first = text[end : end + 1]
    if first == "-" or first == "+":
        return True  # "HER2-positive", "ER+"
    if first != " " and first != "\t":
        return False
    second = text[end + 1 : end + 2]
    return second in _NEXT_FIRST or second.islower() and text[end + 2 : end + 3].isdigit()


def _person(text: str, start: int, end: int) -> bool:
    """A title, a relation or a friend just before, or a verb of speaking after."""
    return person_cue_before(text, start) or _SPEAKS_AFTER.match(text, end) is not None
