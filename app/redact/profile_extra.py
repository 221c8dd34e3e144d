"""More out of the profile: short forms, nicknames, whole terms, and ordinary words.

- Places and employers go by their initials ("the JR" for John Radcliffe, "N&N" for
  Norfolk and Norwich, "RD&E"); these are matched in capitals only, since "jr" or "n&n"
  in lower case are rarely the place.
- A given name matches its nicknames ("Elizabeth" → "Liz", "Beth"), and a nickname its
  full name.
- A match on one word of a term grows over the term's other words next to it ("St"
  and "Hospital" of "St Mary's Hospital" are generic alone, but not beside "Mary's").
- A profile word that is also an ordinary word ("hope", "frank", "boots") is taken only
  where it is used as a name: capitalised mid-sentence, after a person cue, or before
  a verb of speech.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from app.profile import PrivacyProfile, ProfileTerm
from app.redact.lexicon import DICT_WORD, Lexicon
from app.redact.names_cues import KIN, TITLES
from app.redact.normalise import fold_term
from app.redact.profile_match import KIND_TYPES
from app.redact.profile_scan import leftmost, literal_shape
from app.redact.spans import Source, Span, SpanType

_SKIP_IN_INITIALS = frozenset(["of", "the", "and", "&", "for", "at", "in", "on", "de"])
_GENERIC_TAIL = frozenset(
    [
        "hospital",
        "hospitals",
        "clinic",
        "centre",
        "center",
        "nhs",
        "trust",
        "foundation",
        "infirmary",
        "ltd",
        "plc",
        "inc",
        "llc",
        "surgery",
        "practice",
        "university",
        "teaching",
    ]
)


@cache
def nicknames() -> dict[str, frozenset[str]]:
    """Folded given name → its nicknames, and each nickname → its full names."""
    text = resources.files("app.redact.data").joinpath("nicknames.txt").read_text("utf-8")
    table: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, nicks = line.partition(":")
        name = name.strip().lower()
        for nick in nicks.split():
            table.setdefault(name, set()).add(nick)
            table.setdefault(nick, set()).add(name)
    return {k: frozenset(v) for k, v in table.items()}


def acronyms(term: ProfileTerm) -> list[str]:
    """ "John Radcliffe Hospital" → ["JRH", "JR"]; "Norfolk and Norwich" → ["N&N", "NN"]."""
    words = [w for w in re.split(r"[\s-]+", term.text) if w]
    if len(words) < 2:
        return []
    out: list[str] = []
    for keep_generic in (True, False):
        kept = [w for w in words if keep_generic or w.lower().strip("'’s") not in _GENERIC_TAIL]
        plain = "".join(w[0].upper() for w in kept if w.lower() not in _SKIP_IN_INITIALS)
        amp = "".join(
            "&" if w.lower() in ("and", "&") else w[0].upper()
            for w in kept
            if w.lower() not in ("of", "the", "for", "at", "in", "on")
        )
        for form in (plain, amp):
            if len(form.replace("&", "")) >= 2 and form not in out:
                out.append(form)
    return out


@cache
def _acronym_forms(profile: PrivacyProfile) -> tuple[tuple[str, ...], tuple[ProfileTerm, ...]]:
    """The short forms of the profile's places and employers, longest first."""
    terms = [t for t in profile.terms if t.kind in ("place", "employer")]
    forms: dict[str, ProfileTerm] = {}
    for term in terms:
        for form in acronyms(term):
            forms.setdefault(form, term)
    order = sorted(forms, key=len, reverse=True)
    return tuple(order), tuple(forms[f] for f in order)


@cache
def _nickname_forms(profile: PrivacyProfile) -> tuple[tuple[str, ...], tuple[ProfileTerm, ...]]:
    """The nicknames of the profile's people, longest first."""
    table = nicknames()
    forms: dict[str, ProfileTerm] = {}
    for term in profile.terms:
        if term.kind not in ("self", "person"):
            continue
        for word in re.split(r"[\s-]+", fold_term(term.text)):
            for nick in table.get(word, ()):
                forms.setdefault(nick, term)
    order = sorted(forms, key=len, reverse=True)
    return tuple(order), tuple(forms[f] for f in order)


