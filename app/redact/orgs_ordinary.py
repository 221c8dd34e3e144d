"""An ordinary word as the firm that acts on a claim, a policy or a home.

Insurers and landlords are often named by ordinary words ("Discovery", "Vitality",
"Anchor", "Unity", "Pinnacle"), and a payer's verb after a capitalised word at a
sentence's start is as often the kind ("Insurance declined it", "Work said no",
"Council approved the grant"). ``employers_actors`` takes such a word only when the
verb leaves little doubt and the word is no kind:

- the verb is one only a firm does to the writer ("reimbursed", "refunded",
  "rehoused", "billed me", "put me on hold", "will only cover", "won't cover"), or the
  sentence holds what a payer deals in (a claim, a policy, a premium, an appeal, rent,
  repairs, a refund) or a drug it pays for ("Discovery declined my Ozempic");
- the word is no kind, department, maker, country, person's given name or word more
  common than ``orgs_generic``'s limit (``orgs_generic.firm_word``), and no medicine
  ("Humira was denied", "Fibro cancelled my plans": ``_may_name`` in the caller).
"""

from __future__ import annotations

import re

from app.redact.lexicon import DRUG, FIRST, PLACE, Lexicon
from app.redact.orgs_generic import firm_word, key_of

_FIRM_VERB = re.compile(
    r"\s+(?:(?:has|have|had|finally|still|just|already|then|now|eventually|never|also)\s+)*"
    r"(?:reimbursed|refunded|rehoused|reassessed|billed|put\s+(?:me|us|him|her)\s+on\s+hold|"
    r"(?:will|would)\s+only\s+(?:cover|pay)|won[’']?t\s+(?:cover|pay|reimburse)|"
    r"(?:is|are)\s+refusing)\b"
)
_PAYER_WORDS = frozenset(
    """claim claims policy policies premium premiums appeal appeals rent repair repairs
    refund reimbursement excess deductible copay co-pay coverage tenancy
    pre-authorisation preauthorisation pre-authorization preauthorization""".split()
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def payer_word(text: str, m: re.Match[str], word: str, lex: Lexicon) -> bool:
    """``word``, the subject the payer frame ``m`` caught, names the firm itself."""
    if not firm_word(word, lex):
        return False
    flags = lex.flags.get(key_of(word), 0)
    if flags & FIRST and not flags & PLACE:
        return False  # "Sarah approved my leave": a person, for the name finders
    if _FIRM_VERB.match(text, m.start(1) + len(word)) is not None:
        return True
    stop = _SENTENCE_END.search(text, m.end(1))
    sentence = text[m.end(1) : stop.start() if stop else len(text)].lower()
    words = re.findall(r"[\w-]+", sentence)
    # what a payer deals in, or a drug it pays for: "declined my Ozempic again"
    return not _PAYER_WORDS.isdisjoint(words) or any(lex.flags.get(w, 0) & DRUG for w in words)
