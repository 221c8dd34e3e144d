"""A word no list knows that acts on a symptom is a medicine: "Zorvane helps with the
itching", "Calmera gave me terrible headaches", "Dermalin cleared my eczema".

The unknown-word net takes such a word for a person, since people help, give and calm
too. What tells them apart is the object: a person helps with the kids and gives a
lift; a medicine helps with the itching and gives headaches. So the word is kept only
when a verb of acting follows it straight away and a symptom or a condition is that
verb's object within a few words ("Thabo helped with my move", "Kelani gave me a lift"
stay names). A word the name lists hold, one with a person's cue before it or owned
("Zanele's") is left to the name finders.
"""

from __future__ import annotations

import re

from app.redact.lexicon import DICT_WORD, DRUG, FIRST, LAST, MEDICAL, Lexicon
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType

_GUESSED = (Source.UNKNOWN_WORD, Source.CONTEXT)
_OWNED = re.compile(r"['’]s?\b")
_ACTS = re.compile(
    r"\s+(?:(?:really|just|totally|actually|definitely|also|has|have|had|honestly)\s+)?"
    r"(?:helps?|helped|helping|works?|worked|working|gave\s+me|gives\s+me|giving\s+me|"
    r"causes?|caused|causing|clears?|cleared|clearing|calms?|calmed|eases?|eased|easing|"
    r"settles?|settled|controls?|controlled|soothes?|soothed|relieves?|relieved|"
    r"did\s+nothing\s+for|does\s+nothing\s+for|didn['’]?t\s+touch|doesn['’]?t\s+touch|"
    r"triggers?|triggered|knocked\s+out|took\s+away|takes\s+away|wiped\s+out)\b"
)
_OBJECT = re.compile(r"((?:\s+[\w'’-]+){1,5})")
# Symptoms and complaints in everyday words (the lexicon's medical words count too).
_SYMPTOMS = frozenset(
    """itch itching itchy itchiness pain pains ache aches aching headache headaches
    migraine migraines nausea nauseous sick sickness vomiting rash rashes hives reflux
    heartburn cramps cramping bloating flare flares flareups flare-ups sleep insomnia
    anxiety eczema acne spots skin joints cough coughing wheeze wheezing symptoms
    swelling dizziness dizzy fatigue constipation diarrhoea diarrhea spasms tremor
    tremors seizures psoriasis dryness redness inflammation sores ulcers blisters
    soreness stiffness burning congestion sinuses allergies hayfever sneezing
    palpitations sweats flushes drowsy drowsiness groggy jittery shaky bleeding
    periods pms pmdd mood moods depression panic pressure sugars cholesterol
    weight appetite""".split()
)


def _symptom(word: str, lex: Lexicon) -> bool:
    """A symptom or a condition: not a drug, a device or a care word a person may hand
    over ("gave me my injection", "my insulin")."""
    key = fold_term(word.strip(".,;:!?'’"))
    if key in _SYMPTOMS:
        return True
    flag = lex.flag(key)
    return len(key) >= 5 and bool(flag & MEDICAL) and not flag & (FIRST | LAST | DRUG | DICT_WORD)


def acting_on_symptom(span: Span, text: str, lex: Lexicon) -> bool:
    """A guessed name of one capitalised word no name list holds, followed by a verb of
    acting whose object names a symptom or a condition (see above)."""
    if span.type not in (SpanType.NAME, SpanType.PLACE) or span.source not in _GUESSED:
        return False
    word = span.text.strip()
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    end = span.start + len(word)
    if lex.flag(fold_term(word)) & (FIRST | LAST) or _OWNED.match(text, end):
        return False
    acts = _ACTS.match(text, end)
    if acts is None:
        return False
    obj = _OBJECT.match(text, acts.end())
    if obj is None:
        return False
    words = re.split(r"[\s]+", re.split(r"[.,;:!?\n]", obj.group(1))[0].strip())
    return any(_symptom(w, lex) for w in words if w)
