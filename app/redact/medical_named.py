"""Names medicine owns: a town or surname inside a condition's name is the condition.

Lists of towns and surnames know "Leiden", "Lyme", "Norwalk", "Barr" and "Nile"; the
writer of "Factor V Leiden", "Lyme disease", "Norwalk virus", "Epstein Barr virus" or
"West Nile virus" names an illness, not a place or a person, and redacting it takes the
very thing the post is about. Likewise "Long Covid" and "Long QT" are conditions, and a
word no list holds that ends like a condition ("Hantavirus", "Chondrosarcoma") is one.
A town before a place's own noun ("Leeds Test Centre", "Lyme Regis") stays a town.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.redact.lexicon import FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.makers_vaccine import vaccine_said
from app.redact.medical_tokens import alternatives, lower_is_no_guide
from app.redact.names_cues import KIN, TITLES
from app.redact.names_guess import speaks_after
from app.redact.normalise import fold_term
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Triggered, word_starts
from app.redact.windows_tokens import caseless, lowered

_GUESSES = (SpanType.NAME, SpanType.PLACE, SpanType.EMPLOYER, SpanType.OTHER)
# A condition's noun, capitalised only for the few a title may hold ("Down Syndrome"),
# and no place's or organisation's own word after it ("Lyme Disease Clinic").
_NOUN_ANY_CASE = "syndrome|disease|virus|fever|palsy|encephalitis"
_NOUN_LOWER = (
    "disorder|phenomenon|anomaly|malformation|lymphoma|sarcoma|dystrophy|ataxia|"
    "chorea|reflex|manoeuvre|maneuver|criteria|score|scale|classification|staging|"
    "ulcers?|cysts?|nodes?|nodules?|bacteria|infection|flu|vaccine|strain|variant|"
    "diet|protocol|rules|triage|questionnaire|brace|belly|wort"
)
# an instrument's own words first: "Glasgow coma score", "Bristol stool chart"
_INSTRUMENT = (
    "coma|stool|sleepiness|depression|anxiety|pain|risk|frailty|asthma|symptom|"
    "cough|dyspnoea|fatigue|postnatal|cognitive|ankle|knee|hip|shoulder|respiratory|sleep"
)
_INSTRUMENT_NOUN = (
    "score|scale|chart|sample|criteria|test|index|questionnaire|assessment|examination|rules"
)
# An instrument's noun in a title's capitals ("Glasgow Coma Scale", "Montreal Cognitive
# Assessment"); in lower case "assessment" follows a town as often ("my Leeds assessment").
_TITLED_NOUN = "Scale|Score|Assessment|Examination|Questionnaire|Criteria|Classification|Triage"
_TITLED_WHOLE = re.compile(rf"(?:[A-Z][a-z]+[ \t]+){{1,2}}(?:{_TITLED_NOUN})")
_NOUN = (
    rf"(?:(?i:{_NOUN_ANY_CASE})|{_NOUN_LOWER}|(?:{_INSTRUMENT})[ \t]+(?:{_INSTRUMENT_NOUN})|"
    rf"{_TITLED_NOUN}|blood[ \t]+(?:group|type))"
    r"(?![\w-])(?![ \t]+(?:[A-Z]|(?i:cent(?:re|er)s?|clinics?|hospitals?|units?|ward|"
    r"site|society|association|foundation|trust|charity|support group|awareness)\b))"
)
# The condition's noun after the guess, perhaps over a possessive and one or two more
# capitalised words of the name ("Epstein Barr virus", "Rocky Mountain spotted fever").
_CONDITION_AFTER = re.compile(
    r"(?:['’]s?|(?:[ \t-]+[A-Z][a-z]+){0,2}(?:['’]s)?(?:[ \t]+spotted)?)[ \t-]+" + _NOUN
)
_NOUN_AFTER = re.compile(r"[ \t-]+" + _NOUN)
# Procedures and injuries named after a surgeon, for a person guess only: a town's
# "Glasgow operation" is an operation in Glasgow.
_PROCEDURE = (
    "fractures?|injury|procedure|operation|repair|manoeuvre|maneuver|technique|incision|stitch"
)
_PROCEDURE_AFTER = re.compile(rf"(?:['’]s)?[ \t]+(?:{_PROCEDURE})(?![\w-])")
_CUE_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_FRIENDS = frozenset(["friend", "mate", "colleague", "neighbour", "neighbor", "boss", "named"])
# "Factor V Leiden", "Factor II": a designation before the guess.
_DESIGNATION_BEFORE = re.compile(r"\b(?i:factor)\s+(?:(?:[IVX]+|\d{1,2})\s+)?$")
# "Long Covid", "Long QT", "long-haul covid": conditions, whatever finder took "Long".
_LONG = re.compile(r"(?i:long)[\s-]+(?i:covid(?:-?19)?|qt|haul(?:ers?)?|hauler)\b")
# Endings of a condition's or a procedure's name, on words no name or town list holds.
_CONDITION_ENDINGS = (
    "virus|itis|osis|aemia|emia|pathy|ectomy|otomy|ostomy|plasty|scopy|graphy|algia|philia|"
    "plegia|trophy|carcinoma|sarcoma|lymphoma|blastoma|melanoma|glioma|myeloma|coccus|cocci|"
    "bacter|plasma"
)
_CONDITION_WORD = re.compile(rf"[a-z]{{4,}}(?:{_CONDITION_ENDINGS})$")
_STRONG = (Source.USER, Source.PROFILE)  # a profile term is the user's to say, never medicine
# Makers of drugs, vaccines and devices: "the Pfizer booster", "my Lilly pens",
# "2 AstraZeneca and 1 Pfizer" name a product; "I work at Pfizer" names an employer.
MAKER = re.compile(
    r"(?i:pfizer(?:[- /]biontech)?|biontech|moderna|astra[ -]?zeneca|oxford[ -/]astrazeneca|"
    r"janssen|johnson\s*(?:&|and)\s*johnson|j\s?&\s?j|novavax|sanofi(?:[- ]pasteur)?|"
    r"gsk|glaxo(?:smithkline)?|merck|msd|(?:eli\s+)?lilly|novo(?:\s+nordisk)?|"
    r"roche|genentech|abbvie|amgen|bayer|teva|mylan|viatris|sandoz|boehringer(?:\s+"
    r"ingelheim)?|takeda|gilead|biogen|novartis|sinovac|sinopharm|covaxin|seqirus|"
    r"valneva|sputnik|zydus|cipla|lupin|accord|actavis|aurobindo|ucb|ipsen|servier|"
    r"regeneron|otsuka|astellas|eisai|organon|celltrion|fresenius|hikma|perrigo|haleon|"
    r"dexcom|insulet|omnipod|medtronic|ypsomed|ferring|bms|bristol[ -]myers(?:[ -]squibb)?|"
    r"abbott|accu-?chek|tandem|bd|becton[ -]dickinson|baxter|boston\s+scientific|"
    r"st\.?\s+jude(?:\s+medical)?|biotronik|livanova|abiomed)"
    r"(?![\w&-])"
)
_MAKER_PRODUCT = re.compile(
    r"(?:['’]s)?(?:[ \t]+(?-i:[A-Z][\w-]+)){0,2}[ \t]+(?:(?:covid(?:-?19)?|flu|mrna|"
    r"covid-19|bivalent|autumn|spring|"
    r"first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|new|updated|original)[ \t]+)*"
    r"(?:boosters?|jabs?|vaccines?|vaccinations?|vax|shots?|doses?|tablets?|tabs|pills?|"
    r"injections?|pens?|cartridges?|needles|one|ones|version|generic|biosimilar|"
    r"insulin|pump|sensors?|trial|brand|covid(?:-?19)?|libre|freestyle|meters?|strips|"
    r"lancets?|cgm|monitor|stent|implant|device|icds?|pacemakers?|defibrillators?|valves?|"
    r"leads?|loop[ \t]+recorders?|crt-?[dp]?|stimulators?|neurostimulators?)\b"
    r"|[ \t]*[x×][ \t]?\d\b",
    re.IGNORECASE,
)
# A count before a maker names its product ("3 doses of Moderna", "2x Pfizer"); a verb
# of having does not ("Took Lilly to nursery", "got the Pfizer job"): only the product
# noun after the maker tells.
_MAKER_TAKEN = re.compile(
    r"(?:\b\d[ \t]*(?:x[ \t]*)?|\b(?:doses?|shots?|jabs?|rounds?)[ \t]+of)[ \t]+$",
    re.IGNORECASE,
)
# A device named just before, the maker in brackets or after a dash as an aside that
# closes there: "mechanical valve (St Jude)", "my pacemaker - Biotronik.". "from" names
# where it came from as often ("pump from St Jude was replaced": the hospital), and a
# maker that goes on into a sentence is its subject ("Stent, Abbott was the
# cardiologist's name": a person), so _ASIDE_END must follow.
_DEVICE_BEFORE = re.compile(
    r"\b(?:valves?|pacemakers?|icds?|defibrillators?|pumps?|stents?|implants?|devices?|"
    r"sensors?|cgms?|monitors?|leads?|stimulators?)[ \t]*(?:\(|,|-|–|:|by)[ \t]*$",
    re.IGNORECASE,
)
_ASIDE_END = re.compile(r"[ \t]*(?:[).,;:!?\n]|$)")
# Work after the maker: "the Pfizer job", "a Roche interview", "my Abbott shift".
_WORK_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:jobs?|offers?|contracts?|interviews?|roles?|placements?|shifts?|"
    r"internship|graduate\s+scheme|office|site|plant|lab|team|colleagues?|career)\b",
    re.IGNORECASE,
)
_MAKER_LISTED = re.compile(
    r"[ \t]*(?:,|/|\+|\band\b|\bor\b|\bthen\b)[ \t]*(?:\d[ \t]*)?$|^[ \t]*(?:,|/|\+|\band\b|\bor\b|\bthen\b)[ \t]*(?:\d[ \t]*)?",
    re.IGNORECASE,
)
_VACCINE_NEAR = re.compile(
    r"\b(?:vaccin\w*|vax\w*|jabs?|jabbed|boosters?|boosted|doses?|shots?|covid\w*|"
    r"mrna|insulin|pens?|x\d)\b",
    re.IGNORECASE,
)
_WORK_BEFORE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|job|jobs|employed|employer|joined|rep|interview(?:ed)?|"
    r"contract(?:or|ed)?|colleagues?|based|offices?|shares|stocks?|scientists?|"
    r"engineers?|intern(?:ship)?|career|hired|redundant|laid\s+off|headquarters)\b"
    r"[^.!?\n]{0,30}$",
    re.IGNORECASE,
)


# A word every maker's name above holds, lower-cased ("j & j": its ampersand): a text
# holding none of them names no maker, and MAKER, tried at every character of a window
# around each guess, is the costliest test here.
_MAKER_HINTS = (
    "pfizer biontech moderna astra janssen johnson & novavax sanofi gsk glaxo merck msd "
    "lilly novo roche genentech abbvie amgen bayer teva mylan viatris sandoz boehringer "
    "takeda gilead biogen novartis sinovac sinopharm covaxin seqirus valneva sputnik zydus "
    "cipla lupin accord actavis aurobindo ucb ipsen servier regeneron otsuka astellas eisai "
    "organon celltrion fresenius hikma perrigo haleon dexcom insulet omnipod medtronic "
    "ypsomed ferring bms bristol abbott accu tandem bd becton baxter boston jude biotronik "
    "livanova abiomed"
).split()


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` grouped by first letter ("a(?:bbott|bbvie)|b(?:...)"):
    the engine checks one letter per group, not every word, at each place it tries."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        re.escape(first) + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
        for first, rests in groups.items()
    )


# A token holding a maker's word ("pfizer", "astrazeneca", "accu" of "accu-chek"): which
# tokens do is learnt once per word for every text, by windows' table of first words.
# "&" (of "J&J") is in no token. The regex only says "a token starts here".
_MAKER_TOKEN = Triggered(
    re.compile(r"\w"), rf"\w*(?:{_trie([h for h in _MAKER_HINTS if h.isalpha()])})\w*"
)


def _holds_maker_word(text: str, low: str) -> bool:
    """``any(hint in low for hint in _MAKER_HINTS)`` for ``low = lowered(text)``: every
    hint but "&" is letters, which lie inside one token; where lower case is no guide
    ("ſ", "İ"), the hints are looked for one by one."""
    if "&" in text:
        return True
    if lower_is_no_guide(text):
        return any(hint in low for hint in _MAKER_HINTS)
    return next(_MAKER_TOKEN.finditer(text), None) is not None


_ANY_MAKER_HINT = re.compile(_trie(_MAKER_HINTS))


def holds_maker(piece: str) -> bool:
    """Whether ``piece`` holds a maker's word: where none is, MAKER cannot match (one
    search of the words grouped by first letter, not one ``in`` per word)."""
    return _ANY_MAKER_HINT.search(caseless(piece)) is not None


# The words of _NOUN, each a whole token where it matches ("syndrome", "ulcers", an
# instrument's first word and its noun), and of _PROCEDURE_AFTER; a text holding none of
# them holds no match. The endings of _CONDITION_WORD, for one ``endswith`` first.
_NOUN_WORDS = alternatives(f"{_NOUN_ANY_CASE}|{_NOUN_LOWER}")
_INSTRUMENT_WORDS = alternatives(_INSTRUMENT)
_INSTRUMENT_NOUNS = alternatives(_INSTRUMENT_NOUN)
_TITLED_WORDS = alternatives(_TITLED_NOUN.lower()) | {"blood"}
_PROCEDURE_WORDS = alternatives(_PROCEDURE)
_CONDITION_ENDS = tuple(_CONDITION_ENDINGS.split("|"))


def _holds(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` may hold one of ``words`` as a whole token (True where lower case
    is no guide: see ``windows.word_starts``)."""
    return word_starts(text, words) != []


