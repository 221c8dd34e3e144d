"""The number safety net: a small bare number is a possible age unless it is safe.

``ages`` and ``ages_narrative`` find ages by the words that make a number an age, and
every new writer finds new ones ("Appa 81 yesterday", "my kids are 12 and 15"). The
other side is closed: a number is safe to show when it is a dose, a count or a
duration followed by its noun ("3 weeks", "2 kids"), a score or a reading ("pain 6",
"EDSS 3.5", "PHQ-9 of 14"), a time of day, a step count, part of a range or a ratio,
a strength after a drug ("Jardiance 25"), a list's ordinal, or already inside another
span. So every number from 1 to 119 (or a number word, "forty-nine") in none of those
contexts is flagged as an uncertain age: redacted by default, shown in the review
where one key keeps it. The words before a number that name what it measures (a
reading, a code, a product) are read in ``numbers_age_before``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from operator import attrgetter

from app.redact.ages import _TENS, _UNITS, words_to_number
from app.redact.ages_narrative import _BAD_AFTER
from app.redact.medical import medical_number_ranges
from app.redact.medical_named import MAKER
from app.redact.medical_numbers import GERMAN_COUNTS
from app.redact.numbers_age_before import (
    apposed,
    code_word,
    drug_like,
    misspelt_drug,
    reading_named,
)
from app.redact.numbers_age_context import (
    age_cue,
    aged_condition,
    german_years_span,
    time_or_score,
)
from app.redact.overlap_index import OverlapIndex
from app.redact.products_numbered import product_number
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import matches_at, word_starts
from app.redact.windows_at import digit_starts

_WORDS = rf"(?:(?:{'|'.join(_TENS[2:])})(?:[\s-](?:{'|'.join(_UNITS[1:10])}))?|" + (
    "|".join(reversed(_UNITS[2:])) + ")"
)
# A bare number or number word: not inside a word, a decimal, a range, a time or a code.
_CANDIDATE = re.compile(
    rf"(?<![\w.,/:£$€₹¥₩₦₱₺₽₴₪฿#+*^~=@&'’-])(?:(\d{{1,3}})(?:st|nd|rd|th)?|({_WORDS}))"
    rf"(?![\w%°'’\"]|[.,:/]\d|-\d|\s*-\s*\d|-(?:year|yr|month|week|day))",
)
# The words a candidate can open with: every candidate starts a token, a run of digits
# or one of these (the unit after a ten starts no candidate: "twenty-one" opens "twenty").
_FIRST_WORDS = frozenset([*_TENS[2:], *_UNITS[2:]])


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """``_CANDIDATE.finditer`` on ``text`` in lower case (cheaper than ``(?i)``), tried
    only where a token opens with a digit or is one of ``_FIRST_WORDS``: the pattern opens
    with a lookbehind, so its own finditer tried every place of the text."""
    low = lower_keeping_offsets(text)
    words = word_starts(text, _FIRST_WORDS)
    if words is None:  # "İ", "ı" or "ſ": the token table lower-cases otherwise
        return _CANDIDATE.finditer(low)
    return matches_at(_CANDIDATE, text, sorted([*digit_starts(text), *words]), low)


# Words before a number that make it a reading, a rank or a label, never an age.
_SAFE_BEFORE = frozenset(
    """pain score scored scores level levels stage stages grade grades type cycle cycles
    round rounds day week month room ward bed beds page pages number no num bus route
    platform gate floor step steps size top chapter part version phase class form dose
    doses infusion infusions injection session sessions attempt relapse flare lesion
    lesions sats sat temp temperature pulse hr bp weight weighed weigh weighs height bmi
    reading readings sugar sugars glucose ratio index count units unit rating scale out
    of to than between x times apt flat unit suite box line lines exit junction
    question item point points chapter season episode series group team tier band zone
    year years yr grade level lvl rank ranked gen generation series model cohort arm
    genotype genotypes subtype serotype gleason nyha ecog tanner karnofsky mallampati
    patch dial setting mode bolus basal rate rates ml mg dexcom libre sensor tablet pill
    volume vol issue no. mark mk hour hours minute term semester lap laps mile miles lb
    lbs kg st stone ft oz iphone ps pixel windows covid dose# tumour tumor node
    nodes bra cup shoe sizes jersey shirt pitch channel radio route bus# under-
    factor spf chair bay cubicle seat desk locker option ext extension press tag woche
    monat zyklus runde stufe grad typ stadium gdb pflegegrad pflegestufe mde
    zimmer station bett seite nr nummer gruppe klasse abs angle angles winkel""".split()
)
# Words before a number that make it the writer's own count of something they did.
_COUNT_VERBS = frozenset(
    """took take takes taking had have has having ate eat eats drank drink drinks did do
    does done got get gets need needs needed lost gained lose gain walked walk ran run
    slept sleep sleeps managed manage missed miss skipped skip booked book bought buy
    waited wait counted count scored score made make cost costs paid pay spent spend
    gave give gives given giving use used uses using""".split()
)
# A verb of giving and its person before a number: a count handed over, not an age.
_GAVE_ME = re.compile(
    r"\b(?:gave|give|gives|given|giving|sent|prescribed|handed|got|get)\s+(?:me|him|her|us|them)"
    r"(?:\s+(?:another|only|just|like|about))?\s+$",
    re.IGNORECASE,
)
# Determiners before a number and a noun after it: "the 38 route", "a 5 minute walk".
_DETERMINERS = frozenset("the a an this that every each another these those".split())
# A word before the number that asks for a count, not an age.
_COUNT_BEFORE = frozenset(
    "about around approx approximately roughly nearly almost over under only just".split()
)
_PLURAL_NOT_NOUN = frozenset(
    """is was has his its this thus plus as us yes less unless always perhaps sometimes
    towards besides says does goes gets lives dies cos bc""".split()
)
# After a number: an age's own words ("27 years old", "29F", "36 y/o").
_AGE_AFTER = re.compile(
    r"\s*(?:years?|yrs?|y)[\s-]*(?:old|young|of age)\b|\s*(?:yo|y/o|y\.o)\b|[mfMF]\b",
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z'’-]*)")
_PREV_WORD = re.compile(r"([\w#.'’-]+)\s*$")
_LIST_ORDINAL = re.compile(r"(?:^|\n)[ \t]*$")
_UNIT_AFTER = re.compile(
    r"\s*(?:dB|kPa|mmHg|mL|L\b|IU|cm2|m2|kPa|mSv|Gy|ppm|ng|pg|µ|km|k\b|x\b|×|"
    r"oz\b|lbs?\b|Uhr\b|-ish|ish\b|odd\b|plus\b(?!\s+(?:years|yrs))|-a-side\b|"
    # a count of a drug taken with food: "Creon, 4 with meals and 2 with snacks"
    r"with\s+(?:meals?|snacks?|food|dinner|lunch|breakfast|(?:each|every)\s+meal)\b|"
    # money and rates: "₹3 lakh", "50 pro Quartal", "2 on 1 off" (a roster)
    r"(?:lakh|lakhs|crore|crores)\b|"
    r"per\s+(?:day|week|month|year|hour|night|dose|cent|annum|session|visit|cycle|quarter)\b|"
    r"pro\s+(?:Tag|Woche|Monat|Jahr|Quartal|Stunde|Sitzung)\b)",
)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)$")
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:my|his|her|their|your|our)|['’]s)\s+$", re.IGNORECASE)
_BIRTHDAY_AFTER = re.compile(
    r"\s+(?:birthday|bday|b-day|party|celebrations?|bash|do|dinner|lunch|meal|cake|tea|"
    r"sleepover|drinks|weekend|surprise|card|present|gift|"
    # a clause going on after the ordinal: "Dad's 80th ended up", "her 21st and I cried"
    r"and|but|so|was|is|were|ended|went|got|came|had|at|in|on|with)\b|\s*[.!,]",
    re.I,
)
# Words of the clock's day near "at 9": an appointment, a meal, a shift, a bus.
_CLOCK_NEAR = re.compile(
    r"\b(?:appointment|appt|booked|bloods|blood test|scan|clinic|surgery|meeting|shift|"
    r"bus|train|flight|alarm|wake|woke|bed|slept|sleep|lunch|dinner|breakfast|tea|"
    r"tonight|tomorrow|today|morning|afternoon|evening|midnight|noon|o['’]?clock|"
    r"dose|injection|jab|school|work|class|gym|nap|took|take|taken|picked|pick|came|"
    r"back|left|leave|arrived|arrive|home|got in|got back|pm|am|units?|mg|mcg|puffs?|"
    r"tablets?|pills?|mri|ct|x-?ray|ultrasound|echo|ecg|infusion|physio|awake|asleep|"
    r"night|nights|overnight|uhr|nachts|morgens|abends|wears?\s+off|wore\s+off|kicks?\s+in|"
    r"opens|closes|shuts|closed|closing)\b",
    re.IGNORECASE,
)
# Someone coming, getting in touch or online at an hour, right before it: "his carer
# comes at 8", "ring u after 6", "call Carys at 5", "saw me online at 4". Not "meet her
# birth mom at 18", "became Dad's carer at 11", "leaving care at 18".
_HOUR_CALLED = re.compile(
    r"\b(?i:(?:comes|coming)(?:\s+in)?|(?:ring|call|text|phone)(?:\s+(?:u|you|me|him|her|them|"
    r"us|(?-i:[A-Z][\w'’-]+)))?|online)\s+(?i:at|after|before|around)\s+$"
)
# "drop by 5", "went up to 40", "till 3", "22 → 9", "start 2.5 then 5": a change or a time.
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:drop|dropped|dropping|reduce|reduced|increase|increased|up|down|cut|taper|"
    r"tapered|went|go|goes|gone|fell|rose|raised|lowered)\s+(?:by|to|from)|\b(?:till|til|until)"
    r"|\b(?:half|quarter)(?:\s+(?:past|to))?|→|->|=>|\d(?:[.,]\d+)?\s*(?:mg|mcg|ml|g)?\s*,?\s*then)\s*$",
    re.IGNORECASE,
)
# German "von N auf M": a value changed, the first number as much as the second.
_GERMAN_CHANGE = re.compile(r"\bvon\s+(?:ca\.?\s+|etwa\s+|rund\s+|knapp\s+|über\s+)?$", re.I)
_GERMAN_CHANGE_TO = re.compile(
    r"\s+auf\s+(?:ca\.?\s+|etwa\s+)?\d+(?:[.,]\d+)?\s*(?:mg|µg|mcg|ml|ie|%|mmol|"
    r"pro\b|am\s+tag|im\s+monat|in\s+der\s+woche|die\s+woche|im\s+jahr|punkte|einheiten|"
    r"tabletten|anfälle|tage|stunden)",
    re.IGNORECASE,
)
_WORDS_BEFORE = re.compile(r"[A-Za-z][\w-]+")


def _drug_just_before(text: str, start: int, medical_word: Callable[[str], bool]) -> bool:
    """A drug or a medical word in the 60 characters before ``start``, on its line: "on
    20" after "Pred taper day 9." is the dose ("Dad on 82" is an age)."""
    lo = max(0, start - 60, text.rfind("\n", 0, start) + 1)
    return any(map(medical_word, _WORDS_BEFORE.findall(text, lo, start)))


