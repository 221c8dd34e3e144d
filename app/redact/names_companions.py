"""People named in passing, told by the company a word keeps rather than by a list.

A name the profile does not list and no word list holds ("Sipho", "Riaan", "Jess" the
ex) still comes with a shape around it that nothing else has:

- an age and sex tag after it ("Sipho M/41", "Nomvula F36"): a person in a roll call;
- a relation in brackets after it ("Jess (my ex)", "Sunny (my cousin)"), or the name
  set off by commas after the relation ("Son, Ed, was updated", "my wife, rose, left");
- initials that own a relative or carry an age ("J.R.'s mom", "T.J. (11)");
- a title before particles and a surname ("Dr van der Merwe", "Frau Dr. de Vries");
- a listed given name that is also a word, doing what people do ("and Frank paid",
  "Deb is collecting"), and a rare word placed as people are ("Mags from next door",
  "Kaveh on my ward"): ``names_doing``, which also holds the tests shared here;
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
from collections.abc import Set as AbstractSet

from app.redact import names_doing
from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, Lexicon
from app.redact.medical import LAB_VALUE
from app.redact.medical_context import ACRONYMS
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN, LANGUAGES, TEXTSPEAK
from app.redact.names_doing import could_be_name, person, plain_word_opening
from app.redact.spans import Source, Span, SpanType

# "Sipho M/41", "Nomvula, F/36", "Lwazi M29": a word before a sex and an age.
_SEX_AGE = re.compile(r"\b([A-Z][a-z]{1,14}),?\s+(?:[MFmf]\s?/\s?\d{1,2}|[MF]\d{2})\b")
_SEX_AGE_GATE = re.compile(r"[MFmf] ?/ ?\d|[MF]\d\d")
# The gate's two alternatives as two scans: each opens with a set of characters, which
# Python's engine skips ahead to (an alternation of two sets it tries at every place).
_SEX_SLASH_AGE = re.compile(r"[MFmf] ?/ ?\d")
_SEX_AGE_DIGITS = re.compile(r"[MF]\d\d")
# "Jess (my ex)", "Sunny (my cousin)": a word before a bracketed relation.
_RELATION = re.compile(r"\((?:my|our|his|her|their)\s+([a-z-]+)")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]{1,14})\s+$")
# "J.R.'s mom", "T.J. (11)", "A.J. said": initials and what only a person has after them.
_INITIALS = re.compile(
    r"([A-Z]\.\s?[A-Z]\.?)(?=['’]s\s+([a-z]+)|\s+\(\d{1,2}\)"
    r"|\s+(?:said|says|told|texted|rang|called|asked|wrote|is|was|has|had)\b)"
)
# Initials that are abbreviations, never a person: countries, times, roles, treatments.
_NOT_INITIALS = frozenset(
    "us uk am pm er dc la ny un eu bc ad iv ot pt md rn np pa gp ms ps rx dr ok nz sa "
    "ie eg uv op".split()
)
# An article or possessive before initials makes them a thing: "My A.F. was back",
# "The T.B. was caught early" (a person's initials go without: "A.J. said").
_THING_BEFORE = re.compile(r"\b(?:[Mm]y|[Tt]he|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Aa]n?)\s+$")
_PARTICLES = frozenset("van von de der den du da di del della la le ter ten bin al el".split())
# "Dr van der Merwe", "Frau Dr. de Vries": the particles and surname after a title.
_TITLE_PARTICLES = re.compile(
    r"\b(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss|Frau|Herr|Nurse|Sister)\.?\s+"
    r"((?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Ll]a|"
    r"[Ll]e|[Tt]er|[Tt]en|bin|al|el)\s+)+[A-Z][\w'’-]+)"
)
# "dr k. reckons": a lower-case initial after "dr".
_LOWER_DR_INITIAL = re.compile(r"\b(?:dr|doc)\.?\s+([a-z])\.(?=\s|$)")
# "jas n me", "me n jas", "gaz and me": a lower-case word in company with the writer.
_WITH_ME = re.compile(r" (?:n|and|&) (?:me|i)\b| me (?:n|and|&) ([a-z]{3,12})\b")
_LOWER_BEFORE = re.compile(r"\b([a-z]{3,12})$")
# What the writer does with a named companion: "Will and I are driving".
# ("[A-Z](?<!\w[A-Z])" is "\b[A-Z]", written to let the engine skip ahead to a capital.)
_AND_I = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]{1,14})\s+(?:and|&)\s+(?:me\b|I\s+(?:are|were|have|had|went|both|got|"
    r"will|would|can|did|do|used|love|met)\b|I['’](?:re|ve|ll|d)\b)"
)
# A word taken, not met: "started on Levo and Ceftaz".
_TAKEN_BEFORE = re.compile(r"\b(?:on|taking|took|tried|of|prescribed|started|stopped)\s+$", re.I)
_AND_BEFORE = re.compile(r"\b([A-Z][a-z]{1,14})\s+(?:and|&)\s+$")
_AND_AFTER = re.compile(r"\s+(?:and|&)\s+([A-Z][a-z]{1,14})\b(?!['’]s\s)")
# A name's other form straight after it: "王秀英 (Wang Xiuying)", 'Gareth "Graham"'.
_ALIAS_AFTER = re.compile(
    r"\s*(?:\(|\"|“|')([A-Z][a-z]{1,14}(?:\s+[A-Z][a-z]{1,14}){0,2})(?:\)|\"|”|')"
)
# A capitalised or upper-case word straight after a name, on the same line.
_SURNAME_AFTER = re.compile(r"[ \t]([A-Z][a-z]{1,20}|[A-Z]{2,20})\b(?!['’]s\b|[-/])")
# "Son, Ed, was updated", "my wife, rose, left": a word set off by commas after kin.
_BETWEEN_COMMAS = re.compile(r",[ \t]+([A-Za-z][a-z]{1,14}),[ \t]")
_KIN_BEFORE = re.compile(r"\b([A-Za-z]+)$")
# A handle without "@": letters joined by a dot or an underscore ("spoonie.meg").
_HANDLE_SHAPE = re.compile(
    r"(?<![\w@/.:-])([a-z][a-z0-9]{2,}(?:[._][a-z0-9]{2,})+)(?![\w@/-]|\.\w)"
)
# Tails that make a dotted word a domain or a file, not a handle.
_NOT_HANDLE_TAIL = frozenset(
    "com org net gov edu int info biz io co uk us au nz za ie ca de in nhs html htm php "
    "pdf jpg jpeg png gif txt doc docx xls xlsx csv zip mp3 mp4 mov app exe".split()
)


def find(text: str, lex: Lexicon, words: AbstractSet[str]) -> Iterator[Span]:
    """Names told by a tag, a bracket, initials, a title or typed company; ``words``
    is the text's token set, to skip a pattern whose words the text lacks."""
    if "/" in text and _SEX_SLASH_AGE.search(text) or _SEX_AGE_DIGITS.search(text):
        for m in _SEX_AGE.finditer(text):
            if could_be_name(m.group(1), lex):
                yield person(m.start(1), m.end(1), text)
    for m in _RELATION.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if word and m.group(1) in KIN and could_be_name(word.group(1), lex):
            yield person(word.start(1), word.end(1), text)
    for m in _INITIALS.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
            continue
        letters = re.sub(r"[.\s]", "", m.group(1)).lower()
        owned = m.group(2)
        if owned is not None and owned not in KIN or _abbreviation(letters, lex):
            continue
        if LAB_VALUE.match(letters + text[m.end(1) : m.end(1) + 24]):
            continue  # "B.P. was 150/90": a reading and its value
        if _THING_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not owned:
            if not text.startswith((" (", "("), m.end(1)):  # "my T.J. (11)" is a child
                continue
        yield person(m.start(1), m.end(1), text)
    if not words.isdisjoint(_PARTICLES):
        for m in _TITLE_PARTICLES.finditer(text):
            yield person(m.start(1), m.end(1), text)
    if "dr" in words or "doc" in words:
        for m in _LOWER_DR_INITIAL.finditer(text):
            yield person(m.start(1), m.end(1), text)
    yield from names_doing.find(text, lex)
    for m in _BETWEEN_COMMAS.finditer(text) if not words.isdisjoint(KIN) else ():
        kin = _KIN_BEFORE.search(text, max(0, m.start() - 14), m.start())
        if kin and kin.group(1).lower() in KIN and _named_aside(m.group(1), lex):
            yield person(m.start(1), m.end(1), text)
    for m in _WITH_ME.finditer(text):
        if m.group(1):  # "me n jas"
            word: re.Match[str] | None = m
            group = 1
        else:  # "jas n me"
            word = _LOWER_BEFORE.search(text, max(0, m.start() - 13), m.start())
            group = 1
        if word and _rare_lower(word.group(group), lex):
            yield person(word.start(group), word.end(group), text, uncertain=True)


