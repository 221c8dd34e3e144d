"""Medical abbreviations are medicine, whatever slot a finder read them in.

"agreed to HRT", "a free PrEP clinic", "diagnosed with ALS at", "B-ALL", "ADHS Diagnose":
a place, name or employer slot ("to X", "a X clinic", "X at") takes a word in capitals
as readily as a town's or a firm's, and the post loses the condition or treatment the
entry is about. The lexicon keys words in lower case, where many of these are towns,
names or ordinary words ("als", "prep", "pe"), so it cannot say they are medicine; the
list in ``data/medical_acronyms.txt`` keeps them as people write them. A guess made only
of listed abbreviations, in capitals or as listed, is medicine unless a person cue
stands just before it ("Dr", "my friend"), a state code follows a town ("Hartford,
CT") or a word of working names an employer ("I work at ...").

Some letters are a place's as often as medicine's. A state or province code ("MS",
"PE", "NJ", "VT") is a place after a word of going or living ("moved to NJ", "living in
PE") unless care follows ("to MS clinic"); a hospital's, college's or chain's letters
(listed with "~": "FSH", "PAH", "EMU", "IGA") are medicine only in a medical frame: a
reading after, a medical word or abbreviation beside, or "my"/"with"/"high" before.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from app.redact.lexicon import DRUG, MEDICAL, REGION, Lexicon
from app.redact.names_cues import KIN, TITLES
from app.redact.normalise import fold_term
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)
_WORD = re.compile(r"[\w&/+'’-]+")
_CUE_BEFORE = re.compile(r"([A-Za-zäöüß]+)\.?\s+$")
# German forms of address, which the English cue lists do not hold.
_GERMAN_CUES = frozenset("frau herr schwester pfleger freund freundin".split())
_TOWN_BEFORE = re.compile(r"[A-Z][\w.'’-]*,?[ \t]+$")
_WORK_BEFORE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|job|employed|employer|joined|hired|contract(?:ed|or)?|"
    r"arbeite\w*|bei\s+der\s+firma)\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)


# Before a state's code: going, living, being there.
_GOING_BEFORE = re.compile(
    r"\b(?:to|in|from|at|near|into|via|visit\w*|moved|moving|flew|flying|drove|driving|"
    r"back)[ \t]+$",
    re.IGNORECASE,
)
# Beside a shared abbreviation, the words of care that make it medicine.
_CARE = frozenset(
    """scan scans test tests level levels result results clinic clinics nurse nurses team
    specialist consultant fatigue flare flares relapse relapses diagnosis symptoms
    treatment meds medication bloods infusion regimen cycle cycles lesions""".split()
)
_FRAME_BEFORE = frozenset(
    "my his her their our your with diagnosed high low raised elevated normal".split()
)


@cache
def acronyms() -> tuple[frozenset[str], frozenset[str]]:
    """The listed abbreviations as written, and those upper-cased: a word matches as
    written ("PrEP", "HbA1c") or in capitals ("PREP", "HBA1C"), never in title case
    ("Prep", "Tia" are words and names). A "~" entry is listed, in capitals, in
    ``shared_letters`` too."""
    words = {w.lstrip("~") for w in _entries()}
    return frozenset(words), frozenset(w.upper() for w in words)


@cache
def shared_letters() -> frozenset[str]:
    """Capitals a hospital, college or chain goes by as well ("FSH", "PAH", "EMU")."""
    return frozenset(w[1:].upper() for w in _entries() if w.startswith("~"))


def _entries() -> list[str]:
    text = resources.files("app.redact.data").joinpath("medical_acronyms.txt")
    words = []
    for line in text.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            words.extend(line.split())
    return words


def acronym(word: str) -> bool:
    """Whether ``word`` (no possessive) is a listed abbreviation as people write it."""
    word = word.removesuffix("'s").removesuffix("’s").rstrip(".")
    as_written, capitals = acronyms()
    return word in as_written or (word.isupper() and word in capitals)


def acronym_span(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name, place or organisation is a medical abbreviation (or a few
    of them with their listed neighbours: "CHOP INTEND", "PKU. Phe") and no cue makes
    it a person, a state or a firm."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    piece = span.text
    if not _later_capital(piece) and not _reading(span, text):
        return False  # no second capital: "Als", "Prep" are words and names
    words = _WORD.findall(piece)
    if not words or not all(acronym(w) for w in words):
        return _joined_after(span, text)
    lo = max(0, span.start - 40)
    cue = _CUE_BEFORE.search(text, max(0, span.start - 24), span.start)
    if cue and cue.group(1).lower() in KIN | TITLES | _GERMAN_CUES:
        return False  # "Dr ALS"? a person addressed so stays one
    if _WORK_BEFORE.search(text, lo, span.start):
        return False  # "work stress at SARS": the firm, whatever its letters and slot
    if len(words) == 1 and words[0].isupper() and words[0] in shared_letters():
        return _medical_frame(span, text, lex)  # "at FSH since Tuesday": the hospital
    if len(words) == 1 and lex.flag(fold_term(words[0])) & REGION:
        # "Hartford, CT", "Lansing MI": a state after its town; "moved to NJ"
        if _TOWN_BEFORE.search(text, max(0, span.start - 30), span.start):
            return False
        going = _GOING_BEFORE.search(text, max(0, span.start - 12), span.start)
        return going is None or _care(_next_word(text, span.end), lex)
    return True


def _later_capital(piece: str) -> bool:
    """Whether a capital follows the first character; in ASCII, whether lower case
    changes what follows (no loop over the characters)."""
    rest = piece[1:]
    if rest.isascii():
        return rest.lower() != rest
    return any(c.isupper() for c in rest)


def _medical_frame(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether shared capitals stand as medicine: a reading after ("FSH 7.2"), a care
    word or abbreviation beside ("FSH and LH", "TCH chemo"), or "my", "with", "high"
    just before ("my PSC")."""
    word = span.text.strip(" .,;:")
    if _READING_AFTER.match(text, span.start + len(word)):
        return True
    before = text[max(0, span.start - 30) : span.start].split()
    prev = before[-1].strip(",(").lower() if before else ""
    if before and before[-1] in ("and", "&", "/") and len(before) > 1:
        prev = before[-2].strip(",(").lower()
    if prev in _FRAME_BEFORE or _care(prev, lex):
        return True
    after = _next_word(text, span.start + len(word))
    if after.lower() in ("and", "&", "/"):
        after = _next_word(text, text.find(after, span.start + len(word)) + len(after))
    return _care(after, lex)