# A child named right before the number: "my son 16 works at maccas" (his age, then a
# verb that ends in "s" like a plural).
_CHILD_JUST_BEFORE = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:son|daughter|boy|girl|lad|lass|kid|child|grandson|"
    r"granddaughter|nephew|niece|brother|sister|ds|dd)\s+$",
    re.IGNORECASE,
)
_IT_WAS = re.compile(
    r"\b(?:it|this|that|there|which|what|these|those)(?:\s+(?:was|is|were|are)|['’]s)\s+$",
    re.IGNORECASE,
)
_THINGS_AFTER = re.compile(r"(?:\s*(?:,|and|&)\s*\d{1,3})*\s+(?:were|are)\s+(?:the|my|our)\b")
_TIME_BEFORE = re.compile(
    r"\b(?:at|by|until|till|til|from|after|before|around)\s+$",
    re.IGNORECASE,
)


_BOUNDS = attrgetter("start", "end")


def find_possible_ages(
    text: str,
    taken: list[Span],
    medical_word: Callable[[str], bool],
    name_word: Callable[[str], bool],
    medical: list[tuple[int, int]] | None = None,
) -> Iterator[Span]:
    """Uncertain AGE spans for small bare numbers in no safe context.

    ``taken`` are spans other finders made (a number inside one is theirs);
    ``medical`` the ranges of doses and readings, if already known; ``medical_word``
    says whether a word is a drug, a device or a medical term, so a
    strength after it ("Jardiance 25") is medicine; ``name_word`` whether it is a
    listed given name or surname ("Tom 36" may be an age, "Krimson 35" is a strength).
    """
    covered = OverlapIndex(map(_BOUNDS, taken))  # (start, end) of each, made in C
    age = SpanType.AGE
    ages = [s.end for s in taken if s.type is age]
    if medical is None:
        medical = medical_number_ranges(text)
    readings = OverlapIndex(medical)
    for m in _candidates(text):
        start, end = m.span()
        if covered.overlaps(start, end) or readings.overlaps(start, end):
            continue
        if m.group(1) is not None:
            value = int(m.group(1))
            ordinal = end - start > len(m.group(1))
        else:
            value = words_to_number(m.group(2)) or 0
            ordinal = False
        # From 100 up a bare number is a reading far more often; ``ages`` finds "aged 102".
        if not 1 <= value <= 99 or m.group(1) is not None and m.group(1)[0] == "0":
            continue
        if ordinal:
            if value >= 13 and _ordinal_age(text, start, end):
                yield Span(
                    start, end, SpanType.AGE, Source.UNKNOWN_WORD, 0.3, text[start:end], True
                )
            continue
        nxt = _NEXT_WORD.match(text, end)
        aged = nxt is not None and aged_condition(text, start, value, nxt.group(1))
        if not aged and (_measured(text, end) or _glued_medicine(text, start, end, medical_word)):
            continue  # (an age cue and a condition after: "Mit 34 Diabetes" is how old)
        if not aged and _safe(
            text, start, end, value, m.group(2) is not None, medical_word, name_word
        ):
            last = max((e for e in ages if e <= start), default=-99)
            if not _LIST_GAP.fullmatch(text[last:start]):
                continue  # safe, unless it follows an age in a list ("ages 4, 9 and 14")
        elif not aged and _next_reading(text, start, readings, covered, medical_word):
            continue  # "pressure 28 n 26", "LDL 162 muss unter 55": the same reading again
        ages.append(end)
        yield Span(start, end, SpanType.AGE, Source.UNKNOWN_WORD, 0.3, text[start:end], True)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Between a reading and a number that is its next value: the same clause, and only
