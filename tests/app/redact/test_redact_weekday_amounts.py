"""A weekday before a number is a date only when the number can be its day: doses,
scores and fractions in a diary by weekday stay medicine (review of b7de32a), and
a routine counted by the week is no date."""

from __future__ import annotations

import pytest

from app.profile import PrivacyProfile
from app.redact import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _dates(detector: Detector, text: str, region: str = "GB") -> list[str]:
    found = detector.detect(text, PrivacyProfile(region=region))
    return [s.text for s in found if s.type.value == "DATE"]


@pytest.mark.parametrize(
    "text",
    [
        "Warfarin: Mon 2.5 Tue 3 Wed 2.5 Thu 3, INR 2.4.",
        "Fri 2.5 felt better than Sat 5 on ivabradine.",
        "Pain diary: Mon 7/10, Tue 5/10, Wed 8/10.",
        "Sun 2/3 of a tab of gliclazide, Humira on Weds.",
        "Sertraline Mon 12/5 mg split, Keytruda due.",
        "Weights: Mon 182.4, Wed 181.0, Fri 180.6.",
    ],
)
def test_a_dose_or_score_after_a_weekday_is_no_date(detector, text):
    assert _dates(detector, text) == []


@pytest.mark.parametrize(
    ("text", "region", "date_text"),
    [
        ("Endo at the clinic on Mon 2/10, A1c 9.1.", "US", "Mon 2/10"),
        ("moved to Thurs 3/7 at 2pm", "GB", "Thurs 3/7"),
        ("Scan is Thu 4/5/2024 at noon", "GB", "Thu 4/5/2024"),
        ("Bloods Tue 14.3. then clinic", "GB", "Tue 14.3."),
    ],
)
def test_a_weekday_with_a_possible_day_is_a_date(detector, text, region, date_text):
    assert date_text in _dates(detector, text, region)


def test_a_day_that_no_month_has_is_no_weekday_date(detector):
    assert "Wed 31/2" not in _dates(detector, "Seen Wed 31/2 about the Stelara.")


@pytest.mark.parametrize(
    "text",
    [
        "I take methotrexate once a week Friday nights.",
        "Humira twice a week Monday and Thursday.",
        "Going home to Halifax for reading week, Entyvio on hold.",
    ],
)
def test_a_routine_or_a_stretch_of_weeks_is_no_date(detector, text):
    assert _dates(detector, text) == []


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        ("Repeat bloods a week Friday, then Keytruda.", "a week Friday"),
        ("Flared in reading week, on Stelara now.", "reading week"),
    ],
)
def test_a_day_counted_on_and_a_break_in_time_stay_dates(detector, text, date_text):
    assert date_text in _dates(detector, text)