def pair_up(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """Names by their company among the spans found: "and" beside a name, a name's
    other form in brackets or quotes after it, a surname after a given name ("Art
    White"), "and I" after a listed given name, a handle's shape beside a handle (a
    dotted one with a part no common word is: "spoonie.meg", not "noted.no" typed
    without its space). Each looks at the characters next to a name before a pattern."""
    taken = [(s.start, s.end) for s in spans]
    more: list[Span] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def add(span: Span) -> None:
        more.append(span)
        taken.append((span.start, span.end))

    grown: dict[int, Span] = {}
    for i, s in enumerate(spans):
        if s.type is not SpanType.NAME:
            continue
        for m in _beside_and(text, s):
            if (
                free(*m.span(1))
                and could_be_name(m.group(1), lex)
                and not _TAKEN_BEFORE.search(text, max(0, m.start(1) - 14), m.start(1))
            ):
                add(person(m.start(1), m.end(1), text, uncertain=True))
        after = text[s.end : s.end + 2]
        alias = _ALIAS_AFTER.match(text, s.end) if after[-1:] in "(\"“'" else None
        if alias and _alias_of(s.text, alias.group(1), lex):
            add(person(alias.start(1), alias.end(1), text, uncertain=True))
        surname = _SURNAME_AFTER.match(text, s.end) if after[-1:].isupper() else None
        if surname and free(*surname.span(1)) and _surname(s.text, surname.group(1), lex):
            # one span with its given name, so no word list later takes the surname
            # alone for a disease's ("Arthur Wilson")
            end = surname.end(1)
            grown[i] = Span(s.start, end, s.type, s.source, s.confidence, text[s.start : end])
            taken.append(surname.span(1))
    if grown:
        spans = [grown.get(i, s) for i, s in enumerate(spans)]
    for m in _AND_I.finditer(text) if " and " in text or "&" in text else ():
        key = m.group(1).lower()
        flags = lex.flags.get(key, 0)
        if flags & FIRST and not flags & MEDICAL and key not in CALENDAR and key not in KIN:
            zipf = lex.zipf.get(key, 0.0)
            if free(*m.span(1)) and not plain_word_opening(text, *m.span(1), flags, zipf):
                add(person(m.start(1), m.end(1), text, uncertain=True))
    if any(s.type is SpanType.HANDLE for s in spans):
        for m in _HANDLE_SHAPE.finditer(text):
            parts = re.split(r"[._]", m.group(1))
            if parts[-1] in _NOT_HANDLE_TAIL or not free(*m.span(1)):
                continue
            if "_" in m.group(1) or any(lex.zipf.get(p, 0.0) < 3.0 for p in parts):
                add(Span(*m.span(1), SpanType.HANDLE, Source.CONTEXT, 0.7, m.group(1)))
    return spans + more if more else spans


def _beside_and(text: str, span: Span) -> Iterator[re.Match[str]]:
    """The capitalised word joined by "and" or "&" to a name, before it and after it."""
    if text.endswith((" and ", " & "), 0, span.start):
        before = _AND_BEFORE.search(text, max(0, span.start - 24), span.start)
        if before:
            yield before
    if text.startswith((" and ", " & "), span.end):
        after = _AND_AFTER.match(text, span.end)
        if after:
            yield after


def _alias_of(name: str, alias: str, lex: Lexicon) -> bool:
    """Whether ``alias`` in brackets or quotes after ``name`` is its other form: words
    that could be names, listed names unless the name is in another script ("王秀英
    (Wang Xiuying)"); "Lukas (Mukoviszidose)" is his condition."""
    words = alias.split()
    if not all(could_be_name(w, lex) for w in words):
        return False
    return not name.isascii() or all(lex.flags.get(w.lower(), 0) & (FIRST | LAST) for w in words)


def _surname(given: str, word: str, lex: Lexicon) -> bool:
    """Whether ``word`` after the name ``given`` is its surname: the name ends in a
    listed given name and the word is a listed surname, an eponym's too ("Art White",
    "Arthur Wilson"), or a rare word ("Patricia WAITE"); never a function word, day,
    kin, drug or acronym."""
    last = given.split()[-1].lower() if given.split() else ""
    if not lex.flags.get(last, 0) & FIRST:
        return False
    key = word.lower()
    flags = lex.flags.get(key, 0)
    if (
        key in FUNCTION
        or key in CLOSED_CLASS
        or key in CALENDAR
        or key in KIN
        or key in LANGUAGES
        or flags & DRUG
        or word.isupper()
        and len(word) < 5  # "Sarah UK", "Tom TSH", "Jake ADHD"
    ):
        return False
    zipf = lex.zipf.get(key, 0.0)
    if flags & LAST and not (flags & MEDICAL and word.isupper()):
        return zipf < 5.3  # "Arthur Wilson" whatever the disease; not "Jess Good"
    if word.isupper() and given.isupper():
        return False  # all capitals ("QUINTIN CATHETER"): only a listed surname
    return not flags & MEDICAL and zipf < 3.5


def _named_aside(word: str, lex: Lexicon) -> bool:
    """A word set off after kin that names them: a listed given name ("Will", "rose")
    or, capitalised, any word that could be a name; not "though", "bless" or "now"."""
    key = word.lower()
    flags = lex.flags.get(key, 0)
    if flags & DRUG or key in CALENDAR or key in KIN or key in TEXTSPEAK:
        return False
    if word[0].isupper():  # "Son, Ed, was updated" (not the ED), "husband, Will, drove"
        return bool(flags & FIRST) or not flags & MEDICAL and could_be_name(word, lex)
    return bool(flags & FIRST) and not flags & MEDICAL and lex.zipf.get(key, 0.0) < 6.0


def _abbreviation(letters: str, lex: Lexicon) -> bool:
    """Initials' letters that are an abbreviation, never a person: a country, a time or
    a role ("U.K.", "P.M.", "G.P."), or a condition or a place of care the medical
    lists know ("M.E.", "T.B.", "C.F.", "E.D.")."""
    return (
        letters in _NOT_INITIALS or letters in ACRONYMS or bool(lex.flags.get(letters, 0) & MEDICAL)
    )


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
