"""Postcodes of every region the profile can name, and the place words before them.

Most postcodes are bare digits ("3128", "302017", "50825") that mean nothing alone, so
each region's shape is taken only where an address puts it: after a town or a state
("Box Hill VIC 3128", "Jaipur 302017", "Chicago, IL 60707-3412"), before a town in the
German order ("50825 Köln"), or after a cue ("postcode for the forms: 2650"). Letter
and digit shapes (GB, CA, IE Eircode) are distinctive enough alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.redact.date_words import MONTH_WORDS
from app.redact.medical_numbers import counted_after, measured_before
from app.redact.names_cues import CLOSED_CLASS
from app.redact.windows import CAPS_NEAR_DIGIT, DIGITS, Started
from app.redact.windows_tokens import _tokens

# A town or locality: one to three capitalised words ("Box Hill", "Malviya Nagar").
_TOWN = r"(?:[A-Z][\w'’-]+)(?:[ ](?:[A-Z][\w'’-]+|upon|on|de|la|le)){0,3}"
_AU_STATES = r"(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT|Vic|Qld|Tas)"

_AU_STATE_CODES = frozenset(["NSW", "VIC", "QLD", "TAS", "ACT", "NT", "WA", "SA"])
_US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI".split()
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# Shapes that stand alone.
GB = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b")
CA = re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b")
EIRCODE = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ]?[0-9AC-FHKNPRTV-Y]{4}\b")
# Dublin's postal districts ("Dublin 7", "Dublin 6W") name a part of the city.
DUBLIN = re.compile(r"\bDublin\s+(?:1[0-8]|2[024]|6W|[1-9])\b(?![.,:/]?\d)")
# Shapes that need an address around them.
AFTER_STATE = re.compile(
    rf"\b(?:[A-Z]{{2}}|{_AU_STATES})[,]?\s+(\d{{5}}(?:-\d{{4}})?|\d{{4}})\b(?![-/.]\d)"
)
AFTER_TOWN = re.compile(r"(?<=[a-z]),?\s+(\d{6}|\d{4}|\d{5})\b(?![-/.:]\d|\s*(?:mg|ml|%)|\s\d)")
BEFORE_TOWN = re.compile(r"\b(\d{5}|\d{4})\s+([A-ZÄÖÜ][a-zäöüßé'’-]+(?:[ ][A-Z][a-zäöüßé'’-]+)?)")
CUE = re.compile(
    r"\b(?i:zip|zip\s*code|post\s?code|postal\s*code|eircode|pin\s?code|pin|plz)"
    r"(?:\s+(?i:for|of|on|is|was|at)\b(?:\s+[\w'’-]+){0,5}?)?\s*(?:is|:|#|-)?\s*"
    r"((?=[A-Z0-9]*\d|[A-Z0-9]+[ -]\d)[A-Z0-9]{2,6}(?:[ -][A-Z0-9]{3,4})?)\b"
)
# Each tried only where it can start: a run of capitals with a digit in its first six
# characters, a state's capitals before a comma or spaces and a digit, or a run of
# digits (the same matches as the regex's own finditer; see ``windows.Started``).
_FAST = {
    GB: Started(GB, CAPS_NEAR_DIGIT),
    CA: Started(CA, CAPS_NEAR_DIGIT),
    EIRCODE: Started(EIRCODE, CAPS_NEAR_DIGIT),
}
_AFTER_STATE_FAST = Started(AFTER_STATE, r"[A-Z](?<![A-Z][A-Z])(?=[A-Za-z]{1,2},?\s+\d)")
_BEFORE_TOWN_FAST = Started(BEFORE_TOWN, r"\d+")


def find(text: str, region: str, is_place, is_medicine=None) -> Iterator[tuple[int, int, float]]:  # type: ignore[no-untyped-def]
    """(start, end, confidence) of each postcode; ``is_place`` says whether a word
    before or after a bare number is a known town, state or region, ``is_medicine``
    whether the word before it is a drug's (then the number is its strength)."""
    if DIGITS.search(text) is None:
        return  # every shape below has a digit
    toks = _tokens(text)
    for regex in (GB, CA, EIRCODE):
        for m in _FAST[regex].finditer(text):
            if (
                regex is EIRCODE
                and region != "IE"
                and not CUE.search(text, max(0, m.start() - 40), m.end())
            ):
                continue
            if regex is CA and region not in ("CA", "US"):
                continue
            yield m.start(), m.end(), 0.85
    for m in DUBLIN.finditer(text) if "ublin" in text else ():
        yield m.start(), m.end(), 0.8
    if _FOUR_DIGITS.search(text) is not None:
        yield from _bare_numbers(text, region, is_place, is_medicine)
    if not toks.at.keys().isdisjoint(_CUE_WORDS):
        for m in CUE.finditer(text):
            yield m.start(1), m.end(1), 0.8
        for m in EIRCODE_CUED.finditer(text):  # "eircode a65f4e2": any case after its name
            yield m.start(1), m.end(1), 0.85
    if region == "GB":
        for m in GB_LOWER.finditer(text) if _LOWER_DIGIT.search(text) else ():
            yield m.start(), m.end(), 0.8
        for m in OUTWARD.finditer(text) if _CAPS_DIGIT.search(text) else ():
            if m.group(2) in _GB_AREAS and not (is_medicine and is_medicine(m.group(1))):
                yield m.start(1), m.end(1), 0.75
    if region == "DE" and "wohn" in text:
        for m in LIVE_IN_DE.finditer(text):
            yield m.start(1), m.end(1), 0.8


