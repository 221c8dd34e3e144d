"""One veto for every age net: a number near medicine is a reading, not an age.

Six finders can make a bare number an AGE ("my numbers were 34 and 28", "mood was 3",
"HR 110 standing and 70 lying"), and each new writer brings another phrasing of a
result. Rather than teach each finder the words of medicine, this last pass asks of
every guessed age whether the number is a reading: a test, a vital sign, a score, a
symptom, a drug or a measure word a few linking words before it ("ferritin was 9",
"TIR was 72"), a unit after it ("8/10", "40%", "2 puffs", "40 of pred"), or the next
number of a list of readings ("fatigue 7, brain fog 8"). An explicit age cue beats
the veto ("dx at 34", "52 years old", "my daughter is 9", "Dad's 81", "since I was 19").
"""

from __future__ import annotations

import re

from app.redact import ages_shapes
from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, Lexicon
from app.redact.medical import _LAB
from app.redact.medical_readings import _TESTS
from app.redact.medical_tokens import holds_any
from app.redact.names_cues import KIN
from app.redact.normalise import fold_term
from app.redact.sentences import OPENING, SENTENCE_END
from app.redact.windows_words import split_words

# Tests and vital signs: their number may follow "at" ("CRP at 45").
_TEST = re.compile(rf"(?:{_TESTS}|{_LAB})", re.IGNORECASE)
# _TEST's plain names as a set and its other alternatives as a regex (``_test_name``):
# most words asked are no test, and the whole alternation tried its names one by one.
_TEST_WORDS, _rest = split_words(f"{_TESTS}|{_LAB}")
_TEST_REST = re.compile(_rest, re.IGNORECASE) if _rest is not None else None


def _test_name(word: str) -> bool:
    """``_TEST.fullmatch(word)``: an ASCII word looked up among the plain names first
    (ignoring case does no more to ASCII than lower case does), any other word by the
    whole pattern."""
    if not word.isascii():
        return _TEST.fullmatch(word) is not None
    if word.lower() in _TEST_WORDS:
        return True
    return _TEST_REST is not None and _TEST_REST.fullmatch(word) is not None


# Measures and symptoms in everyday words: "at" only after a word of being ("pain was
# at 7"), since "migraines at 14" is when they began.
# Measures people give out of ten: a number above 10 after one is something else.
SCALE_OF_TEN = frozenset(
    """pain fatigue fog energy mood stiffness itch itching nausea dizziness bloating
    cramps headache migraine schmerz schmerzen müdigkeit übelkeit schwindel""".split()
)
_MEASURES = frozenset(
    """pain fatigue fog nausea mood anxiety depression energy sleep stress dizziness itch
    itching itchiness stiffness headache headaches migraine cramps cramping bloating
    breathlessness tremor tremors spasms spasticity fever temp temperature weight sugar
    sugars bg bgs bsl iron oxygen o2 score scores scored level levels reading readings
    count counts result results number numbers dose doses dosage value values fasting
    average avg mean rate ratio index titre titer range target total units score's
    severity scale grade stage tir gmi ketones glucose insulin basal bolus carbs seizures
    seizure fits attacks episodes flares migraines bleeds hypos hypers falls relapses tics
    spikes lows highs apgar apgars gcs""".split()
)
_LINKS = frozenset(
    """was is were are been be has have had of now still only just about around approx
    approximately roughly like nearly almost down up to back came come went gone from
    again my his her their our its it's it’s the a an then currently even all got get
    measured showed shows read reads reading said says sitting stuck running hovering
    dropped fell rose jumped climbed hit reached stayed stays ~ : = over under below
    above today yesterday tonight overnight morning evening this last week time low high
    normal borderline raised elevated in as dx diagnosis baseline drop drops dropping
    falls fall falling rise rises""".split()
)
_AMBIGUOUS = frozenset("k na alt ess ast eos ck".split())  # "k" is "ok", "na" is "no"
_BEING = frozenset("was is were are been now still back sitting stuck running hovering".split())
_CAME_BACK = re.compile(
    r"\b(?:came|come|comes|coming)\s+(?:back|in)(?:\s+(?:as|low|high|normal|raised))?"
    r"\s*[,:]?\s*$",
    re.IGNORECASE,
)
_CAME_WORDS = frozenset(["came", "come", "comes", "coming"])  # _CAME_BACK opens with one
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|[~:=]|\S")
_CLAUSE_END = re.compile(r"[.!?;\n]\s|\n")
_UNIT_AFTER = re.compile(
    r"\s*(?:/\s*10\b|%|x\b|×|times\b|units?\b|u\b|iu\b|mmol|mg\b|mcg|µg|ml\b|ng\b|pg\b|"
    r"mmhg|bpm\b|percent\b|puffs?\b|tablets?\b|tabs\b|pills?\b|caps(?:ules)?\b|"
    r"sachets?\b|drops\b|kgs?\b|kilos?\b|lbs?\b|stone\b|st\b|cm\b|inch(?:es)?\b|hz\b)",
    re.IGNORECASE,
)
_SCHEDULE_AFTER = re.compile(
    r"\s*(?:at\s+night|in\s+the\s+(?:morning|evening)|at\s+bedtime|nightly|daily|"
    r"(?:a|per)\s+day|twice|once|bd|bid|tds|tid|od|qds|nocte|prn|mane|weekdays|weekends|"
    # "3 mon-fri, 4 sat-sun": a dose by the days of the week
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*[-–]\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|"
    r"with\s+(?:meals?|food|breakfast|lunch|dinner|tea))\b",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[.)]?\s+([A-Za-z][\w-]+)")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|my\s+|her\s+|his\s+)?([A-Za-z][\w-]+)")
