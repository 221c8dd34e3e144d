"""Reference codes found by their shape, with or without a label right before them.

People copy references off letters and forms: "HBT-ORTHO-44821", "SSCS/22/01187", a
Medicare MBI "5TG2-JH8-MK71", a scheme's code in brackets ("the student plan
(ACME-8812047)"), or a value a few words after its label ("the referral number they
gave us is RF-88213-KQ", "Ref on the letter CH/ORTH/88213"). One such code finds the
person, so a shape that only offices write is enough.

Medicine writes codes too, and these shapes leave them alone: drug development codes
(``medical_products.DEV_CODE``), trial registry numbers ("CTRI/2021/03/031234" names a
trial; ``risk`` warns about a named trial), genes, variants and viruses (a few digits in
each group: "HLA-B27", "HPV-16/18", "CA-19-9", "R-CHOP-21"), a ventilator's settings
("AC/700/12/60"), dates with a month's name, and every value of digits alone (doses,
schedules, readings, dates, phones) unless a label names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact import validators as v
from app.redact.medical_products import DEV_CODE
from app.redact.numbers_readings import READINGS
from app.redact.spans import Source, Span, SpanType
from app.redact.windows import Started

# Groups of capitals and digits joined by "/" or "-", or letters then five or more
# digits. Opens with a plain character class, so the engine skips to its starts in C;
# what comes before a match is checked by hand (``_clear_before``).
_CANDIDATE = re.compile(r"[A-Z0-9]+(?:[/-][A-Z0-9]+)+|[A-Z]{1,5}\d{5,}[A-Z]{0,2}|\d{6,}[A-Z]{0,2}")
_GROUPS = re.compile(r"[/-]")
_DIGIT_RUN = re.compile(r"\d+")
# A trial's registry number names the trial, not a person: ClinicalTrials.gov, ISRCTN,
# EU CTR, ANZCTR, India's CTRI, Germany's DRKS, China's ChiCTR, Japan's jRCT/UMIN, PACTR.
_REGISTRY = re.compile(
    r"(?:NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|CTRI/\d{4}/\d{2,3}/\d{5,6}|DRKS\d{8}|"
    r"ChiCTR[-\w]+|jRCT\w+|UMIN\d{9}|PACTR\d{15}|EUCTR[-\w]+|IRCT\w+|KCT\d{7})"
)
_MONTHS = frozenset(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC".split()
)  # "12-MAR-2025" is a date


def registry(value: str) -> bool:
    """A trial's registry number ("NCT04280705", "CTRI/2021/03/031234")."""
    return _REGISTRY.fullmatch(value) is not None


# Genes people read off a genetic or pharmacogenomic report: families by their shape
# ("CYP2D6", "UGT1A1", "SLCO1B1", "HLA"), and the common symbols, written from knowledge.
_GENE = re.compile(
    r"CYP\d{1,2}[A-Z]\d{0,2}|UGT\d[A-Z]\d{1,2}|SLCO?\d[A-Z]\d{1,2}|ABC[A-G]\d{1,2}|HLA|"
    r"NUDT15|TPMT|DPYD|VKORC1|MTHFR|F(?:[2-9]|1[0-3])|BRCA[12]|PALB2|CHEK2|ATM|TP53|PTEN|"
    r"MLH1|MSH[26]|PMS2|APC|MUTYH|CFTR|HFE|JAK2|CALR|MPL|KRAS|NRAS|BRAF|EGFR|ALK|ROS1|"
    r"RET|MET|HER2|ERBB2|PIK3CA|IDH[12]|FLT3|NPM1|KIT|PDGFRA|APOE\d?|LRRK2|GBA1?|SMN[12]|"
    r"DMD|FMR1|HTT|G6PD|HBB|HBA[12]|SERPINA1|COL\d[A-Z]\d|FBN1|SCN\d{1,2}A|KCNQ1|KCNH2|"
    r"MYH7|MYBPC3|TTR|LDLR|PCSK9|APOB|IFNL3|IL28B|COMT|OPRM1|ACE|AGT|PAI1|"
    # a variant: dbSNP's rs number, HGVS "c."/"p." notation, a base or amino acid swapped
    # at a position ("G20210A", "C677T", "V600E", "R117H", "F508DEL", "Q61*")
    r"RS\d{3,}|[CGPMNR]\.[\w>*+_]+|[ACGTU]\d{1,6}[ACGTU]|"
    r"[ACDEFGHIKLMNPQRSTVWY]\d{1,4}(?:[ACDEFGHIKLMNPQRSTVWY]|DEL|DUP|INS|FS|X|\*)"
)


