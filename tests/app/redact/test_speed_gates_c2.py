"""Session 12's speed steps in the unknown-word net, the address finders and the chain
finder give exactly the answers of the code they replace: the per-word checks in one
call, regexes tried only where they can start, per-text tables read once. They exist
for speed and must never change a result."""

from __future__ import annotations

import dataclasses
import inspect
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redact import (
    addresses_lower,
    addresses_tail,
    employers_kinds,
    employers_slots,
    names_mentions,
    names_unknown,
    names_unknown_tiers,
    places_informal,
    span_filters,
    span_merge,
    windows,
    windows_tokens,
)
from app.redact.lexicon import default_lexicon
from app.redact.names_unknown_classes import code_shaped, known_class
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType

# Capitalised words of every kind the net meets: listed and unlisted, codes, hyphens,
# contractions' stems, beyond ASCII, and the cues before them.
_WORDS = [
    "Hope", "Reading", "Withcott", "Tavish", "TAVI", "DMs", "HbF", "G-tube", "Mon-Wed-Fri",
    "Mandarin-speaking", "Thursdays", "Boots", "Paris", "Ibuprofen", "Jardiance", "Ōtaki",
    "Zanele", "Mercedes-Benz", "McAllister", "O'Rourke", "Ugh", "Tbh", "Kilbrannagh",
    "Frank", "Sydney", "British", "Amazon", "Brisbane", "Wales", "Metformin", "Street",
    "Mount", "Anna-Lena", "ÉCOLE", "Écosse", "Ngaio", "Kraków", "Cantonese", "Xmas",
]  # fmt: skip
_BEFORE = [
    "", "a nurse called ", "my cat's named ", "her name is ", "his name’s ", "moved to ",
    "I work at ", "drove to ", "the ", "and ", "known as ", "goes by ", "Names are ",
    "NAMED ", "renamed ", "we went to see ", "haſ called ",
]  # fmt: skip


def _tier_before(text: str, start: int, word: str) -> tuple[int, str]:
    """The checks as they were, one call each: code_shaped, known_class, then
    ``_unexplained(key) or _cued(...)``."""
    lex = default_lexicon()
    if code_shaped(word):
        return 0, ""
    key = word.lower() if word.isascii() else fold_term(word)
    if known_class(key) or "-" in key and all(known_class(p) for p in key.split("-")):
        return 0, key
    return names_unknown_tiers.unexplained(key, lex) or names_unknown_tiers.cued(
        text, start, key, lex
    ), key


@pytest.mark.parametrize("before", _BEFORE)
def test_unknown_word_tiers_are_the_checks_they_replace(before: str) -> None:
    lex = default_lexicon()
    for word in _WORDS:
        text = f"Yesterday {before}{word} and then home."
        start = text.index(word, 10)
        named = names_unknown.may_hold(text, names_unknown_tiers.NAMED_WORDS)
        tier, key = names_unknown_tiers.word_tier(text, start, word, lex, named)
        want, want_key = _tier_before(text, start, word)
        assert tier == want, (before, word)
        if want:
            assert key == want_key


def test_unknown_word_tiers_open_at_a_name_cue_and_a_place_cue() -> None:
    lex = default_lexicon()
    # "Grace" is an English word and no place: only the cue before makes it a name
    text = "a nurse called Grace came"
    named = names_unknown.may_hold(text, names_unknown_tiers.NAMED_WORDS)
    assert named and names_unknown_tiers.word_tier(text, 15, "Grace", lex, named)[0]
    assert not names_unknown_tiers.word_tier(text, 15, "Grace", lex, False)[0]
    assert not names_unknown.may_hold(
        "a nurse who said Grace came", names_unknown_tiers.NAMED_WORDS
    )
    found = names_unknown.find(text + " in, Dr Smith said.", [], lex)
    assert [s.text for s in found] == ["Grace"]
    # "Reading" is a listed place and a word: travelling to it makes it a town
    text = "we moved to Reading last year"
    assert names_unknown_tiers.word_tier(text, 12, "Reading", lex, False)[0]
    assert not names_unknown_tiers.word_tier("we are Reading it", 7, "Reading", lex, True)[0]


_PIECES = [
    *_WORDS, *(b.strip() for b in _BEFORE if b.strip()), "I", "I'm", "Zanele'll", "CD4",
    "HLA-B27", "my", "Tom said", ".", ",", "\n", "- ", "12", "the Piggly Wiggly", "in",
    "Sea Point", "near", "×", "Dr", "Hausarzt", "mit", "Termin", "nach", "is",
]  # fmt: skip


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return [
        " ".join(rnd.choice(_PIECES) for _ in range(rnd.randint(3, 14))) + " today"
        for _ in range(n)
    ]


