"""Tests and illnesses known by what the sentence does with them: "Echo showed mitral
stenosis", "from the strep throat", "did a Pap and colposcopy".

Some words of medicine are given names or town names too ("Echo", "Pap", "strep"), so
no list can say which they are; the sentence can:

- a test's word followed by a verb of finding and a finding, not a person ("Echo
  showed mild stenosis", "Swab came back MRSA positive"; "Echo showed me her drawings"
  and "Echo came back from uni" are a girl);
- a lower-case word, no listed town, straight before an illness's own noun ("strep
  throat", "hand foot and mouth"), and capitalised words straight before "virus" or
  "fever" ("Ross River virus", "Rift Valley fever"): no one is followed by one, though
  a place or a person gave it the name; never before a venue named so ("the Box Hill
  fever clinic", "the leeds allergy clinic");
- a capitalised word after "a" or "an" listed with a medical word ("a Pap and
  colposcopy", "an Echo, ECG and bloods"): people are not counted with an article and
  listed with procedures. A given name stays a name there.
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, FIRST, MEDICAL, PLACE, Lexicon
from app.redact.medical_acronyms import acronym
from app.redact.medical_nouns import medical_noun
from app.redact.normalise import fold_term
from app.redact.person_cue import person_cue_before
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.OTHER)
# Tests a patient names as the subject of a finding, lower case (``medical_kinds_more``
# asks ``medical_finding`` only of these, lower-case words and runs of words).
TESTS = frozenset(
    """echo echocardiogram scan ct mri ultrasound x-ray xray biopsy bloods ecg ekg eeg
    angiogram colonoscopy endoscopy gastroscopy smear swab mammogram pet dexa doppler
    holter angio cath""".split()
)
_FOUND_AFTER = re.compile(
    r"[ \t]+(?:showed|shows|found|finds|revealed|reveals|confirmed|confirms|picked[ \t]+up|"
    r"detected|came[ \t]+back[ \t]+(?:[A-Za-z0-9-]+[ \t]+)?(?:clear|normal|abnormal|fine|ok|"
    r"positive|negative|showing|with)|was[ \t]+(?:clear|normal|abnormal|fine|ok)|"
    r"results?)\b(?![ \t]+(?:me|us|him|her|them|you|my|our|his|their|your|it|from|to|"
    r"home|round|over|with|for|in|out|the[ \t]+(?:kids|children|boys|girls|dog))\b)",
    re.IGNORECASE,
)
# An illness's own noun after a lower-case word: "strep throat", "glandular fever".
# An illness's own noun after a lower-case word ("strep throat"), and the nouns a place's
# or a person's name is given to ("Ross River virus"); ``medical_kinds_more`` asks only
# guesses these follow.
ILLNESS_NOUNS = frozenset(
    """throat infection infections virus fever rash cough flu syndrome disease allergy
    intolerance poisoning pneumonia meningitis sepsis toxicity""".split()
)
NAMED_ILLNESS_NOUNS = frozenset("virus fever encephalitis".split())
# Not a venue named after its place: "the Box Hill fever clinic", "the leeds allergy
# clinic", "the durban fever clinic" (COVID-era clinics are named so).
_VENUE = r"(?![ \t]+(?:clinics?|wards?|centres?|centers?|hubs?|units?|testing|hospital)\b)"
_ILLNESS_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(sorted(ILLNESS_NOUNS))})\b{_VENUE}")
_NAMED_ILLNESS_AFTER = re.compile(
    # a capital after it names a venue ("the Ross River virus Clinic"), unless it is the
    # test's ("Barmah Forest virus IgM equivocal", "PCR", "NS1")
    rf"[ \t]+(?:{'|'.join(sorted(NAMED_ILLNESS_NOUNS))})\b"
    rf"(?![ \t]+(?!Ig[MGAE]\b|PCR\b|RNA\b|DNA\b|NS1\b|IFA\b)[A-Z]){_VENUE}"
)
_LISTED_AFTER = re.compile(r"[ \t]*(?:,|and\b|or\b|&|\+)[ \t]*([A-Za-z][\w-]*)")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)[ \t]+$", re.IGNORECASE)


def medical_finding(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name, place or other is a test or an illness by what the
    sentence does with it (see above)."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    word = span.text.rstrip(" .,;:!?")
    end = span.start + len(word)
    if " " in word:
        # "Ross River virus", "Rift Valley fever": places and people give a virus or a
        # fever their name, and no one is followed by one
        return (
            word.count(" ") <= 2
            and all(w[:1].isupper() for w in word.split())
            and _NAMED_ILLNESS_AFTER.match(text, end) is not None
            and not person_cue_before(text, span.start)
        )
    if not word[:1].isalpha():
        return False
    if word.islower():  # "strep throat"; not a town written small ("christchurch flu")
        return _ILLNESS_AFTER.match(text, end) is not None and not lex.flag(word) & PLACE
    if not word[:1].isupper():
        return False
    key = fold_term(word)
    if key in TESTS and _FOUND_AFTER.match(text, end):
        return not person_cue_before(text, span.start)  # "Echo showed ..."
    if not _ARTICLE_BEFORE.search(text, max(0, span.start - 4), span.start):
        return False
    listed = _LISTED_AFTER.match(text, end)
    if listed is None or lex.flag(key) & FIRST:
        return False
    other = listed.group(1)
    other_key = fold_term(other)
    return bool(
        lex.flag(other_key) & (MEDICAL | DRUG)
        or medical_noun(other_key)
        or other_key in TESTS
        or acronym(other)
    )
