"""Common medical nouns the medical lexicon does not flag, by their shape or as heads.

The lexicon flags rare medical words only: an ordinary word needs no flag to be kept,
until a finder takes it for a name because it is capitalised where a name would be
("Tumour has shrunk", "Hypos overnight", "Multiple Sclerosis", "Frozen Shoulder"). These
say such a word is medicine: by its ending ("-itis", "-osis", "-ectomy") or as one of the
everyday heads of conditions, tests, devices and the body. Written from general medical
vocabulary, not from any set of records.
"""

from __future__ import annotations

import re

# Medicine by its shape or its head word, where the word is too common for the medical
# lexicon to flag ("Multiple Sclerosis", "Motor Neurone Disease", "Bell's Palsy").
_SHAPE_ENDS = tuple(
    """itis osis oses emia aemia oma omas pathy algia plasia trophy ectomy otomy ostomy plasty
    scopy graphy gram ology iatry iatrics uria plegia paresis cele rrhoea rrhea""".split()
)
MEDICAL_SHAPE = re.compile(rf".*(?:{'|'.join(_SHAPE_ENDS)})$")
_HEADS = frozenset(
    """disease diseases syndrome disorder disorders cancer cancers palsy failure deficiency
    insufficiency infection injury attack stroke fever virus covid flu diabetes asthma
    therapy therapies test tests scan scans sclerosis dystrophy arthritis dementia
    fatigue pain migraine epilepsy seizure seizures lupus anaemia anemia tumour tumor
    surgery transplant vaccine vaccines booster jab pill pills tablets inhaler pump
    pen sensor monitor intolerance allergy allergies fasting diet diets exercise
    exercises medicine rehab flow fog shoulder elbow knee knees hip hips eye eyes ear
    ears legs leg back neck foot feet hand hands wrist skin throat chest heart lung lungs
    kidney bladder bowel gut brain blood bone bones cell cells sleep factor disc finger
    thumb toe toes carb carbs sugar swallow study crisis profile panel screening implant
    replacement hormone hormones fertility nurse catheterisation catheterization hypo
    hypos stent stents shunt shunts""".split()
)


def medical_shape(key: str) -> bool:
    """``MEDICAL_SHAPE.match(key)``, as a suffix test where ``key`` holds no line break
    (then ``.*`` reaches its end, and ``$`` matches only there)."""
    if "\n" in key:
        return MEDICAL_SHAPE.match(key) is not None
    return key.endswith(_SHAPE_ENDS)


def medical_noun(key: str) -> bool:
    """``key`` (a word in lower case) is a medical noun by its shape or as a head."""
    return key in _HEADS or medical_shape(key)
