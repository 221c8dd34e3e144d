"""Ages people write without the cue words the other finders know.

"f34 with lupus", "as a M29", "my mum is older than 80", "she's over 70", German "mit
34 die Diagnose", "die 9-Jährige": each says how old someone is as surely as "aged
34", and each is missed by finders that wait for "aged", "years old" or a verb. The
shapes are closed (a sex marker glued to two digits, a comparison with "than", a
German preposition before a number that no unit follows), so they hold without a
list of phrasings. A dose or reading has its unit or its test's name ("older than
60" has neither); the few medical shapes that look the same are told apart here: an
ICD-10 code ("dx F41", "F41.1") and minutes or metres glued to a number ("slept 90m").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Started, Triggered
from app.redact.windows_tokens import token_set

# "f34", "M58", "(F34)", "as a m29": a sex marker glued to an age, where a post,
# clause, bracket or "a"/"I'm" opens it ("the M25" is a road, "F32.1" a code).
SEX_GLUED = re.compile(
    r"(?:^|[\n(\[,;:>]|[.!?]\s|\b(?i:a|an|am|im|me|i['’]m|as\s+a)\s)[ \t]*"
    r"([mfMF]\s?([1-9]\d))(?=$|[\s,;:)\]!?/]|\.(?!\d))",
    re.MULTILINE,
)
# An ICD-10 code takes the same shape ("F41", "M54"), and so does a woman of 41. A
# leaked age costs more than an over-redacted code, so "F41" is a code only when it
# says so itself: a decimal ("F41.1"), a coding word straight before it ("dx F41",
# "ICD-10: F41", "code was F41", "Diagnose: F41"), or a list of such tokens ("F41 and
# F32.1", "dx F41/F32") where one has a decimal or that cue. A condition near ("F41
# anxiety", "anxiety (F41)") or another token in the clause ("B12") proves nothing.
_CODE_CUE_DIRECT = re.compile(
    r"(?:\b(?:dx(?!['’]?\w)|icd(?:-?10)?|codes?|coded(?:\s+as)?)\s*:?"
    r"|\b(?:diagnosis|diagnose)\s*:)\s*(?:(?:is|was)\s+)?[(\[]?\s*$",
    re.IGNORECASE,
)
_TOKEN = r"[(\[]?[A-TV-Z]\d{2}(?:\.\d{1,2})?[)\]]?"
_CODE_LIST = re.compile(rf"(?<![\w-]){_TOKEN}(?:\s*(?:,|/|&|\band\b)\s*{_TOKEN})+(?![\w-])")
_DECIMAL = re.compile(r"[A-TV-Z]\d{2}\.\d")
_PERSON_OPENER = re.compile(r"\b(?i:a|an|am|im|me|i['’]m|as\s+a)\s+$")


def _icd_code(text: str, m: re.Match[str]) -> bool:
    """Whether a ``SEX_GLUED`` match is an ICD-10 code ("dx F41"); "F41 anxiety" and
    "I'm F41" stay ages."""
    return icd_code_at(text, m.start(1), m.end(1))


def _cued(text: str, start: int) -> bool:
    return _CODE_CUE_DIRECT.search(text, max(0, start - 24), start) is not None


def icd_code_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, shaped like "F41", is an ICD-10 code: glued, in
    capitals, and with a decimal, a coding word straight before it, or in a list of
    codes one of which has either. A person opening it ("me F34") keeps it an age."""
    code = text[start:end]
    if " " in code or not code[:1].isupper():
        return False  # "f 34", "f34": codes are written glued and in capitals
    if _PERSON_OPENER.search(text, max(0, start - 8), start):
        return False
    if text[end : end + 1] == "." and text[end + 1 : end + 2].isdigit():
        return True
    if _cued(text, start):
        return True
    lo, hi = max(0, start - 80), min(len(text), end + 80)
    for chain in _CODE_LIST.finditer(text, lo, hi):
        if chain.start() <= start and end <= chain.end():
            return _DECIMAL.search(chain.group()) is not None or _cued(text, chain.start())
    return False