# words that link two values ("n", "now", "instead of", "muss unter", "liegend"); a
# person ("Tom", "my son", "hubby") or anything else between may be whose age it is.
_NEXT_VALUE_GAP = re.compile(r"[^.!?;:\n\x00]{1,45}")
_GAP_WORD = re.compile(r"[^\W\d_]+(?:['’][a-z]+)?")
_NEXT_VALUE_WORDS = frozenset(
    """n and to now still then but instead of or vs versus down up under over below above
    is was were it its it's be says said say reads read showed shows came back went got
    the a an when i started start starting after before on from this last time
    today yesterday tonight morning evening night am pm right left other side eye arm
    only just about around approx ca app machine meter monitor reading first second
    sitting standing lying statt auf unter über bis und oder jetzt nun noch muss aber
    dann beim bei im als wie nur liegend stehend sitzend links rechts nach vor von ie iu
    units mg mcg ml mmol einheiten""".split()
)


def _next_reading(
    text: str,
    start: int,
    readings: OverlapIndex,
    covered: OverlapIndex,
    medical_word: Callable[[str], bool],
) -> bool:
    """The number is the next value of a reading said just before it in the same clause:
    "pressure 28 n 26", "PHQ-9 was 18 when I started, the app says 11 now", "LDL 162 muss
    unter 55", "puls im stehen 138, liegend 72". The nearest number before it must be a
    reading (a dose's or a test's, not a date, an age or a count of weeks), and only
    words linking two values may stand between them."""
    numbers = list(_NUMBER.finditer(text, max(0, start - 45), start))
    if not numbers:
        return False
    a, b = numbers[-1].span()
    gap = text[b:start]
    if not _NEXT_VALUE_GAP.fullmatch(gap) or not all(
        w.lower() in _NEXT_VALUE_WORDS for w in _GAP_WORD.findall(gap)
    ):
        return False
    if readings.overlaps(a, b):
        return True
    if covered.overlaps(a, b):
        return False  # a date, an age, an ID: no reading
    return reading_named(text[max(0, a - 40) : a], medical_word)


