"""Ages people write without the cue words the other finders know.

"f34 with lupus", "as a M29", "my mum is older than 80", "she's over 70", German "mit
34 die Diagnose", "die 9-Jährige": each says how old someone is as surely as "aged
34", and each is missed by finders that wait for "aged", "years old" or a verb. The
shapes are closed (a sex marker glued to two digits, a comparison with "than", a
German preposition before a number that no unit follows), so they hold without a
list of phrasings. Medicine never takes these shapes: a dose or reading has its unit
or its test's name ("older than 60" has neither).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.spans import Source, Span, SpanType

# "f34", "M58", "(F34)", "as a m29": a sex marker glued to an age, where a post,
# clause, bracket or "a"/"I'm" opens it ("the M25" is a road, "F32.1" a code).
SEX_GLUED = re.compile(
    r"(?:^|[\n(\[,;:>]|[.!?]\s|\b(?i:a|an|am|im|me|i['’]m|as\s+a)\s)[ \t]*"
    r"([mfMF]\s?([1-9]\d))(?=$|[\s,;:)\]!?/]|\.(?!\d))",
    re.MULTILINE,
)
# "older than 60", "younger than 40": an age compared, never a dose or a reading
# (no unit may follow: "older than 60 mins" is no age).
COMPARED = re.compile(
    r"\b(?:older|younger)\s+than\s+(?:(?:about|around|maybe|nearly|almost)\s+)?"
    r"([1-9]\d?|1[01]\d)\b(?!\s*(?:%|mg|mcg|ml|kg|lbs?|units?|mins?|minutes?|hours?|"
    r"hrs?|days?|weeks?|months?|[.,/]\d|-\d))",
    re.IGNORECASE,
)
# "she's over 70", "I'm nearly 60", "Dad is well past 80": a person, a verb of being,
# then a bound on their age.
_PERSON = (
    r"(?:i['’]?m|i\s+am|i\s+was|(?:he|she|who)(?:['’]s|\s+is|\s+was)|"
    r"(?:they|we)(?:['’]re|\s+are|\s+were)|"
    r"(?:my|our|his|her|their)\s+(?:mum|mom|mam|mother|dad|father|husband|wife|partner|"
    r"nan|nana|gran|grandma|grandad|grandpa|granny|aunt|auntie|aunty|uncle|son|daughter|"
    r"brother|sister|parents|kids|boy|girl)(?:['’]s|\s+is|\s+was|\s+are|\s+were))"
)
BOUNDED = re.compile(
    rf"\b{_PERSON}\s+(?:(?:now|still|only|just|well|way)\s+)?(?:over|under|past|nearly|almost|"
    r"pushing|approaching|not\s+yet)\s+([1-9]\d?|1[01]\d)\b"
    r"(?!\s*(?:%|mg|mcg|ml|kg|lbs?|st\b|stone|units?|mins?|minutes?|hours?|hrs?|days?|"
    r"weeks?|months?|[.,/]\d|-\d))",
    re.IGNORECASE,
)
# German: "mit 34 die Diagnose", "mit 34 Jahren", "mit 34 an MS erkrankt"; never "mit 2
# Tabletten" or "mit 5 mg" (a capitalised noun or a unit after the number is a count).
GERMAN_MIT = re.compile(
    r"\b(?i:mit)\s+([1-9]\d?)\b(?=\s*(?:Jahren\b|[,.;:!?)]|$)|\s+(?:an|die|der|das|den|dem|"
    r"ich|bekam|bekommen|hatte|habe|hab|wurde|kam|ist|war|bin|hat|erkrankt|diagnostiziert|"
    r"schon|erst|noch|fing|begann|ging|zog|musste|wurden|waren|bei|in)\b)"
)
# German: "die 9-Jährige", "34-jährige Mutter", "ein 80jähriger".
GERMAN_YEARS_OLD = re.compile(r"\b([1-9]\d?|1[01]\d)-?[jJ]ährige[nrms]?\b")


def find(text: str) -> Iterator[Span]:
    """Ages of the shapes above: the number, with a sex marker glued to it."""
    lower = text.lower()
    checks = (
        (SEX_GLUED, True),
        (COMPARED, "than" in lower),
        (BOUNDED, any(w in lower for w in ("over", "under", "past", "nearly", "almost", "push"))),
        (GERMAN_MIT, "mit " in lower),
        (GERMAN_YEARS_OLD, "ährig" in lower),
    )
    for regex, wanted in checks:
        for m in regex.finditer(text) if wanted else ():
            value = int(m.group(2 if regex is SEX_GLUED else 1))
            if regex is SEX_GLUED and not 13 <= value <= 99:
                continue
            # the marker goes with the number glued to it: "F34" reads "thirtysomething"
            start, end = m.span(2 if regex is SEX_GLUED and " " in m.group(1) else 1)
            yield Span(start, end, SpanType.AGE, Source.CONTEXT, 0.8, text[start:end])


def cue_before(text: str, start: int, end: int) -> bool:
    """Whether one of the shapes above makes ``text[start:end]`` an age (so no reading
    veto takes it)."""
    lo = max(0, start - 40)
    for m in _CUE_REGEXES:
        for hit in m.finditer(text, lo, min(len(text), end + 30)):
            if hit.span(1) == (start, end):
                return True
    return False


_CUE_REGEXES = (COMPARED, BOUNDED, GERMAN_MIT, GERMAN_YEARS_OLD)
