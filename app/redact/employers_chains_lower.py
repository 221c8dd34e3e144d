"""Chains written in lower case where no word of working stands before them.

``employers_slots`` takes a chain in lower case only in a slot ("work at tesco"),
because many chains are ordinary words ("boots", "next", "target"). A chain whose
name is no English word at all reads as the chain wherever it stands: "cover my
saturday at tesco's", "asda wont give me the day", "lidl had no paracetamol". A
reader knows the shop, and with a town the branch, so such a mention is as telling
as a capitalised one. Taken here: listed chains that are not marked as ordinary
words, of four letters or more, whose first word is no English word (see ``rare_chains``), written all in lower case, not inside a web address or a handle and
not before a medicine ("lidl ibuprofen" is a product, as ``employers_slots`` says).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.employers_listed import chain_names
from app.redact.lexicon import DICT_WORD, DRUG, MEDICAL, Lexicon
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import token_set

_WORD = re.compile(r"[^\W_]+")
# A one-word brand is frequent in the table ("tesco" 3.3, "starbucks" 3.8) without
# being an English word; the first word of a longer name must be rare, since its
# other words are everyday ones ("dunnes stores", not "pizza hut" or "allied
# healthcare", which lower case may mean as words).
_BRAND_ZIPF = 4.0
_FIRST_OF_MANY_ZIPF = 3.0
# The word after the name (and its possessive): "lidl ibuprofen" is a product.
_NEXT_WORD = re.compile(r"(?:['’]s)?[ \t]+([A-Za-z][\w-]*)")


def rare_chains(lex: Lexicon) -> dict[str, list[re.Pattern[str]]]:
    """Patterns of lower-case chain names by their first word: only names that are no
    ordinary word and whose first word is a brand's, not an English word ("asda",
    "tesco", "dunnes stores"; not "no frills", "home bargains"). Made once per lexicon by the
    finder that asks."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for name, ordinary in sorted(chain_names().items(), key=lambda kv: -len(kv[0])):
        words = _WORD.findall(name)
        if ordinary or not words or len("".join(words)) < 4:
            continue
        most = _BRAND_ZIPF if len(words) == 1 else _FIRST_OF_MANY_ZIPF
        if lex.flags.get(words[0], 0) & DICT_WORD or lex.zipf.get(words[0], 0.0) >= most:
            continue
        if any(lex.flags.get(w, 0) & (MEDICAL | DRUG) for w in words):
            continue
        body = re.escape(name).replace("'", "['’]").replace(r"\ ", " ")
        # not inside "tesco.com", "@asda", "#lidlsurprises": an address or a handle
        pattern = re.compile(rf"(?<![\w'’@#./-]){body}(?![\w-]|\.\w)")
        out.setdefault(words[0], []).append(pattern)
    return out


def find(text: str, chains: dict[str, list[re.Pattern[str]]], lex: Lexicon) -> Iterator[Span]:
    """Lower-case mentions of a chain of ``chains`` (``rare_chains``)."""
    taken: list[tuple[int, int]] = []
    for first in token_set(text) & chains.keys():
        for pattern in chains[first]:
            for m in pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue  # inside a longer name already taken ("dunnes stores")
                after = _NEXT_WORD.match(text, m.end())
                if after and lex.flags.get(after.group(1).lower(), 0) & (MEDICAL | DRUG):
                    continue  # "lidl ibuprofen": the chain's own product
                taken.append((m.start(), m.end()))
                yield Span(
                    m.start(), m.end(), SpanType.EMPLOYER, Source.CONTEXT, 0.6, m.group(), True
                )
