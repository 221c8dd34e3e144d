"""Names given in a field or by naming words: "Name: Toshimi Arata", "a girl called
Addison", "Remember me, Mary?".

The cue outweighs the word lists here ("a baby named Addison" is a name even though
Addison's is a disease), unless a thing is being named ("a drug called Ozempic"). Split
from ``names_extra``: one concern, names told by the words that introduce them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_at import may_hold
from app.redact.windows_tokens import token_set

NAME_FIELD = re.compile(
    r"(?i:\b(?:name|full name|patient name|maiden name|surname|last name|first name|"
    r"given name|my name is|i['’]m called|call me|named|name['’]s)(?:\s+(?:is|was))?)"
    r"\s*[:?]?[ \t]+([A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|(?:de|van|von|ten|der|la|da|di)\b)){0,3})"
)
# "a girl called Addison", "she's called Hope": "called" in its naming sense, after a
# verb "to be" or a noun (never after a pronoun, where it is the telephone: "I called").
NAME_CALLED = re.compile(
    r"\b((?:is|was|are|were|be|been|being)|[a-z]{2,})[ \t]+called[ \t]+"
    r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)
_PHONE_SUBJECT = frozenset(
    "i we you he she they who it just then also finally never ever have has had "
    "and but so ve d ll already again back".split()
)
# A thing named before the name, so the name is the thing's ("a drug called Ozempic",
# "a condition named Addison's"), and a condition noun after it ("Addison's disease").
_THING_BEFORE = re.compile(
    r"(?i:\b(?:drugs?|medications?|meds?|medicines?|pills?|tablets?|capsules?|injections?|"
    r"jabs?|vaccines?|creams?|inhalers?|supplements?|markers?|tests?|scans?|conditions?|"
    r"diseases?|disorders?|syndromes?|illness|infections?|genes?|mutations?|proteins?|"
    r"antibod(?:y|ies)|enzymes?|hormones?|treatments?|therap(?:y|ies)|procedures?|"
    r"brands?|products?|things?|something|stuff|devices?|pumps?|apps?|vitamins?|"
    r"minerals?|herbs?|remed(?:y|ies)|steroids?|biologics?|antibiotics?)"
    r"(?:['’]s)?(?:[ \t]+[\w'’]+){1,3}[ \t]*:?[ \t]+$)"
)
_CONDITION_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?i:disease|syndrome|palsy|disorder|sign|phenomenon|test|"
    r"criteria|score|scale)\b"
)
# "Remember me, Mary?", "Thanks, Priya!", "Asya's kid": a listed name as the one spoken
# to, or owning something.
VOCATIVE = re.compile(r"(?:,\s|\bat\s)([A-Z][a-z]+)(?=[?!:]|\s*$)|\b([A-Z][a-z]+)(?=['’]s\s+[a-z])")
# VOCATIVE's two alternatives as scans that open with a character (Python's engine skips
# ahead to it quickly; VOCATIVE opens with \b and is tried at every place): a word after
# ", " or "at " ("at(?<!\wat)" is "\bat"), and a capitalised word before "'s"
# ("[A-Z](?<!\w[A-Z])" is "\b[A-Z]"). A word is followed by "?", "!", ":" or the end,
# or by "'s", never both, and neither opening lies inside the other's word: their
# matches never overlap, so merged by start they are VOCATIVE's own.
_SPOKEN_TO = re.compile(r"(?:,\s|at(?<!\wat)\s)([A-Z][a-z]+)(?=[?!:]|\s*$)")
_OWNER = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)(?=['’]s\s+[a-z])")
# Every NAME_FIELD cue holds one of these as a whole token ("i'm called", "name's").
_FIELD_WORDS = frozenset(["name", "surname", "named", "called", "call"])


def _may_address(text: str) -> bool:
    """Whether VOCATIVE can match: it needs "?", "!", ":" or a possessive after its
    word, or the word last in the text (before spaces only)."""
    return any(c in text for c in ("?", "!", ":", "'s", "’s")) or text.rstrip()[-1:] in _ASCII_LOWER


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def vocatives(text: str) -> list[tuple[int, int, str]]:
    """The group (start, end, word) of each VOCATIVE match, in order: two quick scans
    (``_SPOKEN_TO``, ``_OWNER``) instead of one tried at every place."""
    found = [(m.start(), m.span(1), m.group(1)) for m in _SPOKEN_TO.finditer(text)]
    if "'s" in text or "’s" in text:  # what _OWNER's lookahead needs
        owners = [(m.start(), m.span(1), m.group(1)) for m in _OWNER.finditer(text)]
        if owners:
            found = sorted(found + owners) if found else owners
    return [(a, b, word) for _, (a, b), word in found]


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """ "Name: Toshimi Arata", "her maiden name is Clark", "she named him Frank",
    "Remember me, Mary?", "Asya's kid"."""
    flags, zipf = lex.flags, lex.zipf
    for m in NAME_FIELD.finditer(text) if may_hold(text, _FIELD_WORDS) else ():
        words = m.group(1).split()
        if words[0].lower() in FUNCTION or words[0].lower() in CLOSED_CLASS:
            continue
        if any(c.isdigit() for c in words[0]):
            continue  # "a marker named CA-125": no one's name
        source = Source.CONTEXT
        if _medical_word(words[0], lex):
            if _thing_named(text, m.start(1)):
                continue  # "a drug named Ozempic", "named Addison's disease"
            source = Source.PATTERN  # "a baby named Addison": the cue outweighs lists
        yield Span(m.start(1), m.end(1), SpanType.NAME, source, 0.85, m.group(1))
    # NAME_CALLED needs "called" between spaces: a whole token of the text
    for m in NAME_CALLED.finditer(text) if "called" in token_set(text) else ():
        word = m.group(2).split()[0]
        if m.group(1).lower() in _PHONE_SUBJECT or word.lower() in FUNCTION:
            continue  # "I called Boots": the telephone, left to the other finders
        if not _medical_word(word, lex) or _thing_named(text, m.start(2)):
            continue  # an ordinary name here is found by the other finders, as before
        yield Span(m.start(2), m.end(2), SpanType.NAME, Source.PATTERN, 0.85, m.group(2))
    for start, end, word in vocatives(text) if _may_address(text) else ():
        key = word.lower()
        if (
            flags.get(key, 0) & (FIRST | LAST)
            and zipf.get(key, 0.0) < 5.0
            and key not in CALENDAR
            and not flags.get(key, 0) & MEDICAL
        ):
            yield Span(start, end, SpanType.NAME, Source.CONTEXT, 0.7, word, uncertain=True)


def _medical_word(word: str, lex: Lexicon) -> bool:
    key = word.lower()
    flags = lex.flags
    return bool((flags.get(key, 0) | flags.get(re.sub(r"['’]s$", "", key), 0)) & (MEDICAL | DRUG))


def _thing_named(text: str, start: int) -> bool:
    """After "named"/"called" a capitalised word is a name whatever lists hold it
    ("a baby named Addison"), unless a thing is being named ("a drug called
    Ozempic") or a condition noun follows ("called Addison's disease")."""
    end = start + len(text[start:].split(None, 1)[0].rstrip(".,;:!?)"))
    return bool(
        _CONDITION_AFTER.match(text, end) or _THING_BEFORE.search(text, max(0, start - 40), start)
    )
