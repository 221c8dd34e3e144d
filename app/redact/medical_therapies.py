"""Therapies, exercises and operations named after people: "Bobath", "Pilates",
"McKenzie extension", "after the Whipple".

Physiotherapy, speech therapy and rehab name their methods after the people who made
them, and a patient writes them as bare capitalised words ("the physio does Bobath with
me", "I do Pilates at home"): the name finders take them for people and the post loses
the treatment. The same word can be a person ("Mrs Bobath said", "Alexander rang"), so
context decides: a method's noun straight after the word ("McKenzie exercises",
"Alexander technique") makes any of them the method; the rarer ones, whose bearers are
few, are the method also after a verb of doing or beside a word of therapy in the same
clause, unless a person's title stands before or a person's verb after.
Operations named after a surgeon are written with "the" and no noun ("recovering from
the Whipple", "booked for the Nissen"): for the rarer names, "the" and a word of having,
waiting or recovering before it make the operation. ``medical_eponyms.eponym_ranges``
adds these ranges to the eponyms it finds.
"""

from __future__ import annotations

import re
from functools import cache

from app.redact.sentences import CLAUSE_MARK
from app.redact.windows import word_starts

# Methods whose name is a common surname or given name: only with a method's noun.
_COMMON = (
    "mckenzie",
    "alexander",
    "maitland",
    "mulligan",
    "otago",
    "cyriax",
    "semont",
    "kegel",
    "maudsley",
)
# Methods whose name few people carry: also by a verb of doing or a word of therapy.
_RARE = (
    "bobath",
    "pilates",
    "feldenkrais",
    "schroth",
    "buteyko",
    "kegels",
    "vojta",
    "halliwick",
    "lidcombe",
    "makaton",
    "hanen",
    "brandt-daroff",
)
_WORD = re.compile(
    r"\b(" + "|".join(w.replace("-", "[- ]") for w in (*_COMMON, *_RARE)) + r")\b(?:['’]s)?",
    re.IGNORECASE,
)
_GATE = tuple(w.rpartition("-")[2] for w in (*_COMMON, *_RARE))
_NOUN_AFTER = re.compile(
    r"\s+(?:method|approach|technique|concept|therapy|treatment|exercises?|extensions?|"
    r"press[- ]?ups?|protocol|programme|program|class(?:es)?|sessions?|reformer|mat|"
    r"manoeuvres?|maneuvers?|training|physio|mobili[sz]ations?|taping|based|breathing|"
    r"signing|signs|model|guidelines)\b",
    re.IGNORECASE,
)
# Nouns that follow a town as readily as a method: "the Maitland physio" is the physio
# in Maitland. After a name the gazetteer knows as a place they do not make the method.
_WEAK_NOUN = re.compile(
    r"\s+(?:physio|class(?:es)?|sessions?|mat|reformer|training|model)\b", re.IGNORECASE
)
_DOING_BEFORE = re.compile(
    r"\b(?:do|does|doing|did|done|try|tries|tried|trying|start(?:ed|ing)?|teach(?:es|ing)?|"
    r"taught|use[sd]?|using|learn(?:s|ed|t|ing)?|some|more|of|with|and|or|plus|also|"
    r"like|love|loves|into|via|through)\s+(?:some\s+|the\s+|a\s+bit\s+of\s+)?$",
    re.IGNORECASE,
)
_CARE = re.compile(
    r"\b(?:physio\w*|therap\w*|OT|rehab\w*|exercises?|class(?:es)?|sessions?|stroke|"
    r"core|pelvic\s+floor|posture|breathing|spine|scoliosis|stammer\w*|stutter\w*|"
    r"speech|hydro\w*|pool|gym)\b",
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(
    r"\b(?:dr|mr|mrs|ms|miss|mx|prof|nurse|sister|auntie|uncle|my\s+(?:friend|neighbou?r|"
    r"mate|cousin|boss|colleague))\.?\s+$",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(
    r"\s+(?:said|says|told|tells|asked|asks|rang|rings|called|texted|emailed|thinks|"
    r"reckons|wants|came|is\s+(?:my|our|a|the))\b",
    re.IGNORECASE,
)
# Operations by their surgeon's name alone, the name a rare one.
_OPERATIONS = (
    "whipple",
    "nissen",
    "fontan",
    "bentall",
    "mohs",
    "kasai",
    "ponseti",
    "latarjet",
    "bankart",
    "ilizarov",
    "mitrofanoff",
    "hartmann",
    "billroth",
    "nuss",
    "ravitch",
)
_OPERATION = re.compile(
    r"\b(?:after|before|since|from|post|pre|for|had|have|has|having|got|get|getting|"
    r"needs?|needed|doing|did|done|recover(?:y|ed|ing)?|waiting|booked|scheduled|of)"
    r"\s+the\s+"
    r"(" + "|".join(w.capitalize() for w in _OPERATIONS) + r")(?:['’]s)?\b"
)

# The same operation owned or pointed at, then said to happen: "had his Fontan at",
# "the Whipple is scheduled", "Die Fontan ist für Herbst geplant" (not "the Whipples",
# not "Mrs Whipple", whose title is no owner; "at" only after a possessive: "talked to
# the Whipple at the party" is a person).
_OPERATION_OWNED = re.compile(
    r"\b(?P<owner>[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Oo]ur|[Dd]ie|[Dd]er|[Dd]en|[Ss]eine|"
    r"[Ii]hre|[Mm]eine)\s+"
    r"(" + "|".join(w.capitalize() for w in _OPERATIONS) + r")\b"
    r"(?=\s+(?:is|was|went|got|ist|war|wird|wurde|at|on|in|am|im|scheduled|booked|done|"
    r"today|tomorrow|next|last|this)\b|\s*[.,!?;:)])"
)
# German speech puts the article before a surname too ("Der Whipple war heute wieder
# unfreundlich", "Die Mohs war da"): after der, die or den the operation needs a word of
# operating in its sentence.
_GERMAN_ARTICLES = frozenset(["der", "die", "den"])
_ARTICLES = _GERMAN_ARTICLES | {"the"}
_AT_AFTER = re.compile(r"\s+at\b")
_OPERATING = re.compile(
    r"\b(?:OP|Op|Operation\w*|[Oo]periert\w*|geplant\w*|Eingriff\w*|Chirurg\w*|"
    r"Narkose|Narbe\w*)\b"
)


def _owned_operation(text: str, m: re.Match[str]) -> bool:
    """An owned operation (see above): after an article not before "at", and after a
    German article only near a word of operating, in the same sentence."""
    owner = m.group("owner").lower()
    if owner in _ARTICLES and _AT_AFTER.match(text, m.end()):
        return False
    if owner not in _GERMAN_ARTICLES:
        return True
    lo = max(0, m.start() - 80)
    cut = max(text.rfind(".", lo, m.start()), text.rfind("!", lo, m.start()), lo - 1)
    end = min((i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0), default=len(text))
    return _OPERATING.search(text, cut + 1, end) is not None


@cache
def _towns() -> frozenset[str]:
    """The method names the gazetteer also knows as places ("Maitland")."""
    from app.redact.lexicon import PLACE, default_lexicon  # lexicon_sources imports this

    lex = default_lexicon()
    return frozenset(w for w in (*_COMMON, *_RARE) if lex.flag(w) & PLACE)


@cache
def _unlisted_operations() -> frozenset[str]:
    """The operations no name or town list holds ("whipple", "fontan"; not "hartmann",
    "kasai"): only these are taken after an owner alone."""
    from app.redact.lexicon import FIRST, LAST, PLACE, default_lexicon  # see _towns

    lex = default_lexicon()
    return frozenset(w for w in _OPERATIONS if not lex.flag(w) & (FIRST | LAST | PLACE))


_OPERATION_WORDS = frozenset(_OPERATIONS)
_GATE_WORDS = frozenset(_GATE)


def _may_hold(text: str, lowered: str, words: frozenset[str]) -> bool:
    """Whether ``text`` has a token among ``words`` (each pattern above needs one whole):
    one look in the text's shared table of tokens, not a search per word. Where lower
    case is no guide ("ſ", "İ"), whether ``lowered`` holds one of them anywhere."""
    starts = word_starts(text, words)
    if starts is None:
        return any(w in lowered for w in words)
    return bool(starts)


def therapy_ranges(text: str, lowered: str) -> list[tuple[int, int]]:
    """Where a method named after a person is meant (see above): the name's range."""
    out = []
    if _may_hold(text, lowered, _OPERATION_WORDS):
        out.extend(m.span(1) for m in _OPERATION.finditer(text))
        unlisted = _unlisted_operations()  # "their Kasai", "the Hartmann" may be people
        out.extend(
            m.span(2)
            for m in _OPERATION_OWNED.finditer(text)
            if m.group(2).lower() in unlisted and _owned_operation(text, m)
        )
    if not _may_hold(text, lowered, _GATE_WORDS):
        return out
    for m in _WORD.finditer(text):
        if not m.group(1)[0].isupper():
            continue  # a lower-case "pilates" is no one's name already
        before = text[max(0, m.start() - 30) : m.start()]
        if _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(text, m.end()):
            continue
        if _NOUN_AFTER.match(text, m.end()) and not (
            _WEAK_NOUN.match(text, m.end()) and m.group(1).lower() in _towns()
        ):
            out.append(m.span(1))
            continue
        if m.group(1).lower().replace(" ", "-") not in _RARE:
            continue
        lo = max(0, m.start() - 80)
        clause_start = max((c.end() for c in CLAUSE_MARK.finditer(text, lo, m.start())), default=lo)
        ends = CLAUSE_MARK.search(text, m.end())
        clause = text[clause_start : ends.start() if ends else len(text)]
        if _DOING_BEFORE.search(before) or _CARE.search(clause):
            out.append(m.span(1))
    return out