def _next_word(text: str, end: int) -> str:
    m = _WORD.search(text, end, end + 30)
    return m.group() if m and not text[end : m.start()].strip(" \t/&") else ""


def _care(word: str, lex: Lexicon) -> bool:
    if not word:
        return False
    if word.isupper() and word in shared_letters():
        return False
    return (
        word.lower() in _CARE or acronym(word) or bool(lex.flag(fold_term(word)) & (MEDICAL | DRUG))
    )


_READING_AFTER = re.compile(r"[ \t]+(?:levels?[ \t]+)?(?:(?:was|is|of|at)[ \t]+)?[<>~]?\d")


def _reading(span: Span, text: str) -> bool:
    """A lab abbreviation listed as written in title case ("Phe", "Hb") with its
    reading after it ("Phe level 480", "Hb 92"): a name has none."""
    word = span.text.strip(" .,;:")
    return word in acronyms()[0] and _READING_AFTER.match(text, span.start + len(word)) is not None


def _joined_after(span: Span, text: str) -> bool:
    """A hospital's or word's capitals that are one word of a listed name with the word
    after ("CHOP INTEND": the score, not the Philadelphia hospital)."""
    word = span.text.strip()
    if not word.isupper() or " " in word:
        return False
    m = _WORD.match(text, span.end + 1) if text[span.end : span.end + 1] in (" ", "-") else None
    return m is not None and acronym(f"{word}-{m.group()}")
