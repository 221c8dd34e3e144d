"""A person known by what is theirs: "Losaline's bloods still bad", "Tomasi's meds got
changed".

Carers write about someone's body and care in the possessive: their bloods, their
sugars, their scan, their meds, their consultant. A drug or a clinic is not written so
("Humira's side effects" has no such noun after it), so a capitalised word that may be
a name (``names_late._could_be``: no drug, no medical word, no day or title, an ordinary
word only when a name list holds it; no word for kin, "Amma's HbA1c" is the writer's
mother) before "'s" and one of these nouns is a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.lexicon import Lexicon
from app.redact.names_cues import KIN
from app.redact.names_late import _could_be, _name
from app.redact.spans import Span

_OWNED = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+)['’]s[ \t]+(?:bloods?|blood[ \t]+(?:tests?|results|sugars?)|"
    r"bp|results?|scans?|levels|sugars?|bgls?|meds|medication|inr|a1c|hba1c|temp|"
    r"temperature|weight|sats|obs|ecg|echo|mri|biopsy|appointment|appt|surgery|op|"
    r"operation|diagnosis|consultant|oncologist|paediatrician|pediatrician|seizures|"
    r"fits|meltdowns|eczema|asthma|reflux|feeds|infusion|chemo|dialysis)\b",
    re.IGNORECASE,
)


def find(text: str, lex: Lexicon) -> Iterator[Span]:
    """Names before a possessive and something of their body or care (see above)."""
    if "'s" not in text and "’s" not in text:
        return
    for m in _OWNED.finditer(text):
        word = m.group(1)
        if (
            word[0].isupper() and word.lower() not in KIN and _could_be(word, lex)
        ):  # "Amma's HbA1c": her mother
            yield _name(m.start(1), m.end(1), text)
