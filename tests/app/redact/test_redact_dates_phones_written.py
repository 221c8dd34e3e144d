"""Dates, phone numbers and IDs as patients type them (round eleven, engineer D), with
the medicine beside them that must stay."""

from __future__ import annotations

from datetime import date

import pytest

from app.profile import PrivacyProfile
from app.redact import Detector
from app.redact.date_tense import settle


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _found(detector: Detector, text: str, region: str = "GB") -> list[tuple[str, str]]:
    return [(s.text, s.type.value) for s in detector.detect(text, PrivacyProfile(region=region))]


@pytest.mark.parametrize(
    ("text", "region", "phone"),
    [
        ("Hospital switchboard +61 3 9555 1294.", "AU", "+61 3 9555 1294"),
        ("number is 1 (866) 555-0188, case closed", "CA", "1 (866) 555-0188"),
        ("Book at 1-888-555-0190 or text", "CA", "1-888-555-0190"),
        ("Die Praxis erreicht ihr unter 0561 / 473 92 10, danke", "DE", "0561 / 473 92 10"),
        ("Fax +46 (0)8 928 571 38 today", "GB", "+46 (0)8 928 571 38"),
        ("phone: 0393 1144137", "GB", "0393 1144137"),
    ],
)
def test_a_phone_number_goes_whole_with_its_prefix(detector, text, region, phone):
    assert (phone, "PHONE") in _found(detector, text, region)


def test_doses_lab_values_and_dates_are_no_phone_numbers(detector):
    text = (
        "Potassium 4.2 (range 3.7-5.1), BP 128/84, Percocet 5/325, Metformin 1-0-1, "
        "Humira 40 mg q2w, pain 6/10, bloods on 12.03.2025 and 2025-07-03."
    )
    found = _found(detector, text)
    assert not [t for t, kind in found if kind == "PHONE"]
    assert {"Humira", "5/325", "128/84", "1-0-1"}.isdisjoint(t for t, _ in found)


def test_a_participant_number_with_a_leading_zero_is_an_id(detector):
    assert ("04-117", "ID") in _found(detector, "I'm participant 04-117, Day 1 = 5 Feb.")


def test_a_range_without_leading_zeros_after_a_label_stays_a_reading(detector):
    assert not [t for t, k in _found(detector, "BP: 120/80, HR 14-22 at rest") if k == "ID"]


def test_a_valid_pps_number_outweighs_a_unit(detector):
    assert ("6630494U", "ID") in _found(detector, "PPS for the forms is 6630494U. Nuala", "IE")
    # a dose in units stays medicine
    assert not [t for t, k in _found(detector, "Heparin 5000U twice daily", "IE") if k == "ID"]


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        ("moved to Thurs 3/7 at 2pm", "Thurs 3/7"),
        ("the echo Mon 1 Dec 10:00.", "Mon 1 Dec"),
        ("repeat it a fortnight Tuesday and see", "a fortnight Tuesday"),
    ],
)
def test_a_weekday_goes_with_the_day_it_names(detector, text, date_text):
    assert (date_text, "DATE") in _found(detector, text)


def test_a_weekday_of_a_routine_is_no_date(detector):
    text = "I inject Sunday nights, every other Friday. Mon 2 tabs, Tue 3 tabs, Wed 1-0-1."
    assert not [t for t, k in _found(detector, text) if k == "DATE"]


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        ("danach MRT vom 10. bis 12. März im Klinikum.", "10. bis 12. März"),
        ("Schulung ist vom 2. bis 9. Mai, jeweils morgens.", "2. bis 9. Mai"),
        ("Ich bin ab dem 20. wieder im Büro.", "20."),
        ("Nächsten Mittwoch ist Physio, Baclofen bleibt.", "Nächsten Mittwoch"),
    ],
)
def test_german_ranges_and_pointed_days(detector, text, date_text):
    assert (date_text, "DATE") in _found(detector, text, "DE")


def test_a_german_count_after_ab_dem_is_no_date(detector):
    found = _found(detector, "Vorsorge ab dem 20. Lebensjahr, INR 2,8.", "DE")
    assert not [t for t, k in found if k == "DATE"]


def test_seit_a_near_month_is_last_year():
    text = "Seit März nimmt er Ocrevus."
    entry = date(2025, 2, 11)
    assert settle(text, 5, date(2025, 3, 1), entry, False) == date(2024, 3, 1)
    # without "seit" a month just after the entry is the coming one
    assert settle("Im März ist die Spritze.", 3, date(2025, 3, 1), entry, False) == date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("they can be reached at 202 2671093. pt has c/o", "202 2671093"),
        ("his wife (201/324/1423) confirms", "201/324/1423"),
        ("son (240444-1243) was in", "240444-1243"),
    ],
)
def test_a_north_american_number_with_odd_separators(detector, text, phone):
    assert (phone, "PHONE") in _found(detector, text, "US")


def test_slashed_readings_and_counts_are_no_phone_numbers(detector):
    found = _found(detector, "BP 128/84, Norco 10/325/1000, walked 120 4567890 steps", "US")
    assert not [t for t, k in found if k == "PHONE"]


def test_a_german_value_before_a_full_stop_is_no_date(detector):
    found = _found(detector, "Der EDSS ist bei 3.5. Die Praxis ruft an.", "DE")
    assert ("3.5.", "DATE") not in found
    assert ("3.5.", "DATE") in _found(detector, "Termin am 3.5. Die Praxis ruft an.", "DE")


