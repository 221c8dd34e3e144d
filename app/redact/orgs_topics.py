"""Words that open or fill an organisation's slot without naming one.

The owned frames ("X helpline", "X, my insurer,", "the X form") take a capitalised
word before the cue. Two kinds of ordinary word stand there as often as a firm's name:

- a sentence adverb the writer opens with ("Thankfully, my insurer paid", "Sadly, our
  landlord won't fit the rails", "Luckily, my union rep came"): an everyday word ending
  in "-ly", or an opener such as "However" or "Anyway";
- the condition or care topic a helpline, a line or a form is about ("the Menopause
  helpline", "the Cancer helpline", "the Dementia support line"): written from
  knowledge of the lines patients and carers ring, with the shapes of condition names
  ("-itis", "-osis", "-pathy");
- the service a volunteer, a caseworker or a line gives ("The Befriending volunteer",
  "the Counselling volunteer", "the Advocacy caseworker"): a few service nouns, and the
  "-ing" word of an everyday verb that names no person or place ("Befriending",
  "Mentoring", "Gardening"; never "Reading", "Harding", "Kettering").
"""

from __future__ import annotations

import re

from app.redact.lexicon import COMPANY, DICT_WORD, FIRST, LAST, PLACE, Lexicon
from app.redact.names_context import medical_shape
from app.redact.orgs_generic import key_of

_OPENERS = frozenset(
    """however anyway anyways meanwhile besides still also now today yesterday then so
    alas overall""".split()
)
_ADVERB_ZIPF = 3.0  # a "-ly" word this common is an everyday adverb, not a name
_NAMED = FIRST | LAST | PLACE
_TOPICS = frozenset(
    """menopause perimenopause menstruation period periods pregnancy maternity fertility
    infertility miscarriage stillbirth baby babies breastfeeding postnatal antenatal
    cancer cancers tumour tumor leukaemia leukemia lymphoma myeloma melanoma sarcoma
    diabetes asthma copd stroke heart cardiac kidney renal liver lung lungs bowel
    prostate breast ovarian cervical testicular thyroid dementia alzheimers alzheimer's
    parkinsons parkinson's epilepsy migraine headache pain arthritis lupus sepsis
    autism adhd dyslexia down's downs cystic fibrosis sickle cell hiv aids hepatitis
    eczema psoriasis allergy allergies anaphylaxis coeliac celiac crohns crohn's colitis
    ibs endometriosis incontinence continence bladder stoma ostomy hearing sight vision
    deaf blind mental wellbeing crisis suicide samaritan bereavement grief carers
    addiction alcohol drugs gambling smoking quit poisons poison eating anorexia bulimia
    obesity weight sleep insomnia fatigue tinnitus vertigo long-covid covid coronavirus
    vaccine vaccination vaccines immunisation transplant donor dialysis hospice
    palliative disability""".split()
)


def adverb(word: str, lex: Lexicon) -> bool:
    """A sentence adverb or opener ("Thankfully", "Sadly", "However"), no name."""
    key = key_of(word)
    if key in _OPENERS:
        return True
    if len(key) < 5 or not key.endswith("ly") or lex.flags.get(key, 0) & _NAMED:
        return False  # "Kelly", "Ely", "Italy": names and places
    return lex.zipf.get(key, 0.0) >= _ADVERB_ZIPF


# Services named by what they give, not by who gives them.
_SERVICES = frozenset(
    """advocacy outreach respite chaplaincy pastoral advice counselling counseling
    befriending mentoring volunteering""".split()
)
_SERVICE_STEM_ZIPF = 2.5  # "befriend" 2.9, "counsel" 4.2: a verb the table knows


def care_topic(word: str, lex: Lexicon) -> bool:
    """A condition, care topic or service a helpline, a volunteer or a form is about
    ("Menopause", "Befriending")."""
    key = key_of(word)
    return key in _TOPICS or medical_shape(key) or service(key, lex)


def service(word: str, lex: Lexicon) -> bool:
    """A service named by what it gives: one of ``_SERVICES``, or the "-ing" word of an
    everyday verb listed as no name, place or firm ("Befriending", "Gardening": the
    stems "befriend", "garden"), never "Reading", "Harding" or "Boeing"."""
    key = key_of(word.strip())
    if key in _SERVICES:
        return True
    if (
        " " in key
        or len(key) < 6
        or not key.endswith("ing")
        or lex.flags.get(key, 0) & (_NAMED | COMPANY)
    ):
        return False
    stem = key[:-3]
    for s in {stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem}:
        flags = lex.flags.get(s, 0)
        if lex.zipf.get(s, 0.0) >= _SERVICE_STEM_ZIPF and (flags & DICT_WORD or not flags & _NAMED):
            return True
    return False


# The people a service sends: "The Befriending volunteer", "our Advocacy caseworker".
_ROLE_AFTER = re.compile(
    r"\s+(?:volunteers?|workers?|caseworkers?|co-?ordinators?|advis[eo]rs?|officers?|leads?|"
    r"nurses?|counsell?ors?|mentors?|buddy|buddies|visitors?|champions?|practitioners?|"
    r"team|staff)\b",
    re.IGNORECASE,
)


def role_after(text: str, end: int) -> bool:
    """The person a service sends right after ``end``: "(Befriending) volunteer"."""
    return _ROLE_AFTER.match(text, end) is not None