def genetic(value: str) -> bool:
    """Genes and variants, alone or joined ("MTHFR-C677T-A1298C", "CYP2C19*2"): what a
    genetic report says, never a person's reference."""
    return all(_GENE.fullmatch(g.split("*")[0]) for g in _GROUPS.split(value.upper()))


# A development code with a formulation's or a batch's suffix: "LY-3298176-01".
_DEV_SUFFIX = re.compile(r"(?:-\d{1,3})?")


def _medicine_or_date(value: str, groups: list[str]) -> bool:
    dev = DEV_CODE.match(value)
    return (
        registry(value)
        or (dev is not None and _DEV_SUFFIX.fullmatch(value, dev.end()) is not None)
        or any(g in _MONTHS for g in groups)
        or genetic(value)
    )


def _long_run(value: str) -> bool:
    """A run of four digits or more that is no year: what an office's serial has and a
    reading, a setting or a range ("AC/700/12/60", "HR-110-133", "2000-BUN") has not."""
    return any(
        len(r) >= 5 or (len(r) == 4 and not _YEAR.fullmatch(r)) for r in _DIGIT_RUN.findall(value)
    )


_YEAR = re.compile(r"(?:19|20)\d\d")
# A date of digits alone ("19/05/2025", "2025/02/24", "8/28/1995").
_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d\d)?\d\d|(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2}")
# A phone's shape: a trunk 0 and nine digits or more, or North America's 3-3-4.
_PHONE = re.compile(r"0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}|\d{3}[ .-]\d{3}[ .-]\d{4}")


def phone_shape(value: str) -> bool:
    return _PHONE.fullmatch(value) is not None


def code_shape(value: str) -> bool:
    """Letters and digits in three or more groups, with a serial of four digits or
    more: an office's reference, never a gene, a virus, a regimen, a tumour marker or a
    ventilator's settings ("HLA-B27", "HPV-16/18", "R-CHOP-21", "CA-19-9",
    "AC/700/12/60")."""
    groups = _GROUPS.split(value)
    return (
        len(groups) >= 3
        and any(c.isalpha() for c in value)
        and _long_run(value)
        and not _medicine_or_date(value, groups)
    )


def labelled_shape(value: str) -> bool:
    """What a value needs a few words after a label: letters and a serial of four digits
    or more ("DMB-44812", "PA44198273"), or digits alone, seven or more, that are no
    date and no phone ("44-7712-9931", "7702150482081")."""
    groups = _GROUPS.split(value)
    if _medicine_or_date(value, groups):
        return False
    if any(c.isalpha() for c in value):
        return _long_run(value)
    if _DATE.fullmatch(value) or phone_shape(value):
        return False
    return sum(c.isdigit() for c in value) >= 7 or (len(groups) == 1 and len(value) >= 6)


def _clear_before(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "/.:*-_+")


def _clear_after(text: str, end: int) -> bool:
    nxt = text[end : end + 1]
    if nxt.isalnum() or nxt in ("/", "*", "_", "+"):
        return False
    return not (nxt in ".,:-" and text[end + 1 : end + 2].isalnum())


# A label from ``ids``, then a short clause of words (and one bracketed aside) with no
# number and no sentence end, up to the value: "the referral number they gave us is",
# "Ref on the letter", "Ref from HSE disability:", "my claim number (from the letter) is".
_ASIDE = r"\s*\([^()\d\n.!?]{0,40}\)"
_WORD = r"[\s,:–-]+[^\W\d_][^\W\d_'’]*(?:['’][a-z]+)?"
# A phone's words in the clause: then a number of digits alone is the phone's.
_PHONE_WORDS = re.compile(
    r"\b(?:call|ring|phone|mobile|cell|tel|text|fax|whatsapp|contact|line)\b", re.IGNORECASE
)