_GLUED = re.compile(r"-([A-Za-z][\w-]*)")


def _glued_medicine(text: str, start: int, end: int, medical_word: Callable[[str], bool]) -> bool:
    """A number that is part of a medical word's name: "5-htp", "5-FU", "6-MP"."""
    m = _GLUED.match(text, end)
    if m is None:
        return False
    if _GLUED_LETTERS.fullmatch(m.group(1)) and m.group(1).upper() not in _GLUED_NOT_DRUG:
        return True  # a drug's capitals after its number: "6-MP daily", "5-ASA", "5-HT3"
    return medical_word(text[start : m.end()]) or medical_word(m.group(1))


_GLUED_LETTERS = re.compile(r"[A-Z]{2,4}\d?")
# Capitals after a number that say an age or a date: "23-YO", "6-WK old", "14-JUNE".
_GLUED_NOT_DRUG = frozenset(
    """YO YOA YOF YOM YR YRS YEAR D DAY DAYS WK WKS WEEK MO MOS MTH MTHS JAN FEB MAR APR MAY
    JUN JUNE JUL JULY AUG SEP SEPT OCT NOV DEC MRZ MÄR MAI OKT DEZ""".split()
)


def _ordinal_age(text: str, start: int, end: int) -> bool:
    """ "my 40th", "Bethan's 40th today", "his 73rd birthday": an ordinal that is a
    birthday, not a date ("the 14th") nor a rank ("my 3rd round")."""
    before = text[max(0, start - 12) : start]
    if not _POSSESSIVE_BEFORE.search(before):
        return False
    after = text[end : end + 30]
    if _BIRTHDAY_AFTER.match(after):
        return True
    nxt = _NEXT_WORD.match(after)
    return nxt is not None and nxt.group(1).lower() in {"today", "tomorrow", "yesterday", "next"}


