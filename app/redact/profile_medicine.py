"""A profile term inside medicine is medicine there.

The profile is matched in any case and by part, so short terms hit medical tokens: an
initial "CA" inside "CA-125", a person "Mag" before "400mg", a place's short form "RA"
or "MS" where the writer means rheumatoid arthritis or multiple sclerosis, a letter
"A" in "Vitamin A" or "Hep A". Each is dropped from the profile's matches, unless the
text plainly uses it as the person or place: a whole word, away from a number, a
designating word and a medical word. A term the user wrote with a digit is theirs.

Organisations are often named after the illness they serve: a user whose profile holds
"Irish Cancer Society" or "LUPUS UK Tayside group" still writes "cancer" and "lupus" as
illness. A condition word matched alone, as one part of such a term, is medicine; the
whole name, and the name's other parts ("Tayside"), stay the user's.
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, DRUG_OR_NAME, MEDICAL, Lexicon
from app.redact.medical_context import ACRONYMS, medicine_frame
from app.redact.medical_words import MEDICAL_ENDING, SERVICES
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType

# Letters, digits and joiners of one token: "CA-125", "HLA-B27", "5-ASA", "D3".
_TOKEN_CHARS = re.compile(r"[\w\-/+.]")
_DOSE_AFTER = re.compile(
    r"[ \t]*\d+(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|g|ml|iu|units?|mmol|%)(?![a-z])", re.IGNORECASE
)
# A word that designates a kind by the letter or numeral after it.
_DESIGNATOR = re.compile(
    r"\b(?:vitamin|vit|hep|hepatitis|type|factor|influenza|flu|grade|stage|class|strep|"
    r"group|phase|blood|lupus|ckd|gbs|covid|omega)\s+$",
    re.IGNORECASE,
)
# Nouns of care and illness that an acronym beside them is medicine with.
_CARE_NOUNS = frozenset(
    "diagnosis dx nurse nurses flare flares flared flaring symptoms symptom meds "
    "medication medications scan scans test tests results result levels level fatigue "
    "relapse relapses infusion infusions dose doses positive negative deficiency "
    "mutation gene carrier pain drugs clinic consultant specialist team treatment "
    "patients sufferers warriors society brain lesions lesion attack attacks "
    "diagnosed".split()
)
# Words before an acronym that make it a thing one has or gets: "an MRI", "had MS".
_THING_BEFORE = frozenset("a an had have has got get getting with my his her".split())
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w'’-]*)")
_PLACE_BEFORE = re.compile(r"\b(?:at|in|to|from|into|near|outside)\s+(?:the\s+)?$", re.I)

# "put me on X for my psoriasis": the writer on it, for something after.
_ON_BEFORE = re.compile(
    r"\b(?:me|him|her|them|us|i['’]?m|im|he['’]?s|she['’]?s|been|be|is|was|are|were|"
    r"stay|stayed|staying|started|start|starting|go|went|going)\s+on\s+$",
    re.IGNORECASE,
)
_FOR_AFTER = re.compile(r"\s+for\s+(?:my|his|her|their|the|your|our)\s+\S", re.IGNORECASE)
# A brand's strength or form after it: "Stelara 90mg", "Stelara injections" ("ella 4
# units" is insulin given to Ella).
_STRENGTH_AFTER = re.compile(
    r"\s+\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml)\b"
    r"|\s+(?:injections?|infusions?|pens?|tablets?|jabs?|shots?|loading)\b",
    re.IGNORECASE,
)
_REACH = 50


def in_medicine(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a profile match sits inside, or is used as, a medical term here."""
    if span.source is not Source.PROFILE or any(c.isdigit() for c in span.term or ""):
        return False
    if _glued_to_code(span, text) or profile_drug(span, text, lex):
        return True
    if _condition_part(span, text, lex):
        return True
    raw = span.text.strip()
    if _DOSE_AFTER.match(text, span.end) and raw.isupper() and len(raw) <= 3:
        return True  # "MAG 400mg", "LIV 5%"; "gave sarah 2 units", "ELLA 4 UNITS" are people
    if not raw.isupper() or len(raw.replace(".", "")) > 5:
        return False
    before = text[max(0, span.start - 16) : span.start]
    if len(raw) <= 3 and re.fullmatch(r"[A-Z]|[IVX]+", raw) and _DESIGNATOR.search(before):
        return True  # "Vitamin A", "Hep B", "class IV"
    key = fold_term(raw.replace(".", ""))
    if key not in ACRONYMS and not lex.flag(key) & MEDICAL:
        return False
    if _PLACE_BEFORE.search(before):
        return False  # "at the MRI", "in ED": the place the user named
    return _medical_beside(span, text, lex)


