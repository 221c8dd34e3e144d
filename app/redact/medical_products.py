"""Medical products whose names look like identifiers: device models, development codes.

"Medtronic 780G" names a pump even when Medtronic is the user's employer, and
"LY3437943" is a trial's drug, not the user's number; ``medical.drop_medicine`` asks
these two questions of a span before it drops it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.redact.spans import Source, Span, SpanType

# A device brand named with its model or its kind of device is the product, even when
# the same word is the user's employer: "Medtronic 780G", "Dexcom G7", "Tandem pump",
# "Medtronic MiniMed". "I work at Medtronic" (no model, no device word) stays redacted,
# as does the maker in the possessive ("Abbott's Libre"): only the product's own name
# is kept, which says what the user wears, not where they work.
_MODEL_AFTER = re.compile(
    r"\s+(?:(?!(?:19|20)\d\d\b)(?-i:[A-Z]{0,3}\d{1,4}[A-Z]{0,3})(?![\w.,:/]\d)"
    r"(?!\s*(?:years?|yrs?|days?|weeks?|months?|hours?|hrs?|mins?|am|pm|times?|miles?|km)\b)\b"
    r"|(?:insulin\s+)?(?:pumps?|sensors?|cgms?|transmitters?|monitors?|meters?|pens?|pods?|"
    r"patch(?:es)?|inhalers?|implants?|stimulators?|pacemakers?|nebulisers?|nebulizers?|"
    r"machines?|devices?)\b)",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w:-]+)")

# Drug development codes: a sponsor's prefix and a number ("LY3437943", "BIIB080",
# "KTE-X19", "MK-3475", "AZD1222", "PF-07081532", "BI 1015550"). Medicine unless an
# identifier's label is just before ("participant LY-1234" would be an ID, "on
# LY3437943" is the trial drug). Eight digits only after a hyphen.
DEV_CODE = re.compile(
    r"\b(?:LY|BIIB|MK|PF|BMS|ABT|ABBV|GSK|AZD|MEDI|JNJ|CNTO|RO|BI|ALXN|REGN|SAR|TAK|DS|"
    r"KTE|CTL|AMG|GS|BAY|LOXO|NNC|TEV|SHP|INCB|VX|ARRY|DCC|BGB|BNT|mRNA|CAT|CC|IMC|"
    r"LNP|ALN|ION|ISIS|SRP|UCB|GLPG|BMN|APL|ACE|CSL|LEO|ARGX|CT|NVS|LJN|LNK|QAW|"
    r"BYL|ACP|TQJ|ELX)(?:-[A-Z]?\d{2,8}|\s\d{3,7}|[A-Z]?\d{2,7})[A-Z]?\b"
)
_PREFIX_BEFORE = re.compile(r"\b[A-Z]{2,5}(?:-|\s)?[A-Z]?$")
_ID_LABEL_BEFORE = re.compile(
    r"\b(?:id|ids|number|no\.?|num|#|participant|patient|subject|mrn|ref(?:erence)?|"
    r"screening|randomi[sz]ation|code)(?:\s*(?:is|was|=|:))?\W{0,3}$",
    re.IGNORECASE,
)


def device_product(span: Span, text: str, medical_word: Callable[[str], bool] | None) -> bool:
    """A profile word that names a device or drug brand, used as the product's name. Never
    a person of the profile: "Rehab 7 von 10" is Rehab's score, whatever "rehab" means."""
    if span.source is Source.PROFILE and span.type is SpanType.NAME:
        return False
    if medical_word is None or not medical_word(span.text):
        return False
    if _MODEL_AFTER.match(text, span.end):
        return True
    nxt = _NEXT_WORD.match(text, span.end)
    return nxt is not None and medical_word(nxt.group(1))


def dev_code(span: Span, text: str) -> bool:
    """An ID that is a drug's development code, with no identifier's label before it; or
    a guessed name or place that is the sponsor's prefix of one ("Randomised to TAK-279":
    not a place "TAK")."""
    if span.type is not SpanType.ID:
        return span.text.isupper() and DEV_CODE.match(text, span.start) is not None
    start = span.start
    if DEV_CODE.fullmatch(span.text.strip()) is None:
        # the number alone, its prefix left out: "PF-07081532"
        m = _PREFIX_BEFORE.search(text, max(0, start - 8), start)
        if m is None or DEV_CODE.fullmatch(text, m.start(), span.end) is None:
            return False
        start = m.start()
    return not _ID_LABEL_BEFORE.search(text, max(0, start - 24), start)