def _safe(
    text: str,
    start: int,
    end: int,
    value: int,
    worded: bool,
    medical_word: Callable[[str], bool],
    name_word: Callable[[str], bool],
) -> bool:
    """Whether the words around the number make it something other than an age."""
    after = text[end : end + 40]
    if _AGE_AFTER.match(after):
        return False
    before = text[max(0, start - 40) : start]
    if _WHO_IS.search(before):
        return False  # "a keyworker, Sky, who is about 25 and": a person's number
    day = _DAY_AFTER.match(after)  # "sixty-two today": an age, unless "at 3 today"
    if (not day and _BAD_AFTER.match(after)) or _UNIT_AFTER.match(after):
        return True
    prev = _PREV_WORD.search(before)
    word = prev.group(1) if prev else ""
    low = word.lower().rstrip(".")
    nxt = _NEXT_WORD.match(after)
    nxt_word = nxt.group(1) if nxt else ""
    if _TEXT_SPEAK.match(text, start, end) and nxt_word in _AFTER_TO and low not in _AGE_VERBS:
        return True  # "went 2 see", "going 2 the gp", "ready 4 bed": "to" and "for"
    if _LIST_ORDINAL.search(before) and re.match(r"[.)]\s", after) and _listed(text, value):
        return True  # "1. bloods", "2) scan": a list; "\n\n39. PEM crashes" opens a line
    if before.rstrip().endswith(
        (":", "=", "#", "(#", "x", "×", "~", "/", "@")
    ) and not before.endswith("("):
        return True  # "@ 2" is a time: "appt weds 12th @ 2"
    if _COMPARED.search(before):
        return True  # "SLEDAI ≥ 10", "septum >30": a threshold (not a quote's "> 34")
    if _ABBREVIATIONS_AFTER.match(after):
        return True  # "4 SOREMPs", "3 UTIs", "2 MRIs": a count of a kind of thing
    if low in _RUN_WORDS and _THE_RUN.search(before) and not _OFFSPRING.search(before):
        return True  # "for the first 3", "the last 6 got kicked back": a count in a run
    if value <= 14 and _ROSTER.match(after):
        return True  # "2 on 1 off", "4 on 4 off": days of a roster
    if low in _SAFE_BEFORE or low in _COUNT_VERBS or _GAVE_ME.search(before):
        return True  # "used 3 today", "she's on 2", "gave me 3 for the week"
    if low == "on" and _drug_just_before(text, start, medical_word):
        return True  # "Pred taper day 9. On 20 since March": a dose, a drug named before it
    if prev and (medical_word(word) or code_word(word)):
        return True  # "Jardiance 25", "HbA1c 48", "PHQ-9 14", "CRP 22"
    if prev and misspelt_drug(word, name_word):
        return True  # "sertaline 50", "quetiapene 25": a dose, however the drug is spelt
    if prev and drug_like(word, before, name_word):
        return True  # "Krimson 35", "Deauville 3": a strength or a score after a name
    if prev and word[:1].isupper() and _after_drug(before, len(word), medical_word):
        return True  # "Evorel Conti 50", "Trelegy Ellipta 92": a product's second name
    if (
        prev
        and word[:1].isupper()
        and not (name_word(word) and _PERSON_TAKEN.search(before))  # "taking Ellie 3"
        and (_PRODUCT_TAKEN.search(before) or product_number(text, start))
    ):
        return True  # "recommended Liv 52", "tried Septilin 2": a product and its number
    if (
        nxt_word
        and medical_word(nxt_word)
        and not age_cue(low, before, value)  # "Mit 34 Bluthochdruck", "at 38 fibroid"
        or MAKER.match(text, end + len(after) - len(after.lstrip()))
    ):
        return True  # "2 Paracetamol", "1 Pfizer": a count of a drug or a maker's vaccine
    if _IT_WAS.search(before) or _THINGS_AFTER.match(after):
        return True  # "it was 3 before", "12, 14 and 16 were the bus numbers"
    if reading_named(before, medical_word, apposed(before, after), value, after):
        return True  # "score was like 2", "CAG repeat was 43", "fever was 104"
    if day and _TIME_BEFORE.search(before):
        return True
    if time_or_score(text, start, end, low, value):
        return True  # "3 von 10, vorher eher 7", "awake since 4", "slept for 7 last night"
    if nxt_word and _counted_noun(nxt_word) and not _CHILD_JUST_BEFORE.search(before):
        return True  # "3 weeks", "2 kids", "4 ops", "10 tablets"; not "my son 16 works"
    if nxt_word.lower() in _ONE_FORM and low in _ONE_OF:
        return True  # "one 75 wafer", "a 50 patch"; not "Mum 88 injection every..."
    if low in _DETERMINERS:
        return True  # "the 38 route", "a 5 minute walk", "back on the 40"
    if _CHANGE_BEFORE.search(before):
        return True
    if _GERMAN_CHANGE.search(before) and _GERMAN_CHANGE_TO.match(after):
        return True  # "Anfälle von ca. 20 auf 6 pro Monat": a change, as "from 20 to 6"
        # (a measure after it: "von 17 auf 18" is a birthday)
    if low in _COUNT_BEFORE and nxt_word and nxt_word[0].islower():
        return True
    if re.search(r"(?<!\b(?:19|20)\d)\d\s*(?:or|to|and|-|–|,)\s*$", before) and not re.search(
        r"\b(?:aged?|ages|are|were|is|was)\s+\d{1,3}\s*(?:or|to|and|-|–|,)\s*$", before
    ):
        return True  # "6 or 7", "between 6 and 14", "from 70 to 140"
    if (
        value <= 24
        and _TIME_BEFORE.search(before)
        and _CLOCK_NEAR.search(text, max(0, start - 60), end + 30)
    ):
        return True  # "bloods at 9", "lunch at 12"; "had the op at 67" is an age
    if value <= 12 and _HOUR_CALLED.search(before):
        return True  # "carer comes at 8", "ring u after 6", "call Carys at 5", "online at 4"
    if worded and value < 10 and not _be_before(before):
        return True  # "had two", "those three": a small number word is a count
    return False