@pytest.mark.parametrize("text", _texts(12, 60))
def test_unknown_words_found_as_with_every_cue_check(text: str, monkeypatch) -> None:
    lex = default_lexicon()
    got = names_unknown.find(text, [], lex)
    monkeypatch.setattr(names_unknown, "may_hold", lambda text, words: True)
    assert got == names_unknown.find(text, [], lex)


# -- the address finders tried only at runs of digits, with a street type ------------------

_STREETS = [
    "i live at 12 elm st, otley",
    "22a tui cres, ōtāhuhu 1062",
    "402 e palo verde dr, phoenix az 85012",
    "flat 3 the maltings, 4 mill lane, ely",
    "2 hours drive away",
    "we are at 4 The Paddocks, Kilcock",
    "14 Tyne View, Newcastle upon Tyne NE6 2AB",
    "3 Musketeers, London",
    "x12 elm st",  # a word character before the number: no street
    "12 elm ſt",  # "ſ" is an "s" to a case-blind regex
    "12 ELM STREET",
    "19 Straße",
    "5 n 68th st",
    "/12 elm st and 7 oak road.",
]


@pytest.mark.parametrize("text", _STREETS)
def test_lower_streets_found_as_by_the_whole_scan(text: str) -> None:
    want = [m.span() for m in addresses_lower.STREET.finditer(text)]
    if addresses_lower.may_hold(text, addresses_lower._TYPE_WORDS):
        assert [m.span() for m in addresses_lower._STREET_FAST.finditer(text)] == want
    else:
        assert not want


def test_lower_street_gate_opens_and_closes() -> None:
    assert addresses_lower.may_hold("at 12 elm st", addresses_lower._TYPE_WORDS)
    assert addresses_lower.may_hold("12 elm ſt", addresses_lower._TYPE_WORDS)
    assert not addresses_lower.may_hold("12 elms", addresses_lower._TYPE_WORDS)
    assert list(addresses_lower.find("i live at 12 elm st, otley", default_lexicon()))


@pytest.mark.parametrize("text", _STREETS)
def test_house_names_tried_at_digits_as_by_the_whole_scan(text: str) -> None:
    fast = [m.span() for m in addresses_tail._HOUSE_NAMED_FAST.finditer(text)]
    assert fast == [m.span() for m in addresses_tail._HOUSE_NAMED.finditer(text)]


@given(st.text(alphabet="12 aelmstroadTheP,ſ/.x\n", max_size=40))
@settings(max_examples=300, deadline=None)
def test_street_scans_never_differ(text: str) -> None:
    fast = [m.span() for m in addresses_tail._HOUSE_NAMED_FAST.finditer(text)]
    assert fast == [m.span() for m in addresses_tail._HOUSE_NAMED.finditer(text)]
    want = [m.span() for m in addresses_lower.STREET.finditer(text)]
    if not addresses_lower.may_hold(text, addresses_lower._TYPE_WORDS):
        assert not want
    else:
        assert [m.span() for m in addresses_lower._STREET_FAST.finditer(text)] == want


# -- the merge's order and strengths -------------------------------------------------------


def _span(start: int, end: int, kind: SpanType, source: Source) -> Span:
    return Span(start, end, kind, source, 0.5, "x" * (end - start))


def _strength(span: Span) -> tuple[int, int, int]:
    """The tuple ``span_merge._STRENGTH`` stands for, as merge_spans once computed it."""
    rank = span_merge._SOURCE_RANK[span.source]
    return (rank >= 5, span_merge._TYPE_RANK.get(span.type, 0), rank)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 12),
            st.integers(1, 6),
            st.sampled_from(list(SpanType)),
            st.sampled_from(list(Source)),
        ),
        max_size=10,
    )
)
@settings(max_examples=300, deadline=None)
def test_merge_orders_and_ranks_as_the_key_and_the_tuples(rows: list) -> None:
    spans = [_span(a, a + n, kind, source) for a, n, kind, source in rows]
    want = sorted(spans, key=lambda s: (s.start, -s.end))
    got = sorted(spans, key=span_merge._BY_END, reverse=True)
    got.sort(key=span_merge._BY_START)
    assert [id(s) for s in got] == [id(s) for s in want]  # ties kept as given
    for a in spans:
        for b in spans:
            old = _strength(a) >= _strength(b)
            new = span_merge._STRENGTH[a.source, a.type] >= span_merge._STRENGTH[b.source, b.type]
            assert new is old