# "f/34/uk", "34/f/uk", "M/58", German "W/34": age and sex split by slashes.
SLASHED = re.compile(
    r"(?<![\w/])(?:[mfMFW]\s?/\s?([1-9]\d)|([1-9]\d)\s?/\s?[mfMFW])(?=$|[\s/,.;:)!?])"
)
# "my father 71 yrs,", "son 6 years and": a person and a number of years straight after,
# with no "ago" or "later" (a duration) after it.
KIN_YEARS = re.compile(
    r"\b(?i:father|mother|dad|mum|mom|mam|son|daughter|husband|wife|brother|sister|"
    r"grandma|grandpa|grandad|nan|nana|granny|aunt|uncle|nephew|niece|boy|girl|baby|kid|"
    r"child|partner|hubby|friend)\s+(\d{1,3})\s*(?i:yrs?|years?)\b"
    r"(?!\s*(?i:ago|later|since|before|after|on|off|of|into|in|now|clean|sober|back|"
    r"married|together|post|out))"
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
# The same in words: "unserem Einjährigen", "als Vierjährige", "ein Zweieinhalbjähriger".
GERMAN_WORD_YEARS_OLD = re.compile(
    r"\b(?i:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|"
    r"vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn)(?:einhalb)?-?[jJ]ährige[nrms]?\b"
)


# "me 34f,", "a friend, 29f,", "nephew 6yrs,": an age glued to its sex or its unit, a
# token no list holds (a baby's "18mo" is left to the finders of months). A distance or
# a duration takes the same shapes ("a 20m walk", "for 6yrs", "3yrs ago"), so the
# words around decide.
GLUED = re.compile(
    r"(?<![\w/.,£$€#+-])(\d{1,3})(f|m|F|M|(?i:yo|y/o|y\.o\.?|yrs?))"
    r"(?=$|[\s,;:)!?/]|\.(?!\d))"
)
# A match opens with a digit after no word character: at the start of a run of digits,
# tried only there (see ``Started``), not at every place of the text.
_GLUED_FAST = Started(GLUED, r"\d+")
_GLUED_AFTER_VETO = re.compile(
    r"\s+(?:walk|walks|run|runs|drive|swim|away|long|high|wide|tall|deep|of|from|later|"
    r"ago|in|on|to|into|each|per|at|down|up|back|round|radius|mark|race|sprint|dash|"
    r"pool|post|since|off|clean|sober|prior|before|after|out|left|more|less|max|min|"
    r"journey|commute|trip|limit|deposit|loan|budget|pounds|dollars|people|users)\b",
    re.IGNORECASE,
)
_GLUED_BEFORE_VETO = re.compile(
    r"(?:\b(?:for|over|within|last|past|every|than|after|in|per|by|x|about|around|"
    r"approx|nearly|almost|under|only|just|the|a|an|another|extra)|\d|[£$€x×~<>=])\s*$",
    re.IGNORECASE,
)
# Before a glued age these words are still an age's: "I'm only 22f", "nearly 9yo".
_GLUED_BEFORE_OK = re.compile(
    r"\b(?:i['’]?m|i\s+am|(?:she|he)['’]s|(?:she|he)\s+is|(?:is|was|turned|turning))"
    r"\s+(?:only|just|nearly|almost|about|around|a|an)?\s*$",
    re.IGNORECASE,
)


# A person or an opened clause straight before a glued "m" makes it a man's age ("Hubby
# 45m", "me 34m today", "Update: 52m", "I'm only 22m"), whatever verb came earlier.
_PERSON_BEFORE_M = re.compile(
    r"(?:^|[\n:;,(!?]|[.!?]\s|\b(?:me|i['’]?m|i\s+am|i\s+was|he['’]s|he\s+is|he\s+was|"
    r"hubby|husband|partner|boyfriend|bf|dh|fiance|son|dad|father|brother|grandad|grandpa|"
    r"uncle|nephew|friend|mate|(?:he|who)\s+(?:is|was))(?:\s+(?:is|was|only|just))*)\s*$",
    re.IGNORECASE,
)
# "m" is minutes or metres after a verb of lasting or moving ("slept 90m", "walked 20m",
# "took 90m") or before a noun of doing ("a 45m nap", "20m session").
_MINUTES_BEFORE = re.compile(
    r"\b(?:walk(?:ed|ing|s)?|ran|run(?:ning|s)?|jog(?:ged|ging|s)?|swam|swim(?:ming|s)?|"
    r"cycl(?:ed|ing|es?)|rode|biked?|hiked?|drove|drive|driving|slept|sleep(?:ing|s)?|"
    r"napp?(?:ed|ing|s)?|wait(?:ed|ing|s)?|queu(?:ed|eing|ing|es?)|took|takes?|taking|"
    r"last(?:ed|s)?|spent|spend|sat|stood|lay|rested|meditat(?:ed|ing)|stretch(?:ed|ing)|"
    r"did|done|doing|read|pedal(?:led|ling)?|rowed|climbed|paced|yoga|physio|lasting)"
    r"\s+(?:for\s+|about\s+|around\s+|like\s+|maybe\s+)?$",
    re.IGNORECASE,
)
_MINUTES_AFTER = re.compile(
    r"\s+(?:naps?|sleeps?|waits?|queues?|delays?|sessions?|appointments?|appts?|calls?|"
    r"consults?|rides?|cycles?|workouts?|classes?|rests?|lie-?ins?|lie-?downs?|breaks?|"
    r"showers?|baths?|meetings?|infusions?|drips?|scans?|mris?|stroll|hikes?|jogs?|"
    r"swims?|laps?|stretch|yoga|pilates|physio|meditation|timer|slot|walks?|runs?|"
    r"drives?|journeys?|commutes?|trips?)\b",
    re.IGNORECASE,
)
# "my son 6m", "dd 9m": a baby's age in months after a word for a child.
_BABY_BEFORE = re.compile(
    r"\b(?:son|daughter|baby|babe|boy|girl|grandson|granddaughter|niece|nephew|lo|dd|ds|"
    r"twins?|bub|bubs|little\s+one)\s+$",
    re.IGNORECASE,
)


def _glued(text: str, m: re.Match[str]) -> bool:
    """Whether a glued number and letters (``GLUED``) are an age here."""
    value = int(m.group(1))
    unit = m.group(2).lower()
    if unit == "m":
        before = text[max(0, m.start() - 24) : m.start()]
        person = _GLUED_BEFORE_OK.search(before) or _PERSON_BEFORE_M.search(before)
        if (not person and _MINUTES_BEFORE.search(before)) or _MINUTES_AFTER.match(text, m.end()):
            return False  # "slept 90m", "walked 20m today", "a 45m nap"
        if value <= 24 and _BABY_BEFORE.search(before):
            return True  # "my son 6m": months, and an age as surely as years
    if unit in ("f", "m") and not (13 <= value <= (94 if unit == "f" else 99)):
        return False  # "98f" is a temperature
    if value > 110:
        return False
    before = text[max(0, m.start() - 24) : m.start()]
    if _GLUED_BEFORE_VETO.search(before) and not _GLUED_BEFORE_OK.search(before):
        return False
    return _GLUED_AFTER_VETO.match(text, m.end()) is None


# ``COMPARED`` opens with one of these as a whole token (no letter of theirs folds to
# another under ``re.IGNORECASE``): "than" alone is in most texts.
_COMPARED_WORDS = frozenset(("older", "younger"))
# What a match of each costly shape must hold, found by a scan that skips ahead to its
# first character (the shapes themselves open with a lookbehind, a word boundary or an
# alternation and are tried at every place): "F34", a number and "yr", the last letter
# of "over", "past", "nearly", "pushing", "yet" before a number. These letters fold to
# no other character in a case-insensitive match.
_SEX_HINT = re.compile(r"[mfMF]\s?[1-9]\d")
_KIN_HINT = re.compile(r"\d\s*(?:yr|year)", re.IGNORECASE)
_BOUNDED_HINT = re.compile(r"[rRtTyYgG]\s+[1-9]")
# A slashed age and sex without the lookbehind that made ``SLASHED`` try every place.
_SLASHED_HINT = re.compile(r"[mfMFW]\s?/\s?[1-9]\d|[1-9]\d\s?/\s?[mfMFW]")
# Any word beyond ASCII may fold onto a first word of a case-insensitive pattern.
_ODD = r"|.*[^\x00-\x7f].*"
# ``BOUNDED`` and ``KIN_YEARS`` open with a word: tried only where one of their first
# words starts (see ``Triggered``), not at every place of a text that passes the hints.
_BOUNDED_FAST = Triggered(BOUNDED, "i|im|he|she|who|they|we|my|our|his|her|their" + _ODD)
_KIN_YEARS_FAST = Triggered(
    KIN_YEARS,
    "father|mother|dad|mum|mom|mam|son|daughter|husband|wife|brother|sister|grandma|grandpa|"
    "grandad|nan|nana|granny|aunt|uncle|nephew|niece|boy|girl|baby|kid|child|partner|hubby|"
    "friend" + _ODD,
)


def find(text: str) -> Iterator[Span]:
    """Ages of the shapes above: the number alone (the age itself)."""
    lower = text.lower()
    checks = (
        (SEX_GLUED, _SEX_HINT.search(text) is not None),
        (COMPARED, "than" in lower and not token_set(text).isdisjoint(_COMPARED_WORDS)),
        (
            _BOUNDED_FAST,
            any(w in lower for w in ("over", "under", "past", "nearly", "almost", "push"))
            and _BOUNDED_HINT.search(text) is not None,
        ),
        (GERMAN_MIT, "mit " in lower),
        (GERMAN_YEARS_OLD, "ährig" in lower),
        (
            _KIN_YEARS_FAST,
            ("yr" in lower or "year" in lower) and _KIN_HINT.search(text) is not None,
        ),
    )
    for m in _GLUED_FAST.finditer(text):
        if _glued(text, m):
            start, end = m.span(1)  # the age itself, as the other finders mark it
            yield Span(start, end, SpanType.AGE, Source.CONTEXT, 0.8, text[start:end])
    for m in SLASHED.finditer(text) if "/" in text and _SLASHED_HINT.search(text) else ():
        group = 1 if m.group(1) else 2
        start, end = m.span(group)
        yield Span(start, end, SpanType.AGE, Source.CONTEXT, 0.8, text[start:end])
    for m in GERMAN_WORD_YEARS_OLD.finditer(text) if "ährig" in lower else ():
        yield Span(m.start(), m.end(), SpanType.AGE, Source.CONTEXT, 0.8, m.group())
    for regex, wanted in checks:
        for m in regex.finditer(text) if wanted else ():
            value = int(m.group(2 if regex is SEX_GLUED else 1))
            if regex is SEX_GLUED and (not 13 <= value <= 99 or _icd_code(text, m)):
                continue
            # "F34" whole (it reads "thirtysomething"), "f 27" the number alone
            glued = regex is SEX_GLUED and " " not in m.group(1)
            start, end = m.span(1 if glued or regex is not SEX_GLUED else 2)
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
