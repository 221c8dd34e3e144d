"""Places after a place preposition: "in Harrogate", "at GH", "from Port Talbot",
"back to Admiral", "from a wet Merthyr".

A pass over the classified words of ``names``, like the others in ``names_context``, but
the one that reads prepositions, verbs of going and venue words; split from there so each
module has one concern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING

from app.redact import names_guess
from app.redact.lexicon import COUNTRY, DICT_WORD, MEDICAL, PLACE, STREET, default_lexicon
from app.redact.names_context import (
    CALENDAR,
    NAME,
    ORG_WORDS,
    PLACE_T,
    _gap,
    _mark,
    _titled,
    medical_shape,
)
from app.redact.names_cues import FUNCTION, KIN, MOVES, NOT_NAMES
from app.redact.spans import Source

if TYPE_CHECKING:
    from app.redact.names import _Tok

PLACE_PREPS = frozenset(["in", "from", "at", "near", "outside", "around", "round", "to", "via"])


def mark_places_after_prepositions(
    text: str, toks: list[_Tok], mixed: bool, at: Iterable[int] | None = None
) -> None:
    """``at``: the indexes (from 1, ascending) of the words to look at; by default
    those up to three words after a place preposition (``_after_prepositions``), the
    only words any test below can mark."""
    for i in _after_prepositions(toks) if at is None else at:
        tok, prev = toks[i], toks[i - 1]
        guessed = tok.kind is NAME and tok.source is Source.UNKNOWN_WORD
        if (tok.kind is not None and not guessed) or tok.flags & MEDICAL or tok.key in NOT_NAMES:
            continue  # "in Gaelic", "from Kannada" name a language, not a place
        if prev.key not in PLACE_PREPS and not (
            prev.key == "the" and i >= 2 and toks[i - 2].key in ("at", "to", "from")
        ):
            if mixed and _after_described(text, toks, i):
                _mark(tok, PLACE_T, Source.CONTEXT, uncertain=True)  # "from a wet Merthyr"
                _join_capitalised(text, toks, i + 1)
            continue
        gap = _gap(text, prev, tok)
        if gap != " ":
            continue
        if guessed:
            # "from Mitchells Plain": a run of two or more is a place, whole
            end = _join_capitalised(text, toks, i + 1)
            if end == i + 1 and (
                medical_shape(tok.key)
                or prev.key not in _WHERE
                and not names_guess.travel_before(text, tok.start)
            ):
                continue  # "switched to Xaggitin XL": a lone guess after "to" stays a guess
            for k in range(i, end):
                _mark(toks[k], PLACE_T, Source.CONTEXT, uncertain=True)
            continue
        key, raw = tok.key, tok.raw
        if key in FUNCTION or key in CALENDAR or key in KIN or len(key) < 2:
            continue
        moved = i >= 2 and toks[i - 2].key in MOVES and _gap(text, toks[i - 2], prev) == " "
        # a ward or building number after it: "to Quartermain 2", "TO GH 4"
        numbered = re.match(r"[ \t]?\d{1,2}\b", text[tok.end : tok.end + 4]) is not None
        short_to = (
            prev.key in ("at", "to", "from")
            or i >= 2
            and prev.key == "the"
            and toks[i - 2].key in ("at", "to", "from")
        )
        if raw.isupper() and 2 <= len(raw) <= 5 and short_to and (mixed or tok.zipf < 3.5):
            _mark(tok, PLACE_T, Source.CONTEXT, uncertain=True)  # "at GH", "to UCLH"
        elif (
            not mixed
            and short_to
            and len(key) >= 4
            and not tok.flags & DICT_WORD
            and (tok.zipf < 2.5 or numbered and tok.zipf < 3.0)
            and not medical_shape(key)
        ):
            _mark(tok, PLACE_T, Source.CONTEXT, uncertain=True)  # "to quartermain 2"
        elif (
            mixed
            and _titled(tok)
            and not raw.isupper()
            and (
                tok.flags & (PLACE | COUNTRY)
                or not (tok.flags & DICT_WORD and tok.zipf >= 3.0)
                and tok.zipf < 4.0
            )
            and not medical_shape(key)
        ):
            _mark(tok, PLACE_T, Source.CONTEXT, uncertain=True)
        elif mixed and _venue_pair(text, toks, i, prev.key):
            _mark(tok, PLACE_T, Source.CONTEXT, uncertain=True)  # "at Pleasant Point"
            _mark(toks[i + 1], PLACE_T, Source.CONTEXT, uncertain=True)
        elif mixed and _titled(tok) and _motion_to(text, toks, i):
            _mark(tok, PLACE_T, Source.CONTEXT, uncertain=True)  # "back to Admiral"
        elif (
            moved
            and mixed
            and raw.islower()
            and len(key) >= 4
            and tok.zipf < 2.5
            and not tok.flags & DICT_WORD
            and not medical_shape(key)
        ):
            _mark(tok, PLACE_T, Source.CONTEXT, uncertain=True)  # "transfer to quartermain"
        else:
            continue
        _join_capitalised(text, toks, i + 1)


def _after_prepositions(toks: list[_Tok]) -> list[int]:
    """The indexes one, two and three words after a word of ``PLACE_PREPS``, ascending.
    Every test of ``mark_places_after_prepositions`` needs one there: a place preposition
    just before ("in Rhyl"), before "the" ("at the Mater"), or before one describing word
    and perhaps an article (``_after_described``: "in sunny Rhyl", "from a wet Merthyr").
    The prepositions are picked in C, so the loop visits a few words, not all."""
    n = len(toks)
    preps = list(compress(range(n), map(PLACE_PREPS.__contains__, map(_KEY, toks))))
    if not preps:
        return preps
    near = {p + k for p in preps for k in (1, 2, 3)}
    return sorted(i for i in near if i < n)


_KEY = attrgetter("key")


def _join_capitalised(text: str, toks: list[_Tok], j: int) -> int:
    """ "Port Talbot", "Mitchells Plain": capitalised words straight after a place join
    it, up to three, unless they are function, medical or calendar words. Returns the
    index after the run."""
    kind, source = toks[j - 1].kind or PLACE_T, toks[j - 1].source
    stop = min(len(toks), j + 3)
    while (
        j < stop
        and (toks[j].kind is None or toks[j].kind is NAME and toks[j].source is Source.UNKNOWN_WORD)
        and _gap(text, toks[j - 1], toks[j]) == " "
        and _titled(toks[j])
        and not toks[j].raw.isupper()
        and toks[j].key not in FUNCTION
        and not toks[j].flags & MEDICAL
        and toks[j].key not in CALENDAR
        and (toks[j].zipf < 4.5 or toks[j].flags & (PLACE | STREET))
    ):
        _mark(toks[j], kind, source, uncertain=True)
        j += 1
    return j


# Verbs of going before "to": the capitalised word after is where, even when it is
# also an English word ("back to Admiral", "moved to Reading").
_MOTION = frozenset(
    "back moved move moving went going go drove driving flew flying headed heading "
    "returned relocated commute commuting".split()
)
_NOT_DESTINATION = frozenset(
    "mum mom dad mam nan gran grandma grandad god work school bed church hospital "
    "normal square basics earth heaven".split()
)
# Words that may stand between a place preposition and a town: "from a wet Merthyr",
# "in sunny Rhyl", "to rainy old Leeds".
_ARTICLES = frozenset(("a", "the"))


# Prepositions after which a lone guessed name is a town ("in Todtmoos"); "to" and
# "at" are left out: "switched to Xaggitin", "at Maddie's".
_WHERE = frozenset(("in", "from", "near", "outside"))
_NOT_VENUE = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday christmas easter eve day "
    "new year bank holiday week weekend morning night am pm stage grade level phase type "
    "cycle one two three four five six seven eight nine ten".split()
)


# After these, two capitalised words name a place only when one of them is not a
# common word: "round Kemble Locks", "in Tarrow Park", not "in Human Resources".
_PAIR_PREPS = frozenset(("in", "from", "near", "outside", "around", "round"))


def _venue_pair(text: str, toks: list[_Tok], i: int, prep: str) -> bool:
    """Two capitalised words after "at", neither a function, kin, calendar or medical
    word: a venue, a farm or a firm even when each word is English ("at Pleasant Point");
    after another place preposition, one of them rarer than an everyday word."""
    if i + 1 >= len(toks) or _gap(text, toks[i], toks[i + 1]) != " ":
        return False
    if prep != "at" and (
        prep not in _PAIR_PREPS or not any(_rare_or_town(t) for t in (toks[i], toks[i + 1]))
    ):
        return False
    return all(
        t.kind is None
        and _titled(t)
        and not t.raw.isupper()
        and len(t.key) >= 3
        and t.key not in FUNCTION
        and t.key not in KIN
        and t.key not in CALENDAR
        and t.key not in _NOT_VENUE
        and t.key not in ORG_WORDS
        and not t.flags & (MEDICAL | COUNTRY)
        and t.zipf < 5.8
        and not medical_shape(t.key)
        for t in (toks[i], toks[i + 1])
    )


def _rare_or_town(tok: _Tok) -> bool:
    """A word that makes a capitalised pair a place after "in"/"from": a town, or one
    the frequency table hardly knows in its singular too. Symptoms are everyday words
    ("from Chronic Fatigue", "in Brain Fog", "from Hot Flushes")."""
    if tok.flags & PLACE:
        return True
    if tok.zipf >= 3.0:
        return False
    zipf = default_lexicon().zipf
    return all(
        zipf.get(tok.key[: -len(end)], 0.0) < 3.0 for end in ("s", "es") if tok.key.endswith(end)
    )


def _motion_to(text: str, toks: list[_Tok], i: int) -> bool:
    tok, prev = toks[i], toks[i - 1]
    return (
        prev.key == "to"
        and i >= 2
        and toks[i - 2].key in _MOTION
        and _gap(text, toks[i - 2], prev) == " "
        and tok.key not in FUNCTION
        and tok.key not in CALENDAR
        and tok.key not in _NOT_DESTINATION
        and not tok.raw.isupper()
        and len(tok.key) >= 3
        and tok.zipf < 4.5
        and not medical_shape(tok.key)
    )


def _after_described(text: str, toks: list[_Tok], i: int) -> bool:
    """A capitalised rare word after a place preposition, an optional article and one
    lower-case describing word: "from a wet Merthyr", "in sunny Rhyl"."""
    tok, adj = toks[i], toks[i - 1]
    if (
        i < 2
        or not _titled(tok)
        or tok.raw.isupper()
        or tok.flags & DICT_WORD
        or tok.zipf >= 3.5
        or len(tok.key) < 4
        or tok.key in CALENDAR
        or tok.key.removesuffix("s") in _NOT_VENUE
        or medical_shape(tok.key)
        or not adj.raw.islower()
        or not (adj.flags & DICT_WORD or adj.zipf >= 3.0)
        or adj.key in FUNCTION
        or _gap(text, adj, tok) != " "
    ):
        return False
    j = i - 2
    if toks[j].key in _ARTICLES and j >= 1 and _gap(text, toks[j], adj) == " ":
        j -= 1
    return toks[j].key in PLACE_PREPS and _gap(text, toks[j], toks[j + 1]) == " "