# A whole GB postcode typed in lower case ("im in m14 5tp"); the inward code's letters are
# never C, I, K, M, O or V, so "t2 3mm" or "x2 3pm" are no postcodes, nor "2nd", "3rd".
GB_LOWER = re.compile(
    r"(?<![\w.-])[a-z]{1,2}\d[a-z\d]?\s?\d(?!st\b|nd\b|rd\b|th\b)[abd-hjlnp-uw-z]{2}\b"
)
_LOWER_DIGIT = re.compile(r"[a-z]\d")
_CAPS_DIGIT = re.compile(r"[A-Z]{2}\d")
# The first half alone, where a town would stand: "anyone in NE6", "we're near LS6".
OUTWARD = re.compile(
    r"\b(?i:in|near|around|from|nr)\s+(([A-Z]{2})\d{1,2}[A-Z]?)\b(?![-/.:]\d|\s?\d[A-Z]{2})"
    r"(?!\s+(?:levels?|results?|tests?|scores?|counts?|positive|negative|antibod))"
)
_GB_AREAS = frozenset(
    """AB AL BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN
    DT DY EC EH EN EX FK FY GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY LA
    LD LE LL LN LS LU ME MK ML NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM SA SE SG
    SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB WA WC WD WF WN WR WS WV YO
    ZE""".split()
)
EIRCODE_CUED = re.compile(
    r"(?i:eircode)(?:\s+(?i:is))?\s*:?\s*((?i:[ac-fhknprtv-y]\d{2}|d6w)\s?(?i:[0-9ac-fhknprtv-y]{4}))\b"
)
# "wohne in 10115": a German postcode where the town would be.
LIVE_IN_DE = re.compile(
    r"\b(?i:wohne|wohnen|wohnt|wohnst)\s+(?:in|im)\s+(\d{5})\b(?!\s*(?:mg|ml|€))"
)


_FOUR_DIGITS = re.compile(r"\d{4}")
_CUE_WORDS = frozenset(
    ["zip", "zipcode", "post", "postcode", "postal", "eircode", "pin", "pincode", "plz"]
)


def _bare_numbers(
    text: str, region: str, is_place, is_medicine
) -> Iterator[tuple[int, int, float]]:  # type: ignore[no-untyped-def]
    """Postcodes of four to six bare digits, by the state or town beside them."""
    for m in _AFTER_STATE_FAST.finditer(text):
        state = text[m.start() : m.start(1)].strip(" ,")
        if len(m.group(1)) == 4:  # Australian postcodes follow a state: "Box Hill VIC 3128"
            ok = state.upper() in _AU_STATE_CODES and (region == "AU" or state.isupper())
        else:  # a ZIP follows a state code after a town: "Chicago, IL 60707"
            ok = state.upper() in _US_STATES and (
                region == "US"
                or re.search(r"[a-z],\s*$", text[max(0, m.start() - 3) : m.start()]) is not None
            )
        if ok:
            yield m.start(1), m.end(1), 0.8
    for m in AFTER_TOWN.finditer(text):
        if counted_after(text, m.end(1)) or measured_before(text, m.start(1)):
            continue  # "Manly, 10000 steps", "Platelets, 150000": a count or a reading
        word = re.search(r"([A-Z][\w'’.-]+)\W*$", text[max(0, m.start() - 30) : m.start() + 1])
        if (
            word is None
            or word.group(1).lower() in MONTH_WORDS
            or word.group(1).lower().rstrip(".") in ("jahrgang", "jg")  # a birth year
            or _YEAR.fullmatch(m.group(1))
            and not _in_address(text, m.start())
        ):
            continue  # "March 2024" is a date even though March is a town
        if word.group(1).lower() in CLOSED_CLASS or word.group(1).isupper():
            continue
        if is_medicine is not None and is_medicine(word.group(1)):
            continue  # "Lisinopril, Metformin 1000": a strength after its drug
        if is_place(word.group(1)) or _in_address(text, m.start()):
            yield m.start(1), m.end(1), 0.75
    for m in _BEFORE_TOWN_FAST.finditer(text):
        if counted_after(text, m.end(1)) or measured_before(text, m.start(1)):
            continue  # "8000 Schritte", "1000 Einheiten": a count, not "79098 Freiburg"
        if _YEAR.fullmatch(m.group(1)) and not is_place(m.group(2).split()[0]):
            continue  # "seit 2021 Morbus Crohn", "Herbst 2022 L-Thyroxin": a year
        if (
            region in ("DE", "AT", "CH", "FR", "NL", "BE", "DK", "NO", "SE", "FI", "IT", "ES")
            or is_place(m.group(2).split()[0])
            and _in_address(text, m.start())
        ):
            yield m.start(), m.end(), 0.75


def _in_address(text: str, pos: int) -> bool:
    """A comma-separated block before ``pos`` ("Sarabha Nagar, Ludhiana 141001")."""
    before = text[max(0, pos - 60) : pos]
    return (
        before.count(",") >= 1
        and re.search(r"[A-Z][\w'’.-]+\s*,\s*[A-Z][\w'’.-]+[^,]*$", before) is not None
    )
