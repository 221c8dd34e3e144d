"""The medicine kinds a name, place or employer slot took before the lexicon was asked:
abbreviations (``medical_acronyms``), eponyms before a medical noun
(``medical_heads``), brands in a medicine frame and a brand's line after it (``medical_brands``) and medical words
of other languages (``medical_foreign``). One pass, after the other medicine vetoes, so
that no later step (a mention spread over the text) brings a dropped word back.
"""

from __future__ import annotations

from app.redact.lexicon import Lexicon
from app.redact.medical_acronyms import acronym_span
from app.redact.medical_brands import brand_line, framed_brand
from app.redact.medical_foreign import foreign_medical
from app.redact.medical_heads import eponym_words, head_eponym, may_hold_eponym
from app.redact.spans import Span


def drop_medical_kinds(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """``spans`` without the guesses that are one of these kinds of medicine."""
    if not spans:
        return spans
    words = eponym_words(text, lex) if may_hold_eponym(text) else None
    return [
        s
        for s in spans
        if not (
            acronym_span(s, text, lex)
            or head_eponym(s, text, lex, words)
            or framed_brand(s, text, lex)
            or brand_line(s, text, lex)
            or foreign_medical(s, text, lex)
        )
    ]