@pytest.mark.parametrize(
    ("text", "found_date"),
    [
        ("diagnosed with Crohn's in reading week (great timing)", "reading week"),
        ("are you still ok to do half term? co-codamol 30/500", "half term"),
    ],
)
def test_a_school_break_after_a_word_of_time_is_a_date(detector, text, found_date):
    assert (found_date, "DATE") in _found(detector, text)


def test_a_school_break_as_an_adjective_is_no_date(detector):
    assert not [t for t, k in _found(detector, "I was reading week after week") if k == "DATE"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call 0113 496 0581 extension 2231 today", "0113 496 0581 extension 2231"),
        ("Station: 0761 270 Durchwahl 34455, danke", "0761 270 Durchwahl 34455"),
    ],
)
def test_an_extension_goes_with_its_number(detector, text, phone):
    assert (phone, "PHONE") in _found(detector, text, "DE" if "Durchwahl" in text else "GB")


def test_counts_times_a_dose_are_no_extension(detector):
    found = _found(detector, "Took 2 x 500mg x 3 days, 3 x 1000 mg, BP 120/80 x 2 readings.")
    assert not [t for t, k in found if k == "PHONE"]


@pytest.mark.parametrize(
    ("text", "region", "found_date"),
    [
        ("Closed between Xmas and NY so ring after", "GB", "NY"),
        ("Zwischen den Jahren ist die Praxis zu.", "DE", "Zwischen den Jahren"),
    ],
)
def test_the_week_after_christmas(detector, text, region, found_date):
    assert (found_date, "DATE") in _found(detector, text, region)


def test_new_york_alone_is_no_date(detector):
    assert not [t for t, k in _found(detector, "We flew to NY for the trial.", "US") if k == "DATE"]


@pytest.mark.parametrize(
    ("text", "found_date"),
    [
        ("It started back in the 80s and never stopped.", "80s"),
        ("Since the nineties I have had it.", "nineties"),
        ("We met in the early 90s at college.", "early 90s"),
    ],
)
def test_a_past_decade_after_a_word_of_time_is_a_date(detector, text, found_date):
    assert (found_date, "DATE") in _found(detector, text)


def test_an_age_band_without_a_reading_stays_an_age(detector):
    found = _found(detector, "She is in her late 80s and he is early 40s.")
    assert ("late 80s", "AGE") in found
    assert ("early 40s", "AGE") in found


@pytest.mark.parametrize(
    ("text", "region", "value"),
    [
        ("My NI number is JG 12 34 56 C and that is that.", "GB", "JG 12 34 56 C"),
        ("NI: AB123456D. Next", "GB", "AB123456D"),
        ("Meine KV-Nummer ist X 123 456 789, danke.", "DE", "X 123 456 789"),
    ],
)
def test_an_id_keeps_its_letters(detector, text, region, value):
    assert (value, "ID") in _found(detector, text, region)


def test_a_dose_beside_letters_is_no_insurance_number(detector):
    found = _found(detector, "Took AB 12 mg at 10, then 34 56 mg later.")
    assert not [t for t, k in found if k == "ID"]


@pytest.mark.parametrize(
    ("text", "found_date"),
    [
        ("diagnosed 2/2019 and never looked back", "2/2019"),
        ("relapse 7.2021, then calm", "7.2021"),
        ("the week of 3/10 was awful", "the week of 3/10"),
    ],
)
def test_a_month_and_year_in_figures(detector, text, found_date):
    assert (found_date, "DATE") in _found(detector, text, "US")


def test_dilutions_scores_and_times_are_no_dates_or_ages(detector):
    found = _found(detector, "adrenaline 1/1000, dilution 1/2000, pain 3/10, appt weds 12th @ 2")
    assert [t for t, k in found if k in ("DATE", "AGE")] == ["weds 12th"]


def test_german_clock_after_um_is_no_age(detector):
    found = _found(detector, "Termin am 3.7. um 9, mein Sohn ist 9 und kommt um 3.", "DE")
    ages = [t for t, k in found if k == "AGE"]
    assert ages == ["9"]  # the son's age, not the clock
    assert ("3.7.", "DATE") in found


def test_a_german_range_of_full_dates_is_one_date(detector):
    found = _found(detector, "Die Reha ist vom 3.7. bis 24.7. in Bad Orb.", "DE")
    assert ("3.7. bis 24.7.", "DATE") in found


def test_a_german_month_takes_its_year_in_words(detector):
    found = _found(detector, "Seit März letzten Jahres habe ich Morbus Crohn.", "DE")
    assert ("März letzten Jahres", "DATE") in found


def test_letzten_jahres_is_last_year():
    from app.redact.dates import parse_date

    entry = date(2025, 2, 11)
    assert parse_date("März letzten Jahres", region="DE", ref=entry) == (date(2024, 3, 1), "month")
    assert parse_date("März", region="DE", ref=entry) == (date(2025, 3, 1), "month")


def test_since_a_day_with_its_number_keeps_the_nearest_reading():
    entry = date(2025, 2, 11)
    text = "Since the 3rd of March too."
    assert settle(text, 6, date(2025, 3, 3), entry, False) == date(2025, 3, 3)
