"""A name, place or workplace span covers whole words, so no part of a word it cut is
left readable; ages stay digits only ("43m": the age is "43")."""

from __future__ import annotations

from app.redact.span_edges import whole_words
from app.redact.spans import Source, Span, SpanType


def _span(text: str, value: str, kind: SpanType = SpanType.PLACE) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, Source.LEXICON, 0.7, value)


def test_grows_to_the_word() -> None:
    text = "All the Kilbrannaghs came."
    (grown,) = whole_words([_span(text, "Kilbrannagh")], text)
    assert grown.text == "Kilbrannaghs"


def test_leaves_ages_and_whole_words() -> None:
    text = "43m from Tregaron."
    age = Span(0, 2, SpanType.AGE, Source.CONTEXT, 0.8, "43")
    place = _span(text, "Tregaron")
    assert whole_words([age, place], text) == [age, place]
