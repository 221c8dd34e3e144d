"""What an insurer, a landlord or a benefits office does to the writer: the payer verbs
that the three payer frames share.

Three finders take a firm by what it does after its name: ``employers_actors`` (a
capitalised name as the subject: "Aetna denied it", "Versa sent someone"),
``orgs_ordinary`` (an ordinary word as that subject, "Discovery reimbursed me", only
with a verb no person does) and ``orgs_lower`` (a listed firm written in lower case:
"bupa declined", "axa won't cover"). Each frame takes its own share of the verbs, and
those differences are kept as they were: an ordinary word is taken on its verb alone
only where no one but a firm does that, so ``orgs_ordinary`` leaves out a claim's
outcome ("Council approved the grant"), which there needs a claim or a policy near; a
capitalised subject needs the verb's object ("covered the", "billed me"), a lower-case
firm only the verb; the lower-case frame allows fewer adverbs between. The words they
share are defined here once, so a verb added to a shared group reaches every frame that
takes the group; each frame's own extras stay in its module.
"""

from __future__ import annotations

# Adverbs that may stand between the firm and its verb ("Bupa has finally paid").
ADVERBS = ("has", "have", "had", "finally", "still", "just", "already", "then", "never", "also")
# Three more that the capitalised frames allow ("Aetna now covers", "AXA eventually paid",
# "Discovery only pays the generic").
ADVERBS_MORE = ("now", "eventually", "only")
# A claim's outcome: the capitalised-subject and the lower-case frames.
DECIDED = ("approved", "denied", "declined", "rejected", "refused")
# What only a payer does to the writer: every frame.
PAID_BACK = ("reimbursed", "refunded", "rehoused")
# Kept waiting on the phone (the lower-case frame takes only "put me on hold").
ON_HOLD = r"put\s+(?:me|us|him|her)\s+on\s+hold"
# Refusing to pay, with or without an apostrophe.
WONT = r"won[’']?t"
WOULDNT = r"wouldn[’']?t"


def either(*groups: tuple[str, ...]) -> str:
    """The words of ``groups`` as a regex alternation (each word a whole word where the
    pattern puts a space or ``\\b`` after it)."""
    return "|".join(word for group in groups for word in group)
