"""ID numbers: labels of many kinds, values in many groupings, national checksums."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect
from app.redact import validators as v


def ids(text: str, region: str = "GB") -> list[str]:
    return [s.text for s in detect(text, PrivacyProfile(region=region)) if s.type is SpanType.ID]


@pytest.mark.parametrize(
    "text,value",
    [
        ("My PPS number is 7654321W and the clinic lost it", "7654321W"),
        ("member ID XKR 559 310 772 on the card", "XKR 559 310 772"),
        ("Group number 8812004 is on the back", "8812004"),
        ("claim CLM-2023-551902 was denied", "CLM-2023-551902"),
        ("reference 77120533, policy QBE 11452290.", "QBE 11452290"),
        ("my medical aid number is GM 5512 0933 if that matters", "GM 5512 0933"),
        ("My bed number was C22, same as before.", "C22"),
        ("Ward 204 sent the letter.", "204"),
        ("MRN: 00451229 on the wristband", "00451229"),
        ("hospital no. K1234567 again", "K1234567"),
        ("trial participant ID is TR-0192-33", "TR-0192-33"),
        ("confirmation # 4XT99812 for the scan", "4XT99812"),
        ("Medicare card 2123 45670 1 rejected", "2123 45670 1"),
        ("my PPSN: 1234567TW", "1234567TW"),
        ("OHIP number 1234-567-890-AB on the card", "1234-567-890-AB"),
        ("UHID: 2023/ND/55812 on the discharge slip", "2023/ND/55812"),
        ("ABHA 91-2345-6789-0123 for the scheme", "91-2345-6789-0123"),
        ("the pension card is there, number PNB/4471/2209", "PNB/4471/2209"),
        ("file no. KA-22-118734 at the office", "KA-22-118734"),
    ],
)
def test_labelled_ids(text: str, value: str) -> None:
    assert value in ids(text)


@pytest.mark.parametrize(
    "text,region,value",
    [
        ("my number is 943 476 5919 apparently", "GB", "943 476 5919"),
        ("Aadhaar aside, 2345 6789 0124 was on the form", "IN", "2345 6789 0124"),
        ("SIN 130 692 544 for the form", "CA", "130 692 544"),
        ("ID 8001015009087 on the letter", "ZA", "8001015009087"),
        ("PAN ABCPE1234F for the claim", "IN", "ABCPE1234F"),
        ("card 4111 1111 1111 1111 expired", "US", "4111 1111 1111 1111"),
        ("IBAN GB82 WEST 1234 5698 7654 32 for refunds", "GB", "GB82 WEST 1234 5698 7654 32"),
    ],
)
def test_checksummed_ids(text: str, region: str, value: str) -> None:
    assert value in ids(text, region)


@pytest.mark.parametrize(
    "text",
    [
        "a group of 12 people at the support meeting",
        "my policy is to rest after infusions",
        "ID: T 101.8 overnight, WBC 10.5",
        "Took 500 mg; reference range 3-10.",
        "Settings: A/C 600 x 12, peep 5",
        "bed rest for 15-20 minutes",
        "Room for improvement",
    ],
)
def test_not_ids(text: str) -> None:
    assert ids(text) == []


def test_validators() -> None:
    assert v.nhs_valid("943 476 5919") and not v.nhs_valid("943 476 5918")
    assert v.chi_valid("0101011234") is v.nhs_valid("0101011234")
    assert v.luhn_valid("4111111111111111") and not v.luhn_valid("4111111111111112")
    assert v.iban_valid("GB82WEST12345698765432") and not v.iban_valid("GB83WEST12345698765432")
    assert v.aadhaar_valid("2345 6789 0124") and not v.aadhaar_valid("2345 6789 0125")
    assert v.sin_valid("130 692 544") and not v.sin_valid("130 692 545")
    assert v.za_id_valid("8001015009087") and not v.za_id_valid("8001015009088")
    assert v.medicare_au_valid("2123 45670 1") and not v.medicare_au_valid("2123 45671 1")
    assert v.pps_valid("1234567TW") and not v.pps_valid("1234567TA")
    assert v.pan_valid("ABCPE1234F")


@pytest.mark.parametrize(
    "text",
    [
        "ABG: 123/37/7.44 after the change; RR-REG 14-22",
        "Vital signs: Pre-rx: 148/60 77 28 99%",
        "ID: T MAX 102 rectally, started Tylenol",
        "RESP: A/C-600cc-40%-5cm peep",
    ],
)
def test_readings_are_not_ids(text: str) -> None:
    assert ids(text, "US") == []
