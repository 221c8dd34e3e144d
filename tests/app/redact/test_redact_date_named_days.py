"""Named days, a season as the time of an event, French and Spanish months, a year after
"before", German "am 28.". Hard negatives: a season that describes, a day's count, a
weekday, a chocolate bar, a list's number, readings."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact.date_named_days import find
from app.redact.engine import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def dates(text: str) -> list[str]:
    return [s.text for s in find(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Election day and I spent it in A&E.", "Election day"),
        ("Leap day. Dad had his TAVI.", "Leap day"),
        ("world kidney day stall at the unit", "world kidney day"),
        ("republic day holiday, finally rested", "republic day"),
        ("happy valentines everyone lol", "valentines"),
        ("They said autumn. He gets syncope now.", "autumn"),
        ("Seit Herbst nehme ich Metformin 1000.", "Herbst"),
        ("Since last spring I've been on Rinvoq.", "spring"),
        ("Next visit avril.", "avril"),
        ("Me operan en julio.", "julio"),
        ("On le revoit en mars.", "mars"),
        ("I won't be fit before 2027.", "2027"),
        ("Biopsie am 28. im Krankenhaus.", "28"),
        ("Vom 12. bis zum 19. in der Reha.", "19"),
        ("la Toussaint, encore une crise, Humira 40 mg.", "Toussaint"),
        ("Nochebuena en urgencias.", "Nochebuena"),
        ("Freshers week was a disaster for my colitis.", "Freshers week"),
    ],
)
def test_named_days_seasons_and_months(text: str, date: str) -> None:
    assert date in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "In winter my hands go white with Raynaud's.",
        "There's a spring in my step on sertraline.",
        "Took two Mars bars and my sugar spiked.",
        "A good day today, pain 3/10.",
        "Day 5 of the new biologic, Monday again.",
        "Summer holidays are hard with the kids.",
        "Ich nehme 1. Tablette am Morgen.",
        "HbA1c 48 before breakfast, 2 units before 8.",
        "since spring break the kids are home",
        "Dr Reyes put me on Stelara 90mg.",
    ],
)
def test_no_date_in_descriptions_counts_and_readings(text: str) -> None:
    assert dates(text) == []


def test_the_detector_keeps_the_medicine_beside_a_named_day(detector: Detector) -> None:
    text = "World Cancer Day and I'm two years NED after FOLFOX, on Humira 40mg."
    spans = detector.detect(text, PrivacyProfile())
    assert any(s.type == "DATE" and s.text == "World Cancer Day" for s in spans)
    assert not any(
        s.start < text.index("Humira") + 6 and text.index("FOLFOX") < s.end for s in spans
    )
