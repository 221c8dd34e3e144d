"""Dates in words and numbers, and transforms that never add a year the text did not say."""

from __future__ import annotations

from datetime import date

import pytest

from app.profile import PrivacyProfile
from app.redact import RedactionPolicy, SpanType, TransformContext, apply, detect
from app.redact.date_holiday_names import holiday_month
from app.redact.date_words import nearest_year
from app.redact.dates import parse_date

GB = PrivacyProfile(region="GB")


def dates(text: str, region: str = "GB") -> list[str]:
    return [s.text for s in detect(text, PrivacyProfile(region=region)) if s.type is SpanType.DATE]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Scan next Thurs 22nd, then bloods.", "Thurs 22nd"),
        ("Physio on Mon 4th went badly.", "Mon 4th"),
        ("Rheum on Fri the 9th.", "Fri the 9th"),
        ("booked for weds 9th, ugh", "weds 9th"),
        ("Spent Boxing Day in A&E.", "Boxing Day"),
        ("home by easter monday hopefully", "easter monday"),
        ("Fasting last Ramadan was hard.", "Ramadan"),
        ("A Diwali party wiped me out.", "Diwali"),
        ("Anzac Day at the clinic.", "Anzac Day"),
        ("St Patrick's Day in the ward.", "St Patrick's Day"),
        ("Thanksgiving leftovers and a flare.", "Thanksgiving"),
        ("Back in late October for the scan.", "late October"),
        ("Moved in mid-March.", "mid-March"),
        ("by the end of June I could walk", "the end of June"),
        ("Nächste Infusion am 12.09. in der Ambulanz.", "12.09."),
        ("Since the 14th I have slept badly.", "the 14th"),
        ("It started in November.", "November"),
        ("Had surgery on 23/04 in the end.", "23/04"),
        ("He has had epilepsy from 2015 onwards.", "2015"),
        ("Discharge is Tuesday May 14, fingers crossed.", "Tuesday May 14"),
        ("Follow-up Wed Oct 9 with the team.", "Wed Oct 9"),
        ("A flare over Paddy's Day, of course.", "Paddy's Day"),
        ("The rash started around New Year's.", "New Year's"),
        ("Winter solstice and I am in bed by four.", "Winter solstice"),
    ],
)
def test_dates_found(text: str, found: str) -> None:
    assert found in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "I saw her on Tuesday and felt better by Friday.",
        "unwell since last tues, so 3rd time lucky",
        "I may march on with the new dose.",
        "Took 2 tablets at 3 and 1 at 9.",
        "Pain 7/10, BP 130/85, HbA1c 48.",
        "Endometriosis flare, 8/10 on the left side.",  # a symptom scored out of ten
        "Headache today 5/10.",
        "Gelenkschmerzen 6/10. Zurück zur Arbeit geht so nicht.",
        "Die Rückenschmerzen sind von 7/10 auf 3/10 runter.",
        "Spine clear, just a disc bulge L4/5.",  # the spine's levels
        "C5/6 fusion went well, T11/12 next.",
        "CPAP with PS15/5 overnight, abrasion 1X1/2 on the arm.",
        "Version 2.5 of the app.",
        "Nil by mouth from 2200 to 0600 hrs.",
    ],
)
def test_not_dates(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Appointment on 8/10 at noon.", "8/10"),  # a date after no symptom
        ("s/p pelvic fx4/97, right arm fx 5/97", "4/97"),  # typed onto a word: a date
        ("am labs on10/14/82 showed", "10/14/82"),
    ],
)
def test_dates_beside_the_score_and_level_rules(text: str, found: str) -> None:
    assert found in dates(text, "US" if "/14/" in text or "/97" in text else "GB")


def test_a_missing_year_is_the_nearest_one() -> None:
    assert nearest_year(10, 15, date(2025, 2, 10)) == 2024  # last October
    assert nearest_year(3, 3, date(2025, 2, 10)) == 2025  # next month
    assert parse_date("October", ref=date(2025, 2, 10)) == (date(2024, 10, 1), "month")


def test_holiday_months() -> None:
    assert holiday_month("Easter Monday") == 4
    assert holiday_month("St Patricks Day") == 3
    assert holiday_month("Christmas 2023") == 12


def _post(text: str, *, first: date | None = None, entry: date = date(2025, 2, 10)) -> str:
    ctx = TransformContext(GB, first_entry_date=first, entry_date=entry)
    return apply(text, detect(text, GB), {}, RedactionPolicy(), ctx).text


@pytest.mark.parametrize(
    "text,out",
    [
        ("Infusion on 3 March and again in October.", "Infusion in March and again in autumn."),
        ("Spent Boxing Day in A&E.", "Spent a holiday in A&E."),
        ("DOB 12/03/1988 on the form.", "DOB in their thirties on the form."),
        ("Bday 04/12/1985, ask me anything.", "Bday in their forties, ask me anything."),
        ("I was born in 1988.", "I was born in the 1980s."),
        ("Seen on 16 January 2024.", "Seen in January 2024."),
    ],
)
def test_transforms_never_add_a_year(text: str, out: str) -> None:
    assert _post(text) == out


def test_a_past_month_in_an_early_entry_is_last_year() -> None:
    out = _post("Diagnosed in October.", first=date(2025, 1, 1), entry=date(2025, 2, 10))
    assert out == "Diagnosed three months earlier."


@pytest.mark.parametrize(
    "text,found,out",
    [
        # a German entry's values are put in German words, whatever the post's language
        ("keine neuen Läsionen seit Oktober 2022.", "Oktober 2022", "Oktober 2022"),
        ("am 3. März war ich da", "3. März", "März"),
        ("le 12 juillet 2023 à l'hôpital", "12 juillet 2023", "July 2023"),
        ("el 5 de mayo de 2021 empezó", "5 de mayo de 2021", "May 2021"),
    ],
)
def test_months_in_other_languages(text: str, found: str, out: str) -> None:
    de = PrivacyProfile(region="DE")
    spans = [s for s in detect(text, de) if s.type is SpanType.DATE]
    assert found in [s.text for s in spans]
    ctx = TransformContext(de, entry_date=date(2024, 1, 1))
    assert out in apply(text, spans, {}, RedactionPolicy(), ctx).text


def test_an_english_word_spelt_like_a_month_is_not_one() -> None:
    assert dates("Mars bar and a mai tai, then Juni the cat.") == []
