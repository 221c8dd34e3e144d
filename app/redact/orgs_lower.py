"""A listed firm written in lower case, where an organisation's frame says it is one.

Writers on forums and in chats often write firms in lower case: "rang aviva again",
"my bupa claim", "aetna denied the ozempic", "on hold with medibank". The chain finder
takes a listed name only as written or in a workplace slot, and a lower-case name alone
may be a word ("next", "boots"), so a lower-case listed name counts here only when it is
no ordinary word (no '~' in ``data/chains.txt``, and rarer than everyday words), no
medicine, and the frame around it is one only a firm fits: a call, a letter, a claim,
an account or a payer's verb ("declined", "paid for", "won't cover").

A name the abbreviation list knows is never taken here. Three letters or fewer in lower
case are as often medicine's shorthand as a firm ("results from cvs" is chorionic
villus sampling, "trial with scs" a spinal cord stimulator, "nab-paclitaxel", "scs
approved"), so such a name needs a frame only a firm fits: a call or a letter ("rang
axa", "a letter from aok", "insured with aok", "on hold with dak") or what only a firm
has ("my axa claim", "the tk app" is not enough: an app may be a device's).

A listed payer's short name ("Discovery" of "Discovery Health", "Momentum", "nib",
"VHI") is taken in any case, in the same frames and in a payer's own ("Discovery only
pays the generic", "nib will cover", "Discovery wants a chronic application", "are you
still with VHI?", "Discovery het die MRI goedgekeur"): the list says what the word
names, the frame that it names the firm here. Such a short name must be no ordinary
word a firm would not need ("Care", "Life", "Star"), no given name and no place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from app.redact.employers_listed import chain_names, payer_shorts
from app.redact.lexicon import COUNTRY, DRUG, FIRST, MEDICAL, PLACE, REGION, Lexicon
from app.redact.medical_acronyms import acronyms
from app.redact.orgs_generic import GENERIC_KINDS, firm_word
from app.redact.payer_verbs import ADVERBS, DECIDED, PAID_BACK, WONT, WOULDNT, either
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens

# Before the name: a call, a letter, an account with it ("rang aviva", "a letter from
# cigna", "insured with axa").
_BEFORE = re.compile(
    r"(?:\b(?:rang|rung|ring|called|call|phoned|phone|emailed|email|messaged|contacted|"
    r"chased|with|from)\s+)$",
    re.IGNORECASE,  # "Rang aviva" opening a sentence
)
# After it: what only a firm has or does ("aviva claim", "bupa declined", "axa won't
# cover", "medibank paid for").
_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:(?:{either(ADVERBS)})\s+)?"
    r"(?:claim|claims|account|policy|helpline|hotline|portal|app|website|customer\s+service|"
    rf"rep|caseworker|adjuster|membership|premium|{either(DECIDED, PAID_BACK)}|"
    rf"billed|covered|covers|paid|pays|{WONT}|{WOULDNT}|"
    r"will\s+only|put\s+me\s+on\s+hold|"
    # someone of its staff: "citizens advice bloke said", "the aviva lady"
    r"bloke|guy|lady|fella|adviser|advisor)\b"
)
# A payer's own frame for its short name: "only pays", "will cover", "wants a chronic
# application", "X health insurance", "on the X plan", "Discovery number on file", "my
# Bupa card", Afrikaans "het die MRI goedgekeur".
_PAYER_AFTER = re.compile(
    r"\s+(?:(?:only|still|now|also)\s+)?(?:pays|paid|covers|covered|wants?\s+(?:a|an|the|my|"
    r"proof|more|another)|(?:will|would)\s+(?:only\s+)?(?:cover|pay)|health\s+insurance|"
    r"medical\s+aid|members?hip|plan\b|rep\b|(?:member\s+)?(?:number|no\.?)\b|card\b|"
    r"het\s+(?:\S+\s+){0,4}?(?:goedgekeur|afgekeur|"
    r"betaal|terugbetaal|gedek))"
)
# What a payer's name in lower case follows: a clause's start, an owner or a call ("nib
# will cover", "My nib rep", "rang vhi"); not a noun ("pen nib") nor an article.
_LOWER_OPENS = re.compile(
    r"(?:^|[.!?:;,(\n-]\s*|\b(?:my|our|his|her|their|with|from|rang|called|phoned)\s+)$",
    re.IGNORECASE,
)
# Before it: an account with it or a call to it; a bare "with" or "from" is a person's
# as often ("Coffee with Vivid").
# A commoner short name counts capitalised inside a sentence only, below this.
_INSIDE_ZIPF = 5.0
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\n]|\s-|^-)\s*$")
_PAYER_BEFORE = re.compile(
    r"\b(?:(?:still|insured|claim|policy|cover|hold)\s+with|rang|rung|called|phoned|"
    r"emailed|contacted|chased)\s+$",
    re.IGNORECASE,
)
_CUES = frozenset(
    [
        *DECIDED,
        *PAID_BACK,
        *"""bloke guy lady fella adviser advisor only still wants want insurance medical
        plan membership het rang rung ring called call phoned phone emailed email messaged contacted chased
        number no card
        with from claim claims account policy helpline hotline portal app website customer
        rep caseworker adjuster membership premium billed covered covers paid pays won wont
        wouldn will hold""".split(),
    ]
)
# A short name's frame: a call or a letter, an insurer's "with", or what only a firm has.
_SHORT_BEFORE = re.compile(
    r"(?:\b(?:rang|rung|ring|called|call|phoned|phone|emailed|messaged|contacted|chased|"
    r"(?:insured|banks?|hold|claim|policy)\s+with|(?:letter|email|call|text|message)s?"
    r"\s+from)\s+)$",
    re.IGNORECASE,
)
_SHORT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:claim|claims|account|policy|helpline|hotline|portal|website|"
    r"customer\s+service|caseworker|adjuster|membership|premium)\b"
)
_COMMON_ZIPF = 3.5
_SHORTHAND = 3  # letters: "cvs", "scs", "nab" in lower case may be medicine's shorthand


@cache
def _firsts() -> dict[str, list[str]]:
    """First word of each listed name that is no ordinary word, to its names (longest
    first)."""
    out: dict[str, list[str]] = {}
    capitals = acronyms()[1]
    for name, ordinary in chain_names().items():
        if name.replace(" ", "").upper() in capitals:
            continue  # a listed abbreviation: a test's or a device's letters
        if not ordinary and name.isascii():
            out.setdefault(name.split(" ")[0], []).append(name)
    for names in out.values():
        names.sort(key=len, reverse=True)
    return out


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """Lower-case listed firms in a firm's frame."""
    at = _tokens(text).at
    words = at.keys()
    if _CUES.isdisjoint(words):
        return
    firsts = _firsts()
    for first in payer_shorts() & words:
        rare = _payer_short(first, lex)
        if rare or _payer_short(first, lex, inside=True):
            yield from _payer_at(text, at[first], len(first), lex, inside=not rare)
    for first in firsts.keys() & words:
        for k in at[first]:
            if not text[k].islower():
                continue  # written as listed: the chain finder's
            end = _name_end(text, k, firsts[first], lex)
            if end is None:
                continue
            if end - k <= _SHORTHAND:
                before = _SHORT_BEFORE.search(text, max(0, k - 16), k) is not None
                after = _SHORT_AFTER.match(text, end) is not None
            else:
                before = _BEFORE.search(text, max(0, k - 12), k) is not None
                after = _AFTER.match(text, end) is not None
            if before or after:
                yield Span(k, end, SpanType.EMPLOYER, Source.CONTEXT, 0.6, text[k:end], True)