@cache
def _nickname_regex(profile: PrivacyProfile) -> re.Pattern[str]:
    """The nicknames in any case, for a text or a nickname beyond ASCII."""
    order, _terms = _nickname_forms(profile)
    return re.compile(
        r"(?<![\w'’])(?:" + "|".join(f"({re.escape(f)})" for f in order) + r")(?![\w])",
        re.IGNORECASE,
    )


def find(text: str, profile: PrivacyProfile, lex: Lexicon) -> list[Span]:
    """Acronym and nickname matches for the profile's terms."""
    out: list[Span] = []
    for start, end, term in _acronyms_in(text, profile):
        out.append(
            Span(
                start,
                end,
                KIND_TYPES[term.kind],
                Source.PROFILE,
                0.9,
                text[start:end],
                False,
                term.text,
            )
        )
    for start, end, term in _nicknames_in(text, profile):
        span = Span(
            start, end, SpanType.NAME, Source.PROFILE, 0.85, text[start:end], False, term.text
        )
        if used_as_name(text, span, lex):
            out.append(span)
    return out


# The acronym and nickname alternations ("(?<![\w&])(?:JR|N&N)(?![\w&])", the
# nicknames in any case) are found by str.find as their regexes found them
# (profile_scan.leftmost): a profile per record compiled both for every record.
def _acronyms_in(text: str, profile: PrivacyProfile) -> list[tuple[int, int, ProfileTerm]]:
    order, terms = _acronym_forms(profile)
    live = [i for i, form in enumerate(order) if form in text]
    found = leftmost(text, [literal_shape(order[i], "&", "&") for i in live])
    return [(a, b, terms[live[k]]) for a, b, k in found]


def _nicknames_in(text: str, profile: PrivacyProfile) -> list[tuple[int, int, ProfileTerm]]:
    order, terms = _nickname_forms(profile)
    if not order:
        return []
    if not (text.isascii() and all(form.isascii() for form in order)):
        regex = _nickname_regex(profile)  # case beyond ASCII: the regex, as before
        return [(m.start(), m.end(), terms[(m.lastindex or 1) - 1]) for m in regex.finditer(text)]
    lower = text.lower()
    live = [i for i, form in enumerate(order) if form.lower() in lower]
    found = leftmost(lower, [literal_shape(order[i].lower(), "'’", "") for i in live])
    return [(a, b, terms[live[k]]) for a, b, k in found]


_SPEECH = re.compile(
    r"['’]?s?\s*(?:,\s*)?(?:said|says|told|tells|asked|texted|rang|called|drove|came|went|"
    r"and i|and me|wrote|replied|messaged|is|was|has|had|sat|stayed|took|made|brought|"
    r"picked|helped|left|got|gets|will|would|who|thinks|thought|knows|knew|loves|wants|"
    r"needs|sent|cooked|found|spotted|noticed|reckons|keeps|kept|did|does|can|could|fell|"
    r"slept|works|worked|lives|lived|died|turned|turns|started|stopped|[a-z]+ed)\b"
    r"|\s*\((?:my|our|his|her|their|the|a)\b|,\s*(?:my|our|his|her|their)\s",
    re.IGNORECASE,
)


# What only a person does, for a listed word written in lower case ("hope is" may be hope).
_PERSON_ACT = re.compile(
    r"['’]?s?\s*(?:\(\d{1,3}\)|\((?:my|our|his|her|their)\b|,\s*(?:my|our|his|her|their)\s"
    r"|(?:said|says|told|tells|asked|texted|rang|rung|called|drove|brought|picked|"
    r"helped|turned|turns|reckons|cooked|visited|messaged|replied|wrote|phoned|"
    r"came round|came over)\b)",
    re.IGNORECASE,
)
_THING_BEFORE = re.compile(r"\b(?:a|an|the|some|any|this|that|of|no|much|more|less)\s+$")


