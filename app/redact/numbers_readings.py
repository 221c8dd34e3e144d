"""Whether a rough number is a band of readings, not a decade or an age.

"sats in the mid 90s", "sugars were in the high teens", "my BMI is in the early 30s",
"SATS-MID 90'S", "Bp dipped into mid 70's": a measurement named earlier in the same
clause as "early/mid/late 90s" or "the 80s" names a band of readings, so neither the
decade finder (``date_relative``) nor the age finder (``ages``) may take the number. A
person between them, or a comma, breaks that: "Gran's BP is good for her mid 80s" and
"checked his pulse, he is in his late 70s" are ages, whatever reading is near; so does
a word of time: "high BP since the 80s" is a decade.
"""

from __future__ import annotations

import re

# Vital signs, tests and everyday measures whose value people give as a band.
READINGS = frozenset(
    """sats sat desat desats spo2 o2 oxygen bp pressure pressures temp temps temperature
    temperatures fever fevers sugar sugars glucose bg bgs bgl bgls bsl bm bms reading
    readings hr pulse rate rates score scores weight number numbers level levels count
    counts platelets plts hb hgb haemoglobin hemoglobin hba1c a1c egfr gfr ldl hdl
    cholesterol bmi fev1 fvc ef lvef ferritin tsh inr crp esr creatinine potassium sodium
    b12 iron neutrophils wbc cd4 psa calprotectin ketones""".split()
)
_WORD = re.compile(r"[a-z][a-z0-9]*")
# The last reading word of the clause before the band, with what lies between.
_CLAUSE_BEFORE = re.compile(r"[^.,;:!?\n]{0,40}$")
# Words of a person (an age) or of time (a decade): between the reading and the band
# they make it no reading.
_BREAKS = frozenset(
    """i i'm im me my he he's hes she she's shes his her they their them you your we our
    mum mom dad gran nan grandma grandad son daughter wife husband since back ago""".split()
)


def reading_before(text: str, start: int) -> bool:
    """True if a measurement names the band starting at ``start`` (see above)."""
    clause = _CLAUSE_BEFORE.search(text, max(0, start - 40), start)
    if clause is None:
        return False
    words = _WORD.findall(clause.group().lower().replace("’", "'"))
    for i in range(len(words) - 1, -1, -1):
        if words[i] in READINGS:
            return _BREAKS.isdisjoint(words[i + 1 :])
    return False
