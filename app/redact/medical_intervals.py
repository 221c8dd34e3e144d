"""Numbers of care that look like dates, ages or phone numbers.

Clinic letters and the patients who copy them write intervals as fractions: "review in
6/12" (six months), "test again in 7/7" (a week), "follow up 3/12". Titrations list
their steps and give the unit once ("250 500 1000 mg", "von 75 auf 88 µg"), a growth
chart gives a centile ("on the 9th centile"), a test runs over hours ("24-hour urine"),
and a pharmacy label names the product's NDC code. Each of these is taken by a date,
age or phone finder when read alone, and the post loses the reading the writer asked
about. ``medical_readings.reading_ranges`` adds these ranges to the others.
"""

from __future__ import annotations

import re

# A follow-up or repeat, then the interval: "review in 6/12", "f/u 3/12", "again in 7/7",
# "repeat bloods in 2/52". A date has "on", "for" or nothing before it ("review on 6/12",
# "booked for 6/12", "next review 6/12"), so the interval needs "in", "after", "within"
# or "at"; only the clinic's own shorthand for a follow-up ("f/u 3/12", "follow up
# 3/12", "r/v 6/52") stands bare, and "in" alone ("in 6/12") is left to the date finders.
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
# word or an arrow of change between them, so "she's 9, 20mg" keeps its age. Found from
# the unit back, since few numbers carry one.
_UNIT = r"(?:mg|mcg|µg|ug|g|ml|units?|iu|ie|u|mmol/l|nmol/l|pmol/l|µmol/l|mg/dl|ng/ml)"
_NUM = r"\d+(?:[.,]\d+)?"
_UNIT_AFTER = re.compile(rf"\d\s?{_UNIT}(?![\w/])", re.IGNORECASE)
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
# A product's code on a pharmacy label: "NDC 50474-595-40", "NDC# 0078-0357-15".
_NDC = re.compile(r"\bNDC\s*(?:#|:|no\.?|code)?\s*\d{4,5}-?\d{3,4}-?\d{1,2}\b", re.I)
_GLUED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,/")
_GLUED_SPAN = _GLUED | {":", "-"}


def interval_ranges(text: str, lowered: str) -> list[tuple[int, int]]:
    """Character ranges of the numbers of care described above, in ``text``."""
    out: list[tuple[int, int]] = []
    if "/7" in text or "/12" in text or "/52" in text:
        for m in _SPAN.finditer(text):
            if m.start() and text[m.start() - 1] in _GLUED_SPAN:
                continue  # "16/12", "1.5/7": not the number the shape begins with
            if _INTERVAL_BEFORE.search(text, max(0, m.start() - 32), m.start()):
                out.append(m.span())
    for m in _UNIT_AFTER.finditer(text):
        # the steps, then the last number, ending at the digit before the unit
        run = _STEPS_BEFORE.search(text, max(0, m.start() - 60), m.start() + 1)
        if run is not None:
            out.append((run.start(), m.end()))
    if "centile" in lowered or "%ile" in lowered:
        out.extend(m.span() for m in _CENTILE.finditer(text))
    if "hour" in lowered or "hr" in lowered or "min" in lowered:
        for m in _HOURS.finditer(text):
            if not m.start() or text[m.start() - 1] not in _GLUED:
                out.append(m.span())
    if "ndc" in lowered:
        out.extend(m.span() for m in _NDC.finditer(text))
    return out
