"""Chains named where only a workplace fits, in two shapes the slot finder does not read.

``employers_slots`` takes an ordinary-word or lower-case chain only straight after a
word of working, and never after "the" (the warehouse, the depot: common nouns). Two
shapes leave no doubt all the same:

- a chain between a word of working and a workplace's noun, in any case: "on nights
  at the amazon warehouse", "a shift at the asda depot". Either cue alone may be a
  common noun; both together leave only a firm;
- a listed firm before its cover, or its plan after "on the" or an owner ("Vitality
  health insurance", "on the Unite plan"), for the slot finder;
- a chain listed after a workplace: "Worked at Starbucks, Target and now Costco". The
  chain words joined to it by a comma, "and", "or" or "then" are workplaces too,
  ordinary words among them ("Target", "Next").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from importlib import resources

from app.redact.spans import Source, Span, SpanType

_BETWEEN = re.compile(
    r"\b(?:nights?|days|lates|earlies|doubles?|shifts?|work(?:s|ed|ing)?|jobs?|overtime|"
    r"hours|agency)\s+(?:at|in|for)\s+the\s+([a-z][\w&'’-]*(?:\s[a-z][\w&'’-]*){0,2}?)\s+"
    r"(?:warehouse|depot|distribution\s+cent(?:re|er)|fulfil?ment\s+cent(?:re|er)|"
    r"call\s+cent(?:re|er)|plant|factory|store|superstore|branch|head\s+office)\b",
    re.IGNORECASE,
)
_BETWEEN_NOUNS = frozenset(
    "warehouse depot distribution fulfilment fulfillment call plant factory store superstore "
    "branch head".split()
)
# A comma, "and", "or", "&", "then" and an adverb of time between two workplaces.
_LIST_JOIN = re.compile(
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&|then)[ \t]+)"
    r"(?:(?:now|then|later|finally|currently|after\s+that)[ \t]+)?(?:at[ \t]+)?"
)
_NAME_WORDS = re.compile(r"[\w&'’-]+(?:[ \t][\w&'’-]+){0,2}")


@cache
def chain_names() -> dict[str, bool]:
    """The chains of ``data/chains.txt`` in lower case, each with whether it is an
    ordinary word ("~Target", "~Apple") that needs more than its place to count."""
    raw = resources.files("app.redact.data").joinpath("chains.txt").read_text("utf-8")
    return {
        line.strip().lstrip("~").lower().replace("’", "'"): line.startswith("~")
        for line in raw.splitlines()
        if line.strip() and not line.startswith("#")
    }


# What may follow a payer's own name in its listed form: its kind or its country
# ("Discovery Health Medical Scheme", "Vhi Healthcare", "nib NZ", "Bupa Australia").
_PAYER_KINDS = frozenset(
    "health healthcare insurance medical scheme fund housing homes mutual nz australia".split()
)


@cache
def payer_shorts() -> frozenset[str]:
    """The short names writers give listed insurers, schemes and housing providers: the
    one word before the kind ("discovery" of "Discovery Health", "momentum", "vhi",
    "nib"), in lower case. The caller decides which of them may stand alone (an
    ordinary word such as "care" or "life" may not)."""
    out: set[str] = set()
    for name in chain_names():
        words = name.split(" ")
        short = list(words)
        while len(short) > 1 and short[-1] in _PAYER_KINDS:
            short.pop()
        if len(short) == 1 and len(words) > 1:
            out.add(short[0])
    return frozenset(out)


# A firm's cover after its name, or its plan after "on the" or "our" ("Vitality health
# insurance", "on the Unite plan"); not "the Next plan is" (no "on" nor owner before).
_COVER_AFTER = re.compile(r"\s+(?:health\s+insurance|health\s+cover|medical\s+aid)\b")
_PLAN_AROUND = (
    re.compile(r"\b(?:(?:[Oo]n|[Ww]ith)\s+the|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+$"),
    re.compile(r"\s+(?:plan|policy|scheme)\b"),
)


def cover_of(text: str, start: int, end: int) -> bool:
    """A listed firm's name (``start``..``end``) before its cover, or its plan after "on
    the" or an owner: the firm that insures the writer."""
    if _COVER_AFTER.match(text, end):
        return True
    before, after = _PLAN_AROUND
    return bool(after.match(text, end) and before.search(text, max(0, start - 9), start))


def _chain_at(text: str, pos: int, *, listed: bool = False) -> int | None:
    """The end of the longest chain name starting at ``pos``, or None. In a list an
    ordinary-word chain counts only capitalised: "at Tesco and Next", not "at Tesco
    and apple juice"."""
    m = _NAME_WORDS.match(text, pos)
    if m is None:
        return None
    names = chain_names()
    words = m.group().split()
    for n in range(len(words), 0, -1):
        key = " ".join(words[:n]).lower().replace("’", "'")
        ordinary = names.get(key, names.get(key.removesuffix("'s")))
        if ordinary is None:
            continue
        if listed and ordinary and not words[0][:1].isupper():
            return None
        return pos + len(" ".join(words[:n]))
    return None


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, SpanType.EMPLOYER, Source.CONTEXT, 0.6, text[start:end], True)


def listed_after(text: str, end: int) -> Iterator[Span]:
    """Chains listed straight after a workplace that ends at ``end``."""
    while True:
        join = _LIST_JOIN.match(text, end)
        if join is None or join.end() == end:
            return
        stop = _chain_at(text, join.end(), listed=True)
        if stop is None:
            return
        yield _span(text, join.end(), stop)
        end = stop


def find_between(text: str, low_words: AbstractSet[str]) -> Iterator[Span]:
    """Chains between a word of working and a workplace's noun ("nights at the amazon
    warehouse"); ``low_words`` are the text's lower-case words, to skip texts with no
    such noun."""
    if _BETWEEN_NOUNS.isdisjoint(low_words):
        return
    for m in _BETWEEN.finditer(text):
        if _chain_at(text, m.start(1)) == m.end(1):
            yield _span(text, m.start(1), m.end(1))
