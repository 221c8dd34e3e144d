"""People named in passing, told by the company a word keeps rather than by a list.

A name the profile does not list and no word list holds ("Sipho", "Riaan", "Jess" the
ex) still comes with a shape around it that nothing else has:

- an age and sex tag after it ("Sipho M/41", "Nomvula F36"): a person in a roll call;
- a relation in brackets after it ("Jess (my ex)", "Sunny (my cousin)");
- initials that own a relative or carry an age ("J.R.'s mom", "T.J. (11)");
- a title before particles and a surname ("Dr van der Merwe", "Frau Dr. de Vries");
- a lower-case letter after "dr" ("dr k. reckons"), a rare lower-case word beside
  "n me" ("jas n me"), as people type in chats.

``pair_up`` works on the spans found: a capitalised word joined by "and" to a name is
a name ("Riaan and Annelie"), a listed given name before "and I" is a person ("Will
and I are driving"), and a word shaped like a handle where the text already has a
handle is one ("spoonie.meg too").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import FIRST, LAST, MEDICAL, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN, LANGUAGES, TEXTSPEAK
from app.redact.spans import Source, Span, SpanType

# "Sipho M/41", "Nomvula, F/36", "Lwazi M29": a word before a sex and an age.
_SEX_AGE = re.compile(r"\b([A-Z][a-z]{1,14}),?\s+(?:[MFmf]\s?/\s?\d{1,2}|[MF]\d{2})\b")
# "Jess (my ex)", "Sunny (my cousin)": a word before a bracketed relation.
_RELATION = re.compile(r"\b([A-Z][a-z]{1,14})\s+\((?:my|our|his|her|their)\s+([a-z-]+)")
# "J.R.'s mom", "T.J. (11)", "A.J. said": initials and what only a person has after them.
_INITIALS = re.compile(
    r"(?<![\w.])([A-Z]\.\s?[A-Z]\.?)(?=['’]s\s+([a-z]+)|\s+\(\d{1,2}\)"
    r"|\s+(?:said|says|told|texted|rang|called|asked|wrote|is|was|has|had)\b)"
)
# Initials that are abbreviations, never a person: countries, times, roles, treatments.
_NOT_INITIALS = frozenset(
    "us uk am pm er dc la ny un eu bc ad iv ot pt md rn np pa gp ms ps rx dr ok nz sa "
    "ie eg uv op".split()
)
# "Dr van der Merwe", "Frau Dr. de Vries": the particles and surname after a title.
_TITLE_PARTICLES = re.compile(
    r"\b(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss|Frau|Herr|Nurse|Sister)\.?\s+"
    r"((?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Ll]a|"
    r"[Ll]e|[Tt]er|[Tt]en|bin|al|el)\s+)+[A-Z][\w'’-]+)"
)
# "dr k. reckons": a lower-case initial after "dr".
_LOWER_DR_INITIAL = re.compile(r"\b(?:dr|doc)\.?\s+([a-z])\.(?=\s|$)")
# "jas n me", "me n jas", "gaz and me": a lower-case word in company with the writer.
_WITH_ME = re.compile(
    r"\b([a-z]{3,12})\s+(?:n|and|&)\s+(?:me|i)\b|\bme\s+(?:n|and|&)\s+([a-z]{3,12})\b"
)
# What the writer does with a named companion: "Will and I are driving".
_AND_I = re.compile(
    r"\b([A-Z][a-z]{1,14})\s+(?:and|&)\s+(?:me\b|I\s+(?:are|were|have|had|went|both|got|"
    r"will|would|can|did|do|used|love|met)\b|I['’](?:re|ve|ll|d)\b)"
)
_AND_BEFORE = re.compile(r"\b([A-Z][a-z]{1,14})\s+(?:and|&)\s+$")
_AND_AFTER = re.compile(r"\s+(?:and|&)\s+([A-Z][a-z]{1,14})\b(?!['’]s\s)")
# A handle without "@": letters joined by a dot or an underscore ("spoonie.meg").
_HANDLE_SHAPE = re.compile(
    r"(?<![\w@/.:-])([a-z][a-z0-9]{2,}(?:[._][a-z0-9]{2,})+)(?![\w@/-]|\.\w)"
)
# Tails that make a dotted word a domain or a file, not a handle.
_NOT_HANDLE_TAIL = frozenset(
    "com org net gov edu int info biz io co uk us au nz za ie ca de in nhs html htm php "
    "pdf jpg jpeg png gif txt doc docx xls xlsx csv zip mp3 mp4 mov app exe".split()
)


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """Names told by a tag, a bracket, initials, a title or typed company."""
    for m in _SEX_AGE.finditer(text) if "/" in text or re.search(r"[MF]\d", text) else ():
        if _could_be_name(m.group(1), lex):
            yield _name(m.start(1), m.end(1), text)
    for m in _RELATION.finditer(text) if " (" in text else ():
        if m.group(2) in KIN and _could_be_name(m.group(1), lex):
            yield _name(m.start(1), m.end(1), text)
    for m in _INITIALS.finditer(text) if "." in text else ():
        letters = re.sub(r"[.\s]", "", m.group(1)).lower()
        owned = m.group(2)
        if letters in _NOT_INITIALS or owned is not None and owned not in KIN:
            continue
        yield _name(m.start(1), m.end(1), text)
    for m in _TITLE_PARTICLES.finditer(text):
        yield _name(m.start(1), m.end(1), text)
    for m in _LOWER_DR_INITIAL.finditer(text) if "." in text else ():
        yield _name(m.start(1), m.end(1), text)
    for m in _WITH_ME.finditer(text):
        group = 1 if m.group(1) else 2
        if _rare_lower(m.group(group), lex):
            yield _name(m.start(group), m.end(group), text, uncertain=True)


def pair_up(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """Names by their company among the spans found: "and" beside a name, "and I" after
    a listed given name, a handle's shape beside a handle."""
    taken = [(s.start, s.end) for s in spans]
    more: list[Span] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    for s in spans:
        if s.type is not SpanType.NAME:
            continue
        before = _AND_BEFORE.search(text, max(0, s.start - 24), s.start)
        after = _AND_AFTER.match(text, s.end)
        for m in (before, after):
            if m and free(*m.span(1)) and _could_be_name(m.group(1), lex):
                more.append(_name(m.start(1), m.end(1), text, uncertain=True))
                taken.append(m.span(1))
    for m in _AND_I.finditer(text) if " and " in text or "&" in text else ():
        key = m.group(1).lower()
        flags = lex.flags.get(key, 0)
        if (
            flags & FIRST
            and not flags & MEDICAL
            and key not in CALENDAR
            and key not in KIN
            and free(*m.span(1))
        ):
            more.append(_name(m.start(1), m.end(1), text, uncertain=True))
            taken.append(m.span(1))
    if any(s.type is SpanType.HANDLE for s in spans):
        for m in _HANDLE_SHAPE.finditer(text):
            tail = re.split(r"[._]", m.group(1))[-1]
            if tail not in _NOT_HANDLE_TAIL and free(*m.span(1)):
                more.append(Span(*m.span(1), SpanType.HANDLE, Source.CONTEXT, 0.7, m.group(1)))
    return spans + more if more else spans


def _could_be_name(word: str, lex: Lexicon) -> bool:
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


def _rare_lower(word: str, lex: Lexicon) -> bool:
    """A lower-case word rare enough in English to be a name typed small ("jas")."""
    if (
        word in FUNCTION
        or word in CLOSED_CLASS
        or word in KIN
        or word in TEXTSPEAK
        or word in CALENDAR
        or lex.flags.get(word, 0) & MEDICAL
    ):
        return False
    return lex.zipf.get(word, 0.0) < 3.0


def _name(start: int, end: int, text: str, *, uncertain: bool = False) -> Span:
    return Span(
        start, end, SpanType.NAME, Source.CONTEXT, 0.8, text[start:end], uncertain=uncertain
    )
