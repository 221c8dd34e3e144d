"""Addresses and postcodes of every region the profile can name, each as one span."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import SpanType, detect


def addresses(text: str, region: str) -> list[str]:
    return [
        s.text for s in detect(text, PrivacyProfile(region=region)) if s.type is SpanType.ADDRESS
    ]


@pytest.mark.parametrize(
    "region,text,address",
    [
        (
            "US",
            "send it to 1420 N 52nd St, Omaha, NE 68104-2231 please",
            "1420 N 52nd St, Omaha, NE 68104-2231",
        ),
        ("US", "We met on 9th Ave near the clinic.", "9th Ave"),
        ("US", "I live in Tucson, AZ 85711 now", "Tucson, AZ 85711"),
        (
            "GB",
            "Moved into Flat 3F2, 21 Warrender Park Road, Edinburgh EH9 1EF at last.",
            "Flat 3F2, 21 Warrender Park Road, Edinburgh EH9 1EF",
        ),
        (
            "AU",
            "Our address is Unit 3/18 Railway Pde, Glen Waverley VIC 3150.",
            "Unit 3/18 Railway Pde, Glen Waverley VIC 3150",
        ),
        ("IE", "Eircode D02 X285 was rejected by the portal.", "D02 X285"),
        (
            "CA",
            "mail to 80 Bloor St W, Toronto, ON M5S 2V1 thanks",
            "80 Bloor St W, Toronto, ON M5S 2V1",
        ),
        (
            "IN",
            "We are in Shastri Nagar, Meerut 250004. Any advice?",
            "Shastri Nagar, Meerut 250004",
        ),
        (
            "IN",
            "Courier to House 42, Model Town, Ludhiana 141002.",
            "House 42, Model Town, Ludhiana 141002",
        ),
        (
            "ZA",
            "We live at 9 Protea Road, Claremont, Cape Town 7708.",
            "9 Protea Road, Claremont, Cape Town 7708",
        ),
        ("NZ", "PO Box 5521, Palmerston North 4441", "PO Box 5521, Palmerston North 4441"),
        ("DE", "Adresse: Aachener Str. 45, 50674 Köln. Danke!", "Aachener Str. 45, 50674 Köln"),
        ("AU", "postcode for the oxygen forms: 2640.", "2640"),
        ("IE", "I live in Phibsborough, Dublin 7 now.", "Phibsborough, Dublin 7"),
        (
            "CA",
            "my address is 1234 rue Sainte-Catherine O, Montréal QC H3G 1P1",
            "1234 rue Sainte-Catherine O, Montréal QC H3G 1P1",
        ),
        ("IN", "at Apollo Hospitals, Greams Road. Aadhaar 4991 1866 5246 too", "Greams Road"),
    ],
)
def test_addresses_are_one_span(region: str, text: str, address: str) -> None:
    assert address in addresses(text, region)


@pytest.mark.parametrize(
    "region,text",
    [
        ("GB", "In March 2024 I was fine, then in May 2025 it came back."),
        ("GB", "I was in the house 3 days and took 2 tablets at 3."),
        ("US", "Heparin at 1100 units, ABG at 1800, Texas was hot."),
        ("US", "At 0455 the pt was found; PB 7200 vent settings."),
        ("AU", "I walked 2500 steps; Queensland 2024 was a bad year."),
    ],
)
def test_not_addresses(region: str, text: str) -> None:
    assert addresses(text, region) == []


@pytest.mark.parametrize(
    "region,text,address",
    [
        ("ZA", "For cards: PO Box 812, Rivonia, 2128. Thank you all.", "PO Box 812, Rivonia, 2128"),
        (
            "US",
            "Mail to 77 E 3rd St, Dayton, OH 45402. He's home now.",
            "77 E 3rd St, Dayton, OH 45402",
        ),
    ],
)
def test_an_address_stops_at_the_end_of_its_sentence(region: str, text: str, address: str) -> None:
    assert addresses(text, region) == [address]


@pytest.mark.parametrize(
    "text,road",
    [
        ("The pharmacist at the CVS on Route 9 said stop it for 5 days.", "Route 9"),
        ("We live just off Highway 401 near the hospital.", "Highway 401"),
        ("Pharmacist at the Walgreens on State Route 17 was rude.", "State Route 17"),
    ],
)
def test_a_numbered_road_is_an_address(text: str, road: str) -> None:
    assert road in " ".join(addresses(text, "US"))


@pytest.mark.parametrize(
    "text",
    ["Switched the route to IV, 2 doses a day.", "Route of administration: 2 injections."],
)
def test_a_drugs_route_is_no_road(text: str) -> None:
    assert addresses(text, "US") == []


def test_a_compass_letter_and_an_ordinal_after_on_is_a_street() -> None:
    assert "W 10th" in addresses("mom came with me. parking on W 10th was $24 wtf.", "US")