# "4-6", "140/90", "2.5", "now ≥75"; not a full stop that ends a sentence ("since 25. 34
# now") nor a quote's ">" at the start of a line ("> 34 and newly diagnosed")
_JOINED = re.compile(r"\d(?:\s*[-–/:]\s*|[.])$|(?<=[^\s>])[ \t]*[<>≤≥≈±]\s*$")
_JOINED_AFTER = re.compile(r"\s*[-–/]\s*\d|[.,]\d")
# "fatigue 7, brain fog 8", "HR 110 standing and 70 lying": the number before, its unit
# or a word or two, a joining word, up to two words, then this number.
_PREVIOUS = re.compile(
    r"(?<![\w.])(\d+(?:[.,]\d+)?)(?:\s*(?:%|/\s*10)|(?:ml|mg|mcg|kg|iu)\b)?(?:\s+[A-Za-z]+){0,2}\s*"
    r"(?:,|and|then|to|from|now|→|->|vs|or|but)\s+(?:[A-Za-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_KIN_WORDS = "|".join(sorted((re.escape(k) for k in KIN if k.isalpha()), key=len, reverse=True))
_CUE_AFTER = re.compile(
    r"\s*(?:years?|yrs?|y)[\s-]*(?:old|young|of\s+age)\b|\s*(?:yo|y/o|y\.o)\b|[mfMF]\b|"
    r"-?years?-old\b",
    re.IGNORECASE,
)
_CUE_BEFORE = re.compile(
    r"(?:\b(?:aged?|ages|age\s+of|turned|turning|turns)"
    r"|\b(?:i['’]?m|i\s+am|he['’]s|she['’]s|he\s+is|she\s+is|they['’]re|i\s+was|he\s+was|"
    r"she\s+was)(?:\s+(?:only|just|now|nearly|almost|still))?"
    r"|\b(?:since|when|until|till|before|after)\s+(?:i|he|she|they|we)\s+(?:was|were|turned)"
    r"|\b(?:diagnosed|dx['’]?d?|diagnosis|onset|started|began|begun|since)\b[^.!?\n]{0,30}"
    r"\b(?:at|aged?)"
    rf"|\b(?:my|our|his|her|their)\s+(?:{_KIN_WORDS})(?:\s+[A-Z][a-z]+)?"
    r"(?:\s+(?:is|was|turned|turns|just\s+turned|will\s+be))?"
    r"(?:\s+(?:only|just|now|nearly|almost|still))?"
    # "and Mum 60", "Dad is only 81", "me only 29": a person, however it is said
    rf"|\b(?:{_KIN_WORDS}|me)(?:\s+(?:is|was|turned|turns))?"
    r"(?:\s+(?:only|just|now|nearly|almost|still))?"
    rf"|\b(?:{_KIN_WORDS})['’]s)\s*$",
    re.IGNORECASE,
)
_NAME_PAREN = re.compile(r"\b([A-Z][a-z]+)\s*\(\s*$")
# Forum shorthand for a child or a partner before a bracket: "DS (7)", "DD1(4)".
_FAMILY_PAREN = re.compile(r"\b(?:DS|DD|DH|DW|DP|DSD|DSS|SD|SS|DGD|DGS|LO)\d?\s*\(\s*$")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "Addison is 6", "Katya was 34": someone named, then how old (checked not to be a test)
_NAMED_IS = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:is|was|turned|turns)(?:\s+(?:only|just|now|nearly|almost|still))?"
    r"\s*$"
)


