"""Words that open or fill an organisation's slot without naming one.

The owned frames ("X helpline", "X, my insurer,", "the X form") take a capitalised
word before the cue. Two kinds of ordinary word stand there as often as a firm's name:

- a sentence adverb the writer opens with ("Thankfully, my insurer paid", "Sadly, our
  landlord won't fit the rails", "Luckily, my union rep came"): an everyday word ending
  in "-ly", or an opener such as "However" or "Anyway";
- the condition or care topic a helpline, a line or a form is about ("the Menopause
  helpline", "the Cancer helpline", "the Dementia support line"): written from
  knowledge of the lines patients and carers ring, with the shapes of condition names
  ("-itis", "-osis", "-pathy").
"""

from __future__ import annotations

from app.redact.lexicon import FIRST, LAST, PLACE, Lexicon
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


def care_topic(word: str, lex: Lexicon) -> bool:
    """A condition or care topic a helpline or a form is about ("Menopause")."""
    key = key_of(word)
    return key in _TOPICS or medical_shape(key)
