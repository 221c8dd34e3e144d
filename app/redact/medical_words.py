"""One precedence rule over every name and place net: medicine wins.

Each net (capitalised unknown words, "moved from X to", lower-case places after a
locative, names after a relative, town guesses, German nouns) checks the lexicon's
``MEDICAL`` flag in its own way, and a new net may forget. A post that loses its
drug or device is useless, so this last pass drops any guessed NAME or PLACE whose
words are all shipped medical words ("Ozempic", "Ehlers-Danlos", "Accu-Chek", "SpO2",
"Elemental028"), whatever their case or possessive. Only a strong cue just before keeps
one: a title or a relation before a name ("Dr Crohn", "auntie X"), "the" before a listed
place nickname ("the Peg"). Profile terms, patterns and the user's own selections are
never touched here (``profile_extra`` decides those).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import repeat

from app.redact import names_short
from app.redact.german import appointment_before, german_listed
from app.redact.lexicon import (
    DRUG,
    DRUG_OR_NAME,
    FIRST,
    LAST,
    MEDICAL,
    PLACE,
    Lexicon,
)
from app.redact.lexicon_sources import medical_terms
from app.redact.medical import _LAB, LAB_VALUE
from app.redact.medical_addresses import reading_address
from app.redact.medical_eponyms import elided_disease
from app.redact.medical_forms import drop_form_words
from app.redact.medical_kinds import drop_medical_kinds
from app.redact.medical_labs import drop_lab_readings
from app.redact.medical_numbers import age_cue, reading_number
from app.redact.medical_units import give_back_units
from app.redact.medical_unknown import drop_unknown_drugs
from app.redact.names_cues import KIN, TITLES
from app.redact.names_guess import speaks_after
from app.redact.normalise import fold_term
from app.redact.places_informal import _patterns as informal_patterns
from app.redact.sentences import CLAUSE_END
from app.redact.spans import SURE_SOURCES, Source, Span, SpanType
from app.redact.windows_tokens import caseless

# Employers are left out: their finders need an employment cue ("work at", "Medtronic
# HR"), and a device maker named as the product is dropped by ``medical.device_product``.
_GUESSED = (SpanType.NAME, SpanType.PLACE)
_WORD = re.compile(r"[\w-]+")
_POSSESSIVE = re.compile(r"['’]s$")
# A person cue right before the word: a title ("Dr Bell"), a relation or a friend
# ("my friend Addison", "auntie Rosa"), possibly with "my"/"our" before it.
_CUE_BEFORE = re.compile(r"([A-Za-z']+)\.?\s+$")
_CUE_REACH = 40
SERVICES = frozenset(
    """pain cancer fertility memory sleep diabetes heart breast eye skin stroke fracture
    spinal renal kidney liver lung wound headache migraine allergy continence falls
    epilepsy asthma diabetic foot hand weight eating bladder bowel hearing voice
    sexual maternity antenatal children's kids women's men's mental crisis disorder
    disease syndrome failure injury fibrosis sclerosis dystrophy neurology rheumatology
    cardiology oncology haematology hematology dermatology gastro endocrine endocrinology
    urology gynaecology gynecology respiratory orthopaedic orthopedic""".split()
)
# A condition's or a specialty's own ending: "Fibrosis clinic", "Neuropathy clinic".
MEDICAL_ENDING = re.compile(r"(?:osis|itis|a?emia|pathy|algia|ectomy|oscopy|ology)$")
_SERVICE_AFTER = re.compile(
    r"\s+(?:clinics?|cent(?:re|er)s?|units?|services?|teams?|wards?|nurses?|specialists?|"
    r"consultants?|appointments?|appts?|referrals?)\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_EVERYDAY_ZIPF = 5.5  # "next", "now", "then", "today": one word in 3,000 or more often
# A strength or count right after the word: "Allegra 180", "Camila 0.35mg", "Lyrica x2".
_DOSE_AFTER = re.compile(r"\s*(?:\d|x\d)|-\d")  # "Yasmin 20", "Diane-35"
_CUE_WORDS = re.compile(
    r"\b(?:mg|mcg|µg|ml|tabs|tablets?|pills?|capsules?|puffs?|doses?|dosage|prescribed|"
    r"prescription|side[- ]effects?|pharmacy|pharmacist|chemist|refills?|generic|"
    r"withdrawal|otc|antihistamines?|contraceptives?|contraception|inhaler|injections?|"
    # a pill's own effects, and what a supplement is sold as ("Jamieson vitamin D")
    r"spotting|breakthrough bleeding|mood swings|mini ?pill|hrt|vitamins?|iu|"
    r"supplements?|melatonin|magnesium|zinc|omega-?3|probiotics?)\b",
    re.IGNORECASE,
)
# A verb of taking right before: "on Allegra", "started Camila", "tried Lyrica".
_TAKEN_BEFORE = re.compile(
    r"\b(?:on|off|taking|take|took|tried|trying|started|starting|stopped|stopping|"
    r"switched to|prescribed|of generic|generic|suggested|suggests|recommended|recommends|"
    r"(?:brought|bought|gave|got)\s+me|(?:switched|swapped|changed)\s+(?:from|to)|"
    r"(?:took|take|taking|had)\s+(?:two|three|one|a\s+couple\s+of|some|a\s+few|\d))\s+$",
    re.IGNORECASE,
)
# Listed with a known drug: "Zyrtec or Allegra", "Allegra and Flonase".
_LISTED_BEFORE = re.compile(
    r"([A-Za-z][\w-]+)\s*(?:,|\band|\bor|\boder|\bund|\bthen|\bplus|\bvs)\s*$"
)
_LISTED_AFTER = re.compile(
    r"\s*(?:,|and\b|or\b|oder\b|und\b|then\b|plus\b|vs\b)\s*([A-Za-z][\w-]+)"
)
# Words after a name that make it a person: "Allegra said", "Camila and I".
_PERSON_AFTER = re.compile(
    r"['’]s\s+(?:mum|mom|dad|husband|wife|partner|kids?|son|daughter|house|place)\b|"
    r"\s+(?:said|says|told|asked|texted|messaged|called|rang|came|visited|drove|who|"
    r"takes|has|had|went|goes|gets|got|needs|wants|loves|and I|and me)\b|"
    # "Camila is the mini pill": what a person is not
    r"\s+(?:is|was)\b(?!\s+(?:the|a|an|my)\s+(?:[\w-]+\s+)?(?:pill|tablet|brand|generic|"
    r"drug|medication|medicine|contraceptive|one I)\b)",
    re.IGNORECASE,
)
# What a drug does to the taker, right after it: "Camila gave me acne", "Yasmin is making
# me bleed", "Rigevidon made my skin awful"; a person gives a lift, not a symptom.
_EFFECT_AFTER = re.compile(
    r"\s+(?:gave|gives|has\s+given|is\s+giving|made|makes|is\s+making|was\s+making|caused|"
    r"causes|is\s+causing|triggered|triggers)\s+me\s+(?:(?:really|so|awful|terrible|bad|"
    r"constant|horrible)\s+)?"
    r"(acne|spots|bleed|bleeding|spotting|headaches|migraines|nausea|nauseous|rash|cramps|"
    r"cramping|insomnia|heartburn|bloated|bloating|hot\s+flushes|night\s+sweats)\b",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|from|to|at|visiting|outside)\s+(?:the\s+)?$", re.IGNORECASE
)


@cache
def _multiword_terms() -> frozenset[str]:
    """Shipped medical terms written with a hyphen ("harvey-bradshaw", "port-a-cath"):
    the lexicon keys single words only, so these are looked up whole."""
    return frozenset(fold_term(t) for t in medical_terms() if "-" in t)


def medical_token(word: str, lex: Lexicon) -> bool:
    """A word the shipped medical lexicons know, in any case, with or without 's."""
    key = fold_term(_unpossessed(word.strip(".,;:!?")))
    return _medical_key(key, lex.flags.get(key, 0), lex)


