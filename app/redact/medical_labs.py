"""A test's or a score's short name before its reading is medicine, and so is the reading.

Patients quote results by the abbreviation their clinic prints: "CK 320", "PASI 14",
"TRAb 14", "tTG came back at 97", "UHDRS motor 41", "Puls jetzt 92". The name nets take
the abbreviation for a person or a town when a place slot sits before it ("down to CK
320", "from PASI 14 to PASI 2"), and the age nets take the number. Both are wrong for
the same reason: the abbreviation names a measure and the number is its value. So a
guessed name or place that is only a listed test's name, followed by a reading, is
dropped, and so is a guessed age or date whose number is read off a listed test a few
linking words before it. The list is written from general knowledge of what labs and
clinics report; a word that is also a given name or surname ("Ana", "Hurley", "Haq",
"Gleason", "Apgar") is left out or, where patients use it often ("ANCA", "PASI", "IgE"),
counts only when not written as a name; a name of two or three letters must be written
with a capital ("CK", not "ck") to count. A title before the word ("Dr Iga", "Mr Ige") makes
it a person's name, and a count or a clock time after it ("4 times", "9:15") is no
reading.

Some conditions and procedures share their letters with a given name or a common word
("Tavi", "Tia", "Jia", German "als"); written in capitals ("TAVI", "TIA", "JIA", "ALS")
they are the medicine, so a guessed name or place in capitals that is one of them is
dropped too.

A number after a word that classes a condition ("exon 19", "stage 4", "tipo 2",
"trisomy 21") is likewise never an age.
"""

from __future__ import annotations

import re

from app.redact.spans import SURE_SOURCES, Span, SpanType

# Tests and scores by the short names clinics print, lower case: blood, urine and
# stool tests, hormones and antibodies, scores and scales. Common to several markets
# and languages (DFGe, Kreatinin, Puls).
LAB_NAMES = frozenset(
    """ck cpk ck-mb crp hs-crp esr bsg hb hgb hba1c a1c hb1ac gmi tir tsh ft4 ft3 t3 t4
 rt3 trab tsi tbii tpo tpoab tgab ttg ttg-iga dgp alt ast gpt ggt gamma-gt
 alp ldh inr aptt ptt bnp nt-probnp ntprobnp probnp troponin trop tnt tni
 hstnt hstni egfr gfr dfg dfge tfg tfge crea creat kreatinin creatinine creatinina
 cystatin urea bun harnstoff acr uacr pcr upcr psa fpsa cea afp ca125 ca-125 ca19-9
 ca15-3 hcg bhcg wbc wcc rbc plt plts anc alc mcv mch mchc rdw hct retics ferritin
 ferritine ferritina tsat b12 folate folat vitd 25ohd ige igg iga igm igg4 tryptase
 cd4 vl ldl hdl apob lpa ldl-c hdl-c trig triglycerides cholesterol cholesterin pth
 acth shbg fsh lh amh dheas prl e2 igf-1 igf1 dsdna dsg1 dsg3 anca ccp acpa calprotectin
 fcp elastase lipase amylase ammonia lactate kalium natrium puls ruhepuls spo2 sao2
 fev1 fvc pef feno dlco tlco bmi pasi easi scorad dlqi sledai sledai-2k bilag edss
 uhdrs updrs mds-updrs alsfrs alsfrs-r basdai basfi asdas das28 das-28 cdai sdai
 hbi sccai pucai pcdai uceis phq9 phq-9 gad7 gad-7 epds hads mmse ace-iii nihss
 gcs ecog kps nyha meld meld-na fib4 fib-4 qsofa news2 curb-65 hit-6 asrs ybocs
 y-bocs pcl-5 audit-c ipss iief ahi fss mfis womac
 isup bi-rads birads pi-rads ki-67 ki67 chop-intend hfmse rulm gmfcs
 renin aldosterone cortisol saa testosterone oestradiol estradiol calcium sodium
 potassium chloride bicarbonate albumin bilirubin platelets neutrophils lymphocytes
 haemoglobin hemoglobin urate fiqr mrss bdi bdi-ii madrs hama moca
 """.split()
)
# Medical acronyms that are also a given name or a word in lower case: medicine only
# when written in capitals.
CAPITALS_ONLY = frozenset("tavi tia jia als gad cad ich vin".split())
# Words that may stand between a test's name and its value: "came back at", "was",
# "motor" (the part of a scale), "jetzt" (German "now").
_LINKS = frozenset(
    """was is were are of at now still only just about around roughly came back in up
    down to from went rose fell dropped jumped score total level levels result reading
    motor value count index = : jetzt war ist bei auf nur noch etwa ca liegt lag von
    est était es era fue""".split()
)
_TOKEN = re.compile(r"[\w+-]+|[=:]")
_NUMBER = re.compile(r"[≥≤<>~]?\s*\d")
_READING_AFTER = re.compile(
    r"\s*(?:[:=]\s*)?(?:(?:was|is|of|now|still|came back(?: at)?|back at|jetzt|war|ist|"
    r"down to|up to)\s+){0,2}[≥≤<>~]?\s*\d",
    re.IGNORECASE,
)
# A word that classes what the number after it counts: a gene's part, a stage, a type.
_CLASS_BEFORE = re.compile(
    r"\b(?:exon|exons|codon|chromosome|trisomy|stage|stadium|tipo|typ|type|cycle|"
    r"zyklus|ciclo|round|runde|dose|infusion|fraction|fraktion)\s*$",
    re.IGNORECASE,
)
# What makes a number no reading: a count of times or of days, or a clock time.
_NO_READING = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:x\b|times\b|mal\b|weeks?\b|days?\b|months?\b|years?\b|yrs?\b|"
    r"hours?\b|hrs?\b|mins?\b|minutes?\b|minuten\b|am\b|pm\b|uhr\b|o'clock)|\d{1,2}[:.]\d\d\b(?!\s*%)",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:dr|doctor|mr|mrs|ms|miss|mx|prof|professor|nurse|sister|sr|herr|frau)\.?\s+$",
    re.IGNORECASE,
)
_GUESSED = (SpanType.NAME, SpanType.PLACE)
_NUMBERS = (SpanType.AGE, SpanType.DATE)
_REACH = 40  # characters before a number that may hold its test's name and links


