"""When a small number beside clock, duration or score words is no age (``numbers_age``).

A bare number is a possible age unless its context makes it safe; these are the
contexts the day's posts got wrong: a clock time ("awake since 4"), a duration ("slept
for 7 last night", "on 20mg for 7 now", German "seit 2 Jahren") and a score beside
another on a scale of ten ("3 von 10, vorher eher 7"). Each says "age" back where a
person is said to be the number ("my roommate priya is 24", "mit 2 Jahren"). An age
cue before the number ("mit 34", "at 38") says age too, whatever condition follows,
even one whose name ends in "s" like a plural ("Mit 34 Diabetes bekommen").
"""

from __future__ import annotations

import re

# A score on a scale of ten just before the number, or the number's own scale after it.
_SCALE_NEAR = re.compile(r"\b\d{1,2}\s*(?:/|von|out\s+of|outta)\s*10\b(?!\s*(?:mg|ml|kg))", re.I)
# Between a scale's score and the number: a new sentence, or a person said to be it.
_NOT_SAME_SCORE = re.compile(
    r"[.!?;]\s|\b(?:is|ist|are|sind|turned|turns|turning|wird|aged?|my|his|her|their|our|"
    r"meine?|seine?|ihre?)\b",
    re.IGNORECASE,
)


def _scale_score(text: str, start: int, end: int) -> bool:
    """A number beside a score on a scale of ten, in the same clause: "3 von 10, vorher
    eher 7", "now 4/10, was 8"; "pain was 8/10. my roommate is 24" keeps its age."""
    if _SCALE_NEAR.match(text, start, end + 12):
        return True
    last = None
    for hit in _SCALE_NEAR.finditer(text, max(0, start - 40), start):
        last = hit
    return last is not None and not _NOT_SAME_SCORE.search(text, last.end(), start)


# "since N" is the clock only where it says so: "awake/woke/up since 4", "since 4am",
# "since 5 o'clock". "night terrors since 4" and "waking at night since 3" are ages.
_AWAKE_BEFORE = re.compile(r"\b(?:awake|woke|up)\s+(?:ever\s+)?since\s+$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s?(?:am\b|pm\b|a\.m\.|p\.m\.|o['’]?clock\b)", re.IGNORECASE)
# Near "for 7": what lasts (sleep, a fast, a drug taken) makes the number a duration.
_DURATION_NEAR = re.compile(
    r"(?<![A-Za-z])(?:slept|sleep|sleeping|napped|nap|fasting|fasted|lasted|lasts|lasting|waited|"
    r"waiting|stayed|been\s+on|been\s+taking|on\s+(?:it|them|this|that)|taking|mg|mcg|"
    r"ml|units?|doses?|tablets?|pills?|straight|solid|hours?|hrs?|mins?|minutes|nights?|"
    r"bed|awake|asleep|lying|laid|"
    r"days|weeks|months)\b",
    re.IGNORECASE,
)


def time_or_score(text: str, start: int, end: int, low: str, value: int) -> bool:
    """The number at ``start:end`` (``low`` the word before it) is a clock time, a
    duration or a score by the words around it."""
    if _scale_score(text, start, end):
        return True
    if low in ("um", "gegen") and value <= 24:
        return True  # German "um 9", "gegen 10": the clock
    if (
        low == "since"
        and value <= 12
        and (_AWAKE_BEFORE.search(text, max(0, start - 30), start) or _CLOCK_AFTER.match(text, end))
    ):
        return True  # "awake since 4", "up since 5am": the clock; "asthma since 4" an age
    return low == "for" and _DURATION_NEAR.search(text, max(0, start - 50), end + 25) is not None


# German words before "N Jahre(n)" that make it a stretch of time, not an age.
_GERMAN_SPAN_BEFORE = re.compile(
    r"\b(?:seit|vor|für|nach|in|über|fast|knapp|etwa|ca\.?|rund|innerhalb|letzten|"
    r"ersten|alle)\s+(?:(?:fast|knapp|etwa|über|rund|gut)\s+)?\S+$",
    re.IGNORECASE,
)


def german_years_span(text: str, end: int, next_word: str) -> bool:
    """ "seit 2 Jahren", "vor 3 Jahren": German years after a word of time are a stretch."""
    return next_word.lower() in ("jahre", "jahren") and (
        _GERMAN_SPAN_BEFORE.search(text, max(0, end - 40), end) is not None
    )


# Words after which a number is how old someone was, whatever condition follows, unless
# a verb of being puts a reading there ("CA 15-3 ist mit 28 im Normbereich").
_AGE_CUES = frozenset(["mit", "at", "aged", "age", "von"])
_BE_THEN_CUE = re.compile(r"\b(?:ist|war|liegt|lag|is|was|sits|sat|came\s+back)\s+\S+\s*$", re.I)


def age_cue(low: str, before: str, value: int) -> bool:
    """An age cue (``low``, the word before the number) right before a number of 10 or
    more (see above)."""
    return low in _AGE_CUES and value >= 10 and not _BE_THEN_CUE.search(before)


# Conditions named with an "s" that is no plural: after an age cue the number is how
# old, not how many ("Mit 34 Diabetes", "at 38 shingles"; "mit 34 Tabletten" counts).
_SINGULAR_S = frozenset(
    "diabetes herpes measles mumps rabies scabies shingles rickets hives krebs".split()
)
_WORD_BEFORE = re.compile(r"([\w#.'’-]+)\s*$")


def aged_condition(text: str, start: int, value: int, next_word: str) -> bool:
    """An age cue before the number at ``start`` and one of ``_SINGULAR_S`` after it."""
    if next_word.lower() not in _SINGULAR_S:
        return False
    before = text[max(0, start - 40) : start]
    prev = _WORD_BEFORE.search(before)
    return prev is not None and age_cue(prev.group(1).lower().rstrip("."), before, value)
