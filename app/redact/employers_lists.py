"""Workplaces listed after a workplace: "Worked at Kindred, Brookdale and Genesis".

A reader who has seen one employer knows the capitalised names joined to it by a
comma, "and", "or" or "then" are employers too, whatever the words are on their own:
the list says what they are. ``employers_listed`` reads such lists only for chains it
knows; here, once the spans are settled, any capitalised name of one to three words
joined to a found employer counts, unless it is a function word, a day or month, kin,
"I", medicine ("at Tesco and Mum", "at Asda and Monday", "at Lidl and Humira") or a
word in capitals: short ones are medicine's letters ("ASA, PCN"), and in notes written
in capitals any word is ("GIVEN 3L NS, STARTED ON").
An everyday word alone ("Genesis", "Target", "Pilates") counts only as the third
item of a list or after a comma, where nothing but another name can stand. In lower
case, only a word the frequency table hardly knows counts ("for doordash and
instacart"), never medicine ("at asda and naproxen").
"""

from __future__ import annotations

import re

from app.redact.employers_listed import LIST_JOIN
from app.redact.german import german_line, german_word
from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN
from app.redact.spans import Source, Span, SpanType

_RUN = re.compile(r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}")
# One lower-case word no list knows: "a driver for doordash and instacart".
_LOWER_RARE = re.compile(r"[a-z][a-z&'’-]{3,}(?![\w-])")
_RARE_LOWER = 2.5
_EVERYDAY = 3.0


def extend(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """``spans`` (sorted, apart) with the names listed after each employer."""
    added: list[Span] = []
    for i, span in enumerate(spans):
        if span.type is not SpanType.EMPLOYER or span.source is Source.USER:
            continue
        if added and added[-1].end > span.start:
            continue  # inside a list already read from an earlier employer
        limit = spans[i + 1].start if i + 1 < len(spans) else len(text)
        added.extend(_listed(span.end, text, limit, spans[i + 1 :], lex))
    if not added:
        return spans
    return sorted([*spans, *added], key=lambda s: s.start)


def _listed(pos: int, text: str, limit: int, later: list[Span], lex: Lexicon) -> list[Span]:
    out: list[Span] = []
    items = 1
    nxt = 0
    while True:
        join = LIST_JOIN.match(text, pos)
        if join is None or join.end() == pos:
            return out
        start = join.end()
        while nxt < len(later) and later[nxt].end <= start:
            nxt += 1
        if nxt < len(later) and later[nxt].start == start:
            pos, items = later[nxt].end, items + 1  # an item found already
            limit = later[nxt + 1].start if nxt + 1 < len(later) else len(text)
            continue
        m = _RUN.match(text, start, limit)
        if m is None:
            m = _LOWER_RARE.match(text, start, limit)
            if m is None or not _rare_lower(m.group(), lex):
                return out
        words = _name_words(m.group(), lex)
        if not words or german_line(text, start) and german_word(words[0]):
            return out  # "bei Airbus, Schichtdienst": German nouns are capitalised
        if _everyday(words, lex) and items < 2 and "," not in join.group():
            return out
        end = start + len(" ".join(words))
        out.append(Span(start, end, SpanType.EMPLOYER, Source.CONTEXT, 0.5, text[start:end], True))
        pos, items = end, items + 1


def _name_words(run: str, lex: Lexicon) -> list[str]:
    """The run's words up to the first that cannot be part of a name; none when the
    first cannot."""
    words: list[str] = []
    for word in run.split():
        key = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
        if (
            word.isupper()
            and (len(word) <= 3 or not words)  # "ASA, PCN": letters of medicine
            or word == "I"
            or key in FUNCTION
            or key in CLOSED_CLASS
            or key in CALENDAR
            or key in KIN
            or lex.flags.get(key, 0) & (MEDICAL | DRUG)
        ):
            break
        words.append(word)
    return words


def _rare_lower(word: str, lex: Lexicon) -> bool:
    """A lower-case word the frequency table hardly knows and no list calls medicine,
    a name's word or a place's: a brand written as typed."""
    key = word.strip("'’")
    return (
        lex.zipf.get(key, 0.0) < _RARE_LOWER
        and not lex.flags.get(key, 0) & (MEDICAL | DRUG)
        and key not in FUNCTION
        and key not in CLOSED_CLASS
        and key not in KIN
    )


def _everyday(words: list[str], lex: Lexicon) -> bool:
    """One everyday word that no list knows as a name or a place."""
    if len(words) > 1:
        return False
    key = words[0].lower().strip("'’")
    return lex.zipf.get(key, 0.0) >= _EVERYDAY and not lex.flags.get(key, 0) & (
        FIRST | LAST | PLACE
    )
