"""Readings are medicine: a number a lab test, a vital sign or a score gives.

People quote their results the way they talk: "ferritin was 9", "my hb was only 8",
"blood pressure has been running at 150 over 95", "ketones were 3", "egfr down to 52",
"his oxygen was at 89", "4/10 pain". A number there is a result, never an age, a date
or an ID, and a post that loses it loses what the writer wanted to ask about. The
``medical.LAB_VALUE`` pattern knows a reading's name followed straight by its number;
this module adds the wider vocabulary and the linking words between them ("came back
at", "went up to", "still", "only"), readings given again in the same breath ("from 8
to 230", "which was 9, is now 40"), the latest of a test named earlier in the
sentence ("checks my ESR every 3 months, last one 12"), reference ranges ("normal under
5"), and pain and symptom scores out of ten.

Everyday words that name a reading ("pain", "weight", "iron") take fewer links than a
test's name: "started having pain at 16" is an age, "CRP at 45" is a result.
"""

from __future__ import annotations

import re

from app.redact.medical_intervals import interval_ranges
from app.redact.medical_scores import SLASH as _SLASH
from app.redact.medical_scores import not_over as _not_over
from app.redact.medical_scores import score_ranges
from app.redact.sentences import SENTENCE_END
from app.redact.windows import Started, Triggered
from app.redact.windows_tokens import lowered

