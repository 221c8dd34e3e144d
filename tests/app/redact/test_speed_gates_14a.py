"""Speed steps of session 14 (SP-a) in the name finders, each against the loop or the
call it replaces: the same answers where it marks, spreads or skips something and where
it does not."""

from __future__ import annotations

import itertools

from app.profile import PrivacyProfile
from app.redact import (
    names,
    names_mentions,
    names_tokens,
    names_unknown,
    names_unknown_tiers,
    tagger_words,
)
from app.redact.engine import Detector
from app.redact.lexicon import FIRST, LAST, MEDICAL, default_lexicon
from app.redact.names_guess import unlisted
from app.redact.normalise import fold, fold_term
from app.redact.spans import Source, Span, SpanType

_LEX = default_lexicon()

# -- names_mentions.spread: a mention its own seed covers is skipped at once ---------------


def _old_spread(spans: list[Span], text: str, lex, german: bool | None = None) -> list[Span]:
    """``names_mentions.spread`` as it was: every mention walks every span kept."""
    m = names_mentions
    spans = m.names_late.add(spans, text, lex)
    spans = m.names_german.drop_words(spans, text, lex, german)
    values: dict[str, Span] = {}
    for s in spans:
        if s.type in m._CONTACTS:
            for part in m._handle_names(s, lex):
                listed = bool(lex.flag(part) & (FIRST | LAST))
                source = Source.CONTEXT if listed else Source.UNKNOWN_WORD
                values.setdefault(part, Span(s.start, s.end, SpanType.NAME, source, 0.6, part))
            continue
        if s.type not in m._TYPES:
            continue
        value = s.text.strip(" .,")
        if "'" in value or "’" in value:
            value = m._POSSESSIVE.sub("", value)
        value = fold_term(value)
        if len(value) < 3 or not value.replace("-", "").replace(" ", "").isalpha():
            continue
        if lex.flags.get(value, 0) & (MEDICAL | m.DRUG):
            continue
        values.setdefault(value, s)
    if not values:
        return spans
    folded = fold(text)
    kept = list(spans)
    changed = False
    for value, seed in values.items():
        frequent = lex.zipf_of(value) >= m._COMMON
        common = (
            frequent
            or seed.source is Source.UNKNOWN_WORD
            and (seed.type is SpanType.NAME and seed.text == value)
        )
        for start, end in m._mentions(folded.text, value):
            a, b = folded.to_original(start, end)
            inside = [s for s in kept if s.start < b and a < s.end]
            if any(s.start <= a and s.end >= b or s.type not in m._TYPES for s in inside):
                continue
            if any(s.start < a or s.end > b for s in inside):
                continue
            if (
                common
                and not text[a : a + 1].isupper()
                or (frequent and m._sentence_start(text, a))
            ):
                continue
            kept = [s for s in kept if s not in inside]
            kept.append(Span(a, b, seed.type, Source.CONTEXT, 0.6, text[a:b], uncertain=True))
            changed = True
    return sorted(kept, key=lambda s: (s.start, s.end)) if changed else spans


# Mentions covered by their seed only; others spread ("dunlavin" after "Dunlavin"); a
# seed grown over by a longer value ("Selly" of "Selly Oak"); a handle's part ("tamsin").
_SPREAD = [
    "Drove to Dunlavin on Sunday. dunlavin is dead on a Sunday, Dunlavin-based folk agree.",
    "My friend Zanele came. Zanele’s mum too, and ZANELE laughed.",
    "Moved to Selly Oak. selly oak is nice, Selly is short for it. Selly Oak again.",
    "@tamsin_k said hi. Tamsin here too, tamsin is lovely.",
    "Saw Dr Okafor today; Okafor said my bloods are fine. Okafor again next week.",
    "Hope came round. I hope she comes again; Hope is kind.",
]


def _spread_inputs(text: str) -> list[tuple[list[Span], str, bool | None]]:
    """What ``Detector.detect`` hands ``spread`` for ``text``."""
    seen: list[tuple[list[Span], str, bool | None]] = []
    real = names_mentions.spread

    def spy(spans, text, lex, german=None):
        seen.append((list(spans), text, german))
        return real(spans, text, lex, german)

    names_mentions.spread = spy
    try:
        Detector(_LEX).detect(text, PrivacyProfile())
    finally:
        names_mentions.spread = real
    return seen


