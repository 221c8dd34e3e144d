"""Speed steps of session 13 (SP-c) in the name finders and the medicine vetoes, each
against the loop or the call it replaces: the same answers where it marks or drops
something and where it does not."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import (
    names,
    names_german,
    names_mentions,
    names_prep_places,
    names_shapes,
    names_tokens,
    names_unknown,
    other_tongues,
)
from app.redact.german import is_german
from app.redact.lexicon import default_lexicon
from app.redact.names_extra import ExtraFinder
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import token_set

_LEX = default_lexicon()


# -- names_prep_places: only the words up to three after a place preposition ---------------


def _marks(text: str, *, every: bool) -> list[tuple[str, str | None, str, bool]]:
    """The words of ``text`` after ``mark_places_after_prepositions`` (with the gate, or
    at every word as before), as (word, kind, source, uncertain)."""
    toks, _ = names_tokens._scan(text, _LEX)
    mixed = names._caps_mode(toks) == "mixed"
    at = range(1, len(toks)) if every else None
    names_prep_places.mark_places_after_prepositions(text, toks, mixed, at)
    return [(t.raw, t.kind, t.source, t.uncertain) for t in toks]


# A place one, two and three words after its preposition ("in Rhyl", "in sunny Rhyl",
# "from a wet Merthyr"), after "the" ("at the Mater"), and a run of two ("Port Talbot").
_PLACED = [
    ("We moved to Harrogate last year.", "Harrogate"),
    ("Weekend in sunny Rhyl with the kids.", "Rhyl"),
    ("Drove back from a wet Merthyr today.", "Merthyr"),
    ("She is at the Withcott again tonight.", "Withcott"),
    ("My sister lives in Port Talbot now.", "Talbot"),
]


def test_the_gate_opens_one_two_and_three_words_after_a_preposition() -> None:
    for text, word in _PLACED:
        gated = _marks(text, every=False)
        assert gated == _marks(text, every=True)
        assert any(raw == word and kind is SpanType.PLACE for raw, kind, _, _ in gated), text


def test_no_preposition_no_word_visited() -> None:
    text = "Sunny Rhyl was wet. Merthyr Tydfil Harrogate Mater."
    toks, _ = names_tokens._scan(text, _LEX)
    assert names_prep_places._after_prepositions(toks) == []
    assert _marks(text, every=False) == _marks(text, every=True)


def test_the_visited_words_are_those_after_a_preposition() -> None:
    toks, _ = names_tokens._scan("in a b c d e at f", _LEX)
    assert names_prep_places._after_prepositions(toks) == [1, 2, 3, 7]


_PIECES = [
    *["in", "at", "from", "to", "the", "a", "near", "via", "round", "moved", "back"],
    *["Rhyl", "Merthyr", "sunny", "wet", "Port", "Talbot", "Harrogate", "Zanele", "Xaggitin"],
    *["Mater", "Pleasant", "Point", "GH", "quartermain", "Reading", "Admiral", "Gaelic"],
    *[" ", " ", " ", ", ", ". ", "\n", "'s", "2"],
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_places_after_prepositions_as_by_every_word(text: str) -> None:
    assert _marks(text, every=False) == _marks(text, every=True)


# -- is_german asked once per text and handed to the finders -------------------------------

_GERMAN = (
    "Heute war ich bei Frau Okonkwo. Danach Termin beim Hausarzt, und die Kontrolle ist "
    "Mitte Juni. Mein Sohn Till war mit Oma in Freiburg."
)
_ENGLISH = "Saw Dr Okonkwo today. Then Termin came round with Till and Oma from Freiburg."


def _spans(found: object) -> list[tuple[int, int, str, str]]:
    return sorted((s.start, s.end, s.type, s.source) for s in found)  # type: ignore[attr-defined]


def test_handed_german_gives_what_asking_gives() -> None:
    for text in (_GERMAN, _ENGLISH, ""):
        german = is_german(text)
        words = token_set(text)
        assert _spans(names_shapes.find(text, _LEX, words, german)) == _spans(
            names_shapes.find(text, _LEX, words)
        )
        extra = ExtraFinder(_LEX)
        assert _spans(extra.find(text, german)) == _spans(extra.find(text))
        assert _spans(names_unknown.find(text, [], _LEX, german)) == _spans(
            names_unknown.find(text, [], _LEX)
        )
        m = text.find("Termin")
        guess = (
            [Span(m, m + 6, SpanType.NAME, Source.UNKNOWN_WORD, 0.4, "Termin", True)]
            if m >= 0
            else []
        )
        assert names_german.drop_words(guess, text, _LEX, german) == names_german.drop_words(
            guess, text, _LEX
        )
        assert names_mentions.spread(guess, text, _LEX, german) == names_mentions.spread(
            guess, text, _LEX
        )


def test_the_handed_answer_is_used() -> None:
    """A wrong ``german`` changes what the finders give, so the handed value is read."""
    assert is_german(_GERMAN) and not is_german(_ENGLISH)
    m = _GERMAN.find("Termin")
    guess = [Span(m, m + 6, SpanType.NAME, Source.UNKNOWN_WORD, 0.4, "Termin", True)]
    assert names_german.drop_words(guess, _GERMAN, _LEX, True) == []
    assert names_german.drop_words(guess, _GERMAN, _LEX, False) == guess
    words = token_set(_GERMAN)
    assert _spans(names_shapes.find(_GERMAN, _LEX, words, True)) != _spans(
        names_shapes.find(_GERMAN, _LEX, words, False)
    )


# -- other_tongues.tongue_word: each language's words asked by one superset test -----------


def _tongue_word_before(span: Span, text: str, german: bool) -> bool:
    """tongue_word as it was: a generator over the parts for each language."""
    if span.type not in other_tongues._GUESSES or span.source in (Source.PROFILE, Source.USER):
        return False
    parts = other_tongues._TOKENS.findall(span.text.lower())
    if not parts:
        return False
    if german and len(parts) == 1 and parts[0] in other_tongues.GERMAN_KIN:
        return True
    if len(parts) == 1 and other_tongues._german_noun_here(span, text, german):
        return True
    words = token_set(text)
    for own, every in (
        (other_tongues._HINGLISH_ONLY, other_tongues._HINGLISH),
        (other_tongues._AFRIKAANS_ONLY, other_tongues._AFRIKAANS),
    ):
        if all(p in every for p in parts) and other_tongues._reads_as(words, own):
            return True
    return False


_TONGUES = [
    "Mera dard bahut hai aur Saal bhar se Tak nahi gaya, Ghar par Bas.",
    "Ek het baie pyn vandag, Ons gaan more na die dokter, Baie dankie.",
    "Heute bei Oma in Köln. Bei Regen schlimmer, mit einer Kur in Bad Urach.",
    "Met Priya in Aur Valley and Saal Road, then Ek Lane with Tak and Bas.",
]


def test_tongue_words_as_before() -> None:
    told = 0
    for text in _TONGUES:
        german = is_german(text)
        for m in other_tongues._TOKENS.finditer(text):
            for kind in (SpanType.NAME, SpanType.PLACE, SpanType.DATE):
                for source in (Source.LEXICON, Source.UNKNOWN_WORD, Source.PROFILE):
                    for end in (m.end(), min(len(text), m.end() + 6)):
                        span = Span(m.start(), end, kind, source, 0.5, text[m.start() : end])
                        got = other_tongues.tongue_word(span, text, german)
                        assert got == _tongue_word_before(span, text, german), span
                        told += got
    assert told  # some guesses are everyday words of the other language


# -- medical.drop_medicine: each span asked only the tests its type can pass ---------------


def _drop_medicine_before(spans, text, name_like, numbers, medical_word):  # type: ignore[no-untyped-def]
    """drop_medicine's loop as it was: every test asked of every span, in order."""
    from app.redact import medical as m

    eponyms = m.eponym_ranges(text) if not text.islower() else []
    out = []
    for s in spans:
        if s.source is Source.USER:
            out.append(s)
        elif (
            s.type in m._NUMERIC_TYPES
            and not m.outweighs_dose(s)
            and any(a <= s.start and s.start + len(s.text.rstrip(".")) <= b for a, b in numbers)
        ):
            continue
        elif (  # session 19: a holiday or a month inside an eponym ("Christmas disease")
            s.type is SpanType.DATE
            and eponyms
            and any(a <= s.start and s.end <= b for a, b in eponyms)
        ):
            continue
        elif (
            s.type in m._WORD_TYPES
            and eponyms
            and any(a <= s.start and s.end <= b for a, b in eponyms)
        ):
            continue
        elif s.type in m._WORD_TYPES and m.device_product(s, text, medical_word):
            continue
        elif s.type in m._ID_OR_WORD_TYPES and m.dev_code(s, text):
            continue
        elif (
            s.type in (SpanType.NAME, SpanType.PLACE)
            and s.source in (Source.LEXICON, Source.UNKNOWN_WORD)
            and m._drug_after(text, s, name_like)
        ):
            continue
        elif (
            m.unknown_drug(s, text, name_like, medical_word)
            or m.condition_word(s, text, medical_word)
            or m.elided_eponym(s, text)
        ):
            continue
        else:
            out.append(s)
    return out


