"""A date is a head with modifiers on either side, found as one span; a weekday alone,
a duration or a dose is not a date."""

from __future__ import annotations

from datetime import date

import pytest

from app.profile import EMPTY_PROFILE
from app.redact.dates import parse_date
from app.redact.engine import Detector

_DETECTOR = Detector()


def dates(text: str) -> list[str]:
    return [s.text for s in _DETECTOR.detect(text, EMPTY_PROFILE) if s.type.name == "DATE"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Clinic is the week before Canada Day, bloods after.", "the week before Canada Day"),
        ("We go every other Friday until Easter.", "every other Friday until Easter"),
        ("I left the job last October and it showed.", "last October"),
        ("Listed for transplant since Diwali last year.", "Diwali last year"),
        ("Review on the second Tuesday of each month.", "the second Tuesday of each month"),
        ("Repeat echo is three years from now apparently.", "three years from now"),
        ("That was two Easters ago, before the stent.", "two Easters ago"),
        ("It started the winter I turned 40, no warning.", "the winter I turned 40"),
        ("Worst flare was the month after my wedding.", "the month after my wedding"),
        ("Swapped pumps the last week of term.", "the last week of term"),
        ("Bloods just before Hanukkah were fine.", "just before Hanukkah"),
        ("Admitted in the run-up to Christmas again.", "the run-up to Christmas"),
        ("The scan is early next March, they said.", "early next March"),
        ("Dose change after the May bank holiday.", "the May bank holiday"),
        ("Started on the third day of Navratri.", "the third day of Navratri"),
        # Holidays of states, festivals and German names, written as people write them.
        ("Infusion on Melbourne Cup Day, of all days.", "Melbourne Cup Day"),
        ("Flare over Labour Weekend again.", "Labour Weekend"),
        ("Fasting through Thaipusam was hard.", "Thaipusam"),
        ("Seit Pfingstmontag habe ich Fieber.", "Pfingstmontag"),
        ("Op was on MLK Day.", "MLK Day"),
    ],
)
def test_a_date_phrase_is_one_span(text: str, found: str) -> None:
    assert found in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "I take it every Tuesday with food.",
        "Been on it for 3 weeks now and 2 years before that.",
        "Levothyroxine 100 mcg, TSH 4.2, took 2 tablets at 8.",
        "the day after my infusion i was wiped out",
        "Family day out at the Sacred Heart fair.",
        "She said it would take a few months.",
    ],
)
def test_not_a_date(text: str) -> None:
    assert dates(text) == []


def test_last_and_next_pin_the_year_without_adding_one() -> None:
    ref = date(2025, 2, 10)
    assert parse_date("last September", ref=ref) == (date(2024, 9, 1), "month")
    assert parse_date("last January", ref=ref) == (date(2025, 1, 1), "month")
    assert parse_date("next September", ref=ref) == (date(2025, 9, 1), "month")
    assert parse_date("next January", ref=ref) == (date(2026, 1, 1), "month")
    assert parse_date("October", ref=ref) == (date(2024, 10, 1), "month")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we were away over easter, back after new year", "easter"),
        ("we were away over easter, back after new year", "new year"),
        ("she came home on mothers day", "mothers day"),
        ("bloods on the 3rd and 17th", "17th"),
        ("bloods on the 3rd and 17th", "the 3rd"),
        ("clinic on the 14th of next month", "the 14th of next month"),
        ("seen on 2024/03/05 at the clinic", "2024/03/05"),
    ],
)
def test_more_heads(text: str, found: str) -> None:
    assert found in dates(text)


def test_cycle_ordinals_are_not_days() -> None:
    assert dates("i'm on my 2nd and 3rd cycle of FOLFOX") == []