def test_spread_skips_only_what_the_walk_over_every_span_skipped() -> None:
    spread_somewhere = False
    for text in _SPREAD:
        for spans, walled, german in _spread_inputs(text):
            new = names_mentions.spread(list(spans), walled, _LEX, german)
            assert new == _old_spread(list(spans), walled, _LEX, german), text
            spread_somewhere |= len(new) > len(spans)
    assert spread_somewhere  # the gate let other mentions through to be spread


def test_a_mention_away_from_its_seed_is_still_spread() -> None:
    text = "My friend Zanele came. Later zanele phoned. Zanele again."
    seed = Span(10, 16, SpanType.NAME, Source.LEXICON, 0.7, "Zanele")
    got = names_mentions.spread([seed], text, _LEX)
    assert [(s.start, s.text) for s in got] == [(10, "Zanele"), (29, "zanele"), (44, "Zanele")]
    assert got == _old_spread([seed], text, _LEX)


# -- names._place_phrase: a phrase is one tuple comparison ---------------------------------


def _old_place_phrase(finder, toks, i: int, mixed: bool) -> bool:
    phrases = finder.lex.place_phrases.get(toks[i].key)
    if not phrases or (mixed and not toks[i].raw[0].isupper()):
        return False
    for phrase in finder._longest_first(phrases):
        j = i + len(phrase)
        if (
            j <= len(toks)
            and all(toks[i + k].key == w for k, w in enumerate(phrase))
            and toks[j - 1].start - toks[i].end < 4 * len(phrase)
        ):
            return True
    return False


