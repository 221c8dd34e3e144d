"""Words the name finders of ``names_extra`` read as no name where a name could stand.

Kept apart from the finders: long lists of plain words, read rarely and changed often.
"""

from __future__ import annotations

# Words written after "dr" that are not a name ("dr appt", "dr says").
AFTER_TITLE = frozenset(
    """appt appointment appts visit office says said told thinks wants gave put note
    notes letter today tomorrow yesterday who was is has had will would can could did
    does recommends""".split()
)
# Words that open a sentence or a line ("Update: ...", "Meds said ...") and name no one.
NOT_SPEAKER = frozenset(
    """note update edit plan bloods meds diagnosis dx age name date phone address email
    ps tldr me doctor nurse mum dad question answer result results symptoms treatment
    summary background context day week morning evening night today yesterday""".split()
)