# Tests, vital signs, scores and scales, by the names patients use (any case).
_TESTS = (
    r"ferritin|b12|vit(?:amin)?\.?\s?(?:b12|d3?)|tsh|t3|t4|free\s+t[34]|ft[34]|"
    r"e?gfr|creat(?:inine)?|urea|alt|ast|alp|ggt|bili(?:rubin)?|albumin|crp|esr|"
    r"calprotectin|calpro|fcp|platelets?|plts?|wbc|rbc|white\s+(?:cell\s+)?count|wcc|neuts?|"
    r"neutrophils?|lymphocytes?|lymphs|eosinophils?|eos|monocytes|hb|hgb|ha?emoglobin|"
    r"hct|ha?ematocrit|mcv|hba1c|a1c|glucose|bgl?|bsl|blood\s+(?:sugars?|glucose)|"
    r"ketones?|inr|potassium|sodium|magnesium|calcium|phosphate|chloride|bicarb|"
    r"cortisol|prolactin|amh|fsh|lh|oestradiol|estradiol|progesterone|testosterone|"
    r"shbg|psa|ca-?125|ca\s?19-?9|cea|troponin|trop|bnp|nt-?probnp|lactate|d-?dimer|"
    r"ldl|hdl|(?:total\s+)?cholesterol|triglycerides|lipase|amylase|ck|cpk|urate|"
    r"uric\s+acid|ammonia|pth|acth|igf-?1|igg|iga|ige|cd4|viral\s+load|"
    r"bp|blood\s+pressure|hr|heart\s+rate|resting\s+(?:hr|heart\s+rate)|rr|"
    r"resp(?:iratory)?\s+rate|spo2|sp02|o2(?:\s+sats?)?|sats|saturations?|"
    r"fev1|fvc|peak\s+flows?|pef|bmi|ahi|odi|edss|phq-?9|gad-?7|epds|moca|mmse|"
    r"das-?28|basdai|haq|cdai|hbi|midas|hit-?6|ess|epworth|alsfrs(?:-r)?|updrs|"
    r"pulse\s+ox(?:imeter)?|oximeter|iop|eye\s+pressures?|kidney\s+function|liver\s+function|lung\s+function|"
    r"thyroid\s+levels?|iron\s+(?:levels?|stores)|spoon\s+count|"
    r"(?:free\s+)?(?:kappa|lambda)(?:\s+(?:free\s+)?light\s+chains?)?|"
    r"(?:free\s+)?light\s+chains?|paraprotein|flc"
)
# Everyday words that name a reading too: fewer links may stand between them and it.
_EVERYDAY = (
    r"pain(?:\s+(?:score|level|scale))?|fatigue|nausea|temp|temperature|fever|pulse|"
    r"weight|sugars?|iron|oxygen|score|levels?|readings?|count|spoons"
)
# Words between a reading's name and its number: "came back at", "has been running at".
_LINK = (
    r"was|is|were|are|has\s+been|have\s+been|had\s+been|been|of|now|still|only|just|"
    r"back|came\s+back|came\s+in|up|down|to|went|gone|has\s+gone|dropped|"
    r"fell|rose|climbed|jumped|spiked|peaked|crashed|hit|hits|reached|stays?|stayed|"
    r"running|sitting|stuck|hovering|around|about|approx|roughly|like|over|under|"
    r"above|below|less\s+than|more\s+than|nearly|almost|finally|again|all|even|"
    r"level|levels|reading|readings|result|results|score|count|it['’]?s|its|my|her|"
    r"his|their|which\s+was|which\s+is|said|says|showed|shows|showing|reads|read|"
    r"measured|mid|low|high|upper|lower|r|von|bei|de|di|="
)
# After an everyday word "at" needs a word of being before it: "pain was at 7", never
# "pain at 16" (how old the writer was when it began).
_BEING_AT = (
    r"(?:was|is|are|were|been|now|still|back|in|running|sitting|stuck|hovering|"
    r"peaked)\s+at"
)
_NUMBER = (  # a year is no reading: "pain in 2019" keeps its date
    r"[<>≤≥~]?\s*(?<![\w.,/])(?!(?:19|20)\d\d(?![\d.,]))\d+(?:[.,]\d+)?(?:\s*%|(?<=0)s\b)?"
    r"(?:\s*(?:/|\bover\b)\s*\d+(?:[.,]\d+)?(?![\d/]))?"
    r"(?!\d|[.,/:]\d|(?:st|nd|rd|th)\b|\s*(?:years?|yrs?|yo|y/o|y\.o)\b|-(?:year|yr))"
)
# A reading given again: "from 8 to 230", "9, now 40", "which was 9, is now 40", "19 at
# the start and 8".
_AGAIN = (
    r"(?:\s+(?:at\s+(?:the\s+)?(?:start|beginning|first|baseline|diagnosis)|initially|"
    r"originally|before))?"
    r"(?:\s*(?:,|→|->|=>)\s*|\s+(?:and|then|to|now|but)\s+)"
    r"(?:(?:it['’]?s|is|was|and|but|then|now|down|up|back|to|only|still)\s+){0,3}"
    r"(?<![\w.,/])(?!(?:19|20)\d\d(?![\d.,]))\d+(?:[.,]\d+)?(?:\s*%)?(?:\s*/\s*10\b)?"
    r"(?!\d|[.,/:]\d|[A-Za-zµ]|\s*(?:years?|yrs?|yo|y/o|y\.o)\b|-(?:year|yr))"
)