# Text-speak's "2" and "4" ("to", "for") before a word no age is followed by: an article,
# a possessive or a verb's plain form ("went 2 see", "ready 4 my scan"); not after a verb
# of age or being ("she turned 2 the week we moved", "he was 2 the first time").
_TEXT_SPEAK = re.compile(r"[24](?![\w.,])")
_AFTER_TO = frozenset(
    """the my a an ur your his her their our this that see get go be do make have take
    bed work school sleep me him them us u ya check ask try pick meet book call ring talk
    tell find come collect grab keep help sort once real sure ever""".split()
)
_AGE_VERBS = frozenset("turned turns turning turn is was be aged age at 's ’s were are".split())
# A verb of taking or recommending, then a capitalised word just before the number: the
# word is a product, the number its name's or its strength ("recommended Liv 52").
_PRODUCT_TAKEN = re.compile(
    r"\b(?:recommended|recommends|suggested|suggests|swears\s+by|swear\s+by|took|take|"
    r"taking|tried|trying|started|starting|prescribed|using|bought|ordered|on)\s+"
    r"[A-Z][\w-]*\s+$"
)
# A dose form in the singular after a number: the number is its strength ("one 75
# wafer", "the 50 patch"), never someone's age.
_ONE_FORM = frozenset(
    """wafer tablet tab capsule cap pill caplet patch puff sachet lozenge pessary
    suppository ampoule vial pen spray inhaler injection""".split()
)
_ONE_OF = frozenset("one a an the half each every 1".split())
_DRUG_BEFORE = re.compile(r"([A-Za-z][\w-]+) $")


