"""Passes over the classified words of ``names`` that use the words around them.

- organisations: a run of capitalised words ending in an organisation word ("Acme
  Widgets Ltd", "Leeds Teaching Hospitals", "University of Leeds", "Smith, Jones and
  Brown"), with Faker's per-locale company suffixes as part of the vocabulary;
- places after a place preposition ("in Harrogate", "at GH", "from Port Talbot") are
  found in ``names_prep_places``, which shares this module's calendar words and helpers;
- consistency: a word found once as a name or place is found everywhere in the same
  text ("Dr Okafor ... okafor said"), since a reader who sees one will see all.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING

from app.redact.date_words import MONTH_WORDS
from app.redact.lexicon import (
    COMPANY,
    DICT_WORD,
    FIRST,
    LAST,
    MEDICAL,
    Lexicon,
)
from app.redact.names_cues import FUNCTION, KIN, TITLES
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
# Month names and short forms are date_words' MONTH_WORDS; weekdays, feasts and other
# languages' days and months are added here.
CALENDAR = MONTH_WORDS | frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "christmas",
        "easter",
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
_MEDICAL_ENDINGS = tuple(
    """mab nib pril olol statin azole mycin cillin sartan tide previr asvir buvir ciclovir
    lovir navir tegravir pine pam lam done itis osis emia aemia ectomy otomy scopy plasty
    algia pathy dronate floxacin cycline sone olone afil triptan setron parin xaban gliptin
    gliflozin formin lukast tropium terol dipine zepam zolam caine profen fenac coxib azine
    ridone apine oxetine pramine tyline semide thiazide cept kinra zumab ximab umab amide
    oxacin ergic oid uria""".split()
)


def medical_shape(key: str) -> bool:
    """A key of six letters or more with one of the endings: asked by ``str.endswith`` in
    C (a search tried every ending at every letter; its "$" also matched before a last
    line break, kept)."""
    return len(key) >= 6 and key.removesuffix("\n").endswith(_MEDICAL_ENDINGS)


def _mark(tok: _Tok, kind: SpanType, source: Source, uncertain: bool = False) -> None:
    tok.kind, tok.source, tok.uncertain = kind, source, uncertain


def _gap(text: str, a: _Tok, b: _Tok) -> str:
    return text[a.end : b.start]


def _titled(tok: _Tok) -> bool:
    return tok.raw[0].isupper()


def marked(toks: list[_Tok]) -> Iterable[int]:
    """The indexes of the words that have a kind, read lazily: a word the loop over them
    marks further on is visited when the loop gets there (the passes below mark only
    words after the one they are at, or before it, never to be visited again)."""
    return compress(range(len(toks)), map(_KIND, toks))


_KIND = attrgetter("kind")  # a kind is a non-empty string: true
_KEY = attrgetter("key")


def mark_organisations(
    text: str, toks: list[_Tok], lex: Lexicon, mixed: bool, at: Iterable[int] | None = None
) -> None:
    """``at``: the indexes (from 1, ascending) of the words ``word_code`` says can end an
    organisation in this mode, else every word is tested."""
    n = len(toks)
    for i in range(1, n) if at is None else at:
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
    if ", " not in text:
        return  # no gap can be one
    for i in range(len(toks) - 2):
        a, b = toks[i], toks[i + 1]
        if b.start - a.end != 2:  # the gap's length first: most gaps are one space
            continue
        c = toks[i + 2]
        if _gap(text, a, b) != ", " or _gap(text, b, c) not in (" and ", " & "):
            continue
        if all(
            t.flags & LAST and (_titled(t) or not mixed) and not t.flags & MEDICAL
            for t in (a, b, c)
        ):
            for t in (a, b, c):
                if t.kind is None:
                    _mark(t, EMPLOYER, Source.CONTEXT)


def mark_hyphen_names(
    toks: list[_Tok], lex: Lexicon, mixed: bool, at: Iterable[int] | None = None
) -> None:
    """ "Fritz-Armstrong", "Smith-Jones": both parts names. ``at``: the indexes of the
    words ``word_code`` found to be such a pair, else every word is tested."""
    flags = lex.flags
    for tok in toks if at is None else map(toks.__getitem__, at):
        if tok.kind is None and "-" in tok.key and (_titled(tok) or not mixed):
            parts = tok.key.split("-")
            if len(parts) == 2 and all(
                flags.get(p, 0) & (FIRST | LAST) and not flags.get(p, 0) & MEDICAL for p in parts
            ):
                _mark(tok, NAME, Source.LEXICON)


def propagate(toks: list[_Tok], mixed: bool) -> None:
    """Mark every other occurrence of a word already found as a name or place."""
    found: dict[str, _Tok] = {}
    for tok in compress(toks, map(_KIND, toks)):
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
    # the words holding a key found (marking one changes no other word's test)
    for tok in compress(toks, map(found.__contains__, map(_KEY, toks))):
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
    for i in marked(toks):
        cur = toks[i]
        if cur.kind is not NAME or cur.source is Source.UNKNOWN_WORD or i == n - 1:
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