class _Hints(NamedTuple):
    """Which of the costlier tests below can succeed anywhere in a text, by the words
    each needs ("called" or "named" for ``_THING_CALLED``, "factor" for
    ``_DESIGNATION_BEFORE``, a condition's noun for ``_CONDITION_AFTER``, "long" for
    ``_LONG``): learnt once per text, not once per guess."""

    makers: bool
    called: bool
    factor: bool
    nouns: bool = True
    procedures: bool = True
    long: bool = True

    @classmethod
    def of(cls, text: str) -> _Hints:
        low = lowered(text)
        return cls(
            _holds_maker_word(text, low),
            "called" in low or "named" in low,
            "factor" in low,
            _holds(text, _NOUN_WORDS)
            or _holds(text, _INSTRUMENT_WORDS)
            and _holds(text, _INSTRUMENT_NOUNS)
            or _holds(text, _TITLED_WORDS),
            _holds(text, _PROCEDURE_WORDS),
            "long" in low,
        )


def made_by(span: Span, text: str) -> bool:
    """A drug or vaccine maker's name used for its product: before a product's noun
    ("the Pfizer booster", "Moderna jab", "Lilly pens"), after a verb of having or a
    count ("got the Pfizer", "3 doses of Moderna") or listed with another maker ("2
    AstraZeneca and 1 Pfizer"); never where work is said ("I work at Pfizer")."""
    if span.type not in _GUESSES or span.source in _STRONG:
        return False
    lo, hi = max(0, span.start - 12), min(len(text), span.end + 24)
    if not holds_maker(text[lo:hi]):
        return False  # no maker's word in reach: MAKER cannot match there
    for m in MAKER.finditer(text, lo, hi):
        if not (m.start() <= span.start and span.end <= m.end() + 1):
            continue
        if _WORK_BEFORE.search(text, max(0, m.start() - 50), m.start()) or _WORK_AFTER.match(
            text, m.end()
        ):
            return False
        if m.group().lower() == "lilly" and not _MAKER_PRODUCT.match(text, m.end()):
            return False  # "Took Lilly to her clinic": a girl; "Lilly pens" a product
        cue = _CUE_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if cue and cue.group(1).lower() in KIN | TITLES | _FRIENDS:
            return False  # "my friend Lilly", "Dr Roche"
        if text.startswith(("'s", "’s"), m.end()) and not _MAKER_PRODUCT.match(text, m.end()):
            return False  # "Lilly's mum": a person's
        if (
            _MAKER_PRODUCT.match(text, m.end())
            or _MAKER_TAKEN.search(text, max(0, m.start() - 40), m.start())
            or (
                _DEVICE_BEFORE.search(text, max(0, m.start() - 24), m.start())
                and _ASIDE_END.match(text, m.end())
            )
        ):
            return True
        return vaccine_said(text, m.start(), m.end()) or (
            _listed_with_maker(text, m.start(), m.end())
            and _VACCINE_NEAR.search(text[max(0, m.start() - 80) : m.end() + 80]) is not None
        )
    return False