# Digits a space away: the value is one group of a longer number written with spaces.
_SPACED_DIGITS = re.compile(r" \d")
_SPACED_DIGITS_BEFORE = re.compile(r"\d $")


def _label_before(label_re: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    window = text[max(0, start - 80) : start]
    return label_re.search(window)


# A value a clause away from its label is no ID when it reads as a measure: a test, a
# count or a dose named in the clause ("said platelets were 150000"), units after it
# ("100000 IU", "2400000 copies"), money before it ("paid R12000", "Rs 250000"), or a
# 24-hour time range ("basal 0000-0600").
_READING_WORDS = (READINGS - {"number", "numbers"}) | frozenset(
    """hcg bhcg load viral dose doses dosage units unit iu copies cells basal bolus
    rate ratio titre titer amh lh fsh vitamin vit d d3 lymphocytes neuts""".split()
)
_CLAUSE_WORD = re.compile(r"[a-z][a-z0-9]*")
_UNIT_AFTER = re.compile(
    r"\s?(?:copies|iu|ui|units?|u|mg|mcg|µg|ug|g|ml|l|mmol|miu|cells|k|x|per)\b|/[a-zµ]|\s?%",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(r"(?:\b(?:R|Rs\.?|INR|ZAR|USD|EUR|GBP)|[$£€₹¥])\s?$")
_MONEY = re.compile(r"(?:R|RS)\d[\d,]*")
_TIME_RANGE = re.compile(r"(?:[01]\d|2[0-4])[0-5]\d\s?[-–]\s?(?:[01]\d|2[0-4])[0-5]\d")


def units_after(text: str, end: int) -> bool:
    """A unit, "copies" or a "/" after a number: a dose or a reading ("100000 IU")."""
    return _UNIT_AFTER.match(text, end) is not None


def _measure(text: str, start: int, end: int, clause: str) -> bool:
    value = text[start:end]
    if _TIME_RANGE.fullmatch(value) or _MONEY.fullmatch(value.upper()):
        return True
    if _MONEY_BEFORE.search(text, max(0, start - 6), start) or units_after(text, end):
        return True
    return any(c.isalpha() for c in value) is False and not _READING_WORDS.isdisjoint(
        _CLAUSE_WORD.findall(clause.lower())
    )


# Words after a label that make it medicine's: "reference range", "ref values".
_NOT_AN_ID = r"(?:range|ranges|interval|intervals|values?|limits?|lab|labs)"


def make_label_before(labels: str, noun: str) -> re.Pattern[str]:
    """The regex that finds a label and its clause at the end of the text before a value."""
    return re.compile(
        rf"(?i:\b(?:{labels}){noun}(?!\s+{_NOT_AN_ID}\b))((?:{_ASIDE}|{_WORD}){{0,7}})[\s:,–-]*$"
    )


# A scheme's or plan's code in brackets after its word: "the student plan
# (ACME-8812047)", "union scheme (UNF 5520391)".
_BRACKETED = re.compile(r"\(([A-Z]{2,6}[- ]?\d{5,}[A-Z]?)\)")
_COVER_BEFORE = re.compile(
    r"\b(?:plan|scheme|cover|insurance|insurer|policy|fund|membership|union|aid|card|"
    r"health ?fund|account)\W{0,3}$",
    re.IGNORECASE,
)
# A US Medicare Beneficiary Identifier's shape, with or without its dashes; its letters
# are checked by ``validators.mbi_valid``. Tried only at a run of digits' start.
MBI = re.compile(r"(?<![\w/-])\d[A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d\d(?![\w/-])")
_MBI_FAST = Started(MBI, r"\d+")


def _span(start: int, value: str, confidence: float) -> Span:
    return Span(start, start + len(value), SpanType.ID, Source.CONTEXT, confidence, value)


# A code typed in lower case holds a serial of four digits: found from the serial out,
# since a pattern opening with a letter would be tried at every letter of the text.
_SERIAL = re.compile(r"\d{4,}")
_CODE_CHAR = re.compile(r"[A-Za-z0-9/-]*")
_CODE_CHAR_BEFORE = re.compile(r"[A-Za-z0-9/-]*$")
_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-")
# What may stand before a serial that ``_CODE_CHAR_BEFORE`` reaches past: a code's
# characters, or a line break (its "$" also matches before a last one)
_JOINS_BEFORE = _CODE_CHARS | {"\n"}


def _lower_case_codes(text: str, label_re: re.Pattern[str]) -> Iterator[Span]:
    """ "my claim no is clm-2291-4471", "ref on the letter: gh/neuro/55821": a code in
    lower case after its label (never alone: "follow-up-2024" style words are many)."""
    end = 0
    for m in _SERIAL.finditer(text):
        if m.start() < end:
            continue
        if text[m.start() - 1 : m.start()] not in _JOINS_BEFORE and (
            text[m.end() : m.end() + 1] not in _CODE_CHARS
        ):
            end = m.end()
            continue  # digits alone (most serials are years): no small letter, no code
        start = _CODE_CHAR_BEFORE.search(text, max(0, m.start() - 30), m.start()).start()
        end = _CODE_CHAR.match(text, m.end()).end()
        while end > start and text[end - 1] in "/-":
            end -= 1
        value = text[start:end]
        if (
            value.upper() != value  # capitals are ``_CANDIDATE``'s
            and value.isascii()
            and _clear_before(text, start)
            and _clear_after(text, end)
            and labelled_shape(value.upper())
            and (label := _label_before(label_re, text, start)) is not None
            and not _measure(text, start, end, label.group(1))
        ):
            yield _span(start, value, 0.8)


# What every ``_CANDIDATE`` match holds: a capital or digit joined by "/" or "-" to
# another (found from the few slashes and dashes), or five digits in a row.
_JOINED = re.compile(r"[/-](?<=[A-Z0-9][/-])(?=[A-Z0-9])")
_FIVE_DIGITS = re.compile(r"\d{5}")


def _may_hold_candidate(text: str) -> bool:
    """False only where ``_CANDIDATE`` finds nothing: most texts, which its scan read at
    every capital and digit."""
    return _JOINED.search(text) is not None or _FIVE_DIGITS.search(text) is not None


def find_codes(text: str, label_re: re.Pattern[str]) -> Iterator[Span]:
    """Codes by their shape alone, codes a short clause after a label, MBIs, and
    bracketed scheme codes. ``label_re`` comes from ``make_label_before``."""
    candidates = _CANDIDATE.finditer(text) if _may_hold_candidate(text) else ()
    for m in candidates:
        start, value = m.start(), m.group()
        if not (_clear_before(text, start) and _clear_after(text, m.end())):
            continue
        if code_shape(value):
            yield _span(start, value, 0.85)
        elif labelled_shape(value):
            label = _label_before(label_re, text, start)
            if label is None or _measure(text, start, m.end(), label.group(1)):
                continue
            if not any(c.isalpha() for c in value) and (
                _PHONE_WORDS.search(label.group())
                or _SPACED_DIGITS.match(text, m.end())
                or _SPACED_DIGITS_BEFORE.search(text, max(0, start - 3), start)
            ):
                continue  # "call her on 0412-889-201", "on 020-6645 5100": a phone's
            yield _span(start, value, 0.8)
    yield from _lower_case_codes(text, label_re)
    if "(" in text:
        for m in _BRACKETED.finditer(text):
            if _COVER_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not (
                _medicine_or_date(m.group(1), [])
            ):
                yield _span(m.start(1), m.group(1), 0.8)
    for m in _MBI_FAST.finditer(text):
        if v.mbi_valid(m.group()):
            yield _span(m.start(), m.group(), 0.9)