def test_merge_keeps_the_stronger_part() -> None:
    text = "Apt 12 Sarah Jones"
    spans = [
        _span(7, 12, SpanType.NAME, Source.UNKNOWN_WORD),
        _span(0, 12, SpanType.ADDRESS, Source.PATTERN),
        _span(13, 18, SpanType.NAME, Source.LEXICON),
        _span(7, 18, SpanType.NAME, Source.PROFILE),
    ]
    merged = span_merge.merge_spans(spans, text)
    assert [(s.start, s.end, s.type, s.source) for s in merged] == [
        (0, 18, SpanType.NAME, Source.PROFILE)
    ]
    merged = span_merge.merge_spans(spans[:3], text)
    assert [(s.start, s.end, s.type) for s in merged] == [
        (0, 12, SpanType.ADDRESS),
        (13, 18, SpanType.NAME),
    ]


# -- the chain finder's tokens, read in C ----------------------------------------------------

_CHAINS = [
    "I do nights at M&S and the Next store",
    "doing a double at m&s's warehouse",
    "my manager at the co-op said",
    "worked at Pick n Pay Hyper for years",
    "shift at the Co-op’s depot",
    "mum's shopping at Tesco Express today",
    "a Lidl ibuprofen",
    "İstanbul trip then work at Tesco",  # lower case two characters long: one by one
    "it was nice, I'm sure",
    "nothing of the sort here",
]


def _first_before(key: str, index: dict) -> bool:
    return key in index or key.endswith("'s") and key[:-2] in index


@pytest.mark.parametrize("text", _CHAINS)
def test_chain_first_keys_are_the_per_word_test(text: str) -> None:
    index = employers_slots._chains()[0]
    keys, spans = employers_slots._keys_and_spans(text)
    assert len(keys) == len(spans)
    for key in [*keys, *index, *(k + "'s" for k in index), "s", "'s", "next's"]:
        assert (key in employers_slots._first_keys()) is _first_before(key, index), key


def test_chain_spans_found_through_the_new_tables() -> None:
    finder = employers_slots.ChainFinder(default_lexicon())
    found = {t: [s.text for s in finder._chain_spans(t)] for t in _CHAINS}
    assert found["I do nights at M&S and the Next store"] == ["M&S", "Next"]
    assert found["worked at Pick n Pay Hyper for years"] == ["Pick n Pay Hyper"]
    assert found["mum's shopping at Tesco Express today"] == ["Tesco Express"]
    assert found["İstanbul trip then work at Tesco"] == ["Tesco"]
    assert found["nothing of the sort here"] == [] and found["a Lidl ibuprofen"] == []


# -- spans built by hand, places grown only where a regex can match ---------------------------


def test_span_checks_its_offsets_and_stays_a_frozen_dataclass() -> None:
    span = Span(3, 8, SpanType.NAME, Source.LEXICON, 0.5, "Sarah")
    assert (span.uncertain, span.term) == (False, "")
    assert dataclasses.replace(span, end=9, text="Sarah!") == Span(
        3, 9, SpanType.NAME, Source.LEXICON, 0.5, "Sarah!"
    )
    assert span == Span(
        start=3, end=8, type=SpanType.NAME, source=Source.LEXICON, confidence=0.5, text="Sarah"
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]
    for start, end in ((5, 5), (6, 5), (-1, 2)):
        with pytest.raises(ValueError, match="bad span offsets"):
            Span(start, end, SpanType.NAME, Source.LEXICON, 0.5, "x")


