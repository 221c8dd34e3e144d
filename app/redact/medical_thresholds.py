"""Readings no list names: a threshold said of "it", a test written as tests are.

Shapes of a result or a dose that the named-test patterns (``medical_readings``) cannot
know:

- a limit a thing crosses: "bring her in if it passes 39", "call us if it goes above
  10", "when it drops below 4". A person's age is turned or reached by someone ("when
  she turns 40"); "it" crossing a number is a temperature, a sugar, a count;
- a test's name written in the letters of lab reports, which no word list holds:
  an antibody ("anti-HBs is 6", "anti-TPO of 600"), capitals around a lower-case
  letter or with digits ("HBsAg", "IgG4 was 2.1", "PO2 8"). Names that look alike
  ("DeShawn is 6", "McKay was 9") keep their ages: after the second capital a name runs
  on in lower case, a test's name does not;
- a target for "it" ("they want it under 7"), a dose one is on ("I'm on 40", "was on
  80 but now 40"; not "on 6 weeks", "on 2 of them"), a weight ("weighed in at 62"),
  the place in a course ("jab 5 today", "infusion number 3"), a number a schedule
  follows ("40 each morning").
"""

from __future__ import annotations

import re

from app.redact.windows import DIGITS, Started, Triggered

# A short number that is no year, date, time, age or part of a longer number ("in 2019",
# "4/5", "10am", "40 years", "AB12 345678").
_NUMBER = (
    r"[<>≤≥~]?\s*(?<![\w.,/])(?!(?:19|20)\d\d(?![\d.,]))\d{1,4}(?:[.,]\d+)?(?:\s*%)?"
    r"(?!\d|\s?\d|[.,/:]\d|[A-Za-z'’]|\s*(?:years?|yrs?|yo|y/o|y\.o|am|pm|miles?|km|mins?|"
    r"minutes?|hours?|hrs?|days?|weeks?|months?|times?)\b|-(?:year|yr))"
)
_CROSSING = re.compile(
    r"\b(?:it|it['’]?s|that|which|this)\s+"
    r"(?:(?:ever|still|then|just|has|does|keeps?)\s+)?"
    r"(?:pass(?:es|ed)?|exceed(?:s|ed)?|tops|topped|hits|reach(?:es|ed)|"
    r"(?:go(?:es)?|went|gets|got|creeps?|crept|climbs?|climbed|rises?|rose|drops?|"
    r"dropped|falls?|fell|dips?|dipped|spikes?|spiked|stays?|stayed)\s+"
    r"(?:above|over|below|under|past|beyond|up\s+to|down\s+to|back\s+to))\s+"
    rf"({_NUMBER})",
    re.IGNORECASE,
)
_CROSSING_FAST = Triggered(
    _CROSSING,
    r"it|that|which|this",
    words_if=lambda text, start: DIGITS.search(text, start, start + 48) is not None,
)
# "want it under 7", "keep it below 10": a target said of "it" ("had it at 58" is the
# age an illness came)
_TARGET = re.compile(
    rf"\b(?:it|it['’]?s)\s+(?:under|below|above|over|between)\s+({_NUMBER})",
    re.IGNORECASE,
)
_TARGET_WORDS = ("under", "below", "above", "over", "between")
_TARGET_FAST = Triggered(
    _TARGET,
    r"it",
    words_if=lambda text, start: any(w in text[start : start + 14] for w in _TARGET_WORDS),
)
# "I'm on 40", "he was on 80 but now 40", "started on 25": being on a number is a dose
_ON_NUMBER = re.compile(
    rf"on\s+({_NUMBER}(?:\s*,?\s*(?:(?:but|and|then|now|down|up|back|to)\s+){{1,3}}"
    rf"{_NUMBER})?)(?!\s*(?:of\s+(?:us|them|you|the\s+\w+s)|out\s+of|/)\b)",
    re.IGNORECASE,
)
_BEING_BEFORE = re.compile(
    r"\b(?:i['’]?m|im|am|was|is|been|still|now|are|were|he['’]s|she['’]s|started|put\s+\w+)"
    r"\s+$",
    re.IGNORECASE,
)


