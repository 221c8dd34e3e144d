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
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate, repeat
from operator import attrgetter
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
_ALONE = _NOT_IDENTIFIERS | _SYMPTOMS  # vetoed whatever their neighbours
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
    """The tokens of ``text`` with their lexicon entries (see ``split_words``)."""
    return split_words(text, lexicon)[0]


class Columns(NamedTuple):
    """A text's tokens field by field, as ``split_words`` found them (the tagger's
    features read these lists rather than each ``Word``); ``gaps[i]`` is the text
    before token ``i``."""

    gaps: list[str]
    raws: list[str]
    folded: list[str]
    flags: list[int]
    zipf: list[float]


def split_words(text: str, lexicon: Lexicon) -> tuple[list[Word], Columns]:
    """The tokens of ``text`` with their lexicon entries, in bulk: one split, then maps
    over the pieces, each ``Word`` made in C (``tuple.__new__``, not the named tuple's
    ``__new__`` written in Python); whether a token opens a sentence is judged once per
    distinct gap before it, in the call. The lists they are made of come too."""
    pieces = _SPLIT.split(text)
    raws = pieces[1::2]
    gaps = pieces[0::2]
    if not raws:
        return [], Columns(gaps, [], [], [], [])
    bounds = list(accumulate(map(len, pieces)))
    folded = list(map(str.casefold, raws))
    flags = list(map(lexicon.flags.get, folded, repeat(0)))
    zipf = list(map(lexicon.zipf.get, folded, repeat(0.0)))
    # the three characters before each token, a word's own letters standing as "a"
    opens = {g: _opens(("aaa" + g)[-3:]) for g in set(gaps)}
    initial = list(map(opens.__getitem__, gaps))
    initial[0] = _opens(gaps[0][-3:])  # the text's start: no padding
    ws = list(
        map(
            _tuple_new,
            repeat(Word),
            zip(bounds[0:-1:2], bounds[1::2], raws, folded, flags, zipf, initial),
        )
    )
    return ws, Columns(gaps, raws, folded, flags, zipf)


_tuple_new = tuple.__new__
_OPENERS = frozenset('.!?:\n"“(•*-')


def _opens(before: str) -> bool:
    """``_SENTENCE_END.search(before)``, without the regex: only spaces (``\\s`` is
    ``str.isspace``, as ``str.rstrip`` strips), one of its marks last before them, or a
    line break among them (a mark and a space both)."""
    bare = before.rstrip()
    return not bare or bare[-1] in _OPENERS or "\n" in before[len(bare) :]


def candidates(ws: Sequence[Word], columns: Columns | None = None) -> list[int]:
    """The indices of the words ``candidate`` accepts, in one comprehension (over the
    ``columns`` ``split_words`` gave with ``ws``, if given: no field read from a word)."""
    if columns is not None:
        return [
            i
            for i, (raw, flags, zipf) in enumerate(zip(columns.raws, columns.flags, columns.zipf))
            if not flags & _NEVER
            and len(raw) > 1
            and raw.isalpha()
            and (zipf < 5.0 or not raw.islower())
        ]
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


def untouched(ws: Sequence[Word], todo: Sequence[int], spans: Sequence[Span]) -> list[int]:
    """The words of ``todo`` no span touches (``coverage`` 0), by bisection: a word is
    touched if some span opening before its end closes after its start, and the spans
    opening before it are a prefix of them sorted, whose furthest end is kept."""
    if not spans:
        return list(todo)
    bounds = sorted(map(_BOUNDS, spans))
    opens = [a for a, _ in bounds]
    furthest = list(accumulate((b for _, b in bounds), max))
    out = []
    for i in todo:
        w = ws[i]
        k = bisect_left(opens, w.end)
        if not k or furthest[k - 1] <= w.start:
            out.append(i)
    return out


_BOUNDS = attrgetter("start", "end")


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
    says (see ``unvetoed``)."""
    return not unvetoed(text, ws, [i], numbers, german, lexicon)


def unvetoed(
    text: str,
    ws: Sequence[Word],
    todo: Sequence[int],
    numbers: Sequence[tuple[int, int]],
    german: bool,
    lexicon: Lexicon,
) -> list[int]:
    """The words of ``todo`` the rules have not already decided are no identifiers,
    whatever a score says: a dose or a lab value, unit included (``numbers``, from
    ``medical_number_ranges``), a weekday ("Tues", "Fridays"), a kin word or language,
    a kind of ward ("Children's Ward", "Renal Unit": ``_ward_name``), a symptom, a
    reading or a diet in everyday words or the word before one ("Pain", "Chronic
    Fatigue", "Brain Fog", "Tennis Elbow", "Gluten"), a coarse region, a plain word
    and an ordinary German noun in German text. One loop, the tests of the word alone
    first (set lookups), those of its neighbours for the words they leave."""
    n = len(ws)
    regions = coarse_regions()
    out = []
    for i in todo:
        w = ws[i]
        start, end, raw, word, flags, zipf, initial = w
        if (
            word in _ALONE
            or flags & REGION
            or word.removesuffix("s") in CALENDAR
            or (word in places_initials._SETTINGS and raw.islower())  # "in ane", "on amu"
            or (numbers and any(a <= start and end <= b for a, b in numbers))
            or (german and german_word(raw))
        ):
            continue
        nxt = ws[i + 1] if i + 1 < n else None
        if nxt is not None:
            after = ws[i + 2].folded if nxt.folded == "s" and i + 2 < n else nxt.folded
            if after in _WARD_WORDS and not _ward_name(raw, lexicon):
                continue  # "Children" of "Children's Ward", "Stroke" of "Stroke Unit"
            if nxt.folded == "care" and word in _CARE_KINDS:
                continue  # "Urgent Care", "Day Care": a kind of care, no firm
            if nxt.folded in _SYMPTOMS and nxt.start - end == 1:
                continue  # "Chronic Fatigue", "Tennis Elbow"
        prev = ws[i - 1] if i else None
        if prev is not None and prev.end + 1 >= start:
            if prev.folded in _GRADED:
                continue  # "Stage Four", "Grade 3"
            if raw.isdigit() and prev.raw.isupper():
                continue  # "TAK-279", "TAK 279": a trial drug's code
        # what the rules leave alone by design: a state ("Queensland": ``drop_coarse``),
        # a street word on its own ("The Road to recovery"), a verb opening an order
        # ("Dot the i's", "Rough night. Hope did not help"), a part of a hyphenated
        # medical term ("klean-prep", "stiff-person")
        if word in regions and not (nxt and nxt.capital and nxt.start == end + 1):
            continue
        if flags & STREET and zipf >= 4.5 and (prev is None or not prev.capital or prev.initial):
            continue
        if (
            initial
            and flags & DICT_WORD
            and nxt is not None
            and (nxt.folded in _OBJECTS or (zipf >= 4.0 and nxt.folded in _AUX))
        ):
            continue
        if (text[end : end + 1] == "-" or text[start - 1 : start] == "-") and _hyphened_medical(
            text, start, end, lexicon
        ):
            continue
        out.append(i)
    return out


def _hyphened_medical(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the hyphenated run of letters and digits around ``text[start:end]`` is a
    medical term ("klean-prep", "stiff-person")."""
    a, b = start, end
    while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "-"):
        a -= 1
    while b < len(text) and (text[b].isalnum() or text[b] == "-"):
        b += 1
    return medical_token(text[a:b], lexicon)


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
