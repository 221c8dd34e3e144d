"""An ordinary word as the firm that acts on a claim, a policy or a home.

Insurers and landlords are often named by ordinary words ("Discovery", "Vitality",
"Anchor", "Unity", "Pinnacle"), and a payer's verb after a capitalised word at a
sentence's start is as often the kind ("Insurance declined it", "Work said no",
"Council approved the grant"). ``employers_actors`` takes such a word only when the
verb leaves little doubt and the word is no kind:

- the verb is one only a firm does to the writer ("reimbursed", "refunded",
  "rehoused", "billed me", "put me on hold", "will only cover", "won't cover"), or the
  sentence holds what a payer deals in (a claim, a policy, a premium, an appeal, rent,
  repairs, a refund) or a drug it pays for in the verb's own clause ("Discovery
  declined my Ozempic"; not "Basal covered the night, Tresiba 18", where the drug is
  after a comma and the subject is the dose);
- or the word is a listed firm ("~Unite" in ``data/chains.txt``) or a listed payer's
  short name ("Discovery" of "Discovery Health"): the list says it names a firm;
- the word is no kind, department, maker, country, person's given name or word more
  common than ``orgs_generic``'s limit (``orgs_generic.firm_word``), and no medicine
  ("Humira was denied", "Fibro cancelled my plans": ``_may_name`` in the caller).
"""

from __future__ import annotations

import re

from app.redact.employers_listed import chain_names, payer_shorts
from app.redact.lexicon import COUNTRY, DRUG, FIRST, PLACE, REGION, Lexicon
from app.redact.orgs_generic import GENERIC_KINDS, firm_word, key_of
from app.redact.payer_verbs import (
    ADVERBS,
    ADVERBS_MORE,
    DECIDED,
    ON_HOLD,
    PAID_BACK,
    WONT,
    either,
)
from app.redact.sentences import SENTENCE_MARK

# A verb only a firm does to the writer (``payer_verbs``), with no claim's outcome.
_FIRM_VERB = re.compile(
    rf"\s+(?:(?:{either(ADVERBS, ADVERBS_MORE)})\s+)*"
    rf"(?:{either(PAID_BACK)}|reassessed|billed|{ON_HOLD}|"
    # a claim's outcome done to the writer or to what is theirs: "Horizon denied it twice"
    rf"(?:{either(DECIDED)})\s+(?:it|me|us|him|her|them|my|our|his|their)\b|"
    rf"(?:will|would)\s+only\s+(?:cover|pay)|{WONT}\s+(?:cover|pay|reimburse)|"
    # the bare verb, as a question ("does Momentum cover it?") or a firm's plural ("HCF
    # cover the Mirena"): a person "covers" a shift, never "cover" or "reimburse" here
    r"(?:still\s+|even\s+|actually\s+|ever\s+)?(?:cover|reimburse)\s+(?:it|this|that|the|"
    r"a|an|my|your|his|her|our|their|any|all|most|part|some)|"
    r"(?:is|are)\s+refusing)\b"
)
_PAYER_WORDS = frozenset(
    """claim claims policy policies premium premiums appeal appeals rent repair repairs
    refund reimbursement eviction evictions excess deductible copay co-pay coverage tenancy
    pre-authorisation preauthorisation pre-authorization preauthorization""".split()
)
_CLAUSE_END = re.compile(r"[,;:–—]|\s-\s")
# Words that open a sentence before its subject, as "finally" or "eventually" do.
_OPENERS = frozenset(
    """today yesterday tonight tomorrow somehow now then so and but still also anyway
    meanwhile instead otherwise however again once""".split()
)


def payer_word(text: str, m: re.Match[str], word: str, lex: Lexicon) -> bool:
    """``word``, the subject the payer frame ``m`` caught, names the firm itself."""
    if not firm_word(word, lex):
        return False
    flags = lex.flags.get(key_of(word), 0)
    if flags & FIRST and not flags & PLACE:
        return False  # "Sarah approved my leave": a person, for the name finders
    if _FIRM_VERB.match(text, m.start(1) + len(word)) is not None:
        return True
    if key_of(word) in payer_shorts() or key_of(word) in chain_names():
        return True  # a listed firm or a payer's short name: "Unite sent a card"
    stop = SENTENCE_MARK.search(text, m.end(1))
    sentence = text[m.end(1) : stop.start() if stop else len(text)].lower()
    words = re.findall(r"[\w-]+", sentence)
    if not _PAYER_WORDS.isdisjoint(words):
        return True  # what a payer deals in: "declined the claim"
    # a drug it pays for, in the verb's clause: "declined my Ozempic again"
    clause = re.findall(r"[\w-]+", _CLAUSE_END.split(sentence, maxsplit=1)[0])
    return any(lex.flags.get(w, 0) & DRUG for w in clause)


def payer_name(parts: list[str], lex: Lexicon) -> bool:
    """Two or three capitalised words as a payer's subject ("Step Forward paid for the
    taxi", "Old Mutual declined it"): a sentence's second word is capitalised only in
    a name, so ordinary words may name the firm, unless one is a kind ("Social
    Services", "Universal Credit", "Occupational Health"), a person's given name
    ("Mary Jane") or a country or state."""
    keys = tuple(key_of(w) for w in parts)
    if keys[0].endswith("ly") or keys[0] in _OPENERS:
        return False  # "Finally Bupa paid", "Today Aetna denied it": the firm is after

    if keys in lex.place_phrases.get(keys[0], ()):
        return False  # "New Zealand covers the IVF": a place, for the place finders
    for word in parts:
        key = key_of(word)
        flags = lex.flags.get(key, 0)
        if key in GENERIC_KINDS or flags & (COUNTRY | REGION):
            return False
        if flags & FIRST and not flags & PLACE:
            return False
    return True