def _name_end(text: str, k: int, names: list[str], lex: Lexicon) -> int | None:
    low = text[k : k + 40].lower()
    for name in names:
        end = k + len(name)
        if low.startswith(name) and not (text[end : end + 1].isalnum()):
            key = name.replace(" ", "")
            flags = lex.flags.get(name, 0) | lex.flags.get(key, 0)
            if flags & (DRUG | MEDICAL) or lex.zipf.get(name, 0.0) >= _COMMON_ZIPF:
                return None
            return end
    return None


def _payer_short(key: str, lex: Lexicon, *, inside: bool = False) -> bool:
    """A listed payer's short name that may name the firm alone ("discovery", "nib";
    not "care", "life", "max", "yorkshire"). ``inside``: capitalised inside a sentence,
    where a commoner word may name it ("Rang Respond again", of "Respond Housing")."""
    flags = lex.flags.get(key, 0)
    if flags & (FIRST | PLACE | DRUG | MEDICAL):
        return False
    if not inside:
        return firm_word(key, lex)
    return (
        key not in GENERIC_KINDS
        and not flags & (COUNTRY | REGION)
        and lex.zipf.get(key, 0.0) < _INSIDE_ZIPF
    )


def _payer_at(
    text: str, starts: list[int], size: int, lex: Lexicon, *, inside: bool
) -> Iterator[Span]:
    """A payer's short name at each of ``starts``, where a payer's frame stands around
    it. In lower case it must be rarer than everyday words ("momentum covered" is no
    firm); the chain finder takes a longer listed name ("Discovery Health"). With
    ``inside``, only capitalised inside a sentence."""
    for k in starts:
        end = k + size
        if text[end : end + 1].isalnum() or (k and text[k - 1].isalnum()):
            continue
        if inside and (
            not text[k].isupper() or _OPENS_SENTENCE.search(text, max(0, k - 4), k) is not None
        ):
            continue
        if text[k].islower() and (
            lex.zipf.get(text[k:end], 0.0) >= _COMMON_ZIPF
            or _LOWER_OPENS.search(text, max(0, k - 12), k) is None
        ):
            continue  # "momentum covered", "the pen nib will cover": ordinary words
        after = _PAYER_AFTER.match(text, end) or _AFTER.match(text, end)
        before = _PAYER_BEFORE.search(text, max(0, k - 20), k)
        if after is not None or before is not None:
            yield Span(k, end, SpanType.EMPLOYER, Source.CONTEXT, 0.6, text[k:end], True)
