"""Towns named by ordinary words, written in lower case, where only a place can stand.

"moved to reading", "im from bath originally", "grew up in sale", "heading down to
hope for the weekend": the lower-case place finder leaves ordinary English words alone,
and these towns are ordinary words. The slot decides: a verb of moving or living and
its preposition before the word, and after it the end of the clause or a word of time
("now", "originally", "last year", "for the weekend"). Then a word the gazetteer knows
as a town is a place, unless it is a common noun that fits the slot ("moved to bed",
"live in hope", "go to work", "moved to nights"), a day or month, a country or a
region, or medicine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import COUNTRY, DRUG, MEDICAL, PLACE, REGION, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, KIN, TEXTSPEAK
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import token_set

# The slot before the word, on the lower-cased text.
_BEFORE = re.compile(
    r"(?:\b(?:moved|moving|move|moves|relocated|relocating)(?: +(?:back|over|up|down|out))?"
    r" +(?:to|from)"
    r"|\b(?:grew +up|born|brought +up|raised|live|lives|living|lived|based|settled)"
    r"(?: +(?:out|up|down|over|just|now))? +(?:in|near|outside)"
    r"|\b(?:drove|drive|driving|drives|flew|fly|heading|headed|head|trip|train|bus|"
    r"commute|commuting)(?: +(?:out|up|down|over|back))? +to"
    r"|\b(?:we're|were|we +are|i'm|im|i +am|she's|shes|he's|hes|they're|theyre)"
    r"(?: +(?:still|now|back|living))? +in"
    r"|\bfrom) +$"
)
_CUES = frozenset(re.findall(r"[a-z]+", _BEFORE.pattern)) - {"b", "to", "in", "near", "outside"}
# What may follow the town: the end of the clause or a word of time or company.
_AFTER = re.compile(
    r" *(?:$|[.,;:!?)\n]| +(?:now|originally|last|next|this|for|on|at|tomorrow|"
    r"today|tonight|yesterday|then|and|to|since|when|because|cos|lol|haha|in|with|after|"
    r"before|around)\b)"
)
# "from X" alone is too weak: it needs "originally" or a word of origin after it.
_ORIGIN_AFTER = re.compile(r" +(?:originally|orig)\b|[ ,]+(?:but|and) +(?:now|moved)\b")
_WORD = re.compile(r"[a-z][a-z'-]+[a-z]")
# Common nouns that fit the slot: "moved to bed", "live in hope", "go to work".
_SLOT_NOUNS = frozenset(
    [
        "bed",
        "home",
        "hospital",
        "work",
        "school",
        "care",
        "town",
        "nights",
        "days",
        "part",
        "full",
        "mobile",
        "nice",
        "deal",
        "battle",
        "sleep",
        "church",
        "uni",
        "college",
        "rehab",
        "theatre",
        "recovery",
        "hell",
        "heaven",
        "paradise",
        "fear",
        "pain",
        "denial",
        "bliss",
        "limbo",
        "agony",
    ]
)


class SlotPlaceFinder:
    """Lower-case towns in the slots of moving and living; built once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self._places = lexicon.words_with(PLACE)  # _town's first test, as one set

    def find(self, text: str) -> Iterator[Span]:
        if text.isupper():
            return
        if _CUES.isdisjoint(token_set(text)):
            return  # no verb of moving or living, no "from": no slot
        # only a word some town list holds can be one: those of the text are found by a
        # set intersection, and only their places are looked at, in the text's order
        towns = self._places.intersection(_WORD.findall(text))
        if not towns:
            return
        low = text.lower()
        for start, word in _words_at(text, towns):
            end = start + len(word)
            if word != low[start:end] or not self._town(word):
                continue
            before = _BEFORE.search(low, max(0, start - 40), start)
            if before is None or not _AFTER.match(low, end):
                continue
            if word == "hope" and before.group().rstrip().endswith("in"):
                continue  # "live in hope"; "down to hope for the weekend" is the village
            if before.group().rstrip().endswith("from") and not (
                re.search(r"\b(?:moved|moving|relocated|move)\b", before.group())
                or _ORIGIN_AFTER.match(low, end)
            ):
                continue  # "from bed", "from work": a bare "from" needs "originally"
            yield Span(start, end, SpanType.PLACE, Source.CONTEXT, 0.5, word, uncertain=True)

    def _town(self, word: str) -> bool:
        flags = self.lex.flags.get(word, 0)  # first: most words are on no town list
        if not flags & PLACE or flags & (COUNTRY | REGION | MEDICAL | DRUG):
            return False
        return not (
            word in _SLOT_NOUNS
            or word in CALENDAR
            or word in CLOSED_CLASS
            or word in KIN
            or word in TEXTSPEAK
        )


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _words_at(text: str, words: set[str] | frozenset[str]) -> list[tuple[int, str]]:
    """Where ``_WORD.finditer(text)`` finds each of ``words`` (matches of ``_WORD``), in
    order, by ``str.find``. Each match of ``_WORD`` is a run of ``[a-z'-]`` less the
    quotes and hyphens at its ends (the greedy repeat runs to the run's end and gives
    back to its last letter): an occurrence of a word is one where only quotes and
    hyphens stand between it and the run's ends."""
    found = []
    n = len(text)
    for word in words:
        size = len(word)
        i = text.find(word)
        while i >= 0:
            a = i - 1
            while a >= 0 and text[a] in "'-":
                a -= 1
            b = i + size
            while b < n and text[b] in "'-":
                b += 1
            if (a < 0 or text[a] not in _LETTERS) and (b >= n or text[b] not in _LETTERS):
                found.append((i, word))
            i = text.find(word, i + 1)
    found.sort()
    return found