# Capitalised words before "is"/"was" that name no one: "Mine was 61", "That is 48".
_PRONOUNS = frozenset("mine yours hers his theirs ours it this that which what there".split())


def age_cue(text: str, start: int, end: int, lex: Lexicon | None = None) -> bool:
    """Words that make the number at ``text[start:end]`` an age whatever comes near it:
    "52 years old", "34F", "aged 34", "dx at 34", "my daughter is 9", "Rosa (34)", and,
    given the lexicon, "Addison is 6" (a name, not "Ferritin is 9")."""
    if _CUE_AFTER.match(text, end) or ages_shapes.cue_before(text, start, end):
        return True  # "52 years old", "older than 60", "mit 34 die Diagnose"
    before = text[max(0, start - 60) : start]
    if _CUE_BEFORE.search(before):
        return True
    if text[end : end + 1] == ")" and (
        _NAME_PAREN.search(before) is not None or _FAMILY_PAREN.search(before) is not None
    ):
        return True
    named = _NAMED_IS.search(before) if lex is not None else None
    return (
        named is not None
        and named.group(1).lower() not in _PRONOUNS
        and _person_word(named.group(1), lex)
    )


def _person_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word that names someone here: no test, measure or drug."""
    if _test_name(word) or word.lower() in _MEASURES or _code(word):
        return False
    flags = lex.flag(fold_term(word))
    return not flags & DRUG and (not flags & MEDICAL or bool(flags & (FIRST | LAST)))


def reading_number(text: str, start: int, end: int, lex: Lexicon, depth: int = 0) -> bool:
    """Whether the number at ``text[start:end]`` is a reading, a score, a dose or a
    count of medicine, by the words around it (no age cue is weighed here)."""
    if holds_any(text, _CAME_WORDS) and _CAME_BACK.search(text, max(0, start - 24), start):
        return True  # "mine came back 48": a result, whoever it is of
    if _UNIT_AFTER.match(text, end) or _JOINED_AFTER.match(text, end):
        return True
    if _JOINED.search(text, max(0, start - 4), start):
        return True  # "4-6", "140/90", "2.5", "now ≥75"
    of = _OF_AFTER.match(text, end)
    if of and _medical(of.group(1), lex):
        return True  # "40 of pred"
    clause = _CLAUSE_END.split(text[max(0, start - 60) : start])[-1]
    if _SCHEDULE_AFTER.match(text, end) and (_few(text[start:end]) or _medicine_in(clause, lex)):
        return True  # "senna 2 at night": tablets by the clock (not "Nana was 88 once")
    nxt = _NEXT_WORD.match(text, end)
    if (
        nxt
        and nxt.group().lstrip()[:1] in ".)"
        and not OPENING.search(text, max(0, start - 12), start)
    ):
        nxt = None  # "since 25. Mesacol": a sentence ends; "1. Metformin" is a list's item
    if nxt and _medical(nxt.group(1), lex):
        drug = bool(lex.flag(fold_term(nxt.group(1).strip(".,'’"))) & DRUG)
        if drug or _medicine_in(clause, lex):
            return True  # "2 Paracetamol", "1. Metformin 500mg"; not "Leo is 9 home"
    # set off by commas on both sides ("Lamotrigine, 29, female"): an aside, maybe an age,
    # which only a test's name reaches over; "Sertraline, 50, then 100" goes on with a dose
    aside = text.startswith(",", end) and not _DOSE_GOES_ON.match(text, end)
    value = int(text[start:end]) if text[start:end].isdigit() else 0
    if _named_before(clause, lex, drug_over_comma=not aside, value=value):
        return True
    if _compared(text, start, end, clause):
        return True  # "SLEDAI ≥ 10 and I'm at 8", "what HbA1c 48 means. Mine was 61"
    prev = _PREVIOUS.search(clause)
    if prev is None or depth > 1:
        return False
    if any(_person_word(w, lex) for w in _CAPITALISED.findall(clause, prev.end(1))):
        return False  # "ferritin 12 and Mum 60", "ferritin 9, Tom 12": someone else's number
    if _YEAR.fullmatch(prev.group(1)):
        return False  # "Born 12/03/1990, so 36 next week": a date, no reading
    a = start - len(clause) + prev.start(1)
    return reading_number(text, a, a + len(prev.group(1)), lex, depth + 1)


_PRESSURES = frozenset(["pressure", "pressures"])
_PRESSURE_OF = frozenset(["eye", "eyes", "blood", "intraocular", "pulse", "bladder", "ear"])
# One's own value set against a measure the sentence gave: "the criteria need SLEDAI ≥
# 10 and I'm at 8", "without BMI over 35 (mine's 33)", "septum >30… yours is 24", German
# "der Nüchternwert bleibt bei 98".
_COMPARED = re.compile(
    r"(?:\b(?:mine|yours|hers|his|theirs|ours)(?:['’]s|\s+(?:is|was))|"
    r"\bi(?:['’]m|\s+am)\s+(?:only\s+|now\s+|still\s+)?at)\s*$",
    re.IGNORECASE,
)
# German: a value's word in the clause, then "bei": "der Nüchternwert trotz Diät bei 98";
# never a person "ist bei 90" ("Oma ist bei 90 noch fit", "ich bin bei 41").
_BEI = re.compile(r"\bbei\s*$", re.IGNORECASE)
_PERSON_BEI = re.compile(r"\b(?:ist|bin|bist|sind|seid|war|waren|wird|werde)\s+bei\s*$")
_AGE_UNIT_AFTER = re.compile(
    r"\s*(?:months?|mths?|mos?|weeks?|wks?|years?|yrs?|yo|y/o|Monate|Jahre|Wochen)\b",
    re.IGNORECASE,
)
# A test or a measure named right before its threshold: "SLEDAI ≥ 10", "BMI over 35",
# "ferritin over 30"; not a drug's or a procedure's age limit ("Ozempic under 18").
_THRESHOLD = re.compile(
    r"([A-Za-z][\w-]*)\s*(?:[<>≤≥]|\b(?:over|under|above|below|at\s+least|more\s+than|"
    r"less\s+than)\b)\s*\d",
    re.IGNORECASE,
)
_GERMAN_VALUE = re.compile(r"[a-zäöüß]werte?s?\b", re.IGNORECASE)


def _sentence_before(text: str, start: int) -> str:
    """The sentence up to ``start``, at most 120 characters of it."""
    return SENTENCE_END.split(text[max(0, start - 120) : start])[-1]


def _compared(text: str, start: int, end: int, clause: str) -> bool:
    """One's own value set against a measure given before it (see ``_COMPARED``), never
    a number with a unit of age after it ("mine's 18 months")."""
    if _AGE_UNIT_AFTER.match(text, end):
        return False
    if _BEI.search(clause):
        part = clause.split(",")[-1]
        return _GERMAN_VALUE.search(part) is not None and _PERSON_BEI.search(part) is None
    if _COMPARED.search(clause) is None:
        return False
    return _measured_in(_sentence_before(text, start)) or _test_given(
        text[max(0, start - 100) : start]
    )


def _measured_in(sentence: str) -> bool:
    """Whether the sentence sets a test's or a measure's threshold ("BMI over 35", not
    "people over 18 with MS", not "Ozempic under 18")."""
    return any(
        _test_name(m.group(1)) or m.group(1).lower() in _MEASURES
        for m in _THRESHOLD.finditer(sentence)
    )


_WORDISH = re.compile(r"[A-Za-z][\w()-]*")
_DIGIT_SOON = re.compile(r"\D{0,25}\d")


def _test_given(before: str) -> bool:
    """Whether a test's name with a number after it comes in the words before, this
    sentence or the last: "went through HbA1c and what 48 means. Mine was 61"."""
    return any(
        _test_name(m.group()) and _DIGIT_SOON.match(before, m.end())
        for m in _WORDISH.finditer(before)
    )


# After a drug's strength and its comma, the dose goes on: "Sertraline, 50, then 100",
# "Lyrica, 75, twice a day", "Creon, 4, with meals".
_DOSE_GOES_ON = re.compile(
    r",\s*(?:then|to|and then|up to|down to|once|twice|three times|\d+\s*x|x\s*\d|daily|"
    r"nightly|weekly|fortnightly|monthly|a day|per day|with (?:meals|food|breakfast)|"
    r"at night|in the morning|morning|mornings|evenings?|bd|tds|qds|od|nocte|mane|prn)\b",
    re.IGNORECASE,
)


# What stands between a test's name and its bracketed value: "was still high (64)".
_BRACKET_LINKS = frozenset(
    """was is were are still stayed stays came back high low raised elevated normal
    borderline up down very quite slightly bit a really""".split()
)


def _named_before(
    clause: str, lex: Lexicon, *, drug_over_comma: bool = True, value: int = 0
) -> bool:
    """A measure's name a few linking words before the number ("ferritin was 9",
    "TIR was 72", "mood was 3", "CRP at 45", "pain was at 7"); a measure given out of
    ten names no number above 10 ("Chronic pain, 61, retired")."""
    tokens = _TOKEN.findall(clause)[-7:]
    links = 0
    comma = False
    bracket = False
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        low = tok.lower()
        if low == "(" and not bracket and i == len(tokens) - 1:
            bracket = True  # "SAA stayed high (62)": only a test's name reaches a bracket
            links += 1
            continue
        if bracket:
            if low in _BRACKET_LINKS and links < 5:
                links += 1  # "tTG was still high (64)", "ferritin low (9)"
                continue
            return _test_name(tok) and not (tok.islower() and tok in _AMBIGUOUS)
        if low in _PRESSURES and i > 0 and tokens[i - 1].lower() in _PRESSURE_OF:
            return True  # "Eye pressure 28 right, 24 left"; not "the pressure now 40"
        if low == "at" or low == "," and not comma:
            comma = comma or low == ","
            links += 1
            continue
        if low in _LINKS and links < 6:
            links += 1
            continue
        if value > 10 and low in SCALE_OF_TEN:
            return False
        tail = " ".join(tokens[i:]).lower()
        at_ok = " at" not in f" {tail}" or _being_at(tokens[i + 1 :])
        if _test_name(tok) and not (tok.islower() and tok in _AMBIGUOUS):
            return True  # "hemoglobin came in low, 9": only a test's name reaches over a comma
        if comma:  # "Sertraline, 50, then 100": a drug's strength, over its comma too
            drug = bool(lex.flag(fold_term(tok.strip(".,'’"))) & DRUG) and len(tok) >= 4
            return drug and drug_over_comma
        if (low in _MEASURES or _code(tok) or _medical(tok, lex)) and at_ok:
            return True
        return False
    return False


def _few(number: str) -> bool:
    """A count of tablets, puffs or drops, not an age (a person's age cue still wins)."""
    return number.isdigit() and int(number) <= 6


def _medicine_in(clause: str, lex: Lexicon) -> bool:
    """Whether the clause names a drug, test or measure before the number."""
    return any(
        _test_name(t) or t.lower() in _MEASURES or _code(t) or _medical(t, lex)
        for t in _TOKEN.findall(clause)
    )


def _being_at(tokens: list[str]) -> bool:
    low = [t.lower() for t in tokens]
    return all(
        i > 0 and (low[i - 1] in _BEING or low[i - 1] in {"came", "back"})
        for i, t in enumerate(low)
        if t == "at"
    )


def _medical(word: str, lex: Lexicon) -> bool:
    """A drug or medical term of four letters or more ("Po Po is 84" is a grandmother);
    a capitalised eponym that is also a name ("Addison", "Graves") only as a drug."""
    word = word.strip(".,'’")
    if len(word) < 4:
        return False
    flags = lex.flag(fold_term(word))
    if word[:1].isupper() and flags & (FIRST | LAST) and not flags & DRUG:
        return False
    if flags & (MEDICAL | DRUG):
        return True
    # German writes a drug's English name less its final e: "Sertralin", "Amlodipin"
    return (
        len(word) >= 6
        and not flags
        and word[-1] in "nlt"
        and bool(lex.flag(fold_term(word + "e")) & DRUG)
    )


def _code(word: str) -> bool:
    """A test's abbreviation ("TIR", "HbA1c", "PHQ-9"): two capitals or more, no word."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or word.upper() in {"OK", "UK", "US", "USA", "NHS", "GP", "ER", "ED"}:
        return False
    caps = sum(c.isupper() for c in letters)
    return caps >= 2 and (caps == len(letters) or any(c.isdigit() for c in word))


# Units and counted nouns after a number of four digits or more, in English and German:
# "10000 steps", "20000 IE", "150000 rupees", "8000 Schritte", "11000 Zellen".
GERMAN_COUNTS = frozenset(
    """schritte einheiten ie kalorien kcal euro eur tabletten stück mal meter kilometer km
    zellen leute menschen patienten tage wochen monate jahre stunden minuten kilo gramm
    milligramm mg liter ml seiten punkte kinder spritzen tropfen hübe kapseln franken
    dollar pfund""".split()
)
_COUNT_WORD = re.compile(r"[ \t]*([A-Za-zÄÖÜäöüß]+)")


def counted_after(text: str, end: int) -> bool:
    """Whether a unit, a counted noun or a measure's unit follows the number ending at
    ``end``: then it is a count or a dose, never a postcode or a house number."""
    if _UNIT_AFTER.match(text, end):
        return True
    m = _COUNT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    if low in GERMAN_COUNTS:
        return True
    plural = (
        word.islower()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "was", "has", "does", "goes"))
    )
    return plural or low in {"deductible", "copay", "excess", "steps", "rupees", "rs", "calories"}


def measured_before(text: str, start: int) -> bool:
    """Whether a test's or a measure's name stands just before the number ("Leukos 11000",
    "platelets, 150000"): a reading, not a postcode."""
    words = _TOKEN.findall(text[max(0, start - 30) : start])
    words = [w for w in words if w not in {",", ":", "=", "~"}][-2:]
    return any(
        _test_name(w) or w.lower() in _MEASURES or w.lower().startswith("leuko") for w in words
    )
