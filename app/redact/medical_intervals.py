"""Numbers of care that look like dates, ages or phone numbers.

Clinic letters and the patients who copy them write intervals as fractions: "review in
6/12" (six months), "test again in 7/7" (a week), "follow up 3/12". Titrations list
their steps and give the unit once ("250 500 1000 mg", "von 75 auf 88 µg"), a growth
chart gives a centile ("on the 9th centile"), a test runs over hours ("24-hour urine"),
a pharmacy label names the product's NDC code, and the time since an operation or a
birth is counted with "post" ("4y post-transplant", "3 years post-op", "18 months
post-partum", "2 yrs s/p"). Each of these is taken by a date, age or phone finder when
read alone, and the post loses the reading the writer asked about. ``medical_readings.reading_ranges`` adds these ranges to the others.
"""

from __future__ import annotations

import re

from app.redact.windows import Started

# A follow-up or repeat, then the interval: "review in 6/12", "f/u 3/12", "again in 7/7",
# "repeat bloods in 2/52". A date has "on", "for" or nothing before it ("review on 6/12",
# "booked for 6/12", "next review 6/12"), so the interval needs a word of seeing again
# (review, repeat, again, back, bloods, scan, appt, clinic, ...) and "in", "after",
# "within" or "at"; only the clinic's own shorthand for a follow-up ("f/u 3/12", "follow
# up 3/12", "r/v 6/52") stands bare. "in 6/12" with no such word is left to the date
# finders. Where dates are written month first (_MONTH_FIRST), "4/12" and "3/7" are
# dates whatever stands before them ("Scan in 5/12", "Appt at 4/12"); only weeks ("2/52",
# no month's day) are an interval there.
_MONTH_FIRST = frozenset({"US", "CA"})
_SPAN = re.compile(r"(?:[1-7]/7|(?:[1-9]|1[0-2])/12|(?:[1-9]|[1-4]\d|5[0-2])/52)(?![\d/:-]|[.,]\d)")
_INTERVAL_BEFORE = re.compile(
    r"\b(?:(?:review(?:ed)?|follow(?:ing)?[- ]?up|f/u|fu|r/?v|recheck|re-?check|repeat|"
    r"again|reassess(?:ment)?|rpt|see\s+(?:you|me|him|her|us|them)|back|"
    r"bloods|scan|appt|appointment|clinic)\s+(?:in|at|after|within)"
    r"|follow(?:ing)?[- ]?up|f/u|fu|r/v)\s+$",
    re.IGNORECASE,
)
# Dose steps with the unit given once: "250 500 1000 mg", "2, 4, 8 mg", "from 75 to 88
# mcg", German "von 75 auf 88 µg". Three to six numbers in a plain run; two only with a
# word or an arrow of change between them. Found from the unit back, since few numbers
# carry one; ``_steps`` then keeps only a run shaped like a titration (see there).
_UNIT = r"(?:mg|mcg|µg|ug|g|ml|units?|iu|ie|u|mmol/l|nmol/l|pmol/l|µmol/l|mg/dl|ng/ml)"
_NUM = r"\d+(?:[.,]\d+)?"
_UNIT_FIRSTS = "mµuginp"  # the first letters of the units, in any case
# (the first letter looked at before the units: most numbers are followed by none)
_UNIT_AFTER = re.compile(rf"\d\s?(?=[{_UNIT_FIRSTS}]){_UNIT}(?![\w/])", re.IGNORECASE)
_STEPS_BEFORE = re.compile(
    rf"(?<![\w.,/])(?:(?:{_NUM}(?:\s*(?:,|→|->)\s*|\s+(?:then|dann)\s+|\s+)){{2,5}}"
    # slashes only between steps ("400/600/1200 mg"), never "BP 130/85 and 15mg"
    rf"|{_NUM}(?:/{_NUM}){{1,4}}/"
    rf"|{_NUM}(?:\s*(?:→|->|–)\s*|\s+(?:to|auf|bis|then|dann)\s+))\d*(?:[.,]\d+)?$",
    re.IGNORECASE,
)
# A centile on a growth chart: "9th centile", "on the 50th percentile", "25th %ile".
_CENTILE = re.compile(
    r"(?<![\w.,])\d{1,2}(?:\.\d+)?(?:st|nd|rd|th)?\s*(?:per)?(?:centiles?|%ile)\b",
    re.IGNORECASE,
)
# A span of hours or minutes a test or a dose runs over: "24-hour urine", "48 hr tape"
# (not "24h": a time of day as often).
_HOURS = re.compile(r"\d{1,3}[- ]?(?:hours?|hrs?|minutes?|mins?)-?\b", re.IGNORECASE)
# The time since an operation, a transplant or a birth: "4y post-transplant", "3 years
# post-op", "18 months post-partum", "2 yrs s/p CABG", "5 years out from transplant".
# A duration, never an age: "I'm 34 and 2 years post-op" keeps the 34, and an age's own
# words ("6 years old post-surgery") break the shape.
_SINCE_CARE = re.compile(
    r"(?<![\w.,/])\d{1,2}(?:[.,]5)?\s?(?:y|yrs?|years?|mo|mos|mths?|months?|wks?|weeks?|"
    r"days?)\.?[\s-]*(?:post|p/o\b|s/p\b|out\s+from\b)",
    re.IGNORECASE,
)
_SINCE_CARE_FAST = Started(_SINCE_CARE, r"\d+")  # tried at runs of digits only
# A product's code on a pharmacy label: "NDC 50474-595-40", "NDC# 0078-0357-15".
_NDC = re.compile(r"\bNDC\s*(?:#|:|no\.?|code)?\s*\d{4,5}-?\d{3,4}-?\d{1,2}\b", re.I)
# A number after these is an age, a year or a date, never the first step ("is 9, 10 then
# 20mg", "since 2021 50 100 150mg", "in 2019, 25 50 75 mg").
_NOT_STEP_AFTER = re.compile(
    r"\b(?:is|was|am|aged?|turned|turns|since|in|born|seit|im)[ \t]*$", re.IGNORECASE
)
_STEP_NUM = re.compile(_NUM)
_GLUED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,/")
_GLUED_SPAN = _GLUED | {":", "-"}


