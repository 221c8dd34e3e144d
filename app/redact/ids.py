"""ID numbers: a label and its value ("member ID XHK 448 219 006", "PPS number is
6666176I", "bed B14"), and unlabelled numbers that pass a national checksum.

A label is strong evidence even for a short or oddly grouped value, so after one we
take every group of capitals and digits that follows ("AET 90217745", "6711 47105 3").
Without a label only a valid checksum, and the user's region where the format is
common to random numbers, makes a number an ID.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact import ids_codes
from app.redact import validators as v
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import CAPS_NEAR_DIGIT, Started, Triggered

# "numéro de dossier", "numéro d'assurance maladie"
_FR_OF = (
    r"(?: de (?:dossier|assurance[- ]maladie|assurance sociale)"
    r"| d['’](?:assurance[- ]maladie|assurance sociale))?"
)
_LABELS = (
    r"mrn|mr\s?#|medical record(?: number| no)?|hospital (?:number|no|id)|hosp(?:ital)? no|"
    r"patient (?:id|number|no)|unit (?:number|no\.?|#)|nhs|chi|nhi|ihi|ohip|msp|carte vitale|"
    r"health (?:card|number|id)|medicare|medicaid|medical aid|insurance|insurer|"
    r"member(?:ship)?|subscriber|group|policy|claim|reference|ref|confirmation|"
    r"booking|appointment (?:ref|reference|number)|case|account|acct|sort code|"
    r"passport|licen[cs]e|driver['’]?s licen[cs]e|pps|ppsn|pan|aadhaa?r|sin|ssn|"
    r"social security|social insurance|national insurance|ni|tfn|tax file|ird|"
    r"tax|vat|prescription|rx|script|order|tracking|invoice|receipt|serial|"
    r"trial (?:participant|subject|id|number|no)|participant|subject|study|"
    r"enrol?ment|randomi[sz]ation|kit|device|pump|sensor|bed|ward|room|bay|cubicle|"
    r"student|employee|staff|payroll|badge|library|pharmacy|ticket|uhid|abha|crn|ip|op|opd|"
    r"registration|file|folder|chart|record|id|medical card|gms(?: card)?|card|"
    r"versichertennummer|versicherungsnummer|krankenversicherungsnummer|kvnr|kv-?nummer|kv-nr|"
    r"versicherten-?nr|mitgliedsnummer|kundennummer|fallnummer|patientennummer|"
    r"aktenzeichen|steuer-?id|steuernummer|rentenversicherungsnummer|"
    r"personalausweis(?:nummer)?|ausweisnummer|vorgangsnummer|"
    # forms people copy numbers from in GB, IE, US, CA, AU, NZ, IN, ZA and DE
    r"practice (?:number|no|code)|mbi|referral|hcn|phn|ehic|urn|umrn|pid|ndis|"
    r"authori[sz]ation|auth|prior auth(?:ori[sz]ation)?|pre-?auth(?:ori[sz]ation)?|"
    r"letter ref(?:erence)?|scheme|dependant|folio|mr\.? no\.?|cghs|esic|mediclaim|ramq|"
    r"az\.|vers\.-?nr|antragsnummer|geschäftszeichen|rechnungsnummer|auftragsnummer|"
    r"ipd|mrd|ubrn|nino|hicn|ahcip|bsb|routing|"
    r"sozialversicherungsnummer|sv-?nummer|sv-nr|personalnummer|identifikationsnummer|"
    r"versicherungsschein(?:nummer)?|unsere? zeichen|ihre? zeichen|rezeptnummer|"
    r"schwerbehindertenausweis|"
    # Quebec's and South Africa's other languages: French, Afrikaans
    # "nam" is a given name and "dossier" a file of pages: only with their "no"/"nr"
    rf"numéro{_FR_OF}|numero{_FR_OF}|(?:dossier|nam)(?=\s*(?:no\b|nr\b|n°|number|#))|nas|"
    r"id-?nommer|verwysingsnommer|lidnommer|polisnommer|eisnommer|pasientnommer|"
    r"pasiëntnommer|hospitaalnommer"
)
_NOUN = r"(?:\s*(?:id|no\.?|nos?\.?|number|num|nr\.?|#|card|code|ref))?"
_JOIN = r"(?:\s*(?:is|was|are|ist|est|lautet|=|:|#|-|–|no\.?)\s*|\s+)"
# One group of a value: digits, capitals, or both ("6666176I", "B14", "DH", "CLM-2024").
_GROUP = r"(?:[A-Z]{1,4}|[A-Za-z]{0,4}\d[A-Za-z0-9]*)"
LABELLED = re.compile(
    rf"(?i:\b(?:my|the|our|his|her|their|your|new|old)?\s*(?:{_LABELS}){_NOUN}){_JOIN}"
    rf"(?:(?i:ending(?: in)?|starting(?: with)?)\s+)?"
    rf"({_GROUP}(?:(?:[ /-]|\s-\s){_GROUP}){{0,5}})(?![\w@]|[.,]\d)"
)
# Labels that name an identifier by themselves. Only these, or any label with its
# "number"/"no"/"ref", may stand a short clause before their value: a noun of care or a
# payer ("referral", "chart", "ward", "pump", "prescription", "medical aid", "NHS")
# opens sentences about readings and money ("The referral said platelets were 150000").
_ID_LABELS = (
    r"mrn|mr\s?#|medical record (?:number|no)|hospital (?:number|no|id)|hosp(?:ital)? no|"
    r"patient (?:id|number|no)|unit (?:number|no\.?|#)|health (?:number|id)|"
    r"practice (?:number|no|code)|"
    r"reference|ref|letter ref(?:erence)?|confirmation|appointment (?:ref|reference|number)|"
    r"tracking|serial|trial (?:participant|subject|id|number|no)|pps|ppsn|aadhaa?r|ssn|"
    r"tfn|tax file|uhid|abha|crn|mbi|hcn|phn|ehic|umrn|ubrn|nino|hicn|mr\.? no\.?|ramq|"
    r"az\.|vers\.-?nr|versichertennummer|versicherungsnummer|krankenversicherungsnummer|"
    r"kvnr|kv-?nummer|kv-nr|versicherten-?nr|mitgliedsnummer|kundennummer|fallnummer|"
    r"patientennummer|aktenzeichen|steuer-?id|steuernummer|rentenversicherungsnummer|"
    r"personalausweisnummer|ausweisnummer|vorgangsnummer|antragsnummer|geschäftszeichen|"
    r"rechnungsnummer|auftragsnummer|sozialversicherungsnummer|sv-?nummer|sv-nr|"
    r"personalnummer|identifikationsnummer|versicherungsscheinnummer|unsere? zeichen|"
    r"ihre? zeichen|rezeptnummer|"
    rf"numéro{_FR_OF}|numero{_FR_OF}|"
    r"id-?nommer|verwysingsnommer|lidnommer|polisnommer|eisnommer|pasientnommer|"
    r"pasiëntnommer|hospitaalnommer"
)
_ID_NOUN = r"\s*(?:id|no\.?|nos?\.?|number|num|nr\.?|#|ref|code)"
# A label and a short clause before a value ("the referral number they gave us is").
_LABEL_BEFORE = ids_codes.make_label_before(rf"(?:{_ID_LABELS}){_NOUN}|(?:{_LABELS}){_ID_NOUN}", "")


def find_codes(text: str) -> Iterator[Span]:
    """References by their shape, or a few words after a label: see ``ids_codes``."""
    return ids_codes.find_codes(text, _LABEL_BEFORE)


# Labels an office also gives its phone after ("the practice number", "referral line").
_PHONE_LABEL = re.compile(r"practice|referral", re.IGNORECASE)
# A bank's code is digit pairs, as readings are ("sort code 20-44-71", "BSB 062-000").
_BANK_LABEL = re.compile(r"sort code|bsb|routing", re.IGNORECASE)
# A booking's or order's code: six to ten capitals and digits, two of each at least.
_CODE_LABEL = re.compile(r"\b(?:ref|booking|confirmation|ticket|order|tracking)\b", re.IGNORECASE)
_BOOKING_CODE = re.compile(r"(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){2})[A-Z0-9]{6,10}")
# The NHS's urgent referral pathway ("2WW", "Referral 2WW 14/7 ago") names no one.
_TWO_WEEK_WAIT = re.compile(r"\d\s?WW\b", re.IGNORECASE)
_SHORT_OK = re.compile(r"bed|ward|room|bay|cubicle|kit|pump", re.IGNORECASE)
# Candidates for checksummed numbers without a label.
_DIGIT_RUN = re.compile(r"(?<![\w.,/-])\d(?:[ -]?\d){6,15}[A-Z]{0,2}(?![\w/]|[.,]\d)")
PAN = re.compile(r"\b[A-Z]{5}\d{4}[A-Z]\b")
# A UK National Insurance number: two letters, three pairs of digits, a letter A-D
# ("QQ 12 34 56 C"); the closing letter is part of it, whatever ``_trim`` says.
NI_NUMBER = re.compile(
    r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}"
    r"\s?[A-D]\b"
)
_NHI = re.compile(r"\b[A-HJ-NP-Z]{3}\d{4}\b|\b[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z]{2}\b")


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _trim(value: str) -> str:
    """Drop a trailing group that is only capitals and reads as a word ("OK", "I")."""
    groups = re.split(r"([ /.-]+)", value)
    while (
        len(groups) > 1
        and not any(c.isdigit() for c in groups[-1])
        and len(groups[-1]) <= 2
        and " " in groups[-2]
    ):
        groups = groups[:-2]
    return "".join(groups)


_LABEL_FIRST = "|".join(
    sorted(
        # a first word's letters, beyond ASCII too: "geschäftszeichen", "numéro"
        {m.group() for alt in _LABELS.split("|") if (m := re.match(r"[^\W\d_]+", alt))}
        | {"my", "the", "our", "his", "her", "their", "your", "new", "old"}
    )
)
_OWNERS = ("my", "the", "our", "his", "her", "their", "your", "new", "old")
_OWNERS_BY_FIRST = {o[0]: tuple(w for w in _OWNERS if w[0] == o[0]) for o in _OWNERS}


# The letters each label can open with (pieces of its groups too: more is only safer).
def _opening(alt: str) -> str:
    """The letters a label surely opens with: its first letters, less one made optional
    by a "?" after it ("aadhaa" of "aadhaa?r", so "aadhar" still opens with it)."""
    m = re.match(r"[a-z]+", alt)
    if m is None:
        return ""
    return m.group()[:-1] if alt[m.end() : m.end() + 1] == "?" else m.group()


_LABEL_OPENINGS = tuple(sorted({o for alt in _LABELS.split("|") if (o := _opening(alt))}))
_SPACE = re.compile(r"\s*")


def _label_may_start(text: str, start: int) -> bool:
    """False only where ``LABELLED`` cannot match: no label opens at ``start`` or after
    an owner word there. Most first words are "the", "my", "her", and the long label
    alternation cost 20 µs at each. Text beyond ASCII is left to the regex (its
    case-insensitive letters are more than ``str.lower`` knows)."""
    # a first word's start is no space (``\\s`` is ``str.isspace``): no scan there
    at = _SPACE.match(text, start).end() if text[start : start + 1].isspace() else start
    head = text[at : at + 40]
    if not head.isascii() or head.lower().startswith(_LABEL_OPENINGS):
        return True
    head = text[start : start + 5]
    if not head.isascii():
        return True
    head = head.lower()
    for owner in _OWNERS_BY_FIRST.get(head[:1], ()):  # only owners opening with its letter
        if head.startswith(owner):
            at = _SPACE.match(text, start + len(owner)).end()
            after = text[at : at + 40]
            if not after.isascii() or after.lower().startswith(_LABEL_OPENINGS):
                return True
    return False


_LABELLED_FAST = Triggered(LABELLED, _LABEL_FIRST, words_if=_label_may_start)


def find_labelled(text: str) -> Iterator[Span]:
    for m in _LABELLED_FAST.finditer(text):
        value = _trim(m.group(1))
        label = text[m.start() : m.start(1)]
        need = 1 if _SHORT_OK.search(label) else 3
        if need == 1:  # "bed B14", "ward 7": one group, never "bed X 15-20 minutes"
            value = re.split(r"[ /-]", value)[0]
        if _PHONE_LABEL.search(label) and ids_codes.phone_shape(value):
            continue  # "self-referral number 020 8555 7712" is the clinic's phone
        if need == 3 and _CODE_LABEL.search(label) and _BOOKING_CODE.fullmatch(value):
            need = 2  # "booking ref XK9T7P": a reservation's code has few digits
        if _digits(value) < need or ids_codes.genetic(value) or _TWO_WEEK_WAIT.match(value):
            continue
        if need == 3 and (
            re.fullmatch(r"(?:19|20)\d\d", value)
            or (_readings(value) and not _BANK_LABEL.search(label))
        ):
            continue  # "policy 2024" is a year, "Pre-rx: 148/60 77 28" are vital signs
        start = m.start(1)
        if value.isdigit() and ids_codes.units_after(text, start + len(value)):
            continue  # "Prescription 100000 IU weekly" is a dose
        yield Span(
            start,
            start + len(value),
            SpanType.ID,
            Source.CONTEXT,
            0.9,
            text[start : start + len(value)],
        )


def outweighs_dose(span: Span) -> bool:
    """A labelled or checksum-valid ID whose value holds a run of six or more digits: no
    dose or lab value is that long, so "Medical card number 6140392G" is no 6,140,392
    grams and a valid PPS "6630494U" no 6,630,494 units ("Rx: 500mg" stays a dose)."""
    return (
        span.type is SpanType.ID
        and (
            span.source is Source.CONTEXT
            or (span.source is Source.PATTERN and span.confidence >= _CHECKSUM_CONFIDENCE)
        )
        and re.search(r"\d{6}", span.text) is not None
    )


# What ``find_checked`` gives a number that passed its checksum.
_CHECKSUM_CONFIDENCE = 0.95


def _checked(raw: str, region: str) -> bool:
    digits = v.digits_of(raw)
    n = len(digits)
    spaced = " " in raw or "-" in raw
    if n == 10 and v.nhs_valid(raw) and region in ("GB", "IM", "JE", "GG"):
        return True
    if n == 13 and v.za_id_valid(raw):
        return True
    if n == 12 and v.aadhaar_valid(raw) and (region == "IN" or spaced):
        return True
    if n == 9 and v.sin_valid(raw) and (region == "CA" or spaced):
        return True
    if n in (10, 11) and v.medicare_au_valid(raw) and (region == "AU" or spaced):
        return True
    return n == 7 and raw[-1:].isalpha() and v.pps_valid(raw) and region == "IE"


# Any short capitals label with a mark, then a long or structured value: "UHID:
# 2023/ND/55812", "CRN# 4471-22". Lab values ("BP: 120/80") are taken out later.
ACRONYM_LABEL = re.compile(
    r"\b[A-Z]{2,5}\s*(?:#|no\.|number|:)\s*"
    r"((?=[A-Z0-9/-]*\d{3})[A-Z0-9]+(?:[/-][A-Z0-9]+)+|\d{6,}|[A-Z]{1,3}\d{5,})(?![\w/])"
)


# "card is there, number LKO/2291/0448": letters, then digit groups split by slashes or
# dashes, after a plain "number" or "no.", is a reference of some office (never a date,
# which has no letters, nor a dose).
STRUCTURED = re.compile(
    r"(?i:\b(?:number|no\.?|num|nr\.?|#))\s*(?:is\s+|:\s*|-\s*)?"
    r"([A-Z]{1,5}[/-]\d{2,}(?:[/-][A-Z0-9]{2,})+)(?![\w/-])"
)


# What every ``STRUCTURED`` value holds: a capital, a slash or dash, two digits. Found
# by a scan that skips to capitals in C; the regex opens with a word boundary and was
# tried at every place of every text holding a slash or a dash.
_STRUCTURED_HINT = re.compile(r"[A-Z][/-]\d\d")


def find_structured(text: str) -> Iterator[Span]:
    if ("/" in text or "-" in text) and _STRUCTURED_HINT.search(text) is not None:
        for m in STRUCTURED.finditer(text):
            if _digits(m.group(1)) >= 3:
                yield Span(m.start(1), m.end(1), SpanType.ID, Source.CONTEXT, 0.85, m.group(1))


# Tried only where it can start (the same matches as the regex's own finditer; see
# ``Started``): a run of two to five capitals, then spaces and "#", "n" or ":".
_ACRONYM_LABEL_FAST = Started(ACRONYM_LABEL, r"[A-Z](?<![A-Z][A-Z])(?=[A-Z]{1,4}\s*[#n:])")


def find_acronym_labelled(text: str) -> Iterator[Span]:
    for m in _ACRONYM_LABEL_FAST.finditer(text):
        if _digits(m.group(1)) >= 3 and not _readings(m.group(1)):
            yield Span(m.start(1), m.end(1), SpanType.ID, Source.CONTEXT, 0.8, m.group(1))


def _readings(value: str) -> bool:
    """Vital signs or a blood gas, not an ID: "148/60 77 28", "123/37/7", "14-22"."""
    if _VITALS.match(value) or _TEMPERATURE.match(value):
        return True  # "ID: T MAX 102" in a nursing note is infectious disease, a fever
    groups = re.findall(r"[A-Za-z0-9]+", value)
    if any(len(g) > 1 and g.startswith("0") for g in groups):
        return False  # "participant 04-117": no reading is written with a leading zero
    return all(g.isdigit() and len(g) <= 3 for g in groups) and _digits(value) < 7


_VITALS = re.compile(r"\d{2,3}/\d{2,3}\b")
_TEMPERATURE = re.compile(r"(?:T|TM|TMAX|TEMP|T-MAX)\b", re.IGNORECASE)


# Six or more digits closed by a letter or two ("7391845W", "1234567TA"): the shape of
# Irish PPS, Spanish DNI and many hospital numbers, never a count; units stay readings.
_DIGITS_LETTER = re.compile(r"(?<![\w.,/-])\d{6,9}(?!IU|UI|U\b|K\b|M\b|G\b|MG|ML)[A-Z]{1,2}\b")


_DIGIT_RUN_FAST = Started(_DIGIT_RUN, r"\d+")
_PAN_FAST = Started(PAN, CAPS_NEAR_DIGIT)
_NI_NUMBER_FAST = Started(NI_NUMBER, CAPS_NEAR_DIGIT)
_DIGITS_LETTER_FAST = Started(_DIGITS_LETTER, r"\d+")


# Six digits, each pair split by at most one space or dash: every match of
# ``_DIGIT_RUN``, ``NI_NUMBER`` and ``_DIGITS_LETTER`` (and of the long numbers of
# ``patterns``) holds them, and four texts in five do not: one scan spares those tries.
SIX_DIGITS = re.compile(r"\d(?:[\s-]?\d){5}")


def find_checked(text: str, region: str, *, long: bool | None = None) -> Iterator[Span]:
    """Numbers that pass a national checksum or have an ID's shape. ``long``: whether
    ``SIX_DIGITS`` occurs in ``text``, if the caller already knows."""
    if long is None:
        long = SIX_DIGITS.search(text) is not None
    for m in _DIGIT_RUN_FAST.finditer(text) if long else ():
        if _checked(m.group(), region):
            yield Span(
                m.start(), m.end(), SpanType.ID, Source.PATTERN, _CHECKSUM_CONFIDENCE, m.group()
            )
    for m in _NI_NUMBER_FAST.finditer(text) if long else ():
        yield Span(m.start(), m.end(), SpanType.ID, Source.PATTERN, 0.9, m.group())
    for m in _PAN_FAST.finditer(text):
        if v.pan_valid(m.group()):
            yield Span(m.start(), m.end(), SpanType.ID, Source.PATTERN, 0.95, m.group())
    for m in _DIGITS_LETTER_FAST.finditer(text) if long else ():
        yield Span(m.start(), m.end(), SpanType.ID, Source.PATTERN, 0.7, m.group(), uncertain=True)
    if region == "NZ":
        for m in _NHI.finditer(text):
            yield Span(
                m.start(), m.end(), SpanType.ID, Source.PATTERN, 0.8, m.group(), uncertain=True
            )
