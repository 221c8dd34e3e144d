"""Words that make a rough number after them a reading, not a time or an age.

"sats in the mid 90s", "sugars in the high teens", "platelets in the low 80s": a
measurement named a few words before "early/mid/late 90s" or "the 80s" is a band of
readings, so neither the decade finder (``date_relative``) nor the age finder
(``ages``) may take the number.
"""

from __future__ import annotations

import re

READING_BEFORE = re.compile(
    r"\b(?:sats?|spo2|o2|oxygen|bp|pressures?|temps?|temperatures?|fevers?|sugars?|glucose|"
    r"bgls?|bms|readings?|hr|rate|pulse|scores?|weight|numbers?|levels?|counts?|"
    r"platelets|hb|hba1c|a1c|egfr|ldl)\b[^.!?\n]{0,20}$",
    re.IGNORECASE,
)


def reading_before(text: str, start: int) -> bool:
    """True if a measurement is named in the 30 characters before ``start``."""
    return READING_BEFORE.search(text, max(0, start - 30), start) is not None
