"""Dates as patients type them (app/redact/date_more.py): a lower-case month after a
word of time, a year with a possessive or as a two-year season, a decade with its
apostrophe, a season that names one time, "since Sunday night", a German weekday with
its day-first date, and "the" of "the 3rd". Their look-alikes stay: the modal "may",
the verb "march", a habitual season, a fall that is an injury, a weekday alone,
ordinals of doses and times, and the medicine beside them."""

from __future__ import annotations

import pytest

from app.profile import EMPTY_PROFILE, PrivacyProfile
from app.redact.engine import detect
from app.redact.spans import SpanType


def _dates(text: str, region: str = "GB") -> list[str]:
    profile = PrivacyProfile.from_eval({"region": region}) if region != "GB" else EMPTY_PROFILE
    return [s.text for s in detect(text, profile) if s.type is SpanType.DATE]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("the surgeon wants to do another scope in may.", "may"),
        ("we moved in may and the pain started", "may"),
        ("been on pred from jan to march, off by april", "march"),
        ("last may i was fine", "may"),
        ("the 2nd infusion is around aug sometime", "aug"),
        ("between feb and april my ferritin dropped", "feb"),
        ("I carry two pens after 2019's anaphylaxis.", "2019"),
        ("The 2016/17 season was my last before the diagnosis.", "2016/17"),
        ("we lived in Hull through the '80s", "'80s"),
        ("Switched to Taltz in the spring and it helped.", "the spring"),
        ("Flare has been bad since the summer.", "the summer"),
        ("I'm hoping to taper this autumn.", "this autumn"),
        ("Started Humira in the fall, no regrets.", "the fall"),
        ("in at the children's since Sunday night, on IV fluids", "Sunday night"),
        ("Surgery is on the 3rd and I'm terrified.", "the 3rd"),
        ("The op is the 14th of January.", "the 14th of January"),
        ("March was rough, Humira 40mg weekly since.", "March"),
        ("Dec was bad but the CRP is 4 now.", "Dec"),
        ("The March appointment was cancelled again.", "March"),
        ("my sept bloods came back fine", "sept"),
        ("in hospital from 3rd to 5th, on IV Flucloxacillin", "5th"),
        ("in hospital from 3rd to 5th, on IV Flucloxacillin", "3rd"),
        ("off work w/c 12th for the scope", "12th"),
        ("no driving till 14th after the seizure", "14th"),
        ("admitted 12th-14th, Hb 84", "12th"),
        ("I was born in the early 80s and got MS at 30", "early 80s"),
        ("born in the sixties, on Levothyroxine 100mcg", "sixties"),
    ],
)
def test_found(text: str, date: str) -> None:
    assert any(date in d for d in _dates(text)), _dates(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Oma wird am Sonntag, 22.12. schon neunzig.", "Sonntag, 22.12."),
        ("Die Infusion ist am Dienstag, den 8.4. in der Klinik.", "Dienstag, den 8.4."),
        ("Seit Sonntagnacht hat er Fieber, 39,2.", "Sonntagnacht"),
        ("Im Herbst letztes Jahr kam die Gürtelrose.", "Herbst"),
        ("Letzten Winter war es schlimmer.", "Letzten Winter"),
        ("am Montag den 4. März war die OP.", "Montag den 4. März"),
    ],
)
def test_found_german(text: str, date: str) -> None:
    assert date in _dates(text, "DE"), _dates(text, "DE")


@pytest.mark.parametrize(
    "text",
    [
        "I may try the new dose. This may help. in may be a week",
        "I'll march on with the Humira. to march. I may march. to march on",
        "My Raynaud's is worse in winter, every year.",
        "She had a fall and since the fall her hip hurts.",
        "the last summer I had with him was lovely",
        "Anyone know if the winter energy payment starts soon?",
        "I see her on Tuesday and Sunday nights are the worst.",
        "on Sunday night we went to A&E",
        "the 2nd dose made me sick and the 3rd time was worse.",
        "after 3rd dose of Pfizer and before 2nd round of FOLFOX",
        "2nd and 3rd doses were fine",
        "the MAR chart was signed and the MAY score is 3",
        "HR in the 80s and sats in the nineties overnight",
        "the march was long and the may flowers were out",
        "Humira 40mg every other week, CRP 12, ferritin 45.",
        "im Sommerurlaub kein Ibuprofen 400, Winterreifen drauf",
    ],
)
def test_not_a_date(text: str) -> None:
    assert _dates(text) == [], _dates(text)


def test_medicine_beside_dates_is_kept() -> None:
    text = "Started Keytruda 200mg in may, CRP 45 since march, Stelara on the 3rd."
    spans = detect(text, EMPTY_PROFILE)
    redacted = " ".join(s.text for s in spans)
    for term in ("Keytruda", "200mg", "CRP", "45", "Stelara"):
        assert term not in redacted


@pytest.mark.parametrize(
    "holiday",
    [
        "Whit Monday",
        "Pancake Tuesday",
        "Civic Holiday",
        "March break",
        "xmas eve",
        "St Stephen's Day",
        "Veterans' Day",
        "Hari Raya",
        "Hallowe'en",
        "Armistice Day",
    ],
)
def test_more_holidays(holiday: str) -> None:
    text = f"The flare started after {holiday} and Prednisolone 30mg helped."
    assert any(holiday in d for d in _dates(text)), _dates(text)


def test_holiday_words_alone_stay() -> None:
    assert _dates("we need a break; the cup was full; Hari and Raya came round") == []


def test_anatomy_ordinals_take_no_the() -> None:
    dates = _dates("a bleed into the 4th ventricle; pain in the 5th metatarsal")
    assert not any(d.lower().startswith("the") for d in dates), dates
