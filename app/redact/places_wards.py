"""Hospital wards by their own names: "on Kestrel Ward", "moved to Rowan ward".

Wards are named after trees, birds, patrons and benefactors, and a ward's name with
its town picks out one room of one hospital. The word before "Ward" is often an
ordinary one ("Kestrel", "Willow", "Jubilee") or a given name ("Rowan", "Daisy"),
so neither the name lists nor the capitalised-word net takes it. Where a person is
put (on, onto, to, from, in, off a ward), a capitalised word before "Ward" or "Wing"
is its name, unless it says what kind of ward it is: a specialty or setting
("Maternity", "Stroke", "Children's", "Day", "Surgical"), by the closed list below or
by the shape of an adjective of care ("Renal", "Neonatal", "Cardiac", "Coronary").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import DRUG, FIRST, LAST, MEDICAL, PLACE, Lexicon
from app.redact.names_context import CALENDAR
from app.redact.names_cues import CLOSED_CLASS, FUNCTION
from app.redact.spans import Source, Span, SpanType

GATE = frozenset(["ward", "wing"])
_WARD = re.compile(
    r"\b(?:[Oo]n|[Oo]nto|[Tt]o|[Ff]rom|[Ii]n|[Oo]ff|[Ii]nto|[Aa]t)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]*\s+){1,2})(?:Ward|ward|Wing|wing)\b"
)
# Words that say which kind of ward, not which ward.
_KINDS = frozenset(
    """maternity labour labor delivery birth birthing children childrens kids women womens
    men mens female male day general private side acute medical surgical stroke heart
    assessment admissions admission recovery isolation observation discharge escalation
    elderly frailty rehab rehabilitation mental trauma burns spinal cancer dementia
    psychiatric psych fracture care baby high dependency short long stay transitional
    main new old east west north south upper lower ground first second third top
    covid chest eye ear liver kidney bone joint brain skin blood""".split()
)
# Adjectives of care by their ending: "Renal", "Neonatal", "Cardiac", "Coronary",
# "Respiratory", "Oncology", "Paediatric", "Intensive".
_CARE_SHAPE = re.compile(r"(?:al|ic|ary|ory|ive|ics|logy|iatric|atal)$")
_NAME_ZIPF = 4.5  # a rarer word before "Ward" names it; a common one only if a name


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    for m in _WARD.finditer(text):
        words = m.group(1).split()
        if all(_ward_name(w, lex) for w in words):
            start = m.start(1)
            # "Kestrel Ward" is the name; of "Rowan ward" the name is "Rowan"
            end = m.end() if text[m.end() - 4].isupper() else start + len(" ".join(words))
            yield Span(start, end, SpanType.PLACE, Source.CONTEXT, 0.6, text[start:end], True)


def _ward_name(word: str, lex: Lexicon) -> bool:
    key = word.lower().strip("'’").removesuffix("'s").removesuffix("s'")
    if key in FUNCTION or key in CLOSED_CLASS or key in CALENDAR or key in _KINDS:
        return False
    flags = lex.flags.get(key, 0)
    if flags & (MEDICAL | DRUG) or word.isupper():
        return False  # "on the AMU ward", "on the Oncology Ward"
    if flags & (FIRST | LAST | PLACE):
        return True
    return lex.zipf.get(key, 0.0) < _NAME_ZIPF and not _CARE_SHAPE.search(key)
