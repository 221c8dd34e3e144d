"""Names, places and employers that are not in the profile, found from word lists and cues.

One pass over the words of the text, then one pass that grows each name over its
neighbours; every decision is a dictionary lookup, so this stays fast on long entries.
Evidence, strongest first:

1. a cue next to the word: a title ("Dr", "Mrs"), a relation ("my sister",
   "husband"), a credential after it (", RN"), an institution after it ("… Hospital"),
   a movement before it ("transferred to …"), a company suffix ("… Ltd");
2. the shipped lists of given names, surnames and places, unless the word is
   also an ordinary English word ("Grace", "Bill", "Reading") or a medical word;
3. a capitalised word that is neither English nor medical: a *review flag*,
   redacted by default but marked uncertain.

How informative capitals are depends on the text: in ALL-CAPS or all-lower notes
they say nothing, so there the lists and the rarity of a word carry the weight.
"""

from __future__ import annotations

import re
from itertools import compress
from operator import attrgetter

from app.redact import names_context as ctx
from app.redact import names_guess, names_prep_places
from app.redact.employers_edges import ends_name
from app.redact.lexicon import COUNTRY, DICT_WORD, DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.names_cues import (
    COMPANY,
    CREDENTIALS,
    EMPLOY_CUES,
    FUNCTION,
    INSTITUTIONS,
    KIN,
    MOVES,
    PLACE_PREPS,
    SAINTS,
    TITLES,
)
from app.redact.names_lower import CUED_ZIPF, cued
from app.redact.names_tokens import (
    _IF_MIXED,
    _IF_NOT_MIXED,
    HYPHEN_NAMES,
    ORG_IF_MIXED,
    ORG_IF_PLAIN,
    _scan,
    _Tok,
)
from app.redact.spans import Source, Span, SpanType

# Lower-case particles that start a surname after a title ("Dr van der Merwe").
_PARTICLES = frozenset("de del la della di da do dos das du van von der den ter al el le".split())
NAME, PLACE_T, EMPLOYER = SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER


def _caps_mode(toks: list[_Tok]) -> str:
    """'upper', 'lower' or 'mixed': whether capital letters carry information here."""
    raws = list(map(_RAW, toks))
    raws = list(compress(raws, map(_TWO_OR_MORE, map(len, raws))))  # in C, not a loop
    total = len(raws)
    upper = sum(map(str.isupper, raws))  # counted in C: no word is upper and lower both
    lower = sum(map(str.islower, raws))
    if total == 0:
        return "mixed"
    if upper > 0.6 * total:
        return "upper"
    if lower > 0.97 * total:
        return "lower"
    return "mixed"


# "Group B strep", "Group A": an organisation word before a lone capital is a kind of germ.
_DESIGNATION = re.compile(r" [A-Z]\b(?![.'’&-])")


def _designated(text: str, tok: _Tok) -> bool:
    return tok.key == "group" and _DESIGNATION.match(text, tok.end) is not None


# A clinician by their work, before a surname that is also a unit or a medical word
# ("my rheumatologist Ng", "Cardiologist Ng at Westmead"), as a title is ("Dr Ng").
_CLINICIAN_NAME_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:says|said|is|was|wants|wanted|thinks|thought|told|put|gave|"
    r"prescribed|suggested|reckons|at|from|in|and|has|had|who|upped|started|stopped|changed|"
    r"switched|ordered|referred|sent|agreed|explained)\b"
)
_CLINICIAN = re.compile(
    r"[a-z]+(?:ologist|iatrist|ician)|surgeon|consultant|registrar|physio|therapist|"
    r"specialist|endo|rheumy|neuro|cardio|gastro|derm|gp|midwife|dietitian|dietician|"
    r"pharmacist|dentist|optometrist|podiatrist"
)


