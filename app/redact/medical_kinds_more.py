"""More kinds of medicine a name, place or organisation guess may be, asked in one call.

``medical_kinds`` asks each kind of medicine it knows of every guess; the kinds here
came later (issue #9: the terms posts still lost) and each lives in its own module:
scales and tests by the grade or verdict after them (``medical_graded``), an eponym's
possessive before a device's or an illness's noun (``medical_possessives``), an
operation by its surgeon's name (``medical_operations``). Every
predicate takes a guess, the text and the lexicon, and says yes only for a guess no
user, profile or checked pattern made.
"""

from __future__ import annotations

from app.redact.lexicon import Lexicon
from app.redact.medical_graded import graded
from app.redact.medical_operations import named_operation
from app.redact.medical_possessives import possessive_eponym
from app.redact.spans import Span


def more_medicine(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether ``span`` is one of the later kinds of medicine."""
    return (
        graded(span, text, lex) or possessive_eponym(span, text, lex) or named_operation(span, text)
    )
