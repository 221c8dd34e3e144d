"""When a treatment's doses are due, read from its free-text schedule.

Schedules are typed by people ("twice daily", "8am and 8pm", "at night", "weekly"),
so this reads the common forms and gives up quietly on the rest ("as needed"):
a reminder that never fires is better than one at a made-up time. Used for the
medication reminders and for the doses the daily check-in asks about.
"""

from __future__ import annotations

import datetime as dt
import re

from app.models import Treatment

MORNING, MIDDAY, AFTERNOON, EVENING, NIGHT = (
    dt.time(8),
    dt.time(12),
    dt.time(14),
    dt.time(18),
    dt.time(22),
)
_TIMES_A_DAY = {
    1: (MORNING,),
    2: (MORNING, dt.time(20)),
    3: (MORNING, AFTERNOON, dt.time(20)),
    4: (MORNING, MIDDAY, dt.time(16), dt.time(20)),
}
_COUNT_WORDS = [
    (r"\b(?:once|one time|1 ?x|od|qd)\b(?: a| per)? ?(?:day|daily)?", 1),
    (r"\b(?:twice|two times|2 ?x|bd|bid|b\.i\.d\.?)\b", 2),
    (r"\b(?:three times|thrice|3 ?x|tds|tid|t\.i\.d\.?)\b", 3),
    (r"\b(?:four times|4 ?x|qds|qid|q\.i\.d\.?)\b", 4),
]
_PART_WORDS = [
    (r"\b(?:morning|breakfast|am)\b", MORNING),
    (r"\b(?:noon|midday|lunch)\b", MIDDAY),
    (r"\bafternoon\b", AFTERNOON),
    (r"\b(?:evening|dinner|supper)\b", EVENING),
    (r"\b(?:night|nightly|bedtime|bed)\b", NIGHT),
]
_CLOCK = re.compile(
    r"\b([01]?\d|2[0-3])(?:[:.h]([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d%])", re.IGNORECASE
)
_AS_NEEDED = re.compile(r"\b(?:as needed|when needed|if needed|prn|as required)\b", re.I)
_WEEKLY = re.compile(r"\b(?:weekly|once a week|every week)\b", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _clock_times(text: str) -> list[dt.time]:
    out = []
    for match in _CLOCK.finditer(text):
        hour, minute, half = int(match[1]), int(match[2] or 0), (match[3] or "").lower()
        if not match[2] and not half:
            continue  # a bare number is a dose or a count, not a time
        if half.startswith("p") and hour < 12:
            hour += 12
        elif half.startswith("a") and hour == 12:
            hour = 0
        if hour < 24:
            out.append(dt.time(hour, minute))
    return out


def times_in(schedule: str) -> list[dt.time]:
    """Times of day a schedule names, in order; [] when it names none we can trust."""
    text = schedule.strip().lower()
    if not text or _AS_NEEDED.search(text):
        return []
    found = _clock_times(text)
    if not found:
        found = [t for pattern, t in _PART_WORDS if re.search(pattern, text)]
    if not found:
        for pattern, count in _COUNT_WORDS:
            if re.search(pattern, text):
                found = list(_TIMES_A_DAY[count])
                break
    if not found and (
        re.search(r"\bdaily\b|\bevery day\b|\ba day\b", text) or _WEEKLY.search(text)
    ):
        found = [MORNING]
    return sorted(set(found))


def due_on(treatment: Treatment, day: dt.date) -> list[dt.time]:
    """The times ``treatment`` is due on ``day`` (none if it is not current then)."""
    if treatment.kind != "medication" or not treatment.is_current(day):
        return []
    text = treatment.schedule.lower()
    if _WEEKLY.search(text):
        named = [i for i, name in enumerate(_WEEKDAYS) if name in text]
        if named:
            if day.weekday() not in named:
                return []
        elif treatment.start_day is None or day.weekday() != treatment.start_day.weekday():
            return []  # weekly, but on which day? not guessed
    return times_in(treatment.schedule)
