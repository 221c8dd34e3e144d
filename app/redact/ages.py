"""Ages, the user's and other people's, in the many ways people write them.

An age with a rare condition and a town can single a person out, so we look for it in
every common shape: "34 years old", "I'm 34", "she's 9", "my son (8)", "(32F)",
"diagnosed at 47", "since I was 19", "seventy-two", "my 40th", "in my early thirties".
A bare number is an age only with one of these cues; doses and lab values never are
(``medical`` removes any age found inside one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, KeysView

from app.redact import ages_extra, ages_shapes
from app.redact.numbers_readings import reading_before
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import DIGITS, Started, Triggered
from app.redact.windows_at import case_traps
from app.redact.windows_tokens import token_set
from app.redact.word_trie import as_trie

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_ORD_TENS = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
_DECADE_WORDS = {
    "teens": 10,
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}

_WORD_NUM = (
    rf"(?:(?:{'|'.join(_TENS[2:])})(?:[\s-](?:{'|'.join(_UNITS[1:10])}))?"
    rf"|{'|'.join(reversed(_UNITS[1:]))})"
)
_ORD_WORD = (
    rf"(?:(?:{'|'.join(_TENS[2:])})[\s-](?:{'|'.join(_ORD_UNITS)})"
    rf"|{'|'.join(_ORD_TENS)}|{'|'.join(_ORD_UNITS)})"
)
# "my first" or "my second" is a first infusion or a second opinion far more often than
# a birthday: after "my" only thirteenth and up, unless "birthday" follows.
_ORD_WORD_BIG = (
    rf"(?:(?:{'|'.join(_TENS[2:])})[\s-](?:{'|'.join(_ORD_UNITS)})"
    rf"|{'|'.join(_ORD_TENS)}|{'|'.join(list(_ORD_UNITS)[12:])})"
)
_NUM = rf"(?:1[01]\d|\d{{1,2}}|{_WORD_NUM})"
_DECADE = rf"(?:\d0['’]?s|{'|'.join(_DECADE_WORDS)})"
# What must not follow a number for it to be an age: units, times, heights, scores.
_NOT_AFTER = (
    r"(?!\s*(?:%|mg|mcg|kg|g\b|lbs?|st\b|stone|ml|cm|mm|ft|feet|foot|inch|"
    r"weeks?|wks?|days?|times?|minutes?|mins?|hours?|hrs?|pm|am|o['’]?clock|"
    r"months?|percent|points?|units?|miles?|km|k\b|x\b|/|[:.,]\d|['’\"]\d|-\d|"
    r"th\b|st\b|nd\b|rd\b|and a half|more|or so|of|in\b|out of|"
    r"already|yet|minutes|days|steps|cups?|pills?|tablets?|doses?|people|"
    r"things|year\b))"
)
_KIN = (
    r"(?:son|daughter|kid|child|boy|girl|baby|lad|lass|brother|sister|mum|mom|mam|"
    r"mother|dad|father|husband|wife|partner|nan|nain|nana|gran|grandma|grandad|"
    r"grandpa|granny|grandmother|grandfather|taid|papa|mama|abuela|abuelo|aunt|auntie|"
    r"aunty|uncle|niece|nephew|cousin|friend|stepson|stepdaughter|twins?|eldest|"
    r"youngest|little one|grandson|granddaughter|bf|gf|boyfriend|girlfriend|fianc[eé]e?|"
    r"neighbou?r|patient|pt|man|woman|guy|lady|wee one|pa|ma|oupa|ouma|abbu|ammi|amma|"
    r"appa|aai|baba|nani|dadi|nonna|nonno|oma|opa|hubby|missus|old man|old lady|"
    r"(?:mother|father|sister|brother|son|daughter)-in-law|grandkid|grandchild|"
    r"toddler|teen|teenager|youngest|oldest|middle one)"
)
# ``_KIN`` as a trie for the long patterns, where a space follows it (see ``word_trie``):
# ignoring case, the engine entered each of its hundred words in turn at every try.
_KIN_TRIE = as_trie(_KIN, str.isspace)
_NOT_SUBJECT = (
    r"(?:This|That|There|It|What|Which|Dose|Score|Level|Result|Number|Total|"
    r"Count|Weight|Height|Ward|Room|Bed|Page|Step|Day|Week|Month|Year|Cycle|"
    r"Round|Stage|Grade|Type|Class|Size|Price|Cost|Time|Pain|Fatigue|Mood|"
    r"Sleep|Energy|Temp|Reading|Rate|Everything|Nothing|Today|Tomorrow|"
    r"Yesterday|Tonight|Appointment|Bus|Train|Flight|Gate|Platform|Floor)"
)
_VERB = (
    r"(?:is|was|turned|turns|will be|would(?:['’]ve| have) been|is going to be|"
    r"just turned|is now|is only|is nearly|is almost|was only|was just|['’]s)"
)
# Who an age belongs to: "I'm", "she's", "my son is", "Karabo is", "Dad was", "who is".
_SUBJECT = (
    rf"(?:i['’]?m|i am|i was|i['’]ll be|i turn(?:ed|s)?|i['’]ll turn|"
    rf"(?:he|she|who|they|we|you)(?:['’]s|['’]re| {_VERB}| are| were)|"
    rf"(?:(?:my|his|her|their|our|your) (?:\w+ )?)?{_KIN_TRIE} {_VERB}|"
    rf"(?-i:(?!{_NOT_SUBJECT}\b)[A-Z][a-z]{{2,}}) {_VERB}|"
    rf"ich bin|er ist|sie ist|je suis|tengo|tiene)"
)

# The start of a post, a line or a sentence (after a quote mark too).
_CLAUSE_START = (
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=^>\s)|(?<=\n>\s)|(?<=\bhi,\s)|"
    r"(?<=\bhey,\s)|(?<=hello,\s)|(?<=hallo,\s)|(?<=hiya,\s)|(?<=\bmoin,\s)|(?<=\bhi\sall,\s)|"
    r"(?<=\bhey\sall,\s)|(?<=hello\sall,\s)|(?<=\bhi\sguys,\s)|(?<=\bhey\sguys,\s)|"
    r"(?<=\bhi\sfolks,\s)|(?<=\bhi\severyone,\s)|(?<=hallo\szusammen,\s))"
)

AGE = re.compile(
    # "34 years old", "34-year-old", "34 yo", "6 month old", "thirty-four years of age"
    rf"\b({_NUM})(?:\s*(?:-|\s)?\s*(?:yo\b|y/o\b|y\.o\.?|yrs?\.?\s*old\b|years?[\s-]old\b|"
    rf"yr[\s-]old\b|years? of age\b|(?:months?|mo|weeks?)[\s-]old\b)"
    rf"|(?=\s*(?:years?|yrs?)\b(?!\s+ago)(?=\s+(?:old|of age))))"
    # "aged 71", "age: 47", "turned 50", "I'm 34", "she's 9", "my son is 14"
    rf"|\b(?:aged?|age:|at age|at the age of|turning|turned|turns|just turned|being|pushing|"
    rf"(?:by|since|from|until) (?:the )?age(?: of)?|(?:(?<=\bare )|(?<=\bwere ))both|{_SUBJECT})"
    rf"\s+(?:just\s+|only\s+|nearly\s+|"
    rf"almost\s+)?({_NUM})\b{_NOT_AFTER}"
    # "diagnosed at 47", "dx'd at 19", "since I was 19", "when she was 5"
    rf"|\b(?:diagnosed|dx(?:['’]?d)?|diagnosis|started|began|onset|retired|widowed|"
    rf"married|pregnant|died|passed away|passed)(?:\s+with\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}})?"
    rf"\s+(?:at|aged|age)\s+({_NUM})\b{_NOT_AFTER}"
    # "is twenty-three too young", "34 and still", "24 Jahre", "24 ans"
    rf"|\b({_NUM})\s+(?:is\s+)?(?:too|so|very|quite)\s+(?:young|old)\b"
    rf"|\b(\d{{1,3}})\s+(?:ans|años|anos|jahre(?: alt)?|jaar|anni)\b"
    rf"|\b(?:since|when|until|till|by the time|before|after|from when)\s+"
    rf"(?:i|he|she|they|we|you|my \w+)\s+(?:was|were|turned|hit)\s+({_NUM})\b{_NOT_AFTER}"
    # "in my early thirties", "in her late 40s", "in his teens"
    rf"|\b(?:in|into|hit|hitting|reached|reaching|entered|entering|past)\s+"
    rf"(?:my|her|his|their|your|our)\s+((?:(?:early|mid|late)[\s-])?{_DECADE})\b"
    rf"|\b((?:early|mid|late)[\s-](?:{'|'.join(list(_DECADE_WORDS)[1:])}|[2-9]0['’]?s))\b"
    r"(?!\s+(?:kids?|bab(?:y|ies)|child|children|girls?|boys?|born)\b)"  # "late 90s kid": a date
    # "my 40th", "her 18th birthday", "his fortieth"
    rf"|\b(?:my|his|her|their|your|our)\s+((?:1[3-9]|[2-9]\d|1[01]\d)(?:st|nd|rd|th)|{_ORD_WORD_BIG})"
    rf"(?!\s+(?:infusion|dose|injection|jab|cycle|time|round|week|day|month|year|attempt|"
    rf"appointment|session|floor|line|opinion|visit|flare|surgery|op|operation|course|lot|"
    rf"batch|try|go|trimester|pregnancy|anniversary|place|choice|hospital|admission|"
    rf"relapse|scan|mri|biopsy|treatment|test)s?\b)(?!-)"
    # "(32F)", "[28M]", "(F, 41)", "32f here", "M45"
    rf"|(?<=[(\[])(\d{{2}}\s?[MFmf])(?=[)\],/ ])"
    # German forums: "Steffi hier (38/w)", "(41/m)", "(29/d)"
    rf"|(?<=[(\[])(\d{{2}})(?=\s?/\s?[wmWM][)\]])"
    rf"|(?<=[(\[])[MFmf][,/ ]?\s?(\d{{2}})(?=[)\]])"
    rf"|(?-i:\b(\d{{2}}\s?[MF]))(?=[\s,.;:)!]|$)(?!\s+(?:mg|units?)\b)"
    # "I'm a 34f with POTS", "as a 29m here", "I am 41f.": lower case too, where the
    # writer says what they are (not "a 20m walk": a word of their own must follow)
    rf"|(?<=\b[Aa] )((?:1[3-9]|[2-9]\d)\s?[MFmf])(?=\s*(?:[,.;:)!/]|$|(?:with|w|here|who|and|from|"
    rf"in|living|diagnosed|dx|that|currently|recently|newly|just)\b))"
    rf"|(?<=\b[Aa]m )((?:1[3-9]|[2-9]\d)(?-i:[MFf]))(?=[\s,.;:)!]|$)"
    rf"|(?:^|(?<=\n))(?-i:[MF]),?\s(\d{{2}})\b",
    re.IGNORECASE,
)
# The shapes below are rarer, so each is tried only where its own words occur (the
# long pattern above is tried at every number and cue word of a text).
AGE_OPENING = re.compile(
    # "43m from rotorua", "16f,", "35w aus", "43, m, seit 2019" (after an intro's colon
    # too), "29, male", "female, 34": an age with a sex
    # where a post introduces its writer (start of a sentence or line)
    rf"(?:{_CLAUSE_START}|(?<=:\s))([1-9]\d)(?:\s?|,\s?)[mfw]\b(?=\s*(?:[,./)]|from\b(?!\s+the\b)|here\b|aus\b|"
    rf"in\b|with\b|w/|$))"
    rf"|{_CLAUSE_START}([1-9]\d),?\s+(?:male|female|man|woman|guy|girl|boy|nb|non-binary)\b"
    rf"|\b(?:male|female)\s*,\s*([1-9]\d)\b(?!\s*(?:%|mg|years? ago))"
    # "45, admin at...", "19, 2nd year at...", "14 and just got told": a bare age that
    # opens a post or a sentence about its writer
    rf"|{_CLAUSE_START}(1[3-9]|[2-9]\d),\s(?!\d{{1,3}}\s*(?:,|and\b|&|-|–|to\b))"
    rf"(?=[\w'’ ]{{0,40}}\b(?:at|in|from|with|"
    rf"student|year|uni|nurse|teacher|mum|mom|dad|working|work|diagnosed|dx|married|single|"
    rf"retired|since|seit)\b)"
    rf"|{_CLAUSE_START}(1[3-9]|[2-9]\d)\s+and\s+(?:just|only|recently|newly|already|still|"
    rf"been|got|was|have|i|i['’]?m|"
    # how the writer is at that age: "41 and dry as a bone", "52 and knackered"
    rf"dry|tired|exhausted|knackered|feeling|feel|sick|struggling|healthy|fit|scared|"
    rf"terrified|pregnant|menopausal|perimenopausal|retired|disabled|housebound|bedbound|"
    rf"single|living|dealing|coping|broken|done)\b"
    # "I'm 15 (almost 16)", "(nearly 3)"
    rf"|(?<=\()(?:almost|nearly|turning)\s+({_NUM})(?=\))",
    re.IGNORECASE,
)
AGE_BIRTHDAY = re.compile(
    # "DeAndre's 10th birthday", "her eightieth birthday party"
    rf"\b((?:[1-9]|1\d|[2-9]\d|1[01]\d)(?:st|nd|rd|th)|{_ORD_WORD})(?=\s+(?:birthday|bday|b-day)\b)",
    re.IGNORECASE,
)
AGE_YEARS = re.compile(
    # "she has 13 years", "my son sipho is 5 years and": a writer's own way to give an age
    rf"\b(?:he|she|i|who|(?:(?:my|our|his|her|their)\s+)?{_KIN_TRIE}(?:\s+[a-z]+)?|"
    rf"(?-i:[A-Z][a-z]{{2,}}))\s+(?:has|have|is|having)\s+({_NUM})\s+(?:years?|yrs?)\b"
    rf"(?!\s+(?:ago|of|since|in|later|before|after|now|from|to|until|till|for|with|without|"
    rf"left|waiting|on|off|clean|sober|married|together|back|away|old)\b)",
    re.IGNORECASE,
)
AGE_MONTHS = re.compile(
    # "diagnosed at 18 months"
    rf"\b(?:diagnosed|dx(?:['’]?d)?)(?:\s+with\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}})?\s+at\s+"
    rf"(\d{{1,2}}|{_WORD_NUM})(?=\s+(?:months?|weeks?)(?:\s+old)?\b(?!\s+(?:ago|later|after)))",
    re.IGNORECASE,
)
# "Ellie (8)", "my son (14)", "Tom, 9, and Amy, 6": an age in brackets or commas after a name.
AGE_AFTER_NAME = re.compile(
    rf"(?<=[A-Za-z])\s\((\d{{1,2}}|{_WORD_NUM})\)(?!\s*(?:mg|%|/))"
    # "Dad (COPD, 81)", "Ben (T1D, 12)": what they have, then their age
    r"|(?<=[A-Za-z])\s\((?:[A-Za-z][\w'’/-]*\s){0,2}[A-Za-z][\w'’/-]*,\s?(\d{1,2})\)"
    r"|(?<=[a-z])(?:,\s(\d{1,2}),\s|\s\((?:aged?\s)?(\d{1,2})\)(?=[\s,.;:!?]))",
    re.IGNORECASE,
)
# "2 kids (7 and 9)", "the twins, 4 and 6,": two ages after a plural.
AGES_AFTER_KIDS = re.compile(
    r"\b(?:kids|children|boys|girls|sons|daughters|twins|grandkids|grandchildren)"
    r"(?:\s+(?:are|were|aged?))?,?\s*\(?(\d{1,2}(?:\s*,\s*\d{1,2})*)(?:,?\s+and\s+|\s*&\s*|,\s*)"
    r"(\d{1,2})\b(?!\s*(?:%|mg|kg|weeks?|days?|months?|years? ago))"
)
# The words ``AGES_AFTER_KIDS`` opens with, as written (it is case-sensitive): it is
# searched only in a text that holds one, not tried at every place of every text.
_KIDS = ("kids", "children", "boys", "girls", "sons", "daughters", "twins", "grandkids")
# Each shape opens, after a letter, with a space and a bracket or a comma, a space and
# a digit: tried only there (see ``Started``), not at every place of the text.
_AGE_AFTER_NAME_FAST = Started(AGE_AFTER_NAME, r"\s\(|,\s\d")
_AFTER_NAME_CUE = re.compile(rf"(?:(?-i:[A-Z][a-z]+)|ji|{_KIN})$", re.IGNORECASE)
_KIN_BEFORE = re.compile(rf"\b{_KIN}$", re.IGNORECASE)


_UNIT_END = re.compile(r"\s+(?:months?|mos?|weeks?|wks?)$")
_PARTS = re.compile(r"[\s-]+")
_ENDINGS = {**_DECADE_WORDS, **_ORD_TENS}


def words_to_number(text: str) -> int | None:
    """ "seventy-two" → 72, "fortieth" → 40, "30s" → 30, "34" → 34, else None."""
    low = text.lower().replace("’", "'").strip().removesuffix(" and a half")
    low = _UNIT_END.sub("", low)
    digits = DIGITS.search(low)
    if digits:
        return int(digits.group())
    for word, n in _ENDINGS.items():
        if low.endswith(word):
            return n
    total = 0
    for part in _PARTS.split(low):
        if part in _TENS:
            total += 10 * _TENS.index(part)
        elif part in _UNITS:
            total += _UNITS.index(part)
        elif part in _ORD_UNITS:
            total += _ORD_UNITS[part]
        elif part in ("early", "mid", "late"):
            continue
        else:
            return ages_extra.german_number(low)
    return total


def find_ages(text: str) -> Iterator[Span]:
    words = token_set(text)
    for fast, gate in _MORE:
        if gate is None and _opening_hint(text, words) or gate and not words.isdisjoint(gate):
            for m in fast.finditer(text):
                group = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
                if words_to_number(m.group(group)) is not None:
                    yield Span(
                        m.start(group),
                        m.end(group),
                        SpanType.AGE,
                        Source.CONTEXT,
                        0.85,
                        m.group(group),
                    )
    for m in _AGE_FAST.finditer(text):
        group = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
        start, end = m.start(group), m.end(group)
        value = words_to_number(m.group(group))
        if value is None or value > 119:
            continue
        if group == 2 and m.group(group).lower() == "one":
            continue  # "I'm one tired mum"
        if m.group(group)[:1] in "emlEML" and reading_before(text, start):
            continue  # "sats in the mid 90s": a band of readings
        if text[start - 2 : start - 1] in "([" and ages_shapes.icd_code_at(text, start - 1, end):
            continue  # "anxiety (F41)": a code, not "(F, 41)"
        yield Span(start, end, SpanType.AGE, Source.CONTEXT, 0.9, text[start:end])
    for m in AGES_AFTER_KIDS.finditer(text) if any(w in text for w in _KIDS) else ():
        for n in re.finditer(r"\d+", m.group(1)):
            start = m.start(1) + n.start()
            yield Span(start, start + len(n.group()), SpanType.AGE, Source.CONTEXT, 0.8, n.group())
        yield Span(m.start(2), m.end(2), SpanType.AGE, Source.CONTEXT, 0.8, m.group(2))
    for m in _AGE_AFTER_NAME_FAST.finditer(text):
        group = next(i for i in range(1, 5) if m.group(i))
        cue = _KIN_BEFORE if group == 2 else _AFTER_NAME_CUE  # "Ferritin (fasting, 48)"
        if not cue.search(text, max(0, m.start() - 20), m.start()):
            continue
        start, end = m.start(group), m.end(group)
        yield Span(start, end, SpanType.AGE, Source.CONTEXT, 0.8, text[start:end])
    yield from ages_extra.find(text)
    yield from ages_shapes.find(text)


_NUMBER_WORDS = frozenset([*_UNITS[1:], *_TENS[2:], *_DECADE_WORDS, *_ORD_TENS, *_ORD_UNITS])
# The words an age phrase can start with; capitalised words for "Karabo is 6".
_FIRST_WORDS = (
    r"age|aged|at|i|im|he|hes|she|shes|who|they|we|you|my|his|her|their|our|your|"
    r"turning|turned|turns|just|"
    r"diagnosed|dx|dxd|diagnosis|started|began|onset|retired|widowed|married|pregnant|died|"
    r"passed|since|when|until|till|by|before|after|from|in|early|mid|late|ich|er|sie|je|"
    r"being|pushing|both|into|hit|hitting|reached|reaching|entered|entering|past|"
    r"little|wee|old|middle|"  # the first words of _KIN's "little one", "old man", ...
    r"tengo|tiene|[mf]\d*|"
    + _KIN.removeprefix("(?:").removesuffix(")")
    + "|"
    + "|".join(sorted(_NUMBER_WORDS))
)
# What must follow a number or a capitalised word for ``AGE`` to match there: a unit of
# age, an "M"/"F", "too young", "ans"; or, after a name, a verb ("Karabo is 6"). The
# regex is long, and most numbers and capitalised words in an entry are neither.
_AGE_DIGITS = (
    r"(?i:\d{1,3}(?:[\s-]*[ymwf]|\s?/\s?[wm]\b|\s+(?:is\s+)?(?:too|so|very|quite)|"
    r"\s+(?:ans|años|anos|jahre|jaar|anni)))"
)
_AGE_CAPITALS = rf"[A-Z][a-z]{{2,}} (?i:{_VERB})"
# What must follow the commonest first words for ``AGE`` to match at them ("at the age
# of", "in my", "since she was", "I'm", "they're", "my son is", "my 40th"), each read
# off the alternatives that can open with that word; any other first word passes, and
# so does a capitalised word before a verb (a name, as ``_AGE_CAPITALS``). Most "at",
# "in", "my" and "from" of a text are no age's, and the long regex cost 3 us at each.
_GATED = (
    "at|in|from|by|since|until|till|when|before|after|just|i|he|she|who|they|we|you|"
    "my|his|her|their|your|our"
)
_AGE_GATE = re.compile(
    rf"(?!(?:{_GATED})(?![^\W_]))"
    r"|at (?:the )?age"
    r"|in\s+(?:my|her|his|their|your|our)\s"
    r"|(?:from|by|since|until) (?:the )?age"
    r"|by the time\s"
    r"|(?:since|when|until|till|before|after|from when)\s+(?:i|he|she|they|we|you|my \w+)\s+"
    r"(?:was|were|turned|hit)\s"
    r"|just turned"
    r"|i(?:['’](?:m|ll )| am| was| turn)"
    r"|(?:he|she|who|they|we|you)(?:['’](?:s|re)| (?:is|was|turn|will be|would|just turned|"
    r"are|were|['’]s))"
    # "my 40th", "her seventy-fifth"; "my (little) son is", "our mother-in-law was"
    r"|(?:my|his|her|their|your|our)(?:\s+(?:\d|twent|thirt|fort|fourt|fift|sixt|sevent|"
    r"eight|ninet)| (?:[\w-]+ ){1,3}(?:is|was|turn|will be|would|just turned|['’]s))"
    rf"|(?-i:[A-Z][a-z]{{2,}}) {_VERB}",
    re.IGNORECASE,
)
_AGE_FAST = Triggered(
    AGE, _FIRST_WORDS, digits=_AGE_DIGITS, capitals=_AGE_CAPITALS, words_if=_AGE_GATE.match
)
# Where an opening age can be at all: a number at a sentence's start, or its words.
_OPENING_HINT = re.compile(
    r"(?:^|[.!?\n>]\s{0,2}|\b(?:hi|hey|hello|hallo|hiya|moin|all|guys|folks|everyone|zusammen),\s)\d"
    r"|\b(?:male|female|almost|nearly|turning)\b",
    re.IGNORECASE,
)
_HINT_WORDS = frozenset(["male", "female", "almost", "nearly", "turning"])


def _opening_hint(text: str, words: KeysView[str]) -> bool:
    """``_OPENING_HINT.search(text)``, which tried every place of the text. Without its
    words (and no character that matches an ASCII letter unasked, see ``case_traps``)
    only its first shapes can match: a digit at the start, after a mark and up to two
    spaces, or after a greeting's comma ("hello, 4"), each found by a scan that skips
    ahead in C (``_MARK_DIGIT``, ``_GREETING_DIGIT``)."""
    if case_traps(text) or not words.isdisjoint(_HINT_WORDS):
        return _OPENING_HINT.search(text) is not None
    return (
        text[:1].isdecimal()
        or _MARK_DIGIT.search(text) is not None
        or ("," in text and _GREETING_DIGIT.search(text) is not None)
    )


# ``_OPENING_HINT``'s first shapes, each said to open with a character a scan skips to
# in C (its own alternation opens with "^" and a word boundary, so it was tried at each
# place): a digit first in the text ("\\d" is ``str.isdecimal``), a mark and up to two
# spaces before a digit, a greeting's comma (the greeting looked back at) and a space.
_MARK_DIGIT = re.compile(r"[.!?\n>]\s{0,2}\d")
_GREETING_DIGIT = re.compile(
    r",(?:(?<=\bhi,)|(?<=\bhey,)|(?<=\bhello,)|(?<=\bhallo,)|(?<=\bhiya,)|(?<=\bmoin,)|(?<=\ball,)|"
    r"(?<=\bguys,)|(?<=\bfolks,)|(?<=\beveryone,)|(?<=\bzusammen,))\s\d",
    re.IGNORECASE,
)


_SUBJECT_WORDS = "he|she|i|who|my|our|his|her|their|" + _KIN.removeprefix("(?:").removesuffix(")")
_MORE: list[tuple[Triggered, frozenset[str] | None]] = [
    (Triggered(AGE_OPENING, "male|female|almost|nearly|turning", digits=True), None),
    (
        Triggered(
            AGE_BIRTHDAY,
            "|".join(_ORD_UNITS) + "|" + "|".join(_ORD_TENS) + "|" + "|".join(_TENS[2:]),
            digits=True,
        ),
        frozenset(["birthday", "bday", "b"]),
    ),
    (
        Triggered(AGE_YEARS, _SUBJECT_WORDS, capitals=True),
        frozenset(["years", "year", "yrs", "yr"]),
    ),
    (Triggered(AGE_MONTHS, "diagnosed|dx|dxd"), frozenset(["months", "month", "weeks", "week"])),
]
