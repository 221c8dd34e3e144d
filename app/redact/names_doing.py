"""A capitalised word doing what only people do, and whether a word could be a name.

Split from ``names_companions``: a listed given name that is also a word ("and Frank
paid", "Deb is collecting"), a rare word placed as people are ("Mags from next door",
"Kaveh on my ward"); and the tests every finder there shares (``could_be_name``,
``person``, ``plain_word_opening``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import DICT_WORD, DRUG, FIRST, LAST, MEDICAL, Lexicon
from app.redact.medical_company import PERSON_ACT
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN, LANGUAGES
from app.redact.names_guess import person_after, rare_unknown, unlisted
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import _tokens
from app.redact.word_trie import word_trie

# A capitalised word and the word after it, which a person's doing starts with.
# ("[A-Z](?<!\w[A-Z])" is "\b[A-Z]" written so that Python's engine skips ahead to a
# capital instead of trying every place of the text.)
_CAPITAL_NEXT = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]{1,14})\s+([a-z]+)")
# An article straight before a capitalised word: "the Bill passed" names no one.
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?) $")
# A place's preposition before a capitalised word or two: "at Mayo", "from Box Hill".
_PLACE_BEFORE = re.compile(r"\b(?:[Aa]t|[Ff]rom|[Ii]n|[Nn]ear)\s+(?:[A-Z][\w'’-]*\s+){0,2}$")
# Where a sentence opens, so a capital says nothing of a name.
_OPENING = re.compile(r"(?:^|[.!?:;\n]|^\s*[-*•])[\s\"“'‘(]*$")
# Where people are and things are not: "Mags from next door", "Kaveh on my ward".
_PLACED = re.compile(
    r"\s+(?:(?:from\s+)?next\s+door|(?:on|in|from|at)\s+(?:my|our)\s+(?:ward|team|shift|"
    r"course|class|group|office|street|road|unit|floor|block|choir|church|gym))\b"
)
# Endings of the words for people's jobs ("Urologist", "Physio", "Carer").
ROLE_ENDS = ("ist", "ian", "er", "or", "io")
# "Deb is collecting": a person busy with something no drug or town does; the first
# four only a person does, where weather or a feeling may come, help or stay.
_BUSY = re.compile(
    r"\s+(?:is|was)\s+(?:(collecting|driving|babysitting|minding)|coming|bringing|picking|"
    r"staying|visiting|cooking|helping|sorting)\b"
)


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """A capitalised word doing what only people do: a listed given name that is also
    a word ("Frank paid the parking"), or a rare word no list holds ("Mags from next
    door", "Kaveh on my ward"); drugs are neither ("Humira helped", "Keytruda works"),
    nor is a word after "at", "from", "in" or "near" ("the surgeon at Mayo wants"),
    which the place finders type. The gate is the word after the capitalised one: only
    a word followed by one the doing can start with is looked up."""
    flags_of, zipf_of = lex.flags, lex.zipf
    for m in _CAPITAL_DOING.finditer(text):
        key = m.group(1).lower()
        flags, zipf = flags_of.get(key, 0), zipf_of.get(key, 0.0)
        if flags & (MEDICAL | DRUG) or _ARTICLE_BEFORE.search(
            text, max(0, m.start() - 4), m.start()
        ):
            continue
        if _PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        end = m.end(1)
        if flags & FIRST and zipf < 5.5:
            if plain_word_opening(text, m.start(1), end, flags, zipf):
                busy = _BUSY.match(text, end)  # "Tom is driving", not "Joy is helping"
                loose = m.group(2) in _LOOSE_ACTS  # "Chase called", not "Frank paid"
                doing = bool(busy and busy.group(1)) or not loose and _first_doing(text, end)
            else:
                doing = _first_doing(text, end)
        elif not flags & (FIRST | LAST) and zipf < 3.5 and len(key) > 2:
            if unlisted(key, flags, zipf) or (
                rare_unknown(key, flags, zipf) and not whole_word_starts(text, key)
            ):  # "Kaveh", "Shug says"; not "Urologist", nor a word also written small
                doing = _rare_doing(text, end)
            else:  # "Mags from next door", not "Physio on my ward"
                doing = not key.endswith(ROLE_ENDS) and _PLACED.match(text, end) is not None
        else:
            continue
        if doing and could_be_name(m.group(1), lex):
            yield person(m.start(1), end, text, uncertain=True)


# Words a person's doing starts with, to skip the tests after most capitalised words:
# those of the patterns above and the first words of ``names_guess.person_after`` that
# they lack. Common words ("is", "was", "and", "from") are among them, so nearly every
# text holds one: the gate is per word, on the word after a capital, not per text.
_DOING_HEADS = frozenset(
    re.findall(r"[a-z]+", PERSON_ACT.pattern + _BUSY.pattern + _PLACED.pattern)
) | frozenset(
    """paid pays made took gave sent let sacked fired hired promoted offered refused
    denied approved employs employed works worked lives lived is was from and""".split()
)


def plain_word_opening(text: str, start: int, end: int, flags: int, zipf: float) -> bool:
    """A listed given name that is mostly an ordinary word ("Hope", "Joy", "Storm",
    "Chase": in the dictionary, Zipf 4.3 or more) where its capital says nothing: it
    opens a sentence and is written nowhere else in the text with a capital mid-sentence.
    There "and I", "is helping" or "called" after it is no cue ("Hope and I have been
    fighting this flare"). A modal or other closed-class word ("Will", "May") is no
    noun that could do those, so its capital still counts ("Will and I are driving")."""
    if not flags & DICT_WORD or zipf < 4.3 or text[start:end].lower() in CLOSED_CLASS:
        return False
    if not _OPENING.search(text, max(0, start - 6), start):
        return False
    word = text[start:end]
    return not any(
        not _OPENING.search(text, max(0, at - 6), at) for at in whole_word_starts(text, word)
    )


def whole_word_starts(text: str, word: str) -> list[int]:
    """Where ``re.finditer(rf"\\b{word}\\b", text)`` matches, for a word of ASCII
    letters: read off the shared token table (such a match is a whole token lowering to
    ``word.lower()``, with no "_" beside it) instead of a new regex tried at every place."""
    if not (word.isascii() and word.isalpha()):
        return [m.start() for m in re.finditer(rf"\b{word}\b", text)]
    n = len(word)
    return [
        at
        for at in _tokens(text).at.get(word.lower(), ())
        if text.startswith(word, at)
        and (at == 0 or text[at - 1] != "_")
        and text[at + n : at + n + 1] != "_"
    ]


# _CAPITAL_NEXT's matches whose second word is one of _DOING_HEADS, found by one scan:
# the same matches, since no other match can start inside one left out (a capital
# starts each, and a match holds no capital after its first letter). The heads are a
# trie (``word_trie``): the engine tried the 150 words one after another at every
# capitalised word; only the whole run of small letters can be followed by no other.
_CAPITAL_DOING = re.compile(
    _CAPITAL_NEXT.pattern.removesuffix("([a-z]+)")
    + f"((?:{word_trie(sorted(_DOING_HEADS))})(?![a-z]))"
)

# Doings a storm, a feeling or a firm has too: "Storm is coming", "Joy helps", "Chase
# called about the bill"; after an ordinary word opening a sentence they are no cue.
_LOOSE_ACTS = frozenset("is was and called calls came comes helped helps went wants".split())


def _first_doing(text: str, end: int) -> bool:
    return bool(person_after(text, end) or _BUSY.match(text, end) or _PLACED.match(text, end))


def _rare_doing(text: str, end: int) -> bool:
    return bool(PERSON_ACT.match(text, end) or _PLACED.match(text, end))


def could_be_name(word: str, lex: Lexicon) -> bool:
    """A capitalised word that may name a person: no function word, day, kin, language
    or medicine, and no ordinary word unless it is also a listed name ("Frank")."""
    key = word.lower()
    flags = lex.flags.get(key, 0)
    if (
        key in FUNCTION
        or key in CLOSED_CLASS
        or key in CALENDAR
        or key in KIN
        or key in LANGUAGES
        or flags & MEDICAL
    ):
        return False
    zipf = lex.zipf.get(key, 0.0)
    return zipf < 4.0 or bool(flags & (FIRST | LAST)) and zipf < 5.0


def person(start: int, end: int, text: str, *, uncertain: bool = False) -> Span:
    return Span(
        start, end, SpanType.NAME, Source.CONTEXT, 0.8, text[start:end], uncertain=uncertain
    )
