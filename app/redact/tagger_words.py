"""The learned tagger's words and vetoes (features: ``tagger_features.py``; inference:
``tagger.py``).

A text's words, each with its lexicon flags and frequency (``words``), and which of them
are scored at all. Medicine, doses, lab values, weekdays, kin words, symptoms, kinds of
ward, coarse regions and German nouns are never scored (``candidates``, ``veto``): the
rules' own decisions.
Nothing here keeps a word of an entry between calls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate, repeat
from typing import NamedTuple

from app.redact import medical_numbers, places_initials
from app.redact.german import german_word
from app.redact.lexicon import (
    DICT_WORD,
    DRUG,
    DRUG_OR_NAME,
    FIRST,
    LAST,
    MEDICAL,
    PLACE,
    REGION,
    STREET,
    Lexicon,
)
from app.redact.medical_words import medical_token
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION, KIN, NOT_NAMES, TEXTSPEAK
from app.redact.regions import coarse_regions
from app.redact.spans import Span, SpanType

TOKEN = re.compile(r"\w+")  # the scorer's tokens: a span is whole words of these
_SPLIT = re.compile(r"(\w+)")  # the same tokens, with the gaps between them
_PAD = ("aaa", "aa", "a")
_NEVER = MEDICAL | DRUG | DRUG_OR_NAME  # medicine is never taken, whatever the score
_SENTENCE_END = re.compile(r"(?:^|[.!?:\n\"“(•*-])\s*$")
_NOT_IDENTIFIERS = CALENDAR | KIN | NOT_NAMES | TEXTSPEAK
# Symptoms, measures and diets in everyday words, never anyone's name or place.
_SYMPTOMS = (
    frozenset(
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
    | medical_numbers._MEASURES
    | frozenset(
        """fog flush flushes gluten dairy lactose elbow knee knees shoulder hip wrist ankle
        respite intensive palliative remission relapse stage""".split()
    )
)
_OBJECTS = frozenset("the a an my your his her our their its it them me up out".split())
_AUX = frozenset("did does do didn doesn is was isn wasn has had hasn hadn not".split())
_CARE_KINDS = frozenset(
    "urgent primary secondary intensive critical respite palliative day social home foster "
    "residential aged community acute emergency".split()
)
_GRADED = frozenset(["stage", "grade", "type", "class", "level", "phase"])
_WARD_WORDS = frozenset(["ward", "wing", "unit", "wards", "units"])
_TYPE_INDEX = {t: n for n, t in enumerate(SpanType)}


class Word(NamedTuple):
    """One token and what the lexicon says of it (a tuple: thousands are made per text)."""

    start: int
    end: int
    raw: str
    folded: str
    flags: int
    zipf: float
    initial: bool  # opens a sentence, a line or a bracket

    @property
    def capital(self) -> bool:
        return self.raw[:1].isupper()


def words(text: str, lexicon: Lexicon) -> list[Word]:
    """The tokens of ``text`` with their lexicon entries, in bulk: one split, then maps
    over the pieces (the gaps between tokens say which open a sentence; each distinct
    gap is judged once per call)."""
    pieces = _SPLIT.split(text)
    if len(pieces) == 1:
        return []
    raws = pieces[1::2]
    gaps = pieces[0:-1:2]
    bounds = list(accumulate(map(len, pieces)))
    folded = list(map(str.casefold, raws))
    # the three characters before each token, a word's own letters standing as "a"
    before = [g[-3:] if len(g) >= 3 else _PAD[len(g)] + g for g in gaps]
    before[0] = gaps[0][-3:]
    opens = {b: bool(_SENTENCE_END.search(b)) for b in set(before)}
    return list(
        map(
            Word,
            bounds[0:-1:2],
            bounds[1::2],
            raws,
            folded,
            map(lexicon.flags.get, folded, repeat(0)),
            map(lexicon.zipf.get, folded, repeat(0.0)),
            map(opens.__getitem__, before),
        )
    )


def candidates(ws: Sequence[Word]) -> list[int]:
    """The indices of the words ``candidate`` accepts, in one comprehension."""
    return [
        i
        for i, w in enumerate(ws)
        if not w.flags & _NEVER
        and len(w.raw) > 1
        and w.raw.isalpha()
        and (w.zipf < 5.0 or not w.raw.islower())
    ]


def _lettered(raw: str) -> bool:
    return len(raw) > 1 and raw.isalpha()


def coverage(ws: Sequence[Word], spans: Sequence[Span]) -> list[int]:
    """Per word: 0 if no span touches it, else 1 + the index of the first such span's type."""
    out = [0] * len(ws)
    j = 0
    ordered = sorted(spans, key=lambda s: s.start)
    for i, w in enumerate(ws):
        while j < len(ordered) and ordered[j].end <= w.start:
            j += 1
        k = j
        while k < len(ordered) and ordered[k].start < w.end:
            if ordered[k].end > w.start:
                out[i] = 1 + _TYPE_INDEX[ordered[k].type]
                break
            k += 1
    return out


def candidate(w: Word) -> bool:
    """Words worth scoring: not medicine, not a common lower-case word, and words of
    two letters or more only: numbers and letters alone are the rules' (patterns,
    ages, dates); taken by weights they were 2,900 of physionet_deid's false words."""
    if w.flags & _NEVER or not _lettered(w.raw):
        return False
    return not (w.zipf >= 5.0 and w.raw.islower())


def vetoed(
    text: str,
    ws: Sequence[Word],
    numbers: Sequence[tuple[int, int]],
    german: bool,
    lexicon: Lexicon,
) -> list[bool]:
    """``veto`` for every word (training reads them all; the tagger asks only about
    the words it would score)."""
    return [veto(text, ws, i, numbers, german, lexicon) for i in range(len(ws))]


