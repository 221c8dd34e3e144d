"""Eponyms and scales used medically: "Wilson's disease", "Bell's palsy", "Ehlers-Danlos",
"Bristol type 6", "Glasgow coma score 14", "Morbus Crohn".

A person's or a place's name inside a disease, a sign or a score is medicine where a
disease word follows it, even when the same word is a profile name; the name finders'
unknown-word net and ``medical.drop_medicine`` both ask ``eponym_ranges``, once per text.
"""

from __future__ import annotations

import re
import threading
from functools import cache

from app.redact.medical_therapies import therapy_ranges
from app.redact.medical_tokens import alternatives
from app.redact.windows import Triggered, word_starts
from app.redact.windows_tokens import _tokens

# Words after an eponym that make it a disease or sign on their own ("Wilson disease").
_STRONG = (
    r"disease|syndrome|palsy|disorder|phenomenon|lymphoma|sarcoma|tumou?r|"
    r"thyroiditis|ulcers?|contracture|dystrophy|ataxia|chorea|encephalopathy|arteritis|"
    r"anomaly|neuroma|neuralgia|dementia|triad|colitis|ileitis|purpura|o?esophagus|"
    r"chromosome"
)
# Words that need a possessive ("Murphy's sign") or a known eponym ("Romberg test",
# "Hickman line") before them, since "Heart Vital signs" or "Murphy procedure" are not.
_WEAK = (
    r"signs?|test|manoeuvre|maneuver|score|scale|criteria|procedure|operation|"
    r"catheter|line|fracture|nodes?|reflex|position|method|diet|flap|repair|shunt|pouch|"
    r"cells?|glands?|duct|canal|space|bypass|classification|stage|type|variant|spots|"
    r"lesions?|nodules?|law|point|bag|cyst|harness|pattern"
)
# "Wilson's disease", "Bell's palsy", "Graves' disease", "Parkinson disease",
# "Charcot-Marie-Tooth disease": a capitalised name, a possessive or not, a disease word.
EPONYM = re.compile(
    rf"\b([A-Z][a-zé]+(?:-[A-Z][a-zé]+)*)(['’]s|s['’]|['’])?\s+(?:({_STRONG})|({_WEAK}))\b"
)
# Weak words a possessive alone does not make an eponym's: "Bella's harness" is the dog's,
# "Pavlik harness" the known eponym's.
_KNOWN_ONLY = frozenset(["harness", "pattern"])  # "Brugada pattern", not "Ella's pattern"
# Hyphenated eponyms are medical on their own: "Ehlers-Danlos", "Guillain-Barré".
_HYPHENATED = re.compile(r"\b[A-Z][a-zé]+(?:-[A-Z][a-zé]+)+(?=['’]s\b|\b)")

# The same two patterns, each tried only at a capital (``\b`` before a capital is "no
# word character before it", said after it): a pattern opening with a capital is looked
# for by a quick scan, one opening with ``\b`` at every character.
_EPONYM_AT_CAPITALS = re.compile(EPONYM.pattern.replace(r"\b([A-Z]", r"([A-Z](?<!\w\w)", 1))
_HYPHENATED_AT_CAPITALS = re.compile(_HYPHENATED.pattern.replace(r"\b[A-Z]", r"[A-Z](?<!\w\w)", 1))
_HYPHEN_CAPITAL = re.compile(r"-[A-Z]")  # every hyphenated eponym holds one


# The words that end an eponym: a text holding none of them holds no EPONYM match.
_EPONYM_WORDS = alternatives(_STRONG) | alternatives(_WEAK)
_KNOWN_HYPHENATED = frozenset(
    [
        "ehlers-danlos",
        "guillain-barre",
        "guillain-barré",
        "creutzfeldt-jakob",
        "charcot-marie-tooth",
        "wolff-parkinson-white",
        "stevens-johnson",
        "klippel-feil",
        "arnold-chiari",
        "chiari",
        "prader-willi",
        "smith-magenis",
        "lambert-eaton",
        "tolosa-hunt",
        "kearns-sayre",
        "osgood-schlatter",
        "legg-calve-perthes",
        "mallory-weiss",
        "zollinger-ellison",
        "budd-chiari",
        "brown-sequard",
        "churg-strauss",
        "henoch-schonlein",
        "henoch-schönlein",
        "peutz-jeghers",
        "sturge-weber",
        "von-willebrand",
        "hand-schuller-christian",
        "dubin-johnson",
        "crigler-najjar",
        "waterhouse-friderichsen",
        "wernicke-korsakoff",
        "jervell-lange",
        "beckwith-wiedemann",
        "cornelia-de-lange",
        "bardet-biedl",
        "kasabach-merritt",
        "kimmelstiel-wilson",
        "hallervorden-spatz",
        "holt-oram",
        "leber",
        "shy-drager",
        "kayser-fleischer",
        "tay-sachs",
        "niemann-pick",
        "lesch-nyhan",
        "von-hippel-lindau",
        "hippel-lindau",
        "osler-weber-rendu",
        "bence-jones",
        "argyll-robertson",
        "austin-flint",
        "cheyne-stokes",
        "wiskott-aldrich",
        "wolf-hirschhorn",
        "russell-silver",
        "silver-russell",
        "brandt-daroff",
        "stein-leventhal",
        "dandy-walker",
        "charcot-leyden",
        "mayer-rokitansky",
        "loeys-dietz",
    ]
)


