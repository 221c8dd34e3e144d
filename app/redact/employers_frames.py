"""Employers named by what happens around them at work, in shapes the cue finders miss.

``employers.AFTER_CUE`` reads a firm after a verb of working ("work at", "arbeite bei").
Writers also name it where only working life explains the sentence:

- German, the verb after the firm or the time spent there: "bei Hornbach
  krankgemeldet", "bei voestalpine in der Halle arbeite", "Schichtdienst bei
  Dräger", "im Büro bei der Ergo", "war 25 Jahre bei Krupp". A doctor's
  "krankschreiben" is no cue: that "bei" is the surgery;
- a workplace's noun with the firm in brackets, a site or town after it: "Office
  (Mphasis Pune)", "the warehouse (Wayfair KY2)", "the plant (Nissan in Smyrna)";
- the firm called the employer: "my employer, Ocado,", "Fidelity is my employer";
- the firm as the one that rosters, sends home or sacks: "Rio Tinto won't let me back
  on the roster", "Infosys gave me WFH", "told Halliburton I'd WFH";
- health cover got through the firm: "blue cross through Lockheed", "cigna through
  deere corporate". Public payers ("through Medicaid", "the NHS") are no employer.

The German word list holds firms' names ("Opel", "Zalando") beside nouns, so it cannot
tell them apart: the frame does, and a short list of what else stands after "bei" in
such a sentence (work itself, kin, doctors, weather, need) is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from app.redact.employers_edges import ends_name
from app.redact.employers_listed import chain_names
from app.redact.german import german_abstract_noun, german_function_word
from app.redact.lexicon import DRUG, FIRST, MEDICAL, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.spans import Source, Span, SpanType
from app.redact.windows_tokens import token_set

_DE_NAME = r"([A-ZÄÖÜ][\wäöüß&.+-]*(?:\s+[A-ZÄÖÜ][\wäöüß&+-]*)?|[a-zäöü][\wäöüß-]+)"
_DE_WORKING = (
    r"(?:arbeite|arbeitest|arbeitet|arbeiten|gearbeitet|angestellt|beschäftigt|tätig|"
    r"krankgemeldet|krank\s+gemeldet|krankmelden|krank\s+melden|gekündigt|eingestellt|"
    r"angefangen|anfangen|jobbe|jobbt|jobben|gejobbt|Schichtdienst|Nachtschicht|Frühschicht|"
    r"Spätschicht|Schicht)\b"
)
# "bei X krankgemeldet", "bei X in der Halle arbeite": the firm, at most three words,
# then the verb of working, in one clause.
_DE_THEN_VERB = re.compile(
    rf"\b[Bb]ei(?:m)?\s+(?:der\s+|dem\s+|den\s+)?{_DE_NAME}(?:\s+[\wäöüß-]+){{0,3}}?\s+{_DE_WORKING}"
)
# "Schichtdienst bei X", "im Büro bei der X", "25 Jahre bei X", "als Kassiererin bei X",
# "jobbe nebenbei bei X".
_DE_CUE_THEN = re.compile(
    r"\b(?:Schichtdienst|Nachtdienst|Schicht|Büro|Lager|Filiale|Werk|Job|Arbeit|"
    r"Ausbildung|Praktikum|Lehre|Jahrzehnten?|als\s+[A-ZÄÖÜ][\wäöüß]+|"
    r"Jahren?(?:\s+[A-ZÄÖÜ][a-zäöüß]+)?|"  # "27 Jahre Maurer bei Baumann Hochbau"
    r"Minijob|Stelle|Aushilfe|Chef|Chefin|Azubi|"
    r"(?:jobbe|jobbt|jobben|gejobbt|putze|putzt|putzen|geputzt)(?:\s+[\wäöüß]+){0,2}?)"
    r"(?:\s+lang)?\s+bei(?:m)?\s+"
    rf"(?:der\s+|dem\s+|den\s+)?{_DE_NAME}"
)
# What else follows "bei" in such sentences: the work itself, people, doctors, weather.
# "Mein Arbeitgeber, die Sparkasse,", "Dachser ist mein Arbeitgeber".
_DE_CAP_NAME = r"([A-ZÄÖÜ][\wäöüß&.+-]*(?:\s+[A-ZÄÖÜ][\wäöüß&+-]*)?)"
_DE_MY_EMPLOYER = re.compile(
    r"\b(?:[Mm]ein|[Uu]nser|[Ss]ein|[Ii]hr)\s+Arbeitgeber(?:\s*,\s*|\s+ist\s+)"
    rf"(?:die\s+|der\s+|das\s+)?{_DE_CAP_NAME}"
)
_DE_IS_EMPLOYER = re.compile(rf"{_DE_CAP_NAME}\s+ist\s+(?:mein|unser|sein|ihr)\s+Arbeitgeber\b")
# Let go by a firm, in German word order: "von Gorillas entlassen", "Seit Brinkhaus mich
# rausgeworfen hat", "Dann hat Lidl mich gekündigt".
_DE_FIRING = r"(?:entlassen|gekündigt|gefeuert|rausgeworfen|rausgeschmissen)\b"
_DE_FIRED_BY = re.compile(
    rf"\b(?:[Vv]on|[Vv]om)\s+(?:der\s+|dem\s+)?{_DE_CAP_NAME}\s+(?:\w+\s+)?{_DE_FIRING}"
)
_DE_FIRED_ME = re.compile(
    rf"(?:\b(?:[Ss]eit(?:dem)?|[Dd]ass|[Ww]eil|[Aa]ls|[Nn]achdem|[Oo]bwohl|hat|hatte|und|aber)"
    rf"\s+|(?:^|[.!?:]\s+)){_DE_CAP_NAME}\s+(?:hat\s+|hatte\s+)?mich\s+(?:\w+\s+){{0,2}}?{_DE_FIRING}",
    re.MULTILINE,
)
_DE_FIRING_GATE = frozenset("entlassen gekündigt gefeuert rausgeworfen rausgeschmissen".split())
_DE_NOT_FIRM = frozenset(
    """arbeit firma bedarf regen kälte hitze nacht tag schicht mama papa mutti vati oma opa
    tante onkel mann frau herr herrn dr doktor chef chefin kollege kollegen kollegin
    kolleginnen arzt ärztin hausarzt hausärztin zahnarzt zahnärztin physio ergo therapie
    familie freunden eltern nachbarn stress sport wetter uns euch mir dir ihm ihr ihnen
    einer einem meiner meinem seiner seinem ihrer ihrem unserer unserem der die das""".split()
)
_DE_GATE = frozenset(("bei", "beim"))

_NAME = r"\b([A-Z][\w&'’.+-]*(?:\s+[A-Z][\w&'’.+-]*){0,3})"
# The same, or one lower-case word, which must then be a listed chain ("tesco's wont").
_NAME_OR_CHAIN = r"\b([A-Z][\w&'’.+-]*(?:\s+[A-Z][\w&'’.+-]*){0,3}|[a-z][\w&'’-]+)"
_ANY_NAME = r"([A-Z][\w&'’.+-]*(?:\s+[A-Z][\w&'’.+-]*){0,3}|[a-z][\w&'’-]{2,})"
_NOUNS = (
    r"(?:office|warehouse|depot|plant|factory|site|store|shop|branch|mill|mine|yard|"
    r"call\s+cent(?:re|er)|distribution\s+cent(?:re|er)|head\s+office|workplace|employer)"
)
# "Office (Mphasis Pune)", "the plant (Nissan in Smyrna, paint shop)".
_BRACKETED = re.compile(
    rf"(?i:\b{_NOUNS})\s*\(\s*{_NAME}(?:\s+(?:in|at|near)\s+[^()\n]{{1,40}}|\s*,[^()\n]{{1,40}})?"
    r"\s*\)"
)
_BRACKET_GATE = frozenset(
    """office warehouse depot plant factory site store shop branch mill mine yard
    centre center workplace employer""".split()
)
_MY = r"(?:my|our|his|her|their|My|Our|His|Her|Their)"
# "my employer, Ocado,", "My employer is Severn Trent".
_MY_EMPLOYER = re.compile(
    rf"\b{_MY}\s+(?:employer|workplace)(?:\s*,\s*|\s+(?:is|was)\s+|\s+){_NAME}"
)
# "Fidelity is my employer".
_IS_EMPLOYER = re.compile(rf"{_NAME}\s+(?:is|was|are|were)\s+{_MY}\s+(?:employer|workplace)\b")
_NOT_A = r"(?:won'?t|won’t|wouldn'?t|wouldn’t|will\s+not|didn'?t|didn’t|did\s+not|can'?t|can’t)"
# What only an employer does to its staff, the firm before it.
_EMPLOYER_DOES = re.compile(
    rf"{_NAME_OR_CHAIN}\s+(?:{_NOT_A}\s+let\s+me\s+(?:back|return|work|come\s+back|on\s+"
    r"the\s+(?:roster|rota|line|floor|tools|site|schedule))|"
    rf"{_NOT_A}\s+give\s+me\s+(?:the\s+day|the\s+time|time\s+off|a\s+day\s+off|the\s+shift|"
    r"the\s+hours|leave|holiday)|"
    r"(?:gave|give|gives|has\s+given|offered|approved|granted)\s+me\s+(?:WFH|work\s+from\s+home|"
    r"remote\s+work|light\s+duties|a\s+phased\s+return|reduced\s+hours|FMLA|"
    r"compassionate\s+leave)|"
    r"(?:put|moved|has\s+put)\s+me\s+on\s+(?:light|restricted|desk|modified)\s+duties|"
    r"(?:let\s+me\s+go|laid\s+me\s+off|made\s+me\s+redundant|sacked\s+me|fired\s+me))\b"
)
_DOES_GATE = frozenset(
    "let gave give gives given offered approved granted put moved laid made sacked fired".split()
)
_TOLD_GATE = frozenset("told rang called emailed messaged texted phoned informed".split())
# "told Halliburton I'd WFH", "Rang Stagecoach to say I won't be in".
_TOLD_FIRM = re.compile(
    rf"\b(?:[Tt]old|[Rr]ang|[Cc]alled|[Ee]mailed|[Mm]essaged|[Tt]exted|[Pp]honed|[Ii]nformed)\s+"
    rf"{_NAME_OR_CHAIN}\s+(?:to\s+say\s+)?(?:I'?d|I’d|I\s+would|I'?ll|I’ll|I\s+will|I\s+won'?t|I\s+won’t|"
    r"I'?m|I’m|I\s+am|that\s+I)\s+(?:[\w'’]+\s+){0,2}?(?:WFH|work(?:ing)?\s+from\s+home|be\s+off|"
    r"be\s+in|off\s+sick|be\s+late|call(?:ing)?\s+in\s+sick)\b"
)
# Health cover had through the firm: "blue cross through Lockheed".
_COVER_THROUGH = re.compile(
    r"(?i:\b(?:insurance|insurer|coverage|cover|health\s+plan|plan|benefits|blue\s+cross|"
    r"blue\s+shield|bcbs|cigna|aetna|uhc|united\s*healthcare|humana|anthem|medical\s+aid|"
    r"health\s+fund)(?:\s+[\w'’-]+){0,2}?\s+(?:through|via|thru)\s+(?:my\s+|his\s+|her\s+|"
    rf"our\s+|the\s+)?){_ANY_NAME}"
)
_COVER_GATE = frozenset(("through", "via", "thru"))
# Payers that are no one's employer (public schemes and the insurers and medical aids
# themselves: "medical aid through Discovery"), and what else stands after "through" in
# cover talk.
_PAYERS = frozenset(
    """nhs hse medicaid medicare tricare va cobra aca obamacare marketplace exchange state
    government work job employer union school uni university spouse husband wife partner
    parents dad mum mom pharmacy insurance plan discovery bupa aetna cigna humana anthem
    kaiser uhc unitedhealthcare bcbs blue medibank hcf nib axa vitality bonitas momentum
    gems medshield fedhealth bestmed southern sun manulife canada great-west aok tk
    barmer dak allianz""".split()
)
# Words that stand where a firm would and name a person or a role instead.
_ROLES = frozenset(
    """gp doctor dr consultant nurse surgeon specialist physio therapist mum mom dad mam
    nan nana gran grandma grandad grandpa husband wife partner boyfriend girlfriend son
    daughter sister brother boss manager work hr oh it they he she we you god""".split()
)


def find(text: str, lex: Lexicon, organisation: Callable[[str], bool]) -> Iterator[Span]:
    """Employers of the shapes above. ``organisation`` is the finder's test that a run
    of words may be an organisation (not "again", "the moment", a drug)."""
    words = token_set(text)
    german = []
    if not words.isdisjoint(_DE_GATE):
        german += [_DE_THEN_VERB, _DE_CUE_THEN]
    if "arbeitgeber" in words:
        german += [_DE_MY_EMPLOYER, _DE_IS_EMPLOYER]
    if not words.isdisjoint(_DE_FIRING_GATE):
        german += [_DE_FIRED_BY, _DE_FIRED_ME]
    for regex in german:
        for m in regex.finditer(text):
            if regex is _DE_FIRED_ME and _person(m.group(1), lex):
                continue  # "Seit Thomas mich rausgeworfen hat": a person
            end = _german_firm(m.group(1), lex)
            if end:
                yield _span(text, m.start(1), m.start(1) + end)
    if "(" in text and not words.isdisjoint(_BRACKET_GATE):
        yield from _named(text, _BRACKETED, organisation)
    if "employer" in words or "workplace" in words:
        yield from _named(text, _MY_EMPLOYER, organisation)
        yield from _named(text, _IS_EMPLOYER, organisation)
    if "me" in words and not words.isdisjoint(_DOES_GATE):
        yield from _named(text, _EMPLOYER_DOES, organisation)
    if not words.isdisjoint(_TOLD_GATE):  # "told BHP", never "told Sarah": a person
        yield from _named(
            text, _TOLD_FIRM, lambda name: organisation(name) and not _person(name, lex)
        )
    if not words.isdisjoint(_COVER_GATE):
        for m in _COVER_THROUGH.finditer(text):
            name = _trim(m.group(1))
            first = name.split()[0].lower().strip("'’")
            if first in _PAYERS or first.removesuffix("s") in _PAYERS:
                continue
            if organisation(name) or name.lower() in chain_names():
                yield _span(text, m.start(1), m.start(1) + len(name))


def _named(
    text: str, regex: re.Pattern[str], organisation: Callable[[str], bool]
) -> Iterator[Span]:
    for m in regex.finditer(text):
        start = m.start(1)
        name = m.group(1)
        # a sentence's opening word is no part of the name: "Now Fidelity is my employer"
        head, _, rest = name.partition(" ")
        if rest and head.lower() in _OPENERS:
            start += len(head) + 1
            name = rest
        name = _trim(name)
        if name.split()[0].lower().strip("'’.") in _ROLES:
            continue
        if name[0].islower():
            if chain_names().get(name.lower()) is False:  # "tesco's", never "next", "three"
                yield _span(text, start, start + len(name))
        elif organisation(name):
            yield _span(text, start, start + len(name))


def _person(name: str, lex: Lexicon) -> bool:
    """One word listed as a given name and no listed chain: "Sarah", not "Boots"."""
    key = name.lower()
    return " " not in key and bool(lex.flag(key) & FIRST) and key not in chain_names()


_OPENERS = frozenset("now then so and but also still well anyway today yesterday".split())


def _trim(name: str) -> str:
    """Without a trailing possessive "'s" and stops ("Ocado." "Tesco's")."""
    name = name.rstrip(".,")
    for tail in ("'s", "’s"):
        if name.endswith(tail) and len(name) > len(tail) + 1:
            name = name[: -len(tail)]
    return name


def _german_firm(name: str, lex: Lexicon) -> int:
    """How much of ``name`` is a firm's name after German "bei" (0 for none): it stops
    at a word of work, kin, doctor, weather or need, a function word, an abstract noun
    ("Teilzeit"), a day or a medical word ("Schicht bei Liebherr Insulin vergessen"). A
    short lower-case word counts only as a listed chain."""
    name = name.rstrip(".,")
    if name.islower() and len(name) < 4 and name not in chain_names():
        return 0
    end = 0
    for word in name.split():
        key = word.lower().strip(".")
        flags = lex.flags.get(key, 0)
        if (
            key in _DE_NOT_FIRM
            or german_function_word(key)
            or german_abstract_noun(key)
            or key in CALENDAR
            or ends_name(key, flags)
            or flags & (MEDICAL | DRUG)
        ):
            break
        end = name.index(word, end) + len(word)
    return end


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, SpanType.EMPLOYER, Source.CONTEXT, 0.6, text[start:end], True)