def _digit_after(text: str, start: int) -> bool:
    """A digit within the two characters after "on": the cheap half of ``_ON_NUMBER``."""
    after = text[start + 2 : start + 5].lstrip()
    return bool(after) and (after[0].isdigit() or after[0] in "<>~")


_ON_NUMBER_FAST = Triggered(_ON_NUMBER, r"on", words_if=_digit_after)
# "weighed in at 62", "weighs 70": a weight
_WEIGHED = re.compile(rf"\bweigh(?:ed|s|ing)?(?:\s+in)?(?:\s+at)?\s+({_NUMBER})", re.IGNORECASE)
_WEIGHED_FAST = Triggered(_WEIGHED, r"weigh|weighed|weighs|weighing")
# "jab 5 today", "infusion number 3", "dose #2": which one of a course
_COURSE = re.compile(
    r"\b(?:jabs?|doses?|infusions?|injections?|shots?|cycles?|rounds?|sessions?|treatments?|"
    rf"fractions?|pens?|vials?)\s+(?:number\s+|no\.?\s*|#\s*)?({_NUMBER})",
    re.IGNORECASE,
)
_COURSE_FAST = Triggered(
    _COURSE,
    r"jabs?|doses?|infusions?|injections?|shots?|cycles?|rounds?|sessions?|treatments?|"
    r"fractions?|pens?|vials?",
    words_if=lambda text, start: DIGITS.search(text, start, start + 24) is not None,
)
# "40 each morning", "2 at night", "15 daily": a number a schedule follows is a dose
_SCHEDULED = re.compile(
    rf"({_NUMBER})(?=\s+(?:(?:each|every)\s+(?:morning|night|evening|day|week)|daily|twice|"
    r"nightly|at\s+night|at\s+bedtime|in\s+the\s+morning|a\s+day|per\s+day|bd|od|tds|qds|"
    r"nocte|mane)\b)",
    re.IGNORECASE,
)
_SCHEDULED_FAST = Started(_SCHEDULED, r"\d+")
_LINK = r"(?:levels?|was|is|were|are|of|at|now|still|only|came\s+back(?:\s+at)?|=|:)"
# "anti-HBs", "HBsAg", "IgG4", "PO2": not "DeShawn", "McKay", "GP", forum kin ("DH",
# "DS1"), a school year ("Y6") nor a count ("CABG X5").
_TEST_SHAPE = (
    r"(?:anti-[A-Za-z0-9]{2,10}"
    # a lower-case letter or a digit somewhere, at most one lower-case letter after the
    # second capital unless a capital or a digit follows: "HBsAg", "TgAb", not "JoAnn"
    r"|(?!Ma?c[A-Z]|D[SDHW]\d)(?=[A-Za-z]*[a-z0-9])[A-Z][a-z]?[A-Z][a-z]?(?:[A-Z0-9][A-Za-z0-9]{0,4})?"
    r"|(?!D[SDHW]\d|[XY]\d)[A-Z]{1,4}\d{1,3}[A-Za-z]{0,2})"
)
_SHAPED = re.compile(
    rf"(?<![\w-]){_TEST_SHAPE}(?![\w-])(?:\s*{_LINK}){{0,2}}\s*({_NUMBER})",
)
_SHAPED_FAST = Triggered(
    _SHAPED,
    r"anti",
    capitals=r"[A-Z][a-z]?[A-Z0-9]",
    words_if=lambda text, start: DIGITS.search(text, start, start + 40) is not None,
)


def threshold_ranges(text: str) -> list[tuple[int, int]]:
    """The numbers of limits crossed or aimed at, of tests named by their shape, of doses
    one is on or takes on a schedule, of weights and of the place in a course (see
    above)."""
    out = [m.span(1) for m in _CROSSING_FAST.finditer(text)]
    for fast in (_SHAPED_FAST, _TARGET_FAST, _WEIGHED_FAST, _COURSE_FAST):
        out.extend(m.span(1) for m in fast.finditer(text))
    out.extend(
        m.span(1)
        for m in _ON_NUMBER_FAST.finditer(text)
        if _BEING_BEFORE.search(text, max(0, m.start() - 16), m.start())
    )
    if DIGITS.search(text) is not None:
        out.extend(m.span(1) for m in _SCHEDULED_FAST.finditer(text))
    return out
