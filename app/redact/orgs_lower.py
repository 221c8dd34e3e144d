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
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from app.redact.employers_listed import chain_names
from app.redact.lexicon import DRUG, MEDICAL, Lexicon
from app.redact.medical_acronyms import acronyms
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
    r"will\s+only|put\s+me\s+on\s+hold)\b"
)
_CUES = frozenset(
    [
        *DECIDED,
        *PAID_BACK,
        *"""rang rung ring called call phoned phone emailed email messaged contacted chased
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