def _grow_places_before(spans: list[Span], text: str) -> list[Span]:
    """``grow_places`` as it was: every regex asked at every span."""
    pi = places_informal
    out = []
    for span in spans:
        if span.type not in pi._GROWABLE or span.source is Source.USER:
            out.append(span)
            continue
        start, end, kind = span.start, span.end, span.type
        tails = pi._NAME_TAIL if kind is SpanType.NAME else pi._TAIL
        while (m := pi._WORD_AFTER.match(text, end)) and m.group(1) in tails:
            end, tails = m.end(), pi._TAIL
            if kind is SpanType.NAME:
                kind = SpanType.PLACE
        m = pi._WORD_BEFORE.search(text, max(0, start - 8), start)
        if kind is SpanType.NAME and m and m.group(1) in pi._NAME_HEAD:
            kind = SpanType.PLACE
        elif kind is SpanType.NAME and m and m.group(1) == "Te":
            start = m.start(1)
            if pi._LOCATIVE_BEFORE.search(text, max(0, start - 9), start):
                kind = SpanType.PLACE
        if kind is not SpanType.NAME:
            while (m := pi._WORD_BEFORE.search(text, max(0, start - 8), start)) and (
                m.group(1) in pi._HEAD or len(m.group(1)) == 1 and m.group(1) not in "AI"
            ):
                start = m.start(1)
        if kind is SpanType.PLACE and (m := pi._CARE_TAIL.match(text, end)):
            end = m.end()
        if (start, end) != (span.start, span.end):
            span = dataclasses.replace(span, start=start, end=end, text=text[start:end], type=kind)
        out.append(span)
        if kind in (SpanType.PLACE, SpanType.EMPLOYER):
            town = pi._town_after(text, end)
            if town is not None:
                out.append(town)
    return out


_GROW_PIECES = [
    "Selly", "Oak", "Port", "Talbot", "Jones", "Beach", "Te", "Aroha", "near", "in", "T",
    "Nagar", "Rotorua", "hospital", "hackney", "the", "Mayo", "Lake", "Placid", "I", "A",
    "\n", "Paisley", "Road", "West", "Greggs", "Park", "Heights", "at", "Women's",
]  # fmt: skip


def _grow_cases(seed: int, n: int) -> list[tuple[str, list[Span]]]:
    rnd = random.Random(seed)
    kinds = [SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.ADDRESS, SpanType.DATE]
    cases = []
    for _ in range(n):
        words = [rnd.choice(_GROW_PIECES) for _ in range(rnd.randint(2, 9))]
        text = "".join(w if w == "\n" else " " + w for w in words).lstrip(" ") + " today"
        spans, at = [], 0
        for w in words:
            at = text.index(w, at)
            if w.strip() and rnd.random() < 0.4:
                kind, source = rnd.choice(kinds), rnd.choice([Source.LEXICON, Source.USER])
                spans.append(Span(at, at + len(w), kind, source, 0.5, w))
            at += len(w)
        cases.append((text, spans))
    return cases


@pytest.mark.parametrize(("text", "spans"), _grow_cases(12, 150))
def test_places_grow_as_when_every_regex_was_asked(text: str, spans: list[Span]) -> None:
    assert places_informal.grow_places(spans, text) == _grow_places_before(spans, text)


def test_places_grow_over_the_words_around() -> None:
    def grown(text: str, word: str, kind: SpanType = SpanType.PLACE) -> list[str]:
        at = text.index(word)
        span = Span(at, at + len(word), kind, Source.LEXICON, 0.5, word)
        return [s.text for s in places_informal.grow_places([span], text)]

    assert grown("we went to Selly Oak today", "Selly") == ["Selly Oak"]
    assert grown("down at Port Talbot", "Talbot") == ["Port Talbot"]
    assert grown("down at Port\nTalbot", "Talbot") == ["Talbot"]
    assert grown("at Jones Beach", "Jones", SpanType.NAME) == ["Jones Beach"]
    assert grown("in Rotorua hospital", "Rotorua") == ["Rotorua hospital"]
    assert grown("the Mayo in jax, then", "Mayo", SpanType.EMPLOYER) == ["Mayo", "jax"]
    assert grown("lived in T \nNagar", "Nagar") == ["T \nNagar"]  # "$" before a last "\n"
    # letters after a place or a firm are its own, unless medicine's, an ID's or shouted
    assert grown("the lads at Ballincollig GAA", "Ballincollig") == ["Ballincollig GAA"]
    assert grown("Cancer Council NT gave", "Cancer Council", SpanType.EMPLOYER) == [
        "Cancer Council NT"
    ]
    assert grown("my Alberta Blue Cross ID is", "Alberta Blue Cross", SpanType.EMPLOYER) == [
        "Alberta Blue Cross"
    ]
    assert grown("at Vandy NICU for", "Vandy") == ["Vandy"]
    assert grown("at Leeds MS clinic", "Leeds") == ["Leeds"]  # a listed medical abbreviation
    assert grown("FROM CALVERT HOSP", "CALVERT") == ["CALVERT"]


