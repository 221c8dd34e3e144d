"""Every other mention of a name, town or workplace already found, however it is written.

A reader who sees "dunlavin is dead on a Sunday" under "Drove to [place]" knows the town:
one found mention is evidence for all of them. So once detection has settled, each
value found as a NAME, PLACE or EMPLOYER is looked for again in the whole text, in any
case and with accents folded ("Otaki" for "Ōtaki"), with a possessive ("Zanele’s"), in
a hyphenated compound ("Kilbrannagh-based", "Tawhiri-Smith") and inside a hashtag or
handle ("#dunlavinlife", "@rangi_k"). Common English words are taken again only where
capitalised ("Hope" the friend, not "hope"), and medicine never.
"""

from __future__ import annotations

import re

from app.redact import names_eponyms, names_german, names_late
from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, Lexicon
from app.redact.names_guess import unlisted
from app.redact.normalise import fold, fold_term
from app.redact.spans import Source, Span, SpanType

_TYPES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER)
_CONTACTS = (SpanType.HANDLE, SpanType.EMAIL)
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_TAG = re.compile(r"[#@][\w.]+")
_LISTED_NAME = 4.5  # a listed name this common is a name in a handle ("kerry_b")
_COMMON = 3.0  # Zipf from which a lower-case mention is the English word, not the name
_MIN_TAG_PART = 5  # "#dunlavinlife" holds "dunlavin"; "#melife" does not hold "me"


def spread(spans: list[Span], text: str, lex: Lexicon, german: bool | None = None) -> list[Span]:
    """``spans`` plus a span on every unredacted mention of a value they found
    (``german``: ``german.is_german(text)`` if the caller asked it already)."""
    spans = names_late.add(spans, text, lex)  # "my son Ed", "Aunty Mere": plain cues
    spans = names_eponyms.add(spans, text, lex)  # "Behçet said": a disease's name, a person
    spans = names_german.drop_words(spans, text, lex, german)  # "10 Tage": German nouns
    values: dict[str, Span] = {}
    flag_of = lex.flags.get
    for s in spans:
        if s.type in _CONTACTS:
            for part in _handle_names(s, lex):
                # source UNKNOWN_WORD: a part no name list holds ("spoonie" of
                # "@spoonie_life") is taken again only where capitalised
                listed = bool(lex.flag(part) & (FIRST | LAST))
                source = Source.CONTEXT if listed else Source.UNKNOWN_WORD
                values.setdefault(part, Span(s.start, s.end, SpanType.NAME, source, 0.6, part))
            continue
        if s.type not in _TYPES:
            continue
        value = s.text.strip(" .,")
        if "'" in value or "’" in value:  # what _POSSESSIVE needs
            value = _POSSESSIVE.sub("", value)
        value = fold_term(value)
        if len(value) < 3 or not value.replace("-", "").replace(" ", "").isalpha():
            continue
        if flag_of(value, 0) & (MEDICAL | DRUG):
            continue
        values.setdefault(value, s)
    if not values:
        return spans
    folded = fold(text)
    kept = list(spans)
    changed = False
    # The spans a seed may be one of, by identity, less those dropped since: a mention
    # its own seed still covers whole is skipped at once, without walking every span
    # (the first test below would skip it, the seed being among ``inside``).
    mine = set(map(id, spans))
    for value, seed in values.items():
        frequent = lex.zipf_of(value) >= _COMMON
        common = (
            frequent
            or seed.source is Source.UNKNOWN_WORD
            and (seed.type is SpanType.NAME and seed.text == value)
        )
        for start, end in _mentions(folded.text, value):
            a, b = folded.to_original(start, end)
            if seed.start <= a and b <= seed.end and id(seed) in mine:
                continue  # already covered whole, by the span it was found in
            inside = [s for s in kept if s.start < b and a < s.end]
            if any(s.start <= a and s.end >= b or s.type not in _TYPES for s in inside):
                continue  # already covered whole, or part of an address, an email
            if any(s.start < a or s.end > b for s in inside):
                continue  # a longer name around it decides
            if common and not text[a : a + 1].isupper() or (frequent and _sentence_start(text, a)):
                continue  # "Hope" the friend; "hope" the word, "Will I ..." the verb
            mine.difference_update(id(s) for s in kept if s in inside)
            kept = [s for s in kept if s not in inside]  # "selly" of "selly oak" grows
            kept.append(Span(a, b, seed.type, Source.CONTEXT, 0.6, text[a:b], uncertain=True))
            changed = True
    return sorted(kept, key=lambda s: (s.start, s.end)) if changed else spans


def _handle_names(span: Span, lex: Lexicon) -> list[str]:
    """Listed names inside a handle or an email's local part: "@tamsin_k" holds "tamsin",
    so "tamsin here too" names her as well."""
    local = fold_term(span.text).lstrip("@").removeprefix("u/").split("@")[0]
    return [
        part
        for part in re.split(r"[._\d-]+", local)
        if len(part) >= 4
        and not lex.flag(part) & (MEDICAL | DRUG)
        and (
            lex.flag(part) & (FIRST | LAST)
            and lex.zipf_of(part) < _LISTED_NAME
            or unlisted(part, lex.flag(part), lex.zipf_of(part))
        )
    ]


def _mentions(folded: str, value: str) -> list[tuple[int, int]]:
    """Folded ranges of ``value`` as a whole word (a possessive or a hyphenated word may
    follow) and, when it is long enough, of a hashtag or handle that holds it."""
    tags: list[tuple[int, int]] = []
    if len(value) >= _MIN_TAG_PART and ("#" in folded or "@" in folded):
        tags = [(m.start() + 1, m.end()) for m in _TAG.finditer(folded) if value in m.group()]
    found = _whole_words(folded, value) if " " not in value else _spaced_words(folded, value)
    words = [m for m in found if not any(a <= m[0] < b for a, b in tags)]
    return words + tags


def _whole_words(folded: str, value: str) -> list[tuple[int, int]]:
    r"""What ``(?<![\w-])value(?![^\W_])`` finds, by str.find: a regex per value and text
    overflowed re's cache and was compiled anew at every call."""
    out = []
    n = len(value)
    i = folded.find(value)
    while i >= 0:
        before = folded[i - 1] if i else ""
        after = folded[i + n : i + n + 1]
        if not (before and (before.isalnum() or before in "_-")) and not after.isalnum():
            out.append((i, i + n))
            i = folded.find(value, i + n)
        else:
            i = folded.find(value, i + 1)
    return out


def _spaced_words(folded: str, value: str) -> list[tuple[int, int]]:
    """Whole-word ranges of a value of several words, any run of spaces between them, by
    str.find. No regex is built from the value: a compiled pattern (and ``re``'s own
    cache) would keep an entry's words in memory after ``detect`` returns."""
    words = value.split()
    out = []
    n = len(folded)
    i = folded.find(words[0])
    while i >= 0:
        end = -1
        if not (i and (folded[i - 1].isalnum() or folded[i - 1] in "_-")):
            end = i + len(words[0])
            for word in words[1:]:
                gap = end
                while gap < n and folded[gap].isspace():
                    gap += 1
                if gap == end or not folded.startswith(word, gap):
                    end = -1
                    break
                end = gap + len(word)
            if end >= 0 and end < n and folded[end].isalnum():
                end = -1
        if end >= 0:
            out.append((i, end))
            i = folded.find(words[0], end)
        else:
            i = folded.find(words[0], i + 1)
    return out


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \"'(")
    return not before or before[-1] in ".!?\n:"
