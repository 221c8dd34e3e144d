"""Where an employer's or a clinic's name ends.

Finders grow an employer or a place over the capitalised words after it ("Boston
Scientific", "Tesco Extra", "Queen Alexandra"), but a capital also opens a day ("shift
at Tesco Monday") or a medicine's brand ("a job at Kroger Ozempic is working"). Neither
is ever a word of such a name, and a drug swallowed into one is lost from the post.
"""

from __future__ import annotations

from app.redact.lexicon import DRUG
from app.redact.names_context import CALENDAR


def ends_name(key: str, flags: int) -> bool:
    """Whether a word (its lower-case key and lexicon flags) cannot continue an
    employer's or a place's name: a weekday, a month or a drug. Other medical words
    may ("Old Lyme", "Leeds Teaching Hospitals NHS Trust")."""
    return key in CALENDAR or bool(flags & DRUG)