def _condition_part(span: Span, text: str, lex: Lexicon) -> bool:
    """A condition word matched alone out of an organisation's or a place's longer name:
    "cancer" of "Irish Cancer Society", "lupus" of "LUPUS UK Tayside group". Not a
    person's name ("Parkinson" of "James Parkinson" is the person), and not after "at"
    or "in", where the writer names the place by its first word ("at Lupus")."""
    if span.type in (SpanType.NAME, SpanType.HANDLE) or " " not in (span.term or "").strip():
        return False
    key = fold_term(span.text.strip().removesuffix("'s").removesuffix("’s"))
    if " " in key or key == fold_term(span.term or ""):
        return False
    if not (lex.flag(key) & (MEDICAL | DRUG) or key in SERVICES or MEDICAL_ENDING.search(key)):
        return False
    return not _PLACE_BEFORE.search(text[max(0, span.start - 16) : span.start])


def _glued_to_code(span: Span, text: str) -> bool:
    """Part of a token with digits that the match does not cover ("CA-125", "D3")."""
    start, end = span.start, span.end
    while start > 0 and _TOKEN_CHARS.match(text[start - 1]):
        start -= 1
    while end < len(text) and _TOKEN_CHARS.match(text[end]):
        end += 1
    token = text[start:end].strip(".-/+")
    if "_" in token or "@" in text[max(0, start - 1) : end + 1]:
        return False  # a handle or an address: the finders of those decide
    outside = text[start : span.start] + text[span.end : end]
    if not any(c.isdigit() for c in outside):
        return False
    raw = span.text.strip()
    # "CA-125", "5MG", "d3": a code; "sarah92" or "Sarah-2" may be a handle, so a name
    return raw.isupper() or len(raw) <= 2


def _medical_beside(span: Span, text: str, lex: Lexicon) -> bool:
    """A medical word or a noun of care right before or after the match."""
    words = []
    m = _WORD_BEFORE.search(text, max(0, span.start - 24), span.start)
    if m:
        if m.group(1).lower() in _THING_BEFORE:
            return True
        words.append(m.group(1))
    m = _WORD_AFTER.match(text, span.end)
    if m:
        words.append(m.group(1))
    for word in words:
        key = fold_term(word.strip("'’"))
        if key in _CARE_NOUNS or lex.flag(key) & (MEDICAL | DRUG):
            return True
    return False


def drop_medicine(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """``spans`` without the profile matches that are medicine (``in_medicine``)."""
    return [s for s in spans if not in_medicine(s, text, lex)]


def profile_drug(span: Span, text: str, lex: Lexicon) -> bool:
    """A profile word that is also a brand, used as the brand here: "me on Stelara for my
    Crohn's", "Stelara 90mg", "side effects of Stelara". "my girl Stelara", "took
    Stelara to school" stay the person."""
    word = span.text.strip()
    if " " in word or not lex.flag(fold_term(word)) & (DRUG | MEDICAL | DRUG_OR_NAME):
        return False
    if medicine_frame(text, span.start, span.end, True) or _STRENGTH_AFTER.match(text, span.end):
        return True
    lo = max(0, span.start - _REACH)
    return bool(_ON_BEFORE.search(text, lo, span.start) and _FOR_AFTER.match(text, span.end))