_MEDICINE = [
    "TSH 5.1. Then the Medtronic 780G pump and Dexcom G7; randomised to LY3437943.",
    "Started Xaggitin XL 36mg. Day 3 of Zelvoxa and the Tavlexa is working.",
    "At the MS coffee morning they want LFTs. I have Gilbert's. Tom 36 and Dolo 650.",
    "Wilson's disease, Bell's palsy and Guillain-Barré; my friend Bell came 12/03.",
]


def test_drop_medicine_as_every_test_on_every_span() -> None:
    from app.redact import medical
    from app.redact.engine import Detector

    detector = Detector(_LEX, rules_only=True)
    dropped = 0
    for text in _MEDICINE:
        numbers = medical.medical_number_ranges(text)
        spans = [
            Span(m.start(), m.end(), kind, source, 0.5, m.group())
            for m in re.finditer(r"[\w'’-]+(?: \d+\w*)?", text)
            for kind in SpanType
            for source in Source
        ]
        got = medical.drop_medicine(
            spans, text, detector._name_like, numbers, detector._medical_word
        )
        want = _drop_medicine_before(
            spans, text, detector._name_like, numbers, detector._medical_word
        )
        assert got == want, text
        dropped += len(spans) - len(got)
    assert dropped > 50  # every kind of veto takes some
