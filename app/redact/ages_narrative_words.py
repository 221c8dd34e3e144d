"""The words around a bare number that ``ages_narrative`` judges it by.

People (``MORE_KIN``, ``_PERSON``), changes of a measurement ("dropped from"), life
events, measures, softening words and where a clause ends: the vocabulary and the small
tests built on it, kept apart from the judge so that each list has one home.
"""

from __future__ import annotations

import re

from app.redact.ages import _KIN
from app.redact.medical_labs import LAB_NAMES, NAME_LIKE
from app.redact.windows_at import case_traps

# Relatives and people the age patterns of ``ages`` do not name, from many families.
MORE_KIN = (
    r"abba|ammi|ammachi|appachan|ammamma|amma|paati|thatha|dada|nanu|lola|lolo|"
    r"tita|tito|abuelita|abuelito|yiayia|yiayiá|papou|bubbe|bubby|zayde|zaide|savta|"
    r"saba|babcia|dziadek|babushka|dedushka|mormor|morfar|farmor|farfar|kokum|"
    r"mushum|gogo|khulu|tannie|oom|nain|mawmaw|memaw|meemaw|mamaw|pawpaw|papaw|"
    r"paw paw|maw maw|po po|popo|gung gung|ah ma|ah gong|nanny|grammy|gramps|"
    r"grampa|grampy|grandmama|grandpapa|granda|grandda|mum|mummy|mommy|daddy|"
    r"mammy|mam|missus|wifey|hubs|bestie|mate|pal|roommate|flatmate|housemate|"
    r"colleague|coworker|co-worker|boss|carer|neighbour|neighbor|stepmum|stepmom|"
    r"stepdad|mil|fil|sil|bil|dh|dw|ds|dd|oh|lad|lass|niece|nephew|godson|"
    r"goddaughter|grandson|granddaughter|aunty|auntie|uncle|cousin|bro|sis"
)
_PERSON = rf"(?:{_KIN.removeprefix('(?:').removesuffix(')')}|{MORE_KIN})"
_CHANGE_BEFORE = re.compile(
    r"\b(?:went|go|goes|going|dropped|rose|fell|climbed|increased|"
    r"decreased|reduced|upped|lowered|titrated|weaned|cut|changed|"
    r"moved|switched|came|down|up|score|level|dose|bmi|weight|a1c|"
    r"hba1c|sugar|bp|hr|open|opens|closed|work|works|working|"
    r"shift|hours)\s+(?:(?:down|up|back|all the way)\s+)?(?:\w+\s+)?"
    r"(?:from|between)\s+(?:\d{1,3}\s*(?:to|-|–|and)\s*)?$",
    re.IGNORECASE,
)


_WORD = re.compile(r"[\w'’&-]+")
_SOFT = frozenset("about around only just roughly barely".split())
_VERBS = frozenset(
    "is was turned turns be now only just nearly almost officially turning wird ist".split()
)
_CONTRACTIONS = frozenset("shes hes im theyre youre ur now only just nearly almost".split())
_EVENT_AT = frozenset("at aged age by around about before after".split())
_LIVED_LAST = frozenset("to till until be past since about around roughly".split())
_GROUP_LAST = frozenset("around about aged age of like or".split())
_RANGE_LAST = frozenset("to till until".split())
_OR_NUMBER = re.compile(r"\s*or\s+\d", re.IGNORECASE)
_EVENT_WORDS = frozenset(
    "diagnosed dx dxd dx'd diagnosis retired retire widowed married divorced died passed "
    "emigrated migrated immigrated moved came arrived left quit stopped started began "
    "developed got get getting gets had have has caught lost was were became period "
    "menarche menopause stroke cancer attack onset born pregnant birth fitting seizure "
    "seizures symptoms it one this them same grew outgrew went joined finished graduated "
    "old young age turned hit told palsy disease syndrome disorder diabetes asthma eczema "
    "lupus arthritis colitis migraine migraines fit fits flare relapse surgery operation "
    "transplant breakdown mastectomy hysterectomy".split()
)
_WHEN_AFTER = re.compile(
    r"\s+when\s+(?:i|he|she|we|they|my|our|his|her|their|the)\b", re.IGNORECASE
)
_APPOSITION = re.compile(
    rf"\b(?:{_PERSON}|nurse|doctor|dr|consultant|gp|surgeon|registrar|guy|girl|woman|man|lady|"
    rf"bloke|kid|someone|patient|(?-i:[A-Z][a-z]+)),\s+(?:maybe|about|around|probably|prob|"
    rf"like|only|barely|just|roughly|approx)?\s*$",
    re.IGNORECASE,
)
_APPOSITION_SOFT = frozenset(
    "maybe about around probably prob like only barely just roughly approx".split()
)