def _steps(text: str, last: int) -> int | None:
    """Where the dose steps ending at the digit ``last`` begin, or None. A run whose
    numbers are a phone's or an ID's groups, a year or an age is no titration, so a step
    has at most four digits and no leading zero, the steps only rise or only fall
    ("07700 900123, 500 1000 1500 mg" keeps the phone, "84, 5 10 20mg" the age), and the
    first is no number after "is", "since" or "in". Where the longest run fails, the
    shorter ones ending at the same number are tried."""
    lo = max(0, last - 60)
    while True:
        run = _STEPS_BEFORE.search(text, lo, last + 1)
        if run is None:
            return None
        values = []
        for step in _STEP_NUM.finditer(run.group()):
            whole = step.group().replace(",", ".").partition(".")[0]
            if len(whole) > 4 or (len(whole) > 1 and whole[0] == "0"):
                break
            values.append(float(step.group().replace(",", ".")))
        else:
            rising = all(a <= b for a, b in zip(values, values[1:]))
            falling = all(a >= b for a, b in zip(values, values[1:]))
            if (rising or falling) and not _NOT_STEP_AFTER.search(
                text, max(0, run.start() - 12), run.start()
            ):
                return run.start()
        first = _STEP_NUM.match(text, run.start())
        lo = first.end() if first else run.start() + 1


def interval_ranges(text: str, lowered: str, region: str = "GB") -> list[tuple[int, int]]:
    """Character ranges of the numbers of care described above, in ``text``; ``region``
    tells whether "4/12" may be a date."""
    out: list[tuple[int, int]] = []
    if "/7" in text or "/12" in text or "/52" in text:
        for m in _SPAN.finditer(text):
            if m.start() and text[m.start() - 1] in _GLUED_SPAN:
                continue  # "16/12", "1.5/7": not the number the shape begins with
            if region in _MONTH_FIRST and not m.group().endswith("/52"):
                continue  # "Scan in 5/12" is the fifth of December there
            if _INTERVAL_BEFORE.search(text, max(0, m.start() - 32), m.start()):
                out.append(m.span())
    for m in _UNIT_AFTER.finditer(text):
        start = _steps(text, m.start())
        if start is not None:
            out.append((start, m.end()))
    if "centile" in lowered or "%ile" in lowered:
        out.extend(m.span() for m in _CENTILE.finditer(text))
    if "hour" in lowered or "hr" in lowered or "min" in lowered:
        for m in _HOURS.finditer(text):
            if not m.start() or text[m.start() - 1] not in _GLUED:
                out.append(m.span())
    if "post" in lowered or "/p" in lowered or "out from" in lowered:
        out.extend(m.span() for m in _SINCE_CARE_FAST.finditer(text))
    if "ndc" in lowered:
        out.extend(m.span() for m in _NDC.finditer(text))
    return out