# Scores, scales and classifications named after a place or a person: "Bristol type 6",
# "Glasgow coma score 14", "Mayo score 2", "Hoehn and Yahr 4", "factor V Leiden",
# "Rotterdam criteria", "Morbus Crohn" (German for Crohn's disease).
_SCALE_BACK = re.compile(
    r"\b([A-Z][a-zé]+(?:[- ](?:and|&)[- ][A-Z][a-z]+|-[A-Z][a-z]+)?)['’]?s?\s+"
    r"(?:(?:stool|coma|cognitive|knee|hip|shoulder|triage|depression|postnatal depression|"
    r"sleepiness|bowel preparation|disability|rating|activity|severity|clinical)\s+)?$"
)
_SCALE_NUMBER = re.compile(r"(?:\s+(?:of|was|is|=|:|at))?\s*[<>]?\d")
_SCALE_WORDS = frozenset(
    [
        "scale",
        "score",
        "index",
        "type",
        "stage",
        "grade",
        "criteria",
        "classification",
        "protocol",
        "chart",
    ]
)
_SCALE_NAMED = re.compile(
    r"\bfactor\s+V\s+Leiden\b|\bMorbus\s+[A-Z][a-zé]+|"
    r"\b(?:Hoehn\s+(?:and|&)\s+Yahr|Gleason|Beighton|GOLD|Apgar|NIHSS|CHA2DS2-VASc|"
    r"MoCA|Harvey[- ]Bradshaw|Deauville|Karnofsky|Breslow|Mallampati)"
    r"(?=\s*(?:score|scale|index|stage|grade|of|was|is|=|:)?\s*\d+(?:[.,]\d+)?"
    # "back from Deauville 2 years ago" is the town
    r"(?!\d|\s*(?:years?|yrs?|days?|weeks?|months?|nights?|hours?|times?)\b))"
)


def _scale_ranges(text: str) -> list[tuple[int, int]]:
    """The name part of a score or scale named after a place or a person."""
    toks = _tokens(text)
    out = []
    for word in _SCALE_WORDS.intersection(toks.at):
        for pos in toks.at[word]:
            end = pos + len(word)
            if (
                word not in ("criteria", "classification", "protocol", "chart")
                and _SCALE_NUMBER.match(text, end) is None
            ):
                continue
            lo = max(0, pos - 45)
            m = _SCALE_BACK.search(text, lo, pos)
            if m is not None:
                out.append(m.span(1))
    out.extend(m.span() for m in _SCALE_NAMED_FAST.finditer(text))
    return out


_EPONYMS_SEEN = threading.local()  # per thread: (text, its eponym ranges)


def eponym_ranges(text: str) -> list[tuple[int, int]]:
    """Where an eponym is used medically: the name part of "Wilson's disease". Found once
    per text: the unknown-word net and the medicine filter both ask for the same entry."""
    last = getattr(_EPONYMS_SEEN, "value", None)
    if last is None or last[0] is not text:
        last = (text, tuple(_eponym_ranges(text)))
        _EPONYMS_SEEN.value = last
    return list(last[1])


def _eponym_ranges(text: str) -> list[tuple[int, int]]:
    out = _scale_ranges(text)
    out.extend(therapy_ranges(text, text.lower()))  # "does Bobath with me"
    if word_starts(text, _EPONYM_WORDS) != []:  # None: lower case is no guide
        for m in _EPONYM_AT_CAPITALS.finditer(text):
            possessive = m.group(2) is not None
            weak = m.group(4)
            if (
                weak
                and (not possessive or weak in _KNOWN_ONLY)
                and m.group(1).lower() not in _known_eponyms()
            ):
                continue
            out.append((m.start(1), m.end(2) if possessive else m.end(1)))
    if _HYPHEN_CAPITAL.search(text) is not None:
        for m in _HYPHENATED_AT_CAPITALS.finditer(text):
            if m.group().lower() in _KNOWN_HYPHENATED:
                out.append((m.start(), m.end()))
    return out


_SCALE_NAMED_FAST = Triggered(
    _SCALE_NAMED,
    "factor|morbus|hoehn|gleason|beighton|gold|apgar|nihss|cha2ds2|moca|harvey|deauville|"
    "karnofsky|breslow|mallampati",
)


# Eponymous conditions named by the possessive alone ("Mum had Gilbert's too", "it's
# Sever's, not a sprain") that the medical word list lacks: a name after "had" or "it's"
# is a disease only if it is one of these or a listed medical word.
_ELIDED = frozenset(
    "gilbert sever still paget scheuermann kohler köhler freiberg haglund dercum fahr pick "
    "stargardt leber fuchs quervain sheehan kallmann friedreich devic sudeck blount "
    "madelung sprengel ollier ewing burkitt bowen zenker meckel caroli buerger goodpasture "
    "bartter gitelman liddle felty tietze dressler ebstein eisenmenger kartagener horner "
    "adie darier grover mondor fournier ledderhose schamberg osler conn reiter".split()
)


def elided_disease(word: str) -> bool:
    """Whether ``word``'s possessive alone names a disease ("Gilbert's", "Crohn's")."""
    key = word.lower()
    return key in _ELIDED or key in _known_eponyms()


@cache
def _known_eponyms() -> frozenset[str]:
    from app.redact.lexicon_sources import medical_terms

    return frozenset(medical_terms()) | frozenset(
        [
            "hickman",
            "pavlik",
            "murphy",
            "romberg",
            "epley",
            "glasgow",
            "apgar",
            "bell",
            "graves",
            "beighton",
            "brighton",
            "foley",
            "swan",
            "ganz",
            "whipple",
            "hartmann",
            "nissen",
            "roux",
            "billroth",
            "kocher",
            "pfannenstiel",
            "trendelenburg",
            "fowler",
            "sims",
        ]
    )
