"""German words that an earlier finder took for a person, dropped once detection settles.

German capitalises every noun, so "10 Tage" or "Handy +49 ..." look like names to
finders that read capitals, and a verb after a title ("Dr. meinte Thiamazol") looks
like a surname. In an entry that reads as German, a NAME guess that is a listed German
word goes, unless a title or a word for kin stands just before it ("Frau Kowalski",
"bei Herrn Koch", "Mama Gisela", "Onkel Jürgen"), or a noun after "mein"/"meine"
does ("Mein Kollege Fuchs", "Meine Freundin Sommer": whoever the writer calls theirs
is a person), or it is a listed given name no English text writes ("Jörg fährt mich
hin"); a lower-case German word goes after a title too.
"""

from __future__ import annotations

import re

from app.redact.german import german_listed, german_word, is_german, person_frame, town_named
from app.redact.lexicon import FIRST, LAST, Lexicon
from app.redact.names_cues import KIN, TITLES
from app.redact.normalise import fold_term
from app.redact.other_tongues import GERMAN_KIN
from app.redact.spans import Source, Span, SpanType

# The word before a guess, and the one before that when it is a possessive.
_WORD_BEFORE = re.compile(
    r"(?:\b([Mm]ein|[Mm]eine|[Mm]einem|[Mm]einer|[Mm]einen|[Uu]nser|[Uu]nsere|[Uu]nserem|"
    r"[Uu]nserer|[Uu]nseren)\s+)?([\w.]+)\s+$"
)
_GERMAN_TITLES = (
    frozenset(
        """frau herr herrn fr hr dr. dr prof. prof med. schwester bruder sohn tochter mann
        nachbar nachbarin schwager schwägerin cousine cousin neffe nichte enkel
        enkelin""".split()
    )
    | GERMAN_KIN
)


def drop_words(
    spans: list[Span], text: str, lex: Lexicon, german: bool | None = None
) -> list[Span]:
    """``spans`` less the NAME guesses that are ordinary German words (``german``:
    ``is_german(text)`` if the caller asked it already)."""
    if not any(s.type is SpanType.NAME for s in spans) or not (
        is_german(text) if german is None else german
    ):
        return spans
    return [s for s in spans if not _german_noun(s, text, lex)]


def _titled(text: str, start: int) -> bool:
    """A title right before ``start``, in any case ("dr ", "Frau ", "herrn ")."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    before = m.group(2).lower().rstrip(".")
    return before in _GERMAN_TITLES or before in TITLES


def _german_noun(span: Span, text: str, lex: Lexicon) -> bool:
    if span.type is not SpanType.NAME or span.source in (Source.PROFILE, Source.USER):
        return False
    word = span.text.strip(" .,")
    if not word.isalpha():
        return False
    if word[0].islower():
        # "Dr. meinte" is no surname; "bei dr meier", "frau kessler" are
        return german_word(word) and not (
            lex.flag(fold_term(word)) & (FIRST | LAST) and _titled(text, span.start)
        )
    if not german_listed(word) or person_frame(text, span.start, span.end):
        return False  # "Termin bei Zenker um 9": a person, though a German word too
    key = word.lower()
    if town_named(key, text, span.start):
        return False  # "nach Ehrenfeld": a district the German list holds, shaped as one
    if lex.flag(fold_term(key)) & FIRST and lex.zipf_of(key) == 0.0:
        return False  # "Jürgen", "Jörg": German given names no English text writes
    m = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
    if m is None:
        return True
    if m.group(1) is not None and m.group(2)[0].isupper():
        return False  # "Mein Chef Fischer": the noun names who the person is to the writer
    before = m.group(2).lower()
    return not (before in _GERMAN_TITLES or before.rstrip(".") in TITLES or before in KIN)
