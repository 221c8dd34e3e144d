"""Names in another script inside Latin text ("my wife प्रिया", "朋友王伟").

No English word list can clear a word in Devanagari or Han, so in a post mostly written in
Latin letters such a run is taken as a name; in Chinese and Japanese a listed surname
then given name is one too. Split from ``names_extra``: one script-level concern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import FIRST, LAST, Lexicon
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType

# Another script's letters: Han, kana, Hangul, Arabic, Hebrew, Cyrillic, Indic, Thai...
_OTHER_SCRIPT = re.compile(
    r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f"
    r"\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
    r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f"
    r"\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u200c\u200d]+"
)
_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_NON_LATIN_WORD = re.compile(r"[^\W\d_]+")


def other_script(text: str) -> Iterator[Span]:
    if text.isascii() or _OTHER_SCRIPT.search(text) is None:
        return
    if len(_LATIN.findall(text)) < 20:
        return
    for m in _OTHER_SCRIPT.finditer(text):
        yield Span(
            m.start(),
            m.end(),
            SpanType.NAME,
            Source.UNKNOWN_WORD,
            0.6,
            m.group(),
            uncertain=True,
        )


def non_latin_names(text: str, lex: Lexicon) -> Iterator[Span]:
    """Names from the per-locale lists in posts written in other scripts: a listed
    word ("Анна"), or in Chinese and Japanese, a listed surname then given name."""
    flags = lex.flags
    for m in _OTHER_SCRIPT.finditer(text):
        run = m.group()
        if _HAN.match(run):
            yield from _han_names(run, m.start(), lex)
            continue
        if flags.get(fold_term(run), 0) & (FIRST | LAST):  # a word with its marks
            yield Span(m.start(), m.end(), SpanType.NAME, Source.LEXICON, 0.7, run)
            continue
        for w in _NON_LATIN_WORD.finditer(run):
            if flags.get(fold_term(w.group()), 0) & (FIRST | LAST):
                start = m.start() + w.start()
                yield Span(
                    start, start + len(w.group()), SpanType.NAME, Source.LEXICON, 0.7, w.group()
                )


def _han_names(run: str, offset: int, lex: Lexicon) -> Iterator[Span]:
    flags = lex.flags
    i = 0
    while i < len(run):
        found = 0
        for sl in (2, 1):
            if flags.get(run[i : i + sl], 0) & LAST:
                for gl in (2, 1):
                    given = run[i + sl : i + sl + gl]
                    if len(given) == gl and flags.get(given, 0) & FIRST:
                        found = sl + gl
                        break
            if found:
                break
        if found:
            yield Span(
                offset + i,
                offset + i + found,
                SpanType.NAME,
                Source.LEXICON,
                0.6,
                run[i : i + found],
                uncertain=True,
            )
            i += found
        else:
            i += 1