def _listed_drug(span: Span, text: str, lex: Lexicon) -> bool:
    """An unknown-word guess that is a listed medical word, not a maker's name (the
    maker of a vaccine is a firm as often) and not after a word of working."""
    word = span.text.strip(" .,;:!?")
    if span.source is not Source.UNKNOWN_WORD or " " in word:
        return False
    flag = lex.flag(fold_term(word))  # before MAKER: most guesses are no medical word
    return (
        bool(flag & MEDICAL)
        and not flag & (FIRST | LAST | PLACE)
        and not MAKER.fullmatch(word)
        and not (_WORK_BEFORE.search(text, max(0, span.start - 50), span.start))
        and not (flag == MEDICAL and speaks_after(text, span.start, span.start + len(word)))
    )


def _model_name(span: Span, text: str) -> bool:
    """A model's name between its maker and the device: "Abbott Assurity pacemaker",
    "Medtronic Azure XT ICD"."""
    lo = max(0, span.start - 30)
    if not holds_maker(text[lo : span.start]):
        return False  # no maker's word just before: MAKER cannot match there
    for m in MAKER.finditer(text, lo, span.start):
        if text[m.end() : span.start].strip(" \t") or m.end() == span.start:
            continue  # the maker is not the word just before
        product = _MAKER_PRODUCT.match(text, m.end())
        return product is not None and product.end() > span.end
    return False