@given(st.text(alphabet="12a ABx\n-", max_size=12), st.integers(0, 12))
@settings(max_examples=300, deadline=None)
def test_name_vetoes_ask_their_regexes_only_where_they_can_match(text: str, at: int) -> None:
    at = min(at, len(text))
    if span_filters._CODE_AFTER.match(text, at, at + 4):
        assert text[at : at + 1].isdecimal()
    if span_filters._PRODUCT_NUMBER.match(text, at):
        assert text[at : at + 1].isspace()
    if places_informal._WORD_BEFORE.search(text, max(0, at - 8), at):
        assert text[at - 1 : at] in places_informal._SPACE_OR_LINE


def test_a_code_after_a_name_still_vetoes_it() -> None:
    text = "my HbA1c was fine and Liv 52 recommended Liv 52 too"
    name = Span(3, 6, SpanType.NAME, Source.LEXICON, 0.5, "HbA")
    assert span_filters._not_a_name(name, text, False)  # "HbA" of "HbA1c"
    liv = Span(41, 44, SpanType.NAME, Source.LEXICON, 0.5, "Liv")
    assert span_filters._not_a_name(liv, text, False)  # "recommended Liv 52": a product
    first = Span(22, 25, SpanType.NAME, Source.LEXICON, 0.5, "Liv")
    assert not span_filters._not_a_name(first, text, False)


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Zanele’s", "zanele"),
        ("Kilbrannagh's", "kilbrannagh"),
        ("KILBRANNAGH'S", "kilbrannagh"),
        ("Toms", "toms"),
        ("Ōtaki", "otaki"),
    ],
)
def test_mention_values_lose_a_possessive(value: str, want: str) -> None:
    text = f"{value} and {want} again"
    span = Span(0, len(value), SpanType.NAME, Source.CONTEXT, 0.6, value)
    spread = names_mentions.spread([span], text, default_lexicon())
    assert [s.text for s in spread][-1].lower() == want


# -- organisations by their kind word, tried only at the capitals before one ---------------

_KIND_PIECES = [
    "Smith", "Plumbing", "Henderson", "Bros", "Hope", "House", "St", "Mary's", "Church",
    "Ebenezer", "Methodist", "First", "Baptist", "the", "Green", "Lane", "surgery",
    "Riverside", "Medical", "care", "home", "Willow", "Lodge", "O'Neill", "Al-Noor",
    "Masjid", "café", "Café", "cafe", "\n", ",", "and", "at", "X", "McDonald", "Ltd",
    "Bay", "of", "Plenty", "  ", "FC", "Villas", "ſt", "İzmir",
]  # fmt: skip


@given(st.lists(st.sampled_from(_KIND_PIECES), min_size=1, max_size=12))
@settings(max_examples=400, deadline=None)
def test_kind_regexes_tried_before_kind_words_find_what_they_found(pieces: list[str]) -> None:
    text = " ".join(pieces)
    at = windows_tokens._tokens(text).at
    for regex, kinds in employers_kinds._GATED:
        want = [m.span() for m in regex.finditer(text)]
        found = kinds.intersection(at.keys())
        if not found:
            assert not want
            continue
        starts = sorted(
            {s for w in found for k in at[w] for s in employers_kinds._run_starts(text, k)}
        )
        assert [m.span() for m in windows.matches_at(regex, text, starts)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("we called Henderson Bros Plumbing today", ["Henderson Bros Plumbing"]),
        ("mum is at Willow Lodge now", ["Willow Lodge"]),
        ("Mum is in Big Old Willow Lodge now", ["Big Old Willow Lodge"]),  # three and a kind
        ("she goes to Ebenezer Methodist", ["Ebenezer Methodist"]),
        ("went to the Riverside care home", ["Riverside"]),  # the kind word left out
        ("at Green Lane surgery", ["Green Lane"]),
        ("O'Neill-Smith Plumbing came", ["O'Neill-Smith Plumbing"]),
        ("Smith  Plumbing came", []),  # two spaces: no run
        ("Smith\nPlumbing came", []),
    ],
)
def test_kind_finder_still_finds_its_organisations(text: str, want: list[str]) -> None:
    finder = employers_kinds.KindFinder(default_lexicon())
    assert [s.text for s in finder.find(text)] == want


def test_span_init_sets_every_field_the_dataclass_declares() -> None:
    # Span's __init__ is written out: a field added to the class and not to it would be
    # left unset (an AttributeError at its first read)
    params = list(inspect.signature(Span.__init__).parameters)[1:]
    assert params == [f.name for f in dataclasses.fields(Span)]
    span = Span(1, 4, SpanType.NAME, Source.CONTEXT, 0.5, "Ana", True, "ana")
    assert all(hasattr(span, f.name) for f in dataclasses.fields(Span))
    assert dataclasses.replace(span, end=3).end == 3
