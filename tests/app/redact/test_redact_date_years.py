"""Years and days as people type them (app/redact/date_years.py): a range of years
("from 2019 to 2021"), a zero-led two-digit year ("in 09"), "2k19", a season or a
holiday with a two-digit year ("Autumn 23"), a day in ordinal words ("the second of
January", "May twenty-third"), German holidays ("am zweiten Weihnachtstag"). Their
look-alikes stay: clock ranges, counts after a season, doses, "the second of the two"."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE, PrivacyProfile
from app.redact.engine import detect
from app.redact.spans import SpanType

_DE = PrivacyProfile.from_eval({"region": "DE"})


def _dates(text: str, profile: PrivacyProfile = EMPTY_PROFILE) -> list[str]:
    return [s.text for s in detect(text, profile) if s.type is SpanType.DATE]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("from 2019 to 2021 I was on Humira 40mg.", ["2019", "2021"]),
        ("between 2016 and 2018 the flares were weekly", ["2016", "2018"]),
        ("in 09 i got dx with Crohn's", ["09"]),
        ("been on Keppra since 2k19 lol", ["2k19"]),
        ("Autumn 23 I started Ozempic 0.25mg", ["Autumn 23"]),
        ("Xmas 22 was spent on the ward", ["Xmas 22"]),
        ("My op was the second of January, CRP 45 after.", ["the second of January"]),
        ("Infusion is May twenty-third at the clinic", ["May twenty-third"]),
    ],
)
def test_found(text: str, dates: list[str]) -> None:
    found = _dates(text)
    for date in dates:
        assert any(date in d for d in found), found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Am zweiten Weihnachtstag kam der Notarzt.", "zweiten Weihnachtstag"),
        ("In den Osterferien war die Infusion, Entyvio 300 mg.", "Osterferien"),
        ("Seit Muttertag Schmerzen, Ibuprofen 400.", "Muttertag"),
        ("Termin in KW 12 beim Rheumatologen.", "KW 12"),
        ("OP in der 14. KW, vorher kein ASS 100.", "14. KW"),
        ("Mein Vater (Jahrgang 1948) hat Parkinson.", "Jahrgang 1948"),
        ("Ich bin ein 85er Jahrgang mit MS.", "85er Jahrgang"),
    ],
)
def test_german_holidays(text: str, date: str) -> None:
    assert any(date in d for d in _dates(text, _DE)), _dates(text, _DE)


@pytest.mark.parametrize(
    "text",
    [
        "night shift at 2000-2030 hrs, obs stable, HR 88",
        "obs due at 2000-2030 then again at 0600",
        "summer 3 days later I was back on Prednisolone 40mg",
        "she was the second of the two to get the Pfizer shot",
        "Metformin 500mg in 09:00 and 21:00 doses",
    ],
)
def test_not_a_date(text: str) -> None:
    assert _dates(text) == [], _dates(text)