def used_as_name(text: str, span: Span, lex: Lexicon) -> bool:
    """Whether a profile word that is also an ordinary word is used as a name here."""
    words = span.text.split()
    if len(words) == 2 and len(words[0].strip(".")) == 1:  # "S. Hope", or "I hope"
        if words[0] in ("I", "A") and not words[1][0].isupper():
            return False
        words = words[1:]
    if len(words) != 1:
        return True
    key = fold_term(words[0]).removesuffix("'s").removesuffix("’s")
    if not _ordinary(key, lex):
        return True
    raw = words[0]
    if raw.isupper() and len(raw) > 1:
        return True  # "GH", "BOOTS": an acronym or a shout, as the user listed it
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if letters and not 0.03 < upper / len(letters) < 0.6:
        return True  # all capitals or all lower case: the user said this word is theirs
    before = text[max(0, span.start - 30) : span.start]
    cue = re.search(r"([A-Za-z]+)\.?\s+$", before)
    if cue and (cue.group(1).lower() in KIN or cue.group(1).lower() in TITLES):
        return True
    if _SPEECH.match(text, span.end) and raw[0].isupper():
        return True
    if raw.islower() and _PERSON_ACT.match(text, span.end) and not _THING_BEFORE.search(before):
        return True  # "josh turned 17", "jean rang", "amber (13) made tea": a person
    if raw[0].isupper() and (
        raw.endswith(("'s", "’s")) or text[span.end : span.end + 2] in ("'s", "’s")
    ):
        return True  # "Reed's car": a possessive is a person's
    sentence_start = re.search(r"(?:^|[.!?\n]\s*|[\"“(]\s*)$", before) is not None
    if sentence_start and raw[0].isupper() and (_HERE.match(text, span.end) or _signed(text, span)):
        return True  # "Dot here from Bendigo", "Thank you. Colin" at the end of a post
    return raw[0].isupper() and not raw.isupper() and not sentence_start


# "Dot here", "Frank here again": a writer introducing themselves.
_HERE = re.compile(r"\s+here\b(?!\s+(?:is|are|was|were)\b)")
# What may follow a signature on its line: a kiss, a full stop.
_SIGN_OFF = re.compile(r"[ \t]*(?:x+)?[ \t]*[.!]?[ \t]*", re.IGNORECASE)


def _signed(text: str, span: Span) -> bool:
    """A name that ends the post ("Thanks all. Colin") or stands alone on its line."""
    end = _SIGN_OFF.match(text, span.end)
    after = end.end() if end else span.end
    if not text[after:].strip():
        return True
    line_start = span.start == 0 or text[span.start - 1] == "\n"
    return line_start and text[after : after + 1] == "\n"


def used_as_names(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """The profile matches used as names; ordinary words next to another match of the
    profile count as a name together ("sacred heart" when both words are listed)."""
    ok = [used_as_name(text, s, lex) for s in spans]
    ordered = sorted(range(len(spans)), key=lambda i: spans[i].start)
    for a, b in zip(ordered, ordered[1:]):
        if text[spans[a].end : spans[b].start] in (" ", "-") and spans[a].term != spans[b].term:
            ok[a] = ok[b] = True
    return [s for s, keep in zip(spans, ok) if keep]


def _ordinary(key: str, lex: Lexicon) -> bool:
    """A common English word ("hope", "boots"), not only a name ("Sarah") nor a rare word
    that is also a surname ("muller"), which is redacted wherever it appears."""
    for form in (key, key.removesuffix("s"), key.removesuffix("es")):
        flags = lex.flags.get(form)
        known = flags is None or flags & DICT_WORD  # a plain word, or a name that is one
        if known and lex.zipf.get(form, 0.0) >= 4.0:
            return True
    return False


def grow(spans: list[Span], text: str) -> list[Span]:
    """Grow each profile match over the words of its own term next to it."""
    out = []
    for s in spans:
        if s.source is not Source.PROFILE or not s.term:
            out.append(s)
            continue
        words = {
            w.strip("'’")
            for w in re.split(r"[\s\-]+", fold_term(s.term))
            if len(w) > 1 and w not in _SKIP_IN_INITIALS and w.rstrip(".") not in TITLES
        }  # a letter ("A") grows over nothing: "Vitamin A. A said" is two things
        start, end = s.start, s.end
        while True:
            m = re.search(r"([\w'’.]+)[ -]$", text[max(0, start - 30) : start])
            if m and fold_term(m.group(1)).strip("'’.") in words | {w + "." for w in words}:
                start -= len(m.group())
                continue
            break
        while True:
            m = re.match(r"[ -]([\w'’.]+)", text[end : end + 30])
            if m and fold_term(m.group(1)).strip("'’.").removesuffix("'s") in words:
                end += len(m.group())
                continue
            break
        out.append(s if (start, end) == (s.start, s.end) else s.moved(start, end, text))
    return out
