"""A possessive eponym before a device's or an illness's own noun is medicine.

"Ryle's tube", "Baker's cyst", "Foley's catheter" name a device or a sign after the man
who described it, and "the Addison's board", "my Crohn's nurse", "her Parkinson's meds"
name an illness's forum, nurse and drugs. The name nets read the possessive as a
person's, and the post loses the device or the illness. People own devices too ("Ella's
tube came out"), so:

- before a device's or a sign's noun, only a man's name devices and signs are known by
  ("Ryle", "Sengstaken", "Hickman"; "Oyelaran's valve was checked" is a patient's own),
  and never after a person cue (a title, a relation, "my friend");
- before the noun of an illness's community or care (board, forum, nurse, meds), only
  a word the medical lists hold ("Addison's", "Crohn's"), after a thing's word ("the",
  "my", "a") so that "Addison's board game" of a girl called Addison stays hers when no
  article speaks of a thing, and never before an organisation's word ("Parkinson's UK").
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, MEDICAL, Lexicon
from app.redact.normalise import fold_term
from app.redact.person_cue import person_cue_before
from app.redact.spans import SURE_SOURCES, Span, SpanType

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)
_APOSTROPHES = ("'", "’")
_DEVICE = re.compile(
    r"[ \t]+(?:tubes?|catheters?|lines?|drains?|stitch(?:es)?|sutures?|splints?|braces?|"
    r"cysts?|pouch(?:es)?|shunts?|valves?|signs?|tests?|manoeuvres?|maneuvers?|"
    r"fractures?|nodes?|nodules?|ulcers?|solution|fluid)\b",
    re.IGNORECASE,
)
# Men whose names devices and signs carry, lower case: only these are eponyms before a
# device's noun ("Oyelaran's valve was checked" is a patient's own valve).
DEVICE_EPONYMS = frozenset(
    """ryle ryles sengstaken blakemore tenckhoff hickman foley groshong broviac malecot
    pezzer penrose redivac pavlik ilizarov harrington kirschner steinmann schanz
    bartholin meckel zenker heberden bouchard colles""".split()
)
_CARE = re.compile(
    r"[ \t]+(?:board|forum|group|groups|page|community|subreddit|thread|chat|nurses?|"
    r"team|clinic|meds|medications?|tablets|drugs|diagnosis|symptoms?|flares?|crisis|"
    r"warriors?|awareness|journey|life|brain|gut|patients?|specialist|consultant|"
    r"research|trial)\b(?![ \t]+(?:UK|Society|Foundation|Trust|Association|Ireland))",
    re.IGNORECASE,
)
_THING_BEFORE = re.compile(
    r"\b(?:the|my|a|an|his|her|their|our|your|this|that|of)[ \t]+$", re.IGNORECASE
)


def possessive_eponym(span: Span, text: str, lex: Lexicon) -> bool:
    """Whether a guessed name, place or organisation is an eponym's possessive before a
    device's noun or an illness's noun of care."""
    if span.type not in _GUESSES or span.source in SURE_SOURCES:
        return False
    piece = span.text.rstrip(" .,;:!?")
    end = span.start + len(piece)
    if "'" in piece or "’" in piece:
        word = piece.replace("’", "'").partition("'")[0]
    elif text[end : end + 1] in _APOSTROPHES:
        word, end = piece, end + (2 if text[end + 1 : end + 2] == "s" else 1)
    else:
        return False  # no possessive: most guesses
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    key = fold_term(word)
    device = key in DEVICE_EPONYMS
    if not device and not lex.flag(key) & (MEDICAL | DRUG):
        return False
    if person_cue_before(text, span.start):
        return False
    if device:
        return _DEVICE.match(text, end) is not None
    return (
        _CARE.match(text, end) is not None
        and _THING_BEFORE.search(text, max(0, span.start - 8), span.start) is not None
    )
