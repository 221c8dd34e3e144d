"""Dates, times and numbers in the interface's locale (``QLocale()``, which
``ui/i18n.py`` sets to the chosen language): never ``strftime`` or ``f"{n:,}"``, whose
month names and separators are English whatever the language."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def date_time_text(moment: dt.datetime, fmt: str = "dd MMM yyyy, HH:mm") -> str:
    """A moment in local time: "05 Dec 2026, 14:30" / "05. Dez. 2026, 14:30"."""
    local = moment.astimezone() if moment.tzinfo else moment
    return QLocale().toString(
        QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
        ),
        fmt,
    )


def date_text(day: dt.date, fmt: str = "d MMM yyyy") -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def month_text(day: dt.date) -> str:
    """The month's short name: "Oct" / "Okt."."""
    return QLocale().toString(QDate(day.year, day.month, 1), "MMM")


def number_text(n: int) -> str:
    """A count with the locale's grouping: "12,345" / "12.345"."""
    return QLocale().toString(n)


def local_decimals(sentence: str) -> str:
    """The core's sentences write decimals with a point ("1.2 points lower"); in the
    interface's locale they take its decimal mark ("1,2 Punkte niedriger"). Only for
    sentences whose numbers are all figures (insights), never for dates or user text."""
    mark = QLocale().decimalPoint()
    return sentence if mark == "." else _DECIMAL.sub(mark, sentence)


_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")
