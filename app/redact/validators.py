"""Checksums that tell a real identifier from a random run of digits.

The national formats come from ``python-stdnum`` (LGPL-2.1+, pure Python, no data
downloads); only the two it lacks (Australian Medicare, Scottish CHI) are written here.
Every function takes the text as written ("943 476 5919") and never raises.
"""

from __future__ import annotations

from datetime import date

from stdnum import iban, luhn, verhoeff
from stdnum.ca import sin
from stdnum.exceptions import ValidationError
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.us import ssn
from stdnum.za import idnr


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _compact(text: str) -> str:
    return "".join(c for c in text if c.isalnum()).upper()


def _ok(check, text: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        return bool(check(_compact(text)))
    except (ValidationError, ValueError, TypeError):
        return False


def luhn_valid(number: str) -> bool:
    """Payment cards and other Luhn numbers of 12 to 19 digits."""
    digits = digits_of(number)
    return 12 <= len(digits) <= 19 and len(set(digits)) > 1 and _ok(luhn.is_valid, digits)


def nhs_valid(number: str) -> bool:
    """NHS numbers (England, Wales), and CHI numbers (Scotland), which share the check."""
    digits = digits_of(number)
    return len(digits) == 10 and len(set(digits)) > 1 and _ok(nhs.is_valid, digits)


def chi_valid(number: str) -> bool:
    """Scottish CHI: a DDMMYY birth date, then four digits; mod-11 check like NHS."""
    digits = digits_of(number)
    if not nhs_valid(digits):
        return False
    try:
        date(2000 + int(digits[4:6]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return False
    return True


def iban_valid(text: str) -> bool:
    return _ok(iban.is_valid, text)


def ssn_plausible(text: str) -> bool:
    """US social security numbers: area not 000/666/9xx, group and serial not zero."""
    return len(digits_of(text)) == 9 and _ok(ssn.is_valid, text)


def sin_valid(text: str) -> bool:
    """Canadian social insurance numbers (nine digits, Luhn)."""
    return len(digits_of(text)) == 9 and _ok(sin.is_valid, text)


def aadhaar_valid(text: str) -> bool:
    """Indian Aadhaar: twelve digits, Verhoeff check, never starting 0 or 1."""
    return len(digits_of(text)) == 12 and _ok(aadhaar.is_valid, text)


def verhoeff_valid(text: str) -> bool:
    return _ok(verhoeff.is_valid, digits_of(text))


def pan_valid(text: str) -> bool:
    """Indian PAN: five letters, four digits, a letter."""
    return _ok(pan.is_valid, text)


def pps_valid(text: str) -> bool:
    """Irish PPS numbers: seven digits and one or two letters, mod-23 check."""
    return _ok(pps.is_valid, text)


def za_id_valid(text: str) -> bool:
    """South African identity numbers: thirteen digits, a birth date, Luhn."""
    return len(digits_of(text)) == 13 and _ok(idnr.is_valid, text)


def medicare_au_valid(text: str) -> bool:
    """Australian Medicare card: ten or eleven digits, first 2-6, weighted check digit."""
    digits = digits_of(text)
    if len(digits) not in (10, 11) or digits[0] not in "23456":
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(w * int(d) for w, d in zip(weights, digits)) % 10 == int(digits[8])


# The letters a Medicare Beneficiary Identifier may hold: none that reads as a digit or
# another letter (S, L, O, I, B, Z).
_MBI_LETTER = "ACDEFGHJKMNPQRTUVWXY"
_MBI_FORM = "CAPNAPNAANN"  # C: 1-9, A: letter, N: digit, P: letter or digit


def mbi_valid(text: str) -> bool:
    """US Medicare Beneficiary Identifier (since 2018): eleven characters in a fixed
    pattern ("1EG4-TE5-MK73"), dashes optional. There is no check digit, so the pattern
    is the whole test."""
    compact = text.replace("-", "").upper()
    if len(compact) != 11:
        return False
    for ch, kind in zip(compact, _MBI_FORM, strict=True):
        if kind == "C" and ch not in "123456789":
            return False
        if kind == "N" and not ch.isdigit():
            return False
        if kind == "A" and ch not in _MBI_LETTER:
            return False
        if kind == "P" and not (ch.isdigit() or ch in _MBI_LETTER):
            return False
    return True
