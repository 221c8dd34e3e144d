"""Passes over the classified words of ``names`` that use the words around them.

- organisations: a run of capitalised words ending in an organisation word ("Acme
  Widgets Ltd", "Leeds Teaching Hospitals", "University of Leeds", "Smith, Jones and
  Brown"), with Faker's per-locale company suffixes as part of the vocabulary;
- places after a place preposition ("in Harrogate", "at GH", "from Port Talbot");
- consistency: a word found once as a name or place is found everywhere in the same
  text ("Dr Okafor ... okafor said"), since a reader who sees one will see all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.redact import names_guess
from app.redact.lexicon import (
    COMPANY,
    COUNTRY,
    DICT_WORD,
    FIRST,
    LAST,
    MEDICAL,
    PLACE,
    STREET,
    Lexicon,
)
from app.redact.names_cues import FUNCTION, KIN, MOVES, NOT_NAMES, TITLES
from app.redact.spans import Source, SpanType

if TYPE_CHECKING:
    from app.redact.names import _Tok

NAME, PLACE_T, EMPLOYER = SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER

# Words that end an organisation's name. Health institutions are places (the review
# screen says "hospital"), the rest employers.
CARE_WORDS = frozenset(
    [
        "hospital",
        "hospitals",
        "hosp",
        "hospice",
        "clinic",
        "clinics",
        "infirmary",
        "surgery",
        "practice",
        "centre",
        "center",
        "memorial",
        "regional",
        "trust",
    ]
)
ORG_WORDS = (
    frozenset(
        [
            "inc",
            "incorporated",
            "ltd",
            "llc",
            "plc",
            "corp",
            "corporation",
            "gmbh",
            "limited",
            "group",
            "company",
            "co",
            "solutions",
            "systems",
            "technologies",
            "technology",
            "consulting",
            "research",
            "services",
            "insurance",
            "bank",
            "partners",
            "associates",
            "labs",
            "laboratories",
            "analytics",
            "foundation",
            "orchestra",
            "university",
            "college",
            "institute",
            "academy",
            "school",
            "society",
            "council",
            "charity",
            "church",
            "agency",
            "holdings",
            "global",
            "capital",
            "investments",
            "markets",
            "finance",
            "financial",
            "bioscience",
            "biosciences",
            "pharmaceuticals",
            "pharma",
            "media",
            "networks",
            "industries",
            "enterprises",
            "ventures",
            "movers",
            "lines",
            "airlines",
            "federation",
            "association",
            "union",
            "club",
            "fund",
            "co-op",
            "coop",
            "co-operative",
            "cooperative",
            "dairy",
            "dairies",
            "creamery",
        ]
    )
    | CARE_WORDS
)
_STRONG_ORG = frozenset(["inc", "incorporated", "ltd", "llc", "plc", "corp", "gmbh", "limited"])
_ORG_JOINERS = frozenset(("and", "&", "of", "for", "de", "the"))
PLACE_PREPS = frozenset(["in", "from", "at", "near", "outside", "around", "to", "via"])
CALENDAR = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "christmas",
        "easter",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "weds",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "suhoor",
        "sehri",
        "iftar",
        "ramadan",
        "eid",
        "diwali",
        "hanukkah",
        "passover",
        "lent",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "januar",
        "februar",
        "märz",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ]
)
# Endings of drug and condition names, so an unknown capitalised "Rinvoq"-like word
# is not the only thing standing between a brand name and a name flag.
_MEDICAL_SHAPE = re.compile(
    r"(?:mab|nib|pril|olol|statin|azole|mycin|cillin|sartan|tide|previr|asvir|buvir|ciclovir|lovir|navir|tegravir|pine|pam|lam|done|"
    r"itis|osis|emia|aemia|ectomy|otomy|scopy|plasty|algia|pathy|dronate|floxacin|cycline|"
    r"sone|olone|afil|triptan|setron|parin|xaban|gliptin|gliflozin|formin|lukast|tropium|"
    r"terol|dipine|zepam|zolam|caine|profen|fenac|coxib|azine|ridone|apine|oxetine|pramine|"
    r"tyline|semide|thiazide|cept|kinra|zumab|ximab|umab|amide|oxacin|ergic|oid|uria)$"
)


def medical_shape(key: str) -> bool:
    return len(key) >= 6 and _MEDICAL_SHAPE.search(key) is not None


def _mark(tok: _Tok, kind: SpanType, source: Source, uncertain: bool = False) -> None:
    tok.kind, tok.source, tok.uncertain = kind, source, uncertain


def _gap(text: str, a: _Tok, b: _Tok) -> str:
    return text[a.end : b.start]


def _titled(tok: _Tok) -> bool:
    return tok.raw[0].isupper()


def mark_organisations(text: str, toks: list[_Tok], lex: Lexicon, mixed: bool) -> None:
    n = len(toks)
    for i in range(1, n):
        tok = toks[i]
        key = tok.key
        strong = key in _STRONG_ORG or (
            tok.flags & COMPANY and len(key) > 2 and not tok.flags & DICT_WORD
        )
        if not (key in ORG_WORDS or strong) or not _titled(tok):
            continue
        if not mixed and not strong:
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        if (
            key == "group"
            and nxt is not None
            and len(nxt.raw) == 1
            and nxt.raw.isupper()
            and _gap(text, tok, nxt) == " "
        ):
            continue  # "Group B strep", "Group A": a designated kind of germ, no firm
        # walk back over the capitalised words (and "and", "&", "of") of the name
        j = i - 1
        first = None
        while j >= 0 and i - j <= 6:
            cur = toks[j]
            gap = _gap(text, cur, toks[j + 1])
            # "St. Joseph's College": the saint's dot and possessive are inside the name
            saint = gap == ". " and cur.key in ("st", "mt") or cur.poss and gap[2:] == " "
            if "\n" in gap or len(gap) > 3 or gap.strip() not in ("", "&", ",") and not saint:
                break
            if cur.key in _ORG_JOINERS and first is not None and j > 0 and _titled(toks[j - 1]):
                j -= 1
                continue
            if (
                not _titled(cur)
                or cur.key in FUNCTION
                or cur.key in TITLES
                or cur.key in KIN
                or cur.flags & MEDICAL
                and cur.key not in ORG_WORDS
            ):
                break
            first = j
            j -= 1
        if first is None:
            continue
        kind = PLACE_T if key in CARE_WORDS else EMPLOYER
        for k in range(first, i + 1):
            if (
                toks[k].kind is None
                or toks[k].kind is NAME
                and toks[k].source is not Source.CONTEXT
            ):
                _mark(toks[k], kind, Source.CONTEXT)
        # "University of Leeds", "Bank of Scotland"
        if (
            i + 2 < n
            and toks[i + 1].key == "of"
            and _titled(toks[i + 2])
            and _gap(text, tok, toks[i + 1]) == " " == _gap(text, toks[i + 1], toks[i + 2])
        ):
            _mark(toks[i + 1], kind, Source.CONTEXT)
            _mark(toks[i + 2], kind, Source.CONTEXT)


def mark_firms(text: str, toks: list[_Tok], mixed: bool) -> None:
    """ "Barnett, Melton and Garcia": three surnames in a list are a firm (or people)."""
    for i in range(len(toks) - 2):
        a, b, c = toks[i], toks[i + 1], toks[i + 2]
        if _gap(text, a, b) != ", " or _gap(text, b, c) not in (" and ", " & "):
            continue
        if all(
            t.flags & LAST and (_titled(t) or not mixed) and not t.flags & MEDICAL
            for t in (a, b, c)
        ):
            for t in (a, b, c):
                if t.kind is None:
                    _mark(t, EMPLOYER, Source.CONTEXT)


def mark_hyphen_names(toks: list[_Tok], lex: Lexicon, mixed: bool) -> None:
    """ "Fritz-Armstrong", "Smith-Jones": both parts names."""
    flags = lex.flags
    for tok in toks:
        if tok.kind is None and "-" in tok.key and (_titled(tok) or not mixed):
            parts = tok.key.split("-")
            if len(parts) == 2 and all(
                flags.get(p, 0) & (FIRST | LAST) and not flags.get(p, 0) & MEDICAL for p in parts
            ):
                _mark(tok, NAME, Source.LEXICON)


def mark_places_after_prepositions(text: str, toks: list[_Tok], mixed: bool) -> None:
    n = len(toks)
    for i in range(1, n):
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
        elif mixed and prev.key == "at" and _venue_pair(text, toks, i):
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


def _venue_pair(text: str, toks: list[_Tok], i: int) -> bool:
    """Two capitalised words after "at", neither a function, kin, calendar or medical
    word: a venue, a farm or a firm even when each word is English ("at Pleasant Point")."""
    if i + 1 >= len(toks) or _gap(text, toks[i], toks[i + 1]) != " ":
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


def propagate(toks: list[_Tok], mixed: bool) -> None:
    """Mark every other occurrence of a word already found as a name or place."""
    found: dict[str, _Tok] = {}
    for tok in toks:
        if (
            tok.kind is not None
            and tok.source is not Source.UNKNOWN_WORD
            and len(tok.key) >= 2
            and tok.key not in FUNCTION
            and tok.key not in ORG_WORDS
            and (tok.zipf < 3.5 or tok.source is Source.CONTEXT and tok.zipf < 4.5)
        ):
            found.setdefault(tok.key, tok)
    if not found:
        return
    for tok in toks:
        if tok.kind is None and not tok.flags & MEDICAL:
            seen = found.get(tok.key)
            if seen is None:
                continue
            if mixed and tok.raw.islower() and tok.zipf >= 3.0:
                continue  # "Grace" the name, "grace" the word
            _mark(tok, seen.kind, Source.CONTEXT, uncertain=True)


def grow_lists(text: str, toks: list[_Tok], mixed: bool) -> None:
    """ "Drs Ferullo and Saeed", "sons Smokey, Morris and Roger": a name's list mates."""
    n = len(toks)
    for i in range(n - 1):
        cur = toks[i]
        if cur.kind is not NAME or cur.source is Source.UNKNOWN_WORD:
            continue
        nxt = toks[i + 1]
        gap = _gap(text, cur, nxt)
        if (
            nxt.key in ("and", "or")
            and gap == " "
            and i + 2 < n
            and _gap(text, nxt, toks[i + 2]) == " "
        ):
            cand = toks[i + 2]
        elif gap in (", ", ",", " & "):
            cand = nxt
        else:
            continue
        f = cand.flags
        if (
            cand.kind is None
            and not f & MEDICAL
            and cand.key not in FUNCTION
            and len(cand.key) >= 2
            and (_titled(cand) or not mixed)
            and (
                f & (FIRST | LAST)
                and not (f & DICT_WORD and cand.zipf >= 4.0)
                or cand.zipf < 2.5
                and not f & DICT_WORD
            )
        ):
            _mark(cand, NAME, Source.CONTEXT)