def veto(
    text: str,
    ws: Sequence[Word],
    i: int,
    numbers: Sequence[tuple[int, int]],
    german: bool,
    lexicon: Lexicon,
) -> bool:
    """Whether the rules already decided word ``i`` is no identifier, whatever a score
    says: a dose or a lab value, unit included (``numbers``, from
    ``medical_number_ranges``), a weekday ("Tues", "Fridays"), a kin word or language,
    a kind of ward ("Children's Ward", "Renal Unit": ``_ward_name``), a symptom, a
    coarse region, a plain word (``_plain_word``) and an ordinary German noun in
    German text."""
    w = ws[i]
    word = w.folded
    return (
        word in _NOT_IDENTIFIERS
        or word.removesuffix("s") in CALENDAR
        or any(a <= w.start and w.end <= b for a, b in numbers)
        or (german and german_word(w.raw))
        or (i < len(ws) - 1 and _kind_of_ward(ws, i, lexicon))
        or _medical_phrase(ws, i)
        or bool(w.flags & REGION)
        or _plain_word(text, ws, i, lexicon)
    )


def _plain_word(text: str, ws: Sequence[Word], i: int, lexicon: Lexicon) -> bool:
    """What the rules leave alone by design: a state ("Queensland": ``drop_coarse``), a
    street word on its own ("The Road to recovery"), a verb opening an order ("Dot the
    i's", "Hope did not help"), a part of a hyphenated medical term ("klean-prep", "stiff-person")."""
    w = ws[i]
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    if w.folded in coarse_regions() and not (nxt and nxt.capital and nxt.start == w.end + 1):
        return True
    if (
        w.flags & STREET
        and w.zipf >= 4.5
        and (i == 0 or not ws[i - 1].capital or ws[i - 1].initial)
    ):
        return True
    if w.initial and w.flags & DICT_WORD and nxt is not None and nxt.folded in _OBJECTS:
        return True
    if w.initial and w.flags & DICT_WORD and w.zipf >= 4.0 and nxt and nxt.folded in _AUX:
        return True  # "Rough night. Hope did not help": a word, as the rules judged
    if text[w.end : w.end + 1] == "-" or text[w.start - 1 : w.start] == "-":
        a, b = w.start, w.end
        while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "-"):
            a -= 1
        while b < len(text) and (text[b].isalnum() or text[b] == "-"):
            b += 1
        return medical_token(text[a:b], lexicon)
    return False


def _medical_phrase(ws: Sequence[Word], i: int) -> bool:
    """A symptom, a reading or a diet in everyday words, or the word before one:
    "Pain", "Chronic Fatigue", "Brain Fog", "Tennis Elbow", "Gluten"."""
    w = ws[i]
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    if nxt is not None and nxt.folded == "care" and w.folded in _CARE_KINDS:
        return True  # "Urgent Care", "Day Care": a kind of care, no firm
    if w.folded in _SYMPTOMS or (w.folded in places_initials._SETTINGS and w.raw.islower()):
        return True  # "in ane", "on amu": a kind of ward, not a hospital
    prev = ws[i - 1] if i else None
    if prev is not None and prev.end + 1 >= w.start:
        if prev.folded in _GRADED:
            return True  # "Stage Four", "Grade 3"
        if w.raw.isdigit() and prev.raw.isupper():
            return True  # "TAK-279", "TAK 279": a trial drug's code
    return nxt is not None and nxt.folded in _SYMPTOMS and nxt.start - ws[i].end == 1


def _kind_of_ward(ws: Sequence[Word], i: int, lexicon: Lexicon) -> bool:
    """ "Children" of "Children's Ward", "Stroke" of "Stroke Unit": no place's name."""
    after = ws[i + 2].folded if ws[i + 1].folded == "s" and i + 2 < len(ws) else ws[i + 1].folded
    return after in _WARD_WORDS and not _ward_name(ws[i].raw, lexicon)


# Words that say which kind of ward, not which ward ("Maternity Ward", "Stroke Unit").
_WARD_KINDS = frozenset(
    """maternity labour labor delivery birth birthing children childrens kids women womens
    men mens female male day general private side acute medical surgical stroke heart
    assessment admissions admission recovery isolation observation discharge escalation
    elderly frailty rehab rehabilitation mental trauma burns spinal cancer dementia
    psychiatric psych fracture care baby high dependency short long stay transitional
    main new old east west north south upper lower ground first second third top
    covid chest eye ear liver kidney bone joint brain skin blood""".split()
)
# Adjectives of care by their ending: "Renal", "Neonatal", "Cardiac", "Coronary".
_CARE_SHAPE = re.compile(r"(?:al|ic|ary|ory|ive|ics|logy|iatric|atal)$")
_WARD_NAME_ZIPF = 4.5  # a rarer word before "Ward" names it; a common one only if a name


def _ward_name(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` before "Ward" could be the ward's own name, not its kind."""
    key = word.lower().strip("'’").removesuffix("'s").removesuffix("s'")
    if key in FUNCTION or key in CLOSED_CLASS or key in CALENDAR or key in _WARD_KINDS:
        return False
    flags = lex.flags.get(key, 0)
    if flags & (MEDICAL | DRUG) or word.isupper():
        return False  # "on the AMU ward", "on the Oncology Ward"
    if flags & (FIRST | LAST | PLACE):
        return True
    return lex.zipf.get(key, 0.0) < _WARD_NAME_ZIPF and not _CARE_SHAPE.search(key)