# Tests whose letters are also a person's name ("Anca", "Pasi", "Alp", "Ige"): a test
# only when not written as a name, capital first and lower case after ("ANCA", "IgE").
NAME_LIKE = frozenset("anca ast alt alp cea iga ige pasi".split())


def lab_name(word: str) -> bool:
    """A listed test's or score's short name, as the reader sees it written: one of two
    or three letters needs a capital ("CK", "Hb"), so "ck" in a chat is no test, and one
    that is also a name must not be written like one ("ANCA", never "Anca")."""
    bare = word.strip(".,;:!?'’")
    key = bare.lower()
    if key not in LAB_NAMES:
        return False
    if key in NAME_LIKE and bare[:1].isupper() and bare[1:].islower():
        return False
    return len(key) > 3 or any(c.isupper() for c in word)


def drop_lab_readings(spans: list[Span], text: str) -> list[Span]:
    """The spans less guessed names and places that are a test's name before its
    reading, and guessed ages and dates that are a test's reading or a stage's number."""
    return [s for s in spans if not _lab_or_reading(s, text)]


def _lab_or_reading(span: Span, text: str) -> bool:
    if span.source in SURE_SOURCES:
        return False
    if span.type in _GUESSED:
        if span.text.isupper() and span.text.lower() in CAPITALS_ONLY:
            return True  # "TAVI", "TIA", "ALS"; not "Tavi", "Tia"
        words = span.text.split()
        if not words or not all(lab_name(w) for w in words):
            return False  # (asked first: most guesses are no test's name)
        if _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start):
            return False  # "Dr Iga 9:15", "Mr Ige said": a person
        return _read_here(span, text)
    if span.type in _NUMBERS and _NUMBER.match(span.text):
        before = text[max(0, span.start - _REACH) : span.start]
        # "PsA" is psoriatic arthritis, no reading: "diagnosed PsA at 31" (the prostate's
        # PSA is written in capitals)
        before = before.replace("PsA", "Psoriatic")
        return _CLASS_BEFORE.search(before) is not None or _read_off_test(before)
    return False


def _read_here(span: Span, text: str) -> bool:
    """Whether this test's name is followed by a reading here or anywhere in the text:
    one writer uses one word one way, so "PASI went from PASI 14 to PASI 2" is a score
    in all three places."""
    if _reading(text, span.end):
        return True
    word = span.text
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if _alone(text, at, end) and _reading(text, end):
            return True
        at = text.find(word, at + 1)
    return False


def _reading(text: str, end: int) -> bool:
    """A reading right after ``end``: a value, not a count ("4 times") or a time ("9:15")."""
    m = _READING_AFTER.match(text, end)
    return m is not None and not _NO_READING.match(text, m.end() - 1)


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole word, no part of a longer one."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_")


def _read_off_test(before: str) -> bool:
    """Whether ``before`` ends with a listed test's name and at most three linking words
    ("tTG came back at", "UHDRS motor", "Puls jetzt", "CK"), with no sentence end."""
    tokens = _TOKEN.findall(before)[-5:]
    links = 0
    for tok in reversed(tokens):
        if lab_name(tok):
            tail = before[before.rfind(tok) + len(tok) :]
            return not any(ch in tail for ch in ".!?;,\n")  # "Alp, 34": an age
        if tok.lower() not in _LINKS or links == 3:
            return False
        links += 1
    return False