def _after_drug(before: str, length: int, medical_word: Callable[[str], bool]) -> bool:
    """A drug's name right before the capitalised word before the number."""
    m = _DRUG_BEFORE.search(before, 0, len(before) - length - 1)
    return m is not None and medical_word(m.group(1))


# A given name after a verb of taking is a person taken somewhere ("taking Ellie 3 and
# Isla 5 to get their jabs"): her number is her age, not a product's.
_PERSON_TAKEN = re.compile(r"\b(?:take|takes|took|taking)\s+[A-Z][\w-]*\s+$")
# A rank in a run after "the" ("the first 3", "the last 6"); without "the" a list of
# children's ages may say it ("eldest 14, next 11, last 4").
# A comparison sign after a word on the same line ("SLEDAI ≥ 10", "septum >30"); a
# quote's "> " opens its line.
_COMPARED = re.compile(r"[^\s>]\s*[≥≤<>]\s*$")
# Capitals in the plural after the number: a count of tests, episodes or infections.
_ABBREVIATIONS_AFTER = re.compile(r"\s+[A-Z][A-Z0-9]{1,7}s\b")
_RUN_WORDS = frozenset("first last next previous remaining".split())
_THE_RUN = re.compile(r"\bthe\s+\w+\s*$", re.IGNORECASE)
# Children named before a run: "of my boys the first 17 and the next 14" are ages.
_OFFSPRING = re.compile(
    r"\b(?:boys|girls|kids|sons|daughters|children|grandkids|grandchildren|twins)\b", re.I
)
_ROSTER = re.compile(r"\s+on\s+\d{1,2}\s+off\b")
# "who" is said only of a person: what they are, a number, is their age.
_WHO_IS = re.compile(
    r"\bwho(?:['’]s|\s+(?:is|was|turned|turns))\s+(?:about|around|only|just|nearly|almost|now)?\s*$",
    re.IGNORECASE,
)
_DAY_AFTER = re.compile(r"\s+(?:today|tomorrow|yesterday|tonight)\b", re.IGNORECASE)
# Between two ages of a list: "ages 4, 9 and 14", "12 and 15".
_LIST_GAP = re.compile(r"\s*(?:,|and|&|or|,\s*and)\s*")