def _phrase_starts() -> list[tuple[str, ...]]:
    """A few multi-word place phrases of the shipped lexicon."""
    found = [p for ps in _LEX.place_phrases.values() for p in ps if len(p) in (2, 3)]
    return sorted(found)[:: max(1, len(found) // 40)][:40]


def test_place_phrases_match_as_the_word_by_word_test_did() -> None:
    finder = names.NameFinder(_LEX)
    matched = unmatched = 0
    for phrase in _phrase_starts():
        words = [w.capitalize() for w in phrase]
        texts = [
            "We went to " + " ".join(words) + " on Friday.",  # whole
            "We went to " + " ".join(words[:-1]) + " on Friday.",  # cut short
            "We went to " + " ".join(words[:-1]),  # the text ends inside the phrase
            "We went to " + ",     ".join(words) + ".",  # too far apart
        ]
        for text in texts:
            toks, _ = names_tokens._scan(text, _LEX)
            for i in range(len(toks)):
                want = _old_place_phrase(finder, toks, i, True)
                fresh, _ = names_tokens._scan(text, _LEX)
                assert finder._place_phrase(text, fresh, i, True) is want, (text, i)
                matched += want
                unmatched += not want and toks[i].key in _LEX.place_phrases
    assert matched and unmatched


# -- names._caps_mode: the words of two letters or more picked in C ------------------------


def test_caps_mode_counts_as_the_comprehension_did() -> None:
    def old(toks) -> str:
        raws = [t.raw for t in toks if len(t.raw) >= 2]
        total = len(raws)
        upper = sum(map(str.isupper, raws))
        lower = sum(map(str.islower, raws))
        if total == 0:
            return "mixed"
        if upper > 0.6 * total:
            return "upper"
        if lower > 0.97 * total:
            return "lower"
        return "mixed"

    texts = [
        "SAW DR JONES'S NURSE TODAY. I AM A BIT TIRED.",
        "JOHN's CAR IS AT THE GARAGE A B C",  # a possessive in lower case after capitals
        "saw dr jones today and i am a bit tired",
        "Saw Dr Jones today.",
        "a b c",
        "",
    ]
    modes = set()
    for text in texts:
        toks, _ = names_tokens._scan(text, _LEX)
        assert names._caps_mode(toks) == old(toks), text
        modes.add(old(toks))
    assert modes == {"upper", "lower", "mixed"}


# -- names_unknown_tiers.word_tier: flags and frequency looked up once ---------------------


def _old_tier(text: str, start: int, word: str, lex, named: bool) -> tuple[int, str]:
    nu = names_unknown_tiers
    if word.isascii():
        if word[1].isupper() or word[-1].isupper() or word.isupper():
            return 0, ""
        if "-" in word:
            parts = word.split("-")
            if len(parts[0]) == 1 or any(p[:1].islower() for p in parts):
                return 0, ""
        key = word.lower()
    elif nu.code_shaped(word):
        return 0, ""
    else:
        key = fold_term(word)
    known = nu.KNOWN_OR_OPENER
    if key in known or "-" in key and all(p in known for p in key.split("-")):
        return 0, key
    flags = lex.flags.get(key, 0)
    tier = 0 if flags & nu._BAD else nu.unexplained(key, lex)
    if not tier and (
        flags & nu._CUED_LISTED
        and not flags & nu._NOT_CUED
        or named
        and not flags & (MEDICAL | nu.DRUG)
    ):
        tier = nu.cued(text, start, key, lex)
    return tier, key


def test_tier_as_before_for_every_kind_of_word() -> None:
    texts = [
        "A nurse called Hope and my cat named Frank came with Thulisile.",
        "We moved to Reading, then drove to Dunlavin and Ōtaki.",
        "I work at Boots and my GP is at Cardiology.",
        "Started Metformin, Stopped Running, saw Kerrigan and the Beatles at Wembley.",
        "TAVI, HbA1c, G-Tube, Mandarin-speaking, Mon-Wed-Fri, Zanele-Smith.",
        # a place of Zipf 4.5-5.5 after travelling, and words of Zipf 1-2: where the
        # frequency handed on decides
        "We flew to America, then drove to Texas. Koleroga and Enodally were there.",
    ]
    tiers = set()
    for text in texts:
        for named in (False, True):
            for m in names_unknown._WORD.finditer(text):
                word = m.group()
                if len(word) < 4:
                    continue
                got = names_unknown_tiers.word_tier(text, m.start(), word, _LEX, named)
                assert got == _old_tier(text, m.start(), word, _LEX, named), word
                tiers.add(got[0])
    assert tiers == {0, names_unknown_tiers.RARE, names_unknown_tiers.COMMON}


def test_the_cue_still_looks_its_word_up_when_asked_alone() -> None:
    text = "we moved to Reading last year"
    start = text.index("Reading")
    assert names_unknown_tiers.cued(text, start, "reading", _LEX) == names_unknown_tiers.COMMON
    flags, zipf = _LEX.flag("reading"), _LEX.zipf_of("reading")
    assert (
        names_unknown_tiers.cued(text, start, "reading", _LEX, flags, zipf)
        == names_unknown_tiers.COMMON
    )
    assert unlisted("reading", flags, zipf) is False


# -- tagger_words: the opening test without a regex, candidates from the columns -----------


def test_opens_as_the_regex_says_for_every_short_gap() -> None:
    # marks, spaces (ASCII and beyond), line breaks, letters and other punctuation
    alphabet = list('a.!?:\n"“(•*- \t\r\x0b\u00a0\u2003\u2028x,;)') + ["\x1c", "\x85"]
    said = set()
    for k in range(4):
        for chars in itertools.product(alphabet, repeat=k):
            gap = "".join(chars)
            want = bool(tagger_words._SENTENCE_END.search(gap))
            assert tagger_words._opens(gap) is want, repr(gap)
            said.add(want)
    assert said == {True, False}


def test_candidates_from_the_columns_as_from_the_words() -> None:
    texts = [
        "Met Thulisile and Dr Kerrigan at the Royal Derby; took Metformin 500mg.",
        "saw jo at the shops, the the A I x2 Zanele-Smith O'Neill café Ōtaki",
        "MY MUM AND DAD WENT TO LEEDS",
        "",
    ]
    picked = 0
    for text in texts:
        ws, columns = tagger_words.split_words(text, _LEX)
        got = tagger_words.candidates(ws, columns)
        assert got == tagger_words.candidates(ws)
        assert got == [i for i, w in enumerate(ws) if tagger_words.candidate(w)]
        picked += len(got)
    assert picked
