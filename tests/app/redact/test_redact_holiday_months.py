"""The holiday names shipped in ``app/redact/data/holiday_months.txt`` are those the
installed ``holidays`` package gives (regenerate with
``python -m app.redact.data.make_holiday_months`` after upgrading it)."""

from __future__ import annotations

from importlib import resources

from app.redact.data.make_holiday_months import render
from app.redact.date_holidays import extra_months


def test_the_shipped_holiday_names_are_the_packages():
    shipped = resources.files("app.redact.data").joinpath("holiday_months.txt").read_text("utf-8")
    assert shipped == render(), "stale: python -m app.redact.data.make_holiday_months"


def test_names_and_short_forms_have_their_months():
    months = extra_months()
    assert months["Melbourne Cup Day"] == 11 and months["Melbourne Cup"] == 11
    assert months["Labour Weekend"] == 10 and months["Pfingsten"] == 5