def _listed(text: str, value: int) -> bool:
    """A small number, or one whose neighbour opens a line too: a numbered list."""
    if value < 10:
        return True
    near = rf"(?:^|\n)[ \t]*(?:{value - 1}|{value + 1})[.)]\s"
    return re.search(near, text) is not None


def _measured(text: str, end: int) -> bool:
    """A unit, a count's noun or a time after the number: "26 weeks", "2 kids", "3pm"."""
    after = text[end : end + 40]
    if _AGE_AFTER.match(after) or _DAY_AFTER.match(after):
        return False
    if _BAD_AFTER.match(after) or _UNIT_AFTER.match(after):
        return True
    nxt = _NEXT_WORD.match(after)
    if nxt is None:
        return False
    if _counted_noun(nxt.group(1)) or nxt.group(1).lower() in GERMAN_COUNTS - {"jahre"}:
        return True  # "3 weeks", "dauert 4 Stunden"
    if german_years_span(text, end, nxt.group(1)):
        return True  # "seit 2 Jahren", "vor 3 Jahren": a time; "mit 2 Jahren" an age
    # "18 migraine days", "3 bad nights": one word between the number and its noun
    two = _NEXT_WORD.match(after, nxt.end())
    return (
        two is not None
        and nxt.group(1).islower()
        and nxt.group(1) not in _NOT_ADJECTIVE
        and (_counted_noun(two.group(1)) or _BAD_AFTER.match(after, nxt.end()) is not None)
    )


_NOT_ADJECTIVE = frozenset(
    """and or but now so yet next when with in on at this last today and then than
    since after before until the a an my his her their our your its is was are were has
    had have not no too also still already just only""".split()
)


def _be_before(before: str) -> bool:
    return (
        re.search(
            r"(?:\b(?:is|was|turned|turns|turning|aged?|at|only|just|nearly|almost|now)|['’]s|\()\s*$",
            before,
            re.IGNORECASE,
        )
        is not None
    )


def _counted_noun(word: str) -> bool:
    """A plural noun after a number makes it a count ("2 kids", "4 ops", "6 beers")."""
    low = word.lower()
    if not low.isalpha() or low in _PLURAL_NOT_NOUN:
        return False
    return low.endswith("s") and len(low) > 2 and not low.endswith(("ss", "us", "is"))


def lower_keeping_offsets(text: str) -> str:
    """``text.lower()`` with every offset where it was: the few characters whose lower
    case is longer ("İ") stay as they are, so a match in the copy is a match in ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