def _reading(names: str, links: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?=[^\n]{{0,60}}?\d)\b(?:{names})\b(?:['’]s\b)?\+?(?:\s*[,:=@]?\s*(?:{links})\b){{0,5}}"
        rf"\s*(?:[:=@]|\s[-–—])?\s*"
        rf"(?:{_NUMBER})(?:{_AGAIN}){{0,3}}",
        re.IGNORECASE,
    )


_TEST_READING = _reading(_TESTS, rf"{_BEING_AT}|{_LINK}|at|from")
_EVERYDAY_READING = _reading(_EVERYDAY, rf"{_BEING_AT}|{_LINK}")
_FIRSTS = (
    r"ferritin|b12|vit|vitamin|tsh|t3|t4|free|ft3|ft4|gfr|egfr|creat|creatinine|urea|"
    r"alt|ast|alp|ggt|bili|bilirubin|albumin|crp|esr|calprotectin|fcp|platelets?|plts?|"
    r"wbc|rbc|white|wcc|neuts?|neutrophils?|lymphocytes?|lymphs|eosinophils?|eos|"
    r"monocytes|hb|hgb|haemoglobin|hemoglobin|hct|haematocrit|hematocrit|mcv|hba1c|a1c|"
    r"glucose|bg|bgl|bsl|blood|ketones?|inr|potassium|sodium|magnesium|calcium|"
    r"phosphate|chloride|bicarb|cortisol|prolactin|amh|fsh|lh|oestradiol|estradiol|"
    r"progesterone|testosterone|shbg|psa|ca|ca19|cea|troponin|trop|bnp|nt|probnp|"
    r"lactate|d|ddimer|ldl|hdl|total|cholesterol|triglycerides|lipase|amylase|ck|cpk|"
    r"urate|uric|ammonia|pth|acth|igf|igg|iga|ige|cd4|viral|bp|hr|heart|resting|rr|"
    r"resp|respiratory|spo2|sp02|o2|sats?|saturations?|fev1|fvc|peak|pef|bmi|ahi|odi|"
    r"edss|phq|gad|epds|moca|mmse|das|das28|basdai|haq|cdai|hbi|midas|hit|ess|epworth|"
    r"alsfrs|updrs|pulse|oximeter|iop|eye|kidney|liver|lung|thyroid|iron|spoon|kappa|"
    r"lambda|light|paraprotein|flc"
)
_EVERYDAY_FIRSTS = (
    r"pain|fatigue|nausea|temp|temperature|fever|pulse|weight|sugars?|iron|oxygen|score|"
    r"levels?|readings?|count|spoons"
)
_TEST_FAST = Triggered(_TEST_READING, _FIRSTS)
_EVERYDAY_FAST = Triggered(_EVERYDAY_READING, _EVERYDAY_FIRSTS)

# A score out of ten: "4/10 pain", "a 7/10 day", "like an 8/10", "6 out of 10", German
# "7 von 10".
_OUT_OF_TEN = re.compile(
    r"(?<![\w/.,])\d{1,2}(?:\.\d)?\s*(?:/\s*10|out\s+of\s+10|outta\s+10|von\s+10)(?![\d/])",
    re.IGNORECASE,
)
_TEN_BEFORE = re.compile(
    r"(?:\b(?:a|an|like|about|around|maybe|rated?|rating|scored?|scale|level|at|solid|"
    r"pain|fatigue|nausea|anxiety|mood|energy|sleep)|[:=(])\s*$",
    re.IGNORECASE,
)
_TEN_AFTER = re.compile(
    r"\s*(?:for\s+|on\s+the\s+)?(?:pain|painful|fatigue|nausea|anxiety|mood|energy|sleep|"
    r"day|days|week|night|headache|migraine|flare|symptoms?|severity|scale|today|"
    r"(?:\w+\s+)?(?:pain|day|fatigue))\b",
    re.IGNORECASE,
)


# A score before its scale: "scored me 6 on the edss", "a 3 on the pain scale".
_ON_SCALE = re.compile(
    rf"(?<![\w.,/])\d{{1,3}}(?:[.,]\d+)?(?=\s+on\s+(?:the|my|an?|his|her)\s+"
    rf"(?:{_TESTS}|pain|fatigue|(?:\w+\s+)?scale)\b)",
    re.IGNORECASE,
)


# A slash between small numbers that is medicine, not a day and a month: a fraction of
# a dose ("1/2 tablet", "3/4 of a sachet"), a clinical duration in days, weeks or months
# ("2/7 fever", "for 3/52", "5/7 ago"), a count out of a total ("9/9 doses", "took 3/4
# nights"), a score a verb of scoring gives ("scored 9/9").
_DOSE_WORDS = (
    r"tablets?|tabs?|pills?|caps(?:ules)?|sachets?|doses?|spoons?|teaspoons?|tsps?|"
    r"cups?|injections?|jabs?|pens?|vials?|patch(?:es)?|puffs?|drops?|ml|mg|mcg|"
    r"units?|strength|infusions?|sessions?|cycles?|courses?|meals?|questions?|points?|max"
)
# A date is as often followed by these ("on 14/2 the pain started", "from 4/3 the
# nights"): only straight after the slash, with no "the" or "my" between.
_COUNTED_WORDS = r"nights?|days?|hours?|hrs?|weeks?|months?|pain|score|symptoms?"
_FRACTION = re.compile(
    rf"{_SLASH}(?=\s*(?:of\s+)?(?:(?:a|an|each|every|one)\s+)?"
    rf"(?:{_DOSE_WORDS})\b)"
    rf"|(?<!\bon\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\bfor\s)(?<!\buntil\s)(?<!\bby\s)"
    rf"{_SLASH}(?=\s*(?:{_COUNTED_WORDS})\b)"
    # a word between only for a true fraction: "1/2 a dextrose tablet", never "3/13 lasix dose"
    rf"|(?<![\w/.,:-])(?:1/[248]|3/[48]|[1-7]/8|[12]/3)(?![\d/.:-])(?=\s*(?:of\s+)?"
    rf"(?:(?:a|an|the|my|her|his|each|every|one)\s+)?[A-Za-z-]{{3,}}\s+(?:{_DOSE_WORDS})\b)",
    re.IGNORECASE,
)
# Days of a week, weeks of a year, months of a year: the first number below the second.
_DURATION_SHORT = r"(?:[1-6]/7|(?:[1-9]|[1-4]\d|5[01])/52)"  # "for 5/12" may be December
_DURATION = rf"(?:{_DURATION_SHORT}|(?:[1-9]|1[01])/12)"
_CLINICAL_DURATION = re.compile(
    rf"\b(?:a|an|for|x|past|last|over|approx|about|hx|history)\s+({_DURATION_SHORT})(?![\d/])"
    rf"|(?<![\w/.,:-])(?<!\bon\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\bby\s)"
    rf"({_DURATION})(?=\s+(?:ago|hx|history|post|pre|prior|"
    r"fevers?|febrile|diarrh?o?ea|d&v|vomiting|cough|coughing|headaches?|sob|symptoms|"
    r"pain|rash|bleeding|flare|sore|nausea|temps?)\b)",
    re.IGNORECASE,
)
# A thread's part counter: "🧵 1/3:", "thread 2/5", "(part 1/2)" (not "pt 1/3": a patient).
_PART_COUNTER = re.compile(
    r"(?:🧵|\b(?:thread|part))\s*[:#-]?\s*(\d{1,2}/\d{1,2})(?![\d/])", re.IGNORECASE
)
_SCORED = re.compile(
    rf"\b(?:scored?|scoring|rated?|rating|managed|"
    rf"out\s+of)\s+(?:a\s+|only\s+|just\s+)?({_SLASH})",
    re.IGNORECASE,
)


# Each shape above holds a number, a slash and a number ("1/2", "3 / 52"): most texts with
# a slash have none ("and/or", a link), and the shapes, which open with a lookbehind or a
# word boundary, would be tried at every character of them.
_NUMBER_SLASH = re.compile(r"\d\s?/\s?\d")
# A fraction opens with its one or two digits, after no word character: where a run of
# one or two digits and a slash starts (this scan never runs over such a place).
_FRACTION_FAST = Started(_FRACTION, r"\d\d?\s?/")


def slash_ranges(text: str) -> list[tuple[int, int]]:
    """Fractions, clinical durations and scores written with a slash (see above)."""
    if "/" not in text or _NUMBER_SLASH.search(text) is None:
        return []
    out = [m.span() for m in _FRACTION_FAST.finditer(text)]
    if "/7" in text or "/12" in text or "/52" in text:  # every duration ends so
        for m in _CLINICAL_DURATION.finditer(text):
            group = 1 if m.group(1) else 2
            out.append(m.span(group))
    low = lowered(text)  # the words each of the last two opens with, in any case
    if "scor" in low or "rat" in low or "managed" in low or "out" in low:
        out.extend(m.span(1) for m in _SCORED.finditer(text) if _not_over(m.group(1)))
    if "thread" in low or "part" in low or "\U0001f9f5" in text:
        out.extend(m.span(1) for m in _PART_COUNTER.finditer(text))
    return out


# The latest of a test named before in the sentence: "checks my ESR every 3 months,
# last one 12", "ferritin is checked monthly, latest was 9".
_LATEST = re.compile(
    rf"\b(?:last|latest|most\s+recent|newest)(?:\s+(?:one|result|reading|test|check|time|"
    rf"level))?\s*(?:was|is|came\s+back(?:\s+at)?|:|=|,|at)?\s*({_NUMBER})"
    r"(?!\s*(?:weeks?|days?|months?|hours?|hrs?|mins?|minutes?|times?|am|pm|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b)",
    re.IGNORECASE,
)
_TEST_NAME = re.compile(rf"\b(?:{_TESTS})\b", re.IGNORECASE)


# A reference range: "(normal under 5)", "normal range 0-5", "ref < 30", "target is
# below 7".
_NORMAL = re.compile(
    rf"(?<!\bage\s)\b(?:normal(?:\s+range)?|ref(?:erence)?(?:\s+range)?|target)"
    rf"(?:\s+(?:is|was|should\s+be|=|:))?\s*"
    rf"(?:(?:under|below|over|above|less\s+than|more\s+than|up\s+to|between|<|>|≤|≥)\s*)?"
    rf"({_NUMBER}(?:\s*(?:-|–|to|and)\s*\d+(?:[.,]\d+)?)?)",
    re.IGNORECASE,
)


def _latest_ranges(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _LATEST.finditer(text):
        left = SENTENCE_END.split(text[max(0, m.start() - 80) : m.start()])[-1]
        if _TEST_NAME.search(left):
            out.append(m.span(1))
    return out


# A strength without its unit, said as what someone is on: "i'm on 7.5 now", "she's still
# on 2.5". Only halves and quarters, the steps doses move in; "was on 7.5" may be a date.
_ON_STRENGTH = re.compile(
    r"\b(?:i['’]?m|i\s+am|still|currently|now|been|he['’]?s|she['’]?s|we['’]?re|"
    r"they['’]?re)\s+on\s+(\d{1,2}\.(?:5|25|75))(?![\d/]|[.,]\d)",
    re.IGNORECASE,
)

# What each _ON_STRENGTH match holds, found by a scan for its digit ("7.5", "2.25").
_HALF_STEP = re.compile(r"\d\.[257]")


def reading_ranges(text: str, region: str = "GB") -> list[tuple[int, int]]:
    """Character ranges of readings in ``text``: a test's or a measure's name, its
    linking words and its number or numbers, and scores out of ten."""
    out = [m.span() for m in _TEST_FAST.finditer(text)]
    out.extend(m.span() for m in _EVERYDAY_FAST.finditer(text))
    if "/10" in text or " 10" in text or "/ 10" in text:
        for m in _OUT_OF_TEN.finditer(text):
            said = m.group().lower()
            out_of = "out" in said or "von" in said  # "6 out of 10", "7 von 10": a score
            if (
                out_of
                or _TEN_BEFORE.search(text, max(0, m.start() - 24), m.start())
                or _TEN_AFTER.match(text, m.end())
            ):
                out.append(m.span())
    if " on the " in text or " on my " in text:
        out.extend(m.span() for m in _ON_SCALE.finditer(text))
    out.extend(slash_ranges(text))
    out.extend(score_ranges(text))  # "ER positive 8/8", "4/5 power", "IgM 3/3 bands"
    if " on " in text and _HALF_STEP.search(text):
        out.extend(m.span(1) for m in _ON_STRENGTH.finditer(text))
    lowered = text.lower()
    if "last" in lowered or "latest" in lowered or "recent" in lowered:
        out.extend(_latest_ranges(text))
    if "normal" in lowered or "ref" in lowered or "target" in lowered:
        out.extend(m.span(1) for m in _NORMAL.finditer(text))
    out.extend(interval_ranges(text, lowered, region))  # "review in 6/12", "250 500 1000 mg"
    return out