def _listed_with_maker(text: str, start: int, end: int) -> bool:
    """Another maker just before or after, joined by "and", "or", a comma or a slash."""
    for other in MAKER.finditer(text, max(0, start - 30), min(len(text), end + 30)):
        if other.end() <= start and _MAKER_LISTED.search(text[other.end() : start]):
            return True
        if other.start() >= end and _MAKER_LISTED.match(text[end : other.start()]):
            return True
    return False


# A thing, not a person, named: "what I have is called Addison's", "it's called Crohn's".
_THING_CALLED = re.compile(
    r"\b(?i:it|this|that|which|what)(?:[ \t]+(?i:i|you|he|she|we|they|mum|dad)[ \t]+"
    r"(?i:have|has|had|got))?(?:[ \t]+(?i:is|was)|['’]s)[ \t]+(?i:called|named)[ \t]+$"
)


def named_medicine(span: Span, text: str, lex: Lexicon, hints: _Hints) -> bool:
    """Whether a name, place or organisation guess is part of a condition's name."""
    if span.type not in _GUESSES or span.source in _STRONG:
        return False
    if hints.makers and (made_by(span, text) or _model_name(span, text)):
        return True
    if _listed_drug(span, text, lex):
        return True  # "for the Replagal": a listed drug is no unknown word's firm
    if hints.called and _THING_CALLED.search(text, max(0, span.start - 40), span.start):
        key = fold_term(span.text.strip(" .,;:!?").removesuffix("'s").removesuffix("’s"))
        if lex.flag(key) & MEDICAL:
            return True  # "what I have is called Addison's": a condition named
    if hints.long and span.text.strip().lower().startswith("long"):
        long = _LONG.match(text, span.start)
        if long is not None and not _charity_after(span, text, long.end()):
            return True
    if hints.factor and _DESIGNATION_BEFORE.search(text, max(0, span.start - 12), span.start):
        return True  # "Factor V Leiden"
    word = span.text.strip(" .,;:!?")
    if not word[:1].isupper():
        return False
    if hints.nouns or hints.procedures and span.type is SpanType.NAME:
        end = span.start + len(span.text.rstrip(" .,;:!?"))
        after = _NOUN_AFTER if word.endswith(("'s", "’s")) else _CONDITION_AFTER
        procedure = (
            hints.procedures and span.type is SpanType.NAME and _PROCEDURE_AFTER.match(text, end)
        )
        if (hints.nouns and after.match(text, end) or procedure) and not _person(span, text, lex):
            return span.source is not Source.PROFILE or _part_of_term(span)
    if span.source is Source.UNKNOWN_WORD and _TITLED_WHOLE.fullmatch(word):
        return True  # "Montreal Cognitive Assessment": the guess took the instrument's words
    if " " in word or span.source is Source.PROFILE:
        return False
    key = fold_term(word)
    return (
        key.endswith(_CONDITION_ENDS)
        and _CONDITION_WORD.search(key) is not None
        and not lex.flag(key) & (FIRST | LAST | PLACE)
    )


