"""Ages the cue finders leave out: German decades of life, "wird 90 am", birthdays
named by their ordinal, and text-speak without an apostrophe.

Each rule pairs a closed vocabulary (decade words, ordinals, the verbs of turning an
age) with what must not follow (a unit, a dose, a count), so "Anfang 40" is an age and
"wird 5 mg" is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Started, Triggered
from app.redact.windows_tokens import token_set

_DECADE_DE = (
    r"(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|fuenfzig|sechzig|siebzig|achtzig|neunzig)"
)
# "mit Anfang 40", "ist Mitte fünfzig", "Ende 30": a decade of life; never a year
# ("Anfang 2020") nor a count ("Anfang 40 Tage").
_PART_OF_DECADE_DE = re.compile(
    r"\b((?:Anfang|Mitte|Ende)\s+(?:[1-9]0|" + _DECADE_DE + r")(?:er|ern)?)\b"
    r"(?!\s*(?:%|mg|ml|kg|Tage|Wochen|Monate|Minuten|Stunden|Uhr|Grad|Prozent|Euro|€|"
    r"Mal|x\b|Tabletten|Einheiten|IE|Punkte|km|Meter|m\b|cm))",
    re.IGNORECASE,
)
# "ein Mittfünfziger", "die Endvierzigerin", "in den Vierzigern", "in seinen Fünfzigern".
_DECADE_WORD_DE = re.compile(
    r"\b((?:Mitt|End|Anfang)" + _DECADE_DE + r"er(?:in|innen|n)?)\b"
    r"|\b(?:in\s+den|in\s+seinen|in\s+ihren|in\s+meinen|Anfang\s+der|Mitte\s+der|Ende\s+der)\s+"
    r"(" + _DECADE_DE.replace("(?:", "(?:[1-9]0|", 1) + r"(?:er|ern))\b",
    re.IGNORECASE,
)
# "wird 90 am Sonntag", "wurde letzte Woche 85": the number a person turns.
_TURNS_DE = re.compile(
    r"\b(?:wird|wurde|werde|wirst|werden|wurden)\s+"
    r"(?:(?:am\s+\w+|morgen|bald|heute|nächste\s+Woche|im\s+\w+|letzte\s+Woche|gestern)\s+)?"
    r"(\d{1,3})\b(?![.,]\d)"
    r"(?!\s*(?:%|mg|ml|kg|Tage|Wochen|Monate|Minuten|Stunden|Uhr|Grad|Prozent|Euro|€|Mal|"
    r"x\b|Tabletten|Einheiten|IE|Punkte|km|Meter|m\b|cm|mmol|µg|mcg|/))",
)
# "seit er 65 ist", "als sie 12 war", "bevor ich 18 wurde": a person's age in a clause of
# time (the pronoun "er" is no emergency room; "es" is a thing: "ob es 39 ist" is a fever).
_CLAUSE_AGE_DE = re.compile(
    r"\b(?:[Ss]eit|[Aa]ls|[Bb]evor|[Bb]is|[Nn]achdem|[Ww]o|[Ww]enn|[Ww]eil|[Dd]ass|[Oo]b)\s+"
    r"(?:er|sie|ich|du|wir|ihr)\s+"
    r"(?:(?:schon|erst|gerade|noch|knapp|fast|etwa|ungefähr|so)\s+)?(\d{1,2})\s+"
    r"(?:ist|bin|bist|war|waren|wurde|wurden|werde|wird|sind|geworden)\b"
)
# What "er" or "sie" may stand for in German besides a person: a measure ("der Puls ...,
# seit er 50 ist"), a test's value or a reading (a second reviewer's probes).
_MEASURE_DE = re.compile(
    r"\b(?:Puls|Blutdruck|Druck|Wert|Werte|Zucker|Blutzucker|Fieber|Temperatur|Gewicht|"
    r"Spiegel|Herzfrequenz|Sättigung|Sauerstoff|Quick|INR|HbA1c|CRP|BMI|TSH|PSA|Ferritin|"
    r"Kalium|Natrium|Hb|Leukos?|Leukozyten|Thrombos?|Kreatinin|GFR|eGFR|LDL|HDL|Score|"
    r"Schmerz|Schmerzen|Skala)\b",
    re.IGNORECASE,
)


def _measure_before(text: str, at: int) -> bool:
    """A measure named earlier in the sentence ("Mein INR schwankt, als er 5 war")."""
    before = text[max(0, at - 80) : at]
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind("\n"))
    return _MEASURE_DE.search(before, cut + 1) is not None


# "seit meinem 12. Lebensjahr", "vor dem 18. Lebensjahr".
_YEAR_OF_LIFE_DE = re.compile(r"\b(\d{1,3})\.\s*Lebensjahr")
# "happy 60th", "Mele's 21st", "her 50th was": a birthday by its ordinal.
_ORD = r"((?:1[3-9]|[2-9]\d|1[01]\d)(?:st|nd|rd|th))"
_BIRTHDAY_AT = Started(re.compile(r"(?<![\w.])" + _ORD + r"\b"), r"\d+")
_HAPPY_BEFORE = re.compile(r"\bhappy\s+$", re.IGNORECASE)
_OWNER_BEFORE = re.compile(
    r"(?:\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’])(?:[A-Z][a-z]+|mum|mom|mam|dad|nan|"
    r"nana|gran|grandma|grandad|grandpa|granny|papa|mama|son|daughter|sister|brother|husband|"
    r"wife|partner)['’]s|\bhis|\bher|\btheir)\s+$"
)
_ANNIVERSARY_AFTER = re.compile(r"\s*(?:wedding\s+)?anniversary", re.IGNORECASE)
_PARTY_AFTER = re.compile(
    r"\s*(?:birthday|bday|b-day|party|do\b|celebrations?|was|is|on|at|in|last|this|next|"
    r"coming|tomorrow|today|[.,!?;:)]|$)"
)
# Text-speak with no apostrophe: "shes 9 nxt month", "hes 12 n has T1D".
_PRONOUN_AGE = re.compile(
    r"\b(?:shes|hes|theyre|ur)\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?(\d{1,3})\b(?![.,]\d)"
    r"(?!\s*(?:%|mg|kg|lbs?|st\b|weeks?|wks?|days?|months?|mos?|hours?|hrs?|mins?|minutes?|"
    r"cm|ml|units?|percent|out\s+of|/|x\b|times|pounds|stone|kilos?|inches|ft|feet|miles|km|"
    r"degrees|°|points?|am\b|pm\b|o'?clock|mmol|beds?|bpm))",
    re.IGNORECASE,
)
_TEEN_UP_DE = (
    r"(?:(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?"
    + _DECADE_DE
    + r"|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn)"
)
# "mit neunzehn kam die Diagnose": an age in words after "mit", not a count of things
# ("mit zwanzig Tabletten": a capitalised noun other than "Jahren" follows).
_WITH_AGE_WORD_DE = re.compile(r"\b[Mm]it\s+(" + _TEEN_UP_DE + r")\b(?!\s+(?!Jahren\b)[A-ZÄÖÜ])")
# Forum shorthand for family: "DS1 is 9", "DD2 just turned 4", "DH was 45".
_FAMILY_CODE = Triggered(
    re.compile(
        r"(?:DS|DD|DH|DW|DP|DSD|DSS|DGD|DGS)\d?\s+(?:is|was|turned|turns|just\s+turned|"
        r"will\s+be|aged)\s+(\d{1,2})\b(?![.,]\d)(?!\s*(?:%|mg|kg|lbs?|weeks?|wks?|days?|"
        r"months?|hours?|hrs?|mins?|cm|ml|units?|out\s+of|/|x\b|times|am\b|pm\b|per\s*cent))",
        re.IGNORECASE,
    ),
    r"(?:ds|dd|dh|dw|dp|dsd|dss|dgd|dgs)\d?",
)
# Hinglish "beta 7 saal ka hai", "maa 65 saal ki hain" (not "7 saal se", for 7 years);
# Afrikaans "hy is ses jaar oud", "sedert hy ses was".
_AF_NUMBER = (
    r"(?:een|twee|drie|vier|vyf|ses|sewe|agt|nege|tien|elf|twaalf|dertien|veertien|vyftien|"
    r"sestien|sewentien|agtien|negentien|twintig|dertig|veertig|vyftig|sestig|sewentig|"
    r"tagtig|negentig|\d{1,3})"
)
_OTHER_TONGUES = re.compile(
    r"\b(\d{1,3})\s*(?:saal|sal)\s+(?:ki|ka|ke)\b"
    r"|\b(" + _AF_NUMBER + r")\s+jaar\s+oud\b"
    r"|\b(?:hy|sy|ek|jy)\s+(" + _AF_NUMBER + r")\s+(?:jaar\s+)?was\b",
    re.IGNORECASE,
)
# "our Jade's 16 on Sunday", "me nan's 80 next week": a person of the family and the
# age they are or turn ("'s" for "is"); not "my Crohn's 10 years" (a duration).
_FAMILY_IS_AGE = Triggered(
    re.compile(
        r"(?:our|my|me|ma)\s+[A-Za-z][a-z]+['’]s\s+(\d{1,3})\b(?![.,]\d)"
        r"(?=\s+(?:on|next|this|in|today|tomorrow|now|and|at|soon|already|tmrw|2moro)\b"
        r"|\s*[.,!?;)]|$)",
        re.IGNORECASE,
    ),
    "our|my|me|ma",
)
# "my octogenarian dad", "a centenarian": an age band in one word.
_AGE_WORDS = Triggered(
    re.compile(r"(?:sexa|septua|octo|nona)genarians?\b|(?:super)?centenarians?\b", re.IGNORECASE),
    r"sexagenarians?|septuagenarians?|octogenarians?|nonagenarians?|(?:super)?centenarians?",
)
_DE_KEYS = frozenset(("anfang", "mitte", "ende", "wird", "wurde", "werde", "wirst", "werden"))
_DE_KEYS = _DE_KEYS | {"wurden", "lebensjahr", "den", "seinen", "ihren", "meinen", "der", "mit"}
_DE_KEYS = _DE_KEYS | {"seit", "als", "bevor", "bis", "nachdem", "wo", "wenn", "weil", "dass", "ob"}
_TONGUE_KEYS = frozenset(("saal", "sal", "jaar", "hy", "sy"))
_PRONOUN_KEYS = frozenset(("shes", "hes", "theyre", "ur"))


def _span(
    start: int, end: int, text: str, confidence: float = 0.7, source: Source = Source.CONTEXT
) -> Span:
    return Span(start, end, SpanType.AGE, source, confidence, text[start:end])


def find(text: str) -> Iterator[Span]:
    """Age spans; the engine's medicine filters still see each one."""
    words = token_set(text)
    if "zig" in text or not words.isdisjoint(_DE_KEYS):
        for m in _PART_OF_DECADE_DE.finditer(text):
            yield _span(m.start(1), m.end(1), text)
        for m in _DECADE_WORD_DE.finditer(text):
            g = 1 if m.group(1) else 2
            yield _span(m.start(g), m.end(g), text, 0.6)
        for m in _TURNS_DE.finditer(text):
            if 1 <= int(m.group(1)) <= 115:
                yield _span(m.start(1), m.end(1), text)
        for m in _YEAR_OF_LIFE_DE.finditer(text):
            yield _span(m.start(1), m.end(1), text)
        for m in _CLAUSE_AGE_DE.finditer(text):
            if not _measure_before(text, m.start()):
                yield _span(m.start(1), m.end(1), text, 0.7)
        for m in _WITH_AGE_WORD_DE.finditer(text):
            yield _span(m.start(1), m.end(1), text, 0.6)
    for m in _AGE_WORDS.finditer(text):
        yield _span(m.start(), m.end(), text, 0.7)
    for m in _FAMILY_CODE.finditer(text):  # the code is the person: no reading's cue
        yield _span(m.start(1), m.end(1), text, 0.7, Source.PATTERN)
    for m in _BIRTHDAY_AT.finditer(text):
        lo = max(0, m.start() - 24)
        if _HAPPY_BEFORE.search(text, lo, m.start()):
            if not _ANNIVERSARY_AFTER.match(text, m.end()):
                yield _span(m.start(), m.end(), text, 0.6)
        elif _OWNER_BEFORE.search(text, lo, m.start()) and _PARTY_AFTER.match(text, m.end()):
            yield _span(m.start(), m.end(), text, 0.6)
    if not words.isdisjoint(_TONGUE_KEYS):
        for m in _OTHER_TONGUES.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i))
            yield _span(m.start(g), m.end(g), text, 0.6)
    if "'s" in text or "’s" in text:
        for m in _FAMILY_IS_AGE.finditer(text):
            if int(m.group(1)) <= 115:
                yield _span(m.start(1), m.end(1), text, 0.6)
    if not words.isdisjoint(_PRONOUN_KEYS):
        for m in _PRONOUN_AGE.finditer(text):
            if int(m.group(1)) <= 115:
                yield _span(m.start(1), m.end(1), text, 0.6)
