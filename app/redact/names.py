"""Names, places and employers that are not in the profile, found from word lists and cues.

One pass over the words of the text; every decision is a dictionary lookup, so this
stays fast on long entries. Evidence, strongest first:

1. a cue next to the word: a title ("Dr", "Mrs"), a relation ("my sister",
   "husband"), a credential after it (", RN"), an institution after it ("… Hospital"),
   a company suffix ("… Ltd");
2. the shipped lists of given names, surnames and places, unless the word is
   also an ordinary English word ("Grace", "Bill", "Reading") or a medical word;
3. a capitalised word that is neither English nor medical: a *review flag*,
   redacted by default but marked uncertain.

How informative capitals are depends on the text: in ALL-CAPS or all-lower notes
they say nothing, so there the lists and the rarity of a word carry the weight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.redact.lexicon import DICT_WORD, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")

TITLES = frozenset("dr dr's drs drs' doctor mr mrs ms miss mx prof professor sister nurse "
                   "dame sir lady lord nurse rev father".split())
KIN = frozenset(
    "wife husband son sons daughter daughters sister sisters brother brothers mother father mom "
    "mum dad niece nephew grandson granddaughter grandaughter grandmother grandfather grandma "
    "grandpa aunt uncle cousin friend friends partner boyfriend girlfriend fiance fiancee proxy "
    "guardian neighbour neighbor named called stepdaughter stepson sil dil hcp caregiver carer "
    "consultant gp neurologist rheumatologist gastroenterologist surgeon physio therapist "
    "counsellor counselor psychiatrist psychologist dermatologist endocrinologist cardiologist "
    "oncologist midwife nurse".split())
CREDENTIALS = frozenset("rn np md pa rrt lpn crnp msw licsw lcsw pharmd phd do cns rd ot pt "
                        "frcp mrcp mbbs".split())
INSTITUTIONS = frozenset(
    "hospital hosp hospice clinic clinics infirmary surgery practice centre center rehab "
    "house manor nursing home campus memorial medical health healthcare trust nh snf "
    "ltc va".split())
COMPANY = frozenset("inc inc. ltd ltd. llc plc corp corp. corporation co co. gmbh ag sa "
                    "limited group company".split())
EMPLOY_CUES = frozenset("works for work at works at employed by employer job at".split())
# Frequent words that follow a cue but are never names ("Dr aware", "son in to visit").
FUNCTION = frozenset(
    "a an the and or but of in on at to for from by with without as is was were be been are am "
    "has have had do does did not no yes he she they it we you i me him her them his hers their "
    "our my your this that these those there here who whom which what when where why how all any "
    "some each every both either neither one two three into onto over under up down out off "
    "again then than so too very just also only about after before during while if aware "
    "notified called paged informed updated made re per said says spoke came went will would "
    "can could should may might must shall visited visiting".split())


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    key: str  # folded, possessive removed
    raw: str


def _tokens(text: str) -> list[_Tok]:
    toks = []
    ascii_text = text.isascii()
    for m in WORD.finditer(text):
        raw = m.group()
        start, end = m.start(), m.end()
        low = raw.lower() if ascii_text else fold_term(raw)
        if low.endswith(("'s", "’s")) and len(low) > 3:
            end -= 2
            raw = raw[:-2]
            low = low[:-2]
        toks.append(_Tok(start, end, low, raw))
    return toks


def _caps_mode(toks: list[_Tok]) -> str:
    """'upper', 'lower' or 'mixed': whether capital letters carry information here."""
    upper = lower = total = 0
    for t in toks:
        if len(t.raw) < 2:
            continue
        total += 1
        if t.raw.isupper():
            upper += 1
        elif t.raw.islower():
            lower += 1
    if total == 0:
        return "mixed"
    if upper > 0.6 * total:
        return "upper"
    if lower > 0.97 * total:
        return "lower"
    return "mixed"


class NameFinder:
    """Finds NAME, PLACE and EMPLOYER spans from cues and lists (see module docstring)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def find(self, text: str) -> list[Span]:
        toks = _tokens(text)
        if not toks:
            return []
        mode = _caps_mode(toks)
        flags = self.lex.flags
        zipf = self.lex.zipf
        out: list[Span] = []
        n = len(toks)
        prev_name_end = -10
        i = 0
        while i < n:
            tok = toks[i]
            key = tok.key
            f = flags.get(key, 0)
            if f & MEDICAL or key in FUNCTION or len(key) < 2:
                i += 1
                continue
            z = zipf.get(key, 0.0)
            raw = tok.raw
            cap = raw[0].isupper()
            informative_cap = mode == "mixed" and cap and not raw.isupper()
            acronym = mode == "mixed" and raw.isupper() and len(raw) <= 4
            sentence_start = _sentence_start(text, tok.start)
            prev = toks[i - 1] if i else None
            prev_key = prev.key if prev is not None and tok.start - prev.end <= 3 else ""
            nxt = toks[i + 1] if i + 1 < n else None
            next_key = nxt.key if nxt is not None and nxt.start - tok.end <= 3 else ""
            namelike = bool(f & (FIRST | LAST))
            common = bool(f & DICT_WORD) and z >= 3.0

            kind: SpanType | None = None
            source = Source.LEXICON
            conf = 0.7
            uncertain = False
            if prev_key in TITLES and not acronym and (
                    namelike or z < 4.0 or informative_cap or len(key) == 1):
                kind, source, conf = SpanType.NAME, Source.CONTEXT, 0.9
            elif prev_key in KIN and (namelike and (not common or informative_cap or z < 4.5)
                                      or z < 2.5 and (cap or mode != "mixed")):
                kind, source, conf = SpanType.NAME, Source.CONTEXT, 0.85
            elif next_key in CREDENTIALS and text[tok.end:nxt.start].strip() in (",", "") \
                    and (namelike or z < 2.5) and not common:
                kind, source, conf = SpanType.NAME, Source.CONTEXT, 0.85
            elif prev_name_end >= tok.start - 2 and (namelike and (not common or informative_cap)
                                                     or z < 2.5 and not acronym):
                kind, source, conf = SpanType.NAME, Source.CONTEXT, 0.8
            elif next_key in INSTITUTIONS and (informative_cap or mode != "mixed") and not common \
                    and not acronym:
                kind, source, conf = SpanType.PLACE, Source.CONTEXT, 0.8
            elif next_key in COMPANY and (informative_cap or mode != "mixed") and not acronym:
                kind, source, conf = SpanType.EMPLOYER, Source.CONTEXT, 0.8
            elif f & PLACE and not common and not acronym and (
                    informative_cap or mode != "mixed" and z < 4.5):
                kind = SpanType.PLACE
            elif namelike and not common and len(key) >= 3 and not acronym and (
                    informative_cap or mode != "mixed" and len(key) >= 4
                    or mode == "mixed" and not cap and z < 2.0):
                kind = SpanType.NAME
                uncertain = mode == "mixed" and not cap
            elif informative_cap and not sentence_start and z < 2.0 and len(key) >= 3:
                kind, source, conf, uncertain = SpanType.NAME, Source.UNKNOWN_WORD, 0.5, True
            elif informative_cap and sentence_start and z == 0.0 and len(key) >= 4:
                kind, source, conf, uncertain = SpanType.NAME, Source.UNKNOWN_WORD, 0.4, True
            elif mode != "mixed" and z == 0.0 and len(key) >= 4 and not f:
                kind, source, conf, uncertain = SpanType.NAME, Source.UNKNOWN_WORD, 0.4, True

            if kind is None:
                i += 1
                continue
            start, end = tok.start, tok.end
            # An initial just before a name belongs to it: "J. Smith", "S Jones".
            if kind is SpanType.NAME and prev is not None and len(prev.raw) == 1 \
                    and prev.raw.isupper() and tok.start - prev.end <= 3:
                start = prev.start
            out.append(Span(start, end, kind, source, conf, text[start:end], uncertain))
            if kind is SpanType.NAME:
                prev_name_end = end
            i += 1
        return out


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\"'([":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"