class NameFinder:
    """Finds NAME, PLACE and EMPLOYER spans from cues and lists (see module docstring)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self._sorted: dict[int, tuple[set[tuple[str, ...]], int, list[tuple[str, ...]]]] = {}

    def find(self, text: str) -> list[Span]:
        toks, codes = _scan(text, self.lex)
        if not toks:
            return []
        mixed = _caps_mode(toks) == "mixed"
        classify = self._classify
        # the words _code sends to _classify in this mode, picked in C
        for i in compress(
            range(len(toks)), map((_IF_MIXED if mixed else _IF_NOT_MIXED).__and__, codes)
        ):
            if toks[i].kind is None:
                classify(text, toks, i, mixed)
        self._grow_names(text, toks, mixed)
        n = len(toks)
        org = ORG_IF_MIXED if mixed else ORG_IF_PLAIN
        ctx.mark_organisations(
            text, toks, self.lex, mixed, compress(range(1, n), map(org.__and__, codes[1:]))
        )
        ctx.mark_firms(text, toks, mixed)
        hyphens = compress(range(n), map(HYPHEN_NAMES.__and__, codes))
        ctx.mark_hyphen_names(toks, self.lex, mixed, hyphens)
        ctx.grow_lists(text, toks, mixed)
        names_prep_places.mark_places_after_prepositions(text, toks, mixed)
        ctx.propagate(toks, mixed)
        # A possessive goes with its name ("Sarah's"), so no stray "s" is left behind.
        return [
            Span(
                t.start,
                t.end + 2 * t.poss,
                t.kind,
                t.source,
                _CONF[t.source],
                text[t.start : t.end + 2 * t.poss],
                t.uncertain,
            )
            for t in compress(toks, map(_KIND, toks))
        ]

    # -- one word -------------------------------------------------------------------------

    def _classify(self, text: str, toks: list[_Tok], i: int, mixed: bool) -> None:
        tok = toks[i]
        key, f, z, raw = tok.key, tok.flags, tok.zipf, tok.raw
        if f & MEDICAL:
            # "Dr Ng", "Dr Bell": after a title even a medical word is a surname
            prev = toks[i - 1] if i and tok.near else None  # _near(text, toks, i, -1)
            if (
                prev is not None
                and (
                    prev.key in TITLES
                    or _CLINICIAN.fullmatch(prev.key) is not None
                    and mixed
                    and raw[1:].islower()
                    and not f & DRUG  # "the neurologist Keppra dose": the drug
                    # "my cardiologist Kardia readings": a device's noun after it
                    and _CLINICIAN_NAME_AFTER.match(text, tok.end) is not None
                )
                and raw[0].isupper()
                and not tok.poss
                and not (raw.isupper() and len(raw) > 2)
            ):
                _mark(tok, NAME, Source.CONTEXT)  # "Dr Ng", "my rheumatologist Ng"
            elif (  # "my sister Katya", "my friend Yasmin": a pill's brand is a name too
                prev is not None
                and prev.key in _FAMILY
                and not f & DRUG  # "My husband Humira day again": the drug
                and text[prev.end : tok.start] == " "
                and (
                    _MINE_BEFORE.search(text, max(0, prev.start - 8), prev.start)
                    or prev.raw in _KIN_TITLES  # "Nana Peg", "Tante Hatice"
                )
                and raw[0].isupper()
                and raw[1:].islower()
                and not tok.poss
                and not _DOSE_AFTER.match(text, tok.end)
            ):
                _mark(tok, NAME, Source.CONTEXT)
            return
        if (
            mixed
            and z >= 3.0
            and raw[0].islower()
            and not f & (FIRST | LAST | PLACE)
            and not tok.poss
        ):
            return  # an ordinary lower-case word where capitals mean something: no rule
            # below marks it, so skip looking at its neighbours (most words of a post)
        cap = raw[0].isupper()
        icap = mixed and cap and not raw.isupper()  # a capital that means something
        prev = toks[i - 1] if i and tok.near else None  # _near(text, toks, i, -1)
        prev_key = prev.key if prev else ""
        if key in FUNCTION or len(key) < 2:
            if prev_key in TITLES and (icap or len(key) == 1 and cap):
                _mark(tok, NAME, Source.CONTEXT)
            return
        acronym = raw.isupper() and len(raw) <= 4 and (mixed or len(raw) <= 2)
        nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].near else None
        # _near_key(text, toks, i - 1, -1): the key of a near word before a near word
        prev2_key = toks[i - 2].key if prev and i > 1 and prev.near else ""
        next_key = nxt.key if nxt else ""
        namelike = bool(f & (FIRST | LAST))
        # "Iceland" or "Turkey" written with a capital is the country, not the word
        common = bool(f & DICT_WORD) and z >= 3.0 and not (f & COUNTRY and icap)
        title = (
            prev_key in TITLES
            and not (acronym and mixed)
            and (icap or not mixed or namelike or z < (4.0 if cap else 3.0))
            and not (mixed and prev.raw.isupper() and prev_key in ("ms", "mr", "mx"))
            # "the doctor put her on": a common lower-case word after a title that is a
            # noun too, where capitals mean something ("dr green aware" stays a name)
            and not (
                mixed
                and not cap
                and len(prev_key) > 4
                and f & DICT_WORD
                and z >= 4.0
                and key not in _PARTICLES
            )
        )
        kin = prev_key in KIN and (
            namelike and (not common or icap or z < 4.5) or z < 2.5 and (cap or not mixed)
        )
        credential = (
            next_key in CREDENTIALS
            and nxt is not None
            and text[tok.end : nxt.start].strip() in (",", "")
            and (namelike or z < 3.0)
        )
        # (the tests of the word's neighbours come last in each condition: most words
        # fail a cheaper test first)
        initial = (
            (namelike or z < 3.0)
            and not (acronym and mixed)
            and (icap or not mixed or namelike)  # "20.000 I.E. einmal": no surname
            and prev is not None
            and len(prev.raw) == 1
            and prev.raw.isupper()
            and text[prev.end : tok.start] in (". ", ".")
        )
        # "a bbq at jess's": in lower-case writing a listed given name that owns something
        owner = not mixed and raw.islower() and tok.poss and f & FIRST and z < 4.5 and len(key) >= 3
        if title or kin or credential or initial or owner:
            _mark(tok, NAME, Source.CONTEXT, uncertain=owner)
        elif (
            f & FIRST
            and z < 5.0
            and (icap or not mixed)
            and nxt is not None  # a rare word after it
            and (nxt.zipf < 2.5 or nxt.flags & LAST and not nxt.flags & DICT_WORD)
            and not nxt.flags & MEDICAL
            and nxt.key not in FUNCTION
            and nxt.key not in _MONTHS_NOT_NAMES  # "Ab Januar Reha": from January, no one
            and len(nxt.key) > 2
            and (not mixed or nxt.raw[0].isupper() and not nxt.raw.isupper())
            and text[tok.end : nxt.start] == " "
        ):
            _mark(tok, NAME, Source.CONTEXT)
            _mark(nxt, NAME, Source.CONTEXT)
        elif prev_key in SAINTS and (icap or not mixed and (namelike or z < 3.5)):
            _mark(tok, PLACE_T, Source.CONTEXT)
            _mark(prev, PLACE_T, Source.CONTEXT)
        elif (
            next_key in INSTITUTIONS
            and not acronym
            and (
                icap
                or not mixed
                and (not common or prev_key in PLACE_PREPS)
                and (namelike or f & PLACE or z < 3.0 or prev_key in PLACE_PREPS)
            )
        ):
            _mark(tok, PLACE_T, Source.CONTEXT)
            if next_key in _NAMING_INSTITUTIONS:  # "Frederick Memorial", "Laurel Regional"
                _mark(nxt, PLACE_T, Source.CONTEXT)
        elif (
            prev_key in PLACE_PREPS
            and prev2_key in MOVES
            and (
                icap
                or acronym
                or not mixed
                and not common
                and (z < 3.0 or len(key) <= 4 and z < 3.5)
            )
        ):
            _mark(tok, PLACE_T, Source.CONTEXT)
        elif next_key in COMPANY and icap and nxt.raw[0].isupper() and not _designated(text, nxt):
            _mark(tok, EMPLOYER, Source.CONTEXT)
            _mark(nxt, EMPLOYER, Source.CONTEXT)
        elif icap and (
            prev_key in EMPLOY_CUES
            or prev_key in _EMPLOY_SECOND
            and f"{prev2_key} {prev_key}" in EMPLOY_CUES
        ):
            _mark(tok, EMPLOYER, Source.CONTEXT)
        elif key in self.lex.place_phrases and self._place_phrase(text, toks, i, mixed):
            pass  # (_place_phrase says no at once to a word opening no place phrase)
        elif f & PLACE and not common and not acronym and (icap or not mixed and z < 4.5):
            _mark(tok, PLACE_T, Source.LEXICON)
        elif (
            namelike
            and not common
            and len(key) >= 3
            and not acronym
            and key not in _MONTHS_NOT_NAMES  # "Ab Januar": a month, though a surname too
            and (
                icap
                or not mixed
                and len(key) >= 4
                and (f & FIRST or z < 4.0)
                or mixed
                and not cap
                and z < 2.0
            )
        ):
            _mark(tok, NAME, Source.LEXICON, uncertain=mixed and not cap)
        # The review flag: a capitalised word mid-sentence that we do not know at all, or a
        # listed name that is only rarely an ordinary word ("the group Marguerite ran").
        elif (
            icap
            and len(key) >= 4
            and key.isalpha()
            and (
                (z < 2.0 and not f & DICT_WORD)
                or names_guess.unlisted_here(key, f, z, text, tok.start, tok.end)
                or (namelike and z < 3.5)
                or (z < CUED_ZIPF and not f & DICT_WORD and not tok.poss and cued(text, tok))
            )
            and not _sentence_start(text, tok.start)
            and not ctx.medical_shape(key)
            and key not in ctx.CALENDAR
        ):
            _mark(tok, NAME, Source.UNKNOWN_WORD, uncertain=True)
        elif mixed and raw.isupper() and len(key) >= 5 and f & PLACE and not common:
            _mark(tok, PLACE_T, Source.LEXICON)

    def _place_phrase(self, text: str, toks: list[_Tok], i: int, mixed: bool) -> bool:
        phrases = self.lex.place_phrases.get(toks[i].key)
        if not phrases or (mixed and not toks[i].raw[0].isupper()):
            return False
        longest = self._longest_first(phrases)
        # the keys of the words from here on, as many as the longest phrase has: each
        # phrase is then one tuple comparison in C (a shorter tuple where the text ends
        # is unequal, as a phrase running past the last word never matched)
        keys = tuple(map(_KEY, toks[i : i + len(longest[0])]))
        for phrase in longest:
            j = i + len(phrase)
            if keys[: len(phrase)] == phrase and toks[j - 1].start - toks[i].end < 4 * len(phrase):
                for k in range(i, j):
                    _mark(toks[k], PLACE_T, Source.LEXICON)
                return True
        return False

    def _longest_first(self, phrases: set[tuple[str, ...]]) -> list[tuple[str, ...]]:
        """``sorted(phrases, key=len, reverse=True)``, sorted once per set (two phrases
        of one length that both match are the same phrase, so their order is moot)."""
        got = self._sorted.get(id(phrases))
        if got is None or got[0] is not phrases or got[1] != len(phrases):
            got = (phrases, len(phrases), sorted(phrases, key=len, reverse=True))
            self._sorted[id(phrases)] = got
        return got[2]

    # -- neighbours -----------------------------------------------------------------------

    def _grow_names(self, text: str, toks: list[_Tok], mixed: bool) -> None:
        """Extend each name over initials, given names and unknown surnames next to it."""
        n = len(toks)
        for i in ctx.marked(toks):
            if toks[i].kind is not NAME:
                continue
            j = i - 1
            while (
                j >= 0
                and toks[j].kind is None
                and _joined(text, toks[j], toks[j + 1])
                and _name_part(toks[j], mixed, before=True)
            ):
                _mark(toks[j], NAME, Source.CONTEXT)
                j -= 1
        # every test below needs a kind (EMPLOYER or NAME): the words marked, read
        # lazily, so a word marked at the step before is visited
        for i in ctx.marked(toks):
            if i == n - 1:
                break
            cur, nxt = toks[i], toks[i + 1]
            if (
                cur.kind is EMPLOYER
                and nxt.kind is None
                and text[cur.end : nxt.start] == " "
                and (nxt.raw[0].isupper() or nxt.key in COMPANY)
                and nxt.key not in FUNCTION
                and not ends_name(nxt.key, nxt.flags)
            ):
                _mark(nxt, EMPLOYER, Source.CONTEXT)
                continue
            if (
                cur.kind is NAME
                and nxt.kind is None
                and text[cur.end : nxt.start] in _LIST_GAPS
                and nxt.flags & (FIRST | LAST)
                and not nxt.flags & MEDICAL
                and (nxt.raw[0].isupper() or not mixed)
                and nxt.key not in FUNCTION
            ):
                _mark(nxt, NAME, Source.CONTEXT)
                continue
            if (
                cur.kind is NAME
                and len(nxt.raw) == 1
                and nxt.raw.isupper()
                and nxt.kind is None
                and i + 2 < n
                and text[cur.end : nxt.start] == " "
                and text[nxt.end : toks[i + 2].start] in (" ", ". ")
                and toks[i + 2].raw[0].isupper()
            ):
                _mark(nxt, NAME, Source.CONTEXT)
                continue
            if cur.kind is not NAME or nxt.kind is not None or not _joined(text, cur, nxt):
                continue
            after_initial = (
                len(cur.raw) == 1
                and nxt.key not in FUNCTION
                and not nxt.flags & MEDICAL
                and (nxt.raw[0].isupper() or not mixed)
            )
            if after_initial or _name_part(nxt, mixed, before=False):
                _mark(nxt, NAME, Source.CONTEXT)


# The last words of the two-word employment cues: only after one of them is the pair
# before a word looked up ("works for"; a key holds no space).
_EMPLOY_SECOND = frozenset(cue.rsplit(" ", 1)[-1] for cue in EMPLOY_CUES if " " in cue)
_KIND = attrgetter("kind")  # a kind is a non-empty string: true
_KEY, _RAW = attrgetter("key"), attrgetter("raw")
_TWO_OR_MORE = (1).__lt__  # of a length
_NAMING_INSTITUTIONS = frozenset(["memorial", "regional", "adventist", "infirmary", "general"])
_LIST_GAPS = (", ", " and ", " & ", ",")
_CONF = {Source.CONTEXT: 0.85, Source.LEXICON: 0.7, Source.UNKNOWN_WORD: 0.4}


# German months that are listed surnames too ("Januar", "Juli"); not "Mai", as often a
# given name.
_MONTHS_NOT_NAMES = frozenset("januar jänner februar märz maerz juni juli oktober dezember".split())


def _mark(tok: _Tok, kind: SpanType, source: Source, uncertain: bool = False) -> None:
    tok.kind, tok.source, tok.uncertain = kind, source, uncertain


# Family and friends, not carers by trade ("my physio Pilates" is a class): after one, a
# capitalised word the lexicon knows as medicine is a person ("my sister Katya", a pill's
# brand), unless a dose follows it.
_FAMILY = frozenset(
    """aunt auntie aunty bestie bf bff bro brother boyfriend cousin cuz dad daddy daughter
    fiance fiancee friend gf girlfriend gran granny grandma grandpa grandad grandson
    granddaughter husband hubby mate mum mom mummy mommy mam mama nan nana nanna nephew
    niece partner pal sis sister son stepdad stepmum stepmom stepson stepdaughter twin
    uncle wife flatmate housemate roommate neighbour neighbor colleague coworker workmate
    classmate teammate tante onkel oma opa schwester bruder freundin freund""".split()
)
_DOSE_AFTER = re.compile(r"\s*\d")
_KIN_TITLES = frozenset(
    "Nana Nan Nanna Gran Granny Grandma Grandpa Auntie Aunty Aunt Uncle "
    "Tante Onkel Oma Opa Oom Tannie".split()
)
_MINE_BEFORE = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Mm]eine?)[ ]$")


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    """Two words that can belong to one name: "J. Smith", "Mary Hulse", "Smith-Jones"."""
    gap = text[a.end : b.start]
    return gap in (" ", ". ", "  ", ".", "-") or (len(a.raw) == 1 and gap == ". ")


def _name_part(tok: _Tok, mixed: bool, before: bool) -> bool:
    key, f, z, raw = tok.key, tok.flags, tok.zipf, tok.raw
    if f & MEDICAL or key in FUNCTION or key in CREDENTIALS or key in TITLES:
        return False
    if key in _MONTHS_NOT_NAMES:
        return False  # "Ab Januar Reha": a month between a guess and a listed name
    if len(raw) == 1:
        return raw.isupper() and before
    if mixed and not raw[0].isupper():
        return False
    if mixed and raw.isupper() and len(raw) <= 4:
        return False
    if f & FIRST:
        return z < 5.0
    if f & LAST:
        return z < 5.0 if mixed else not (f & DICT_WORD and z >= 3.0)
    return z < (3.0 if mixed and raw[0].isupper() else 2.5)


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\"'([":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"