def _medical_key(key: str, flag: int, lex: Lexicon) -> bool:
    """``medical_token`` of a word already folded (``key``) and looked up (``flag``)."""
    if not key:
        return False
    if flag & _MEDICAL_OR_DRUG:
        return True
    if "-" not in key:  # neither a hyphenated term nor parts to look up
        return False
    if key in _multiword_terms():
        return True
    parts = [p for p in key.split("-") if p]
    return len(parts) > 1 and all(lex.flag(p) & (MEDICAL | DRUG) for p in parts)


_MEDICAL_OR_DRUG = MEDICAL | DRUG


def _unpossessed(word: str) -> str:
    """``word`` without a final "'s" (no regex call for the words with no apostrophe)."""
    return _POSSESSIVE.sub("", word) if "'" in word or "’" in word else word


def _word_char(ch: str) -> bool:
    r"""``[\w-]`` for one character: ``\w`` is a letter or number, or "_"."""
    return ch.isalnum() or ch == "_" or ch == "-"


def _whole(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole words, so "Elemental" in "Elemental028" or "SPO" in
    "SPO2" is judged as the word the reader sees."""
    while start > 0 and _word_char(text[start - 1]):
        start -= 1
    while end < len(text) and _word_char(text[end]):
        end += 1
    return start, end


def _person_cue(text: str, start: int) -> bool:
    if appointment_before(text, start):
        return True  # "Termin bei Zenker um 9": a doctor, whatever else the word names
    m = _CUE_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and (m.group(1).lower() in TITLES or m.group(1).lower() in KIN)


def _listed_nickname(span: Span, text: str) -> bool:
    """A place nickname the shipped list holds, after "the" ("out in the Peg"): the
    list's own cue, as strong for a place as a title is for a person."""
    if (
        span.type is not SpanType.PLACE
        or text[max(0, span.start - 4) : span.start].lower() != "the "
    ):
        return False
    first = span.text.split()[0].lower() if span.text.split() else ""
    return any(p.match(text, span.start) for p in informal_patterns().get(first, ()))


def drop_medical_words(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """The spans without guessed names and places that are medicine, and without
    guessed ages that are readings (``medical_numbers``)."""
    out = []
    spans = drop_form_words(spans, text, lex)  # "sent Tiger Balm", "Aveeno Cream"
    for s in give_back_units(spans, text):  # "on 2L. Lincare is...": the litre stays
        if s.type is SpanType.ADDRESS and s.source is not Source.USER:
            if reading_address(s, text, lex):
                continue  # "light box 10,000 lux", "seit 2021 Parkinson"
        elif s.type in _GUESSED and s.source not in SURE_SOURCES:
            start, end = _whole(text, s.start, s.end)
            words = _WORD.findall(text[start:end].replace("'s", "").replace("’s", ""))
            # each word folded and looked up once for the three tests below (a run of
            # word characters and hyphens is its own ``medical_token`` key: nothing to
            # strip, no possessive)
            keys = list(map(fold_term, words))
            flags = list(map(lex.flags.get, keys, repeat(0)))
            if (
                words
                and all(map(_medical_key, keys, flags, repeat(lex)))
                and not (s.type is SpanType.NAME and _person_cue(text, start))
                and not _listed_nickname(s, text)
                and not names_short.framed(s, text)  # "a chat with Ng": no NG tube
                and not _speaks(s, words, flags, text, end)
            ):
                continue
            if words and _drug_here(keys, flags, s, text, start, end, lex):
                continue
            if len(words) == 1 and (
                _everyday_word(keys[0], flags[0], lex, text, start)
                or _service(words[0], s, text, end)
            ):
                continue
        if (
            s.type is SpanType.EMPLOYER
            and s.source not in SURE_SOURCES
            and LAB_VALUE.match(text, len(text) - len(text[s.end :].lstrip(" ")))
        ):
            continue  # "Resting HR 110": a heart rate, not an employer's HR department
        if s.type is SpanType.EMPLOYER and _disease_guessed(s, text):
            continue  # "work at a call centre with Crohn's": the illness, no firm
        out.append(s)
    out = drop_medical_kinds(out, text, lex)  # "agreed to HRT", "Cobb angle", "Aphasie"
    out = drop_reading_ages(drop_unknown_drugs(out, text, lex), text, lex)
    return drop_lab_readings(out, text)  # "CK 320", "tTG came back at 97"


_ORG_AFTER = re.compile(r"['’]s?\s+[A-Z&]")  # "Parkinson's UK", "Crohn's & Colitis"


def _disease_guessed(span: Span, text: str) -> bool:
    """An organisation the unknown-word net guessed that is one eponym's possessive
    standing alone ("with Crohn's?"), with no organisation's word after it."""
    return (
        span.source is Source.UNKNOWN_WORD
        and span.text.isalpha()
        and text[span.end : span.end + 1] in ("'", "’")
        and elided_disease(span.text)
        and _ORG_AFTER.match(text, span.end) is None
    )


def _speaks(span: Span, words: list[str], flags: list[int], text: str, end: int) -> bool:
    """A guessed name that is one listed medical word, no drug the wheel knows, that
    speaks or is met (``names_guess.speaks_after``): a person who shares a brand's name."""
    return (
        span.type is SpanType.NAME
        and len(words) == 1
        and words[0][:1].isupper()
        and not flags[0] & DRUG
        and speaks_after(text, span.start, end)
    )


def _drug_here(
    keys: list[str], flags: list[int], span: Span, text: str, start: int, end: int, lex: Lexicon
) -> bool:
    """A brand that is also a name or a town ("Allegra", "Camila", "Fargo") used as a
    drug: a medical cue near it ("Allegra 180", "refill of Camila", "on Fargo") and no
    person or place cue ("my friend Allegra", "Allegra said", "in Fargo"). ``keys`` and
    ``flags``: the span's words folded and looked up."""
    ambiguous = False
    for key, flag in zip(keys, flags, strict=True):
        if flag & DRUG_OR_NAME:
            ambiguous = True
        elif not _medical_key(key, flag, lex):
            return False
    if not ambiguous or _person_cue(text, start):
        return False
    if _EFFECT_AFTER.match(text, end):
        return True  # "Camila gave me acne": what a drug does, not a person
    if _PERSON_AFTER.match(text, end):
        return False
    if _TAKEN_BEFORE.search(text, max(0, start - 24), start):
        return True  # "switched to Fargo": the verb of taking outweighs "to"
    if span.type is SpanType.PLACE and _PLACE_BEFORE.search(text, max(0, start - 12), start):
        return False
    return medical_cue(text, start, end, lex)


def _everyday_word(key: str, flag: int, lex: Lexicon, text: str, start: int) -> bool:
    """One of the commonest English words, on no name or town list, capitalised at the
    start of a sentence ("Next clinic is...", "Now Actrapid 3 times a day"); ``key`` and
    ``flag``: the word folded and looked up."""
    return (
        lex.zipf_of(key) >= _EVERYDAY_ZIPF
        and len(key) > 2
        and key.isalpha()
        and not flag & (FIRST | LAST | PLACE)
        and _SENTENCE_START.search(text, max(0, start - 6), start) is not None
        and not _person_cue(text, start)
    )


def _service(word: str, span: Span, text: str, end: int) -> bool:
    """A kind of care before "clinic", "centre" or "team" ("Pain clinic", "Cancer
    center", "Fertility unit"): it names a service every hospital has, not a place."""
    return (
        span.type in _GUESSED
        and (word.lower() in SERVICES or MEDICAL_ENDING.search(word.lower()) is not None)
        and _SERVICE_AFTER.match(text, end) is not None
    )


def medical_cue(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A dose, a verb of taking, a pharmacy word or another drug in the same sentence
    within a few words of ``text[start:end]``."""
    if _DOSE_AFTER.match(text, end) or _TAKEN_BEFORE.search(text, max(0, start - 16), start):
        return True
    left = _sentence_part(text[max(0, start - _CUE_REACH) : start], last=True)
    right = _sentence_part(text[end : end + _CUE_REACH], last=False)
    if _CUE_WORDS.search(left) or _CUE_WORDS.search(right):
        return True
    before = _LISTED_BEFORE.search(left)
    after = _LISTED_AFTER.match(right)
    if any(m and _listed_medicine(m.group(1), lex) for m in (before, after)):
        return True
    # a product's second word: "Evorel Conti", "Magnesium Verla"
    prev = _WORD_JUST_BEFORE.search(text, max(0, start - 24), start)
    return prev is not None and medical_token(prev.group(1), lex)  # also "L-Thyroxin Henning"


_WORD_JUST_BEFORE = re.compile(r"\b([A-Z][\w-]+) $")


def _listed_medicine(word: str, lex: Lexicon) -> bool:
    """A drug listed beside the guess ("Zyrtec or Allegra"), or a brand of medicine's
    own lists written as a brand ("Mayra oder Belara", "Yasmin and Diane-35")."""
    flag = lex.flag(fold_term(word))
    return bool(
        flag & DRUG
        or flag & MEDICAL
        and word[:1].isupper()
        and "'" not in word
        and not german_listed(word)  # "Besuch von Allegra, Blutdruck 140/90": a noun
    )


def _sentence_part(piece: str, *, last: bool) -> str:
    parts = CLAUSE_END.split(piece)
    return parts[-1] if last else parts[0]


# -- numbers that are readings, not ages -----------------------------------------------

_RATE_AFTER = re.compile(r"\s*(?:a|an|per|/)\s*(?:minute|min|hour|hr|day|week|month)s?\b")
# A second reading of the same measure: "pain was 8/10, now 4", "HR 110, now 72",
# "from 18 migraine days to about 6", "Creon 10000 with meals, 2 with snacks".
_AGAIN_BEFORE = re.compile(
    r"(?:\bnow|\bto|→|->|\bthen|\bvs|\bversus|\bnot|,)\s*(?:about|around|approx|~|only|just)?\s*$",
    re.IGNORECASE,
)
_BODY_AGE = re.compile(
    r"\b(?:bone|reading|mental|metabolic|lung|heart|skin|biological|gestational|"
    r"developmental|spelling)\s+age\s*(?:is|was|of|=|:|at|around|about)?\s*(?:now\s*)?$",
    re.IGNORECASE,
)
# A score named earlier in the clause and given now: "a MIDAS score each visit, mine
# was 38", "my PHQ score came back at 14".
_SCORE_GIVEN = re.compile(
    r"\b(?:score|scores|scored|result|results|reading|level|levels|index|count)\b[^.!?\n]*"
    r"\b(?:was|is|were|are|of|at|came back|back at|came in at|got|=|:)\s*$",
    re.IGNORECASE,
)
_SCORE_STEMS = ("score", "result", "reading", "level", "index", "count")


def _may_give_score(clause: str) -> bool:
    """Whether ``clause`` holds a word _SCORE_GIVEN opens with (a stem of each)."""
    low = caseless(clause)
    return any(stem in low for stem in _SCORE_STEMS)


_NOW_BEFORE = re.compile(r"\bnow\s*$", re.IGNORECASE)
_MEASURE = (
    r"pain|score|scores|level|levels|hr|bp|pulse|sats|weight|sugars?|glucose|readings?|"
    r"count|attacks|episodes|seizures|migraines?|tics|flares|bleeds|steps|units"
)
# An earlier reading in the clause: a lab value ("HR 110"), a measure word up to two
# words before or after the number ("pain was 8/10", "18 migraine days"), "N/10".
_EARLIER_READING = re.compile(
    rf"\b(?:{_LAB})\b(?:\s+\w+){{0,2}}?\s*[:=]?\s*(?P<n>\d+(?:[.,/]\d+)?)|"
    rf"\b(?:{_MEASURE})\b(?:\s+\w+){{0,2}}?\s+(?P<n2>\d+(?:[.,/]\d+)?)|"
    rf"(?P<n3>\d+(?:[.,]\d+)?)(?:\s*/\s*10\b|(?:\s+\w+)?\s+(?:{_MEASURE})\b)",
    re.IGNORECASE,
)
_DRUG_NUMBER = re.compile(r"([A-Za-z][\w-]+)\s+(\d+)")


def drop_reading_ages(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """Without guessed ages that are readings: from the number net, a rate ("tics 20 a
    minute") or a number right after a drug ("Xalatan drops 1"); from it or a "now N"
    cue, a second reading of a measure the clause already gave ("pain was 8/10, now
    4", "HR 110 before meds, now 72"), unless that earlier number is an age too."""
    ages = [(s.start, s.end) for s in spans if s.type is SpanType.AGE]
    return [s for s in spans if not (s.type is SpanType.AGE and _reading(s, text, lex, ages))]


def _reading(span: Span, text: str, lex: Lexicon, ages: list[tuple[int, int]]) -> bool:
    if not span.text.isdigit() or span.source not in (Source.UNKNOWN_WORD, Source.CONTEXT):
        return False
    if reading_number(text, span.start, span.end, lex) and not age_cue(
        text, span.start, span.end, lex
    ):
        return True  # "ferritin was 9", "mood was 3"; not "dx at 34", "my son is 9"
    clause = CLAUSE_END.split(text[max(0, span.start - 60) : span.start])[-1]
    if "age" in caseless(clause) and _BODY_AGE.search(clause):
        return True  # "bone age is 12", "reading age of 9": a measure, not how old
    guessed = span.source is Source.UNKNOWN_WORD
    if guessed and (
        _RATE_AFTER.match(text, span.end) or _may_give_score(clause) and _SCORE_GIVEN.search(clause)
    ):
        return True
    words = _WORD.findall(clause)
    if guessed and any(lex.flag(fold_term(w)) & DRUG for w in words[-2:]):
        return True
    again = _AGAIN_BEFORE.search(clause)
    if again is None or not (guessed or _NOW_BEFORE.search(clause)):
        return False
    base = span.start - len(clause)
    head = clause[: again.start()]
    for m in _EARLIER_READING.finditer(head):
        group = next(g for g in ("n", "n2", "n3") if m.group(g) is not None)
        a, b = base + m.start(group), base + m.end(group)
        if not any(x < b and a < y for x, y in ages):
            return True
    return any(
        lex.flag(fold_term(m.group(1))) & DRUG
        for m in _DRUG_NUMBER.finditer(head)
        if not any(x < base + m.end() and base + m.start(2) < y for x, y in ages)
    )