def _charity_after(span: Span, text: str, end: int) -> bool:
    """An organisation named after the illness, capitalised words after it and no care
    kind in or after it: "Long COVID Support Tas", "Long COVID Australia"; not "Long
    COVID Clinic", "my Long COVID UK clinic" (care, medicine's)."""
    rest = span.text[end - span.start :].strip()
    after = text[span.end : span.end + 12]
    return (
        span.type is SpanType.EMPLOYER
        and rest[:1].isupper()
        and _CARE_KINDS.search(rest + " " + after) is None
    )


_CARE_KINDS = re.compile(r"(?i)\b(?:clinic|service|team|unit|ward|cent(?:re|er)|hub|rehab)")


def _person(span: Span, text: str, lex: Lexicon) -> bool:
    """A person by the word before ("my friend", "Dr") or a given name first ("Tom West")."""
    cue = _CUE_BEFORE.search(text, max(0, span.start - 16), span.start)
    if cue and cue.group(1).lower() in KIN | TITLES | _FRIENDS:
        return True
    words = span.text.split()
    first = fold_term(words[0].strip(".,'’"))
    return (
        len(words) > 1
        and bool(lex.flag(first) & FIRST)
        and not lex.flag(first) & MEDICAL
        and not text.startswith(" spotted", span.end)  # "Rocky Mountain spotted fever"
    )


def _part_of_term(span: Span) -> bool:
    """A profile match on one word of a longer term ("Lyme" of "Lyme Regis"), not the
    whole term the user gave: only that may be the condition's word."""
    return bool(span.term) and fold_term(span.text.strip()) != fold_term(span.term or "")


def drop_named_medicine(spans: list[Span], text: str, lex: Lexicon) -> list[Span]:
    """``spans`` without the guesses that name a condition (``named_medicine``)."""
    hints = _Hints.of(text)
    return [s for s in spans if not named_medicine(s, text, lex, hints)]