def _apposition(before: str) -> bool:
    """``_APPOSITION.search(before)``, searched only where ``before`` ends in a comma,
    spaces and perhaps one of its softening words: its search tried every place."""
    tail = before.rstrip()
    if not (tail.endswith(",") and len(tail) < len(before)):
        parts = tail.rsplit(None, 1)
        if not (
            len(parts) == 2
            and parts[0].endswith(",")
            and (parts[1].lower() in _APPOSITION_SOFT or case_traps(parts[1]))
        ):
            return False
    return _APPOSITION.search(before) is not None


_STRONG_WORDS = frozenset(
    "diagnosed dx dxd dx'd diagnosis widowed married died emigrated migrated period "
    "menarche stroke cancer onset fitting seizure seizures outgrew".split()
)
_STRONG_PAIRS = frozenset(
    [
        ("had", "it"),
        ("had", "one"),
        ("had", "them"),
        ("had", "this"),
        ("had", "the"),
        ("got", "it"),
        ("got", "one"),
        ("got", "them"),
        ("got", "this"),
        ("grew", "out"),
        ("symptoms", "started"),
        ("symptoms", "began"),
        ("started", "walking"),
        ("started", "talking"),
        ("started", "school"),
    ]
)
_MEASURES = frozenset(
    "bp hr sats sat spo2 o2 temp sugar sugars glucose bg bgl bs level levels score scale index "
    "dose doses reading readings rate count weight bmi pain fatigue mood sleep energy stage "
    "grade type class size step page ward room bed bay bus route flight gate platform floor "
    "number no exit junction mile day week month year cycle round unit units mg ml edss "
    "hba1c a1c crp esr egfr inr tsh psa ferritin potassium sodium urate creatinine "
    "calprotectin phq-9 phq9 gad-7 gad7 nihss gcs apgar gleason beighton moca mmse das28 "
    "basdai fev1 ef bnp ldl hdl ige cd4 hb platelets wbc neuts amh lh fsh b12 folate iron t3 "
    "t4 troponin insulin lantus novorapid prednisone pred dropped rose fell climbed increased "
    "decreased reduced upped lowered titrated weaned cut down up approximately "
    # how a reading moves as it is told ("Hb dropping to around 65", "sats dipping to 86")
    "dropping dipping dipped falling rising climbing creeping crept hovering hovered "
    "slid sliding spiking spiked peaking peaked".split()
)
# Words that stand between a measurement and its number: links, softeners, and the
# reading's previous value ("free T4 16 (was 38 in December)").
_LINKS = frozenset("is was were of at to from now still about around roughly approx".split())


def _measured(words: list[str]) -> bool:
    """Whether the words end in a measurement ("sats at", "HbA1c was", "dose of",
    "Hb dropping to around", "T4 16 (was")."""
    i = len(words)
    while i and (words[i - 1] in _LINKS or words[i - 1].isdigit()):
        i -= 1
    if i == 0:
        return False
    word = words[i - 1]  # a test's name that is also a person's ("Anca 40") is neither
    return word in _MEASURES or word in LAB_NAMES and word not in NAME_LIKE


def _event(words: list[str]) -> bool:
    """A life event or a condition among the words ("got cancer", "Bell's palsy")."""
    return not _EVENT_WORDS.isdisjoint(words) or any(
        w.endswith(("'s", "’s", "s'", "s’", "itis", "osis", "oma", "emia", "aemia"))
        for w in words[-3:]
    )


def _strong(words: list[str]) -> bool:
    """A clear life event in the last words before "at" ("had it at 3", "period at 10")."""
    near = words[-7:-1]
    return not _STRONG_WORDS.isdisjoint(near) or any(
        pair in _STRONG_PAIRS for pair in zip(near, near[1:])
    )


_RANGE_START = re.compile(r"\bfrom\s+(\d{1,2})\s*(?:to|till|until|-|–)\s*$", re.IGNORECASE)


def _range_end(before: str, value: int) -> bool:
    """The second age of "from 16 to 22"."""
    m = _RANGE_START.search(before[-20:])
    if m is None or not 10 <= int(m.group(1)) < value <= 99:
        return False
    head = before[: m.start()]
    return not _CHANGE_BEFORE.search(head) and not _measured(_WORD.findall(head.lower())[-3:])


_CLAUSE_END = re.compile(
    r"\s*(?:[.,;:!?)\]\n]|$|[-–—]\s|\s*(?:were|are|was|is|and|but|so|because|cos|when|which|who|after|"
    r"before|in|with|too|lol|now|then|though|though|yet|anyway|i|he|she|we|they|it|"
    r"and|or|&|on|from|for|at|while|until|till|no|not|still|already|herself|himself|"
    r"myself|themselves)\b)",
    re.IGNORECASE,
)


def _clause_ends(after: str, extra: re.Pattern[str] | None = None) -> bool:
    if extra is not None and extra.match(after):
        return True
    return _CLAUSE_END.match(after) is not None
