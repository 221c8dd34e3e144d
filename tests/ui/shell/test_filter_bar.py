"""Finding "last month's headaches" on screen: chips for every limit, dates in words."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.journal import kdf
from app.journal.journal import Journal
from app.models import Condition, Entry, EntryFilter, SymptomReading
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, open_window
from ui.shell.filter_bar import FilterBar

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


def _last_month(day: int) -> dt.date:
    return (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=day)


def _journal(path):
    with Journal.create(path, PASSPHRASE, profile=kdf.FAST_TEST_PROFILE) as j:
        head = j.catalog.ensure_symptom("Headache").id
        knee = j.catalog.ensure_symptom("Knee pain").id
        migraine = j.catalog.save_condition(Condition("Migraine"))
        older = _last_month(1) - dt.timedelta(days=20)
        j.entries.add(
            Entry(
                "symptom",
                older,
                "Old headache",
                "pounding",
                readings=[SymptomReading(head, 6)],
                condition_ids=[migraine],
            )
        )
        j.entries.add(
            Entry(
                "symptom",
                _last_month(3),
                "Early headache",
                "pounding",
                readings=[SymptomReading(head, 5)],
                tags=["flare"],
            )
        )
        j.entries.add(
            Entry(
                "symptom",
                _last_month(20),
                "Late headache",
                "pounding pounding",
                readings=[SymptomReading(head, 8)],
                condition_ids=[migraine],
            )
        )
        j.entries.add(
            Entry(
                "symptom",
                _last_month(12),
                "Stairs",
                "knee gave way",
                readings=[SymptomReading(knee, 4)],
            )
        )
    return path


def _search(qtbot, page, text):
    with qtbot.waitSignal(page.search_model.results_ready, timeout=10_000):
        page.search_field.setText(text)
    return [
        page.search_model.index(i).data(Qt.ItemDataRole.ToolTipRole)
        for i in range(page.search_model.rowCount())
    ]


def _chip(bar, start):
    return next(c for c in bar._chips if c.text().startswith(start))


def test_headache_last_month_shown_and_explained(qtbot, tmp_path):
    window, _ctx = open_window(qtbot, tmp_path, _journal(tmp_path / "j.fettle"))
    page, bar = window.page, window.page.filter_bar
    assert bar.chip_texts() == [] and bar.none_label.isVisibleTo(bar)
    month = _last_month(1).strftime("%B").lower()
    found = _search(qtbot, page, f"headache {month}")
    assert len(found) == 2 and all("headache" in t.lower() for t in found)
    assert not any("Old" in t for t in found)
    assert bar.chip_texts() == [f"In your search: {_last_month(1):%B %Y}  ×"]
    assert bar.order.isVisibleTo(bar)
    assert "Late" in found[0]  # newest first by default

    _chip(bar, "In your search").click()  # takes the month words out of the box
    assert page.search_field.text() == "headache"
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 3, timeout=10_000)


def test_a_sidebar_choice_is_a_chip_that_clears(qtbot, tmp_path):
    window, _ctx = open_window(qtbot, tmp_path, _journal(tmp_path / "j.fettle"))
    page, bar = window.page, window.page.filter_bar
    migraine = EntryFilter(condition_id=1)
    page.sidebar.choose(migraine)
    qtbot.waitUntil(lambda: page.entry_model.rowCount() == 2, timeout=10_000)
    assert bar.chip_texts() == ["Condition: Migraine  ×"]
    found = _search(qtbot, page, "pounding")
    assert len(found) == 2  # the search is limited too, and the chip says so
    _chip(bar, "Condition").click()
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 3, timeout=10_000)
    assert page.sidebar.current_filter() == EntryFilter()
    assert page.sidebar.currentItem().text(0) == "All entries"
    assert bar.chip_texts() == []


def test_filter_menu_symptom_and_dates_and_order(qtbot, tmp_path):
    window, _ctx = open_window(qtbot, tmp_path, _journal(tmp_path / "j.fettle"))
    page, bar = window.page, window.page.filter_bar
    qtbot.waitUntil(lambda: bool(bar._symptoms), timeout=10_000)
    bar._rebuild_menu()
    menus = {a.text(): a.menu() for a in bar.menu.actions() if a.menu()}
    next(a for a in menus["&Symptom"].actions() if a.text() == "Headache").trigger()
    next(a for a in menus["&Dates"].actions() if a.text() == "Last month").trigger()
    assert bar.chip_texts() == [f"{_last_month(1):%B %Y}  ×", "Symptom: Headache  ×"]
    qtbot.waitUntil(lambda: page.entry_model.rowCount() == 2, timeout=10_000)
    found = _search(qtbot, page, "pounding")
    assert ["Late" in found[0], "Early" in found[1]] == [True, True]
    with qtbot.waitSignal(page.search_model.results_ready, timeout=10_000):
        bar.order.setCurrentIndex(bar.order.findData("relevance"))
    assert page.search_model.rowCount() == 2
    _chip(bar, "Symptom").click()
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 2, timeout=10_000)
    _chip(bar, _last_month(1).strftime("%B")).click()
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 3, timeout=10_000)


def test_lock_forgets_filters_and_names(qtbot, tmp_path):
    window, _ctx = open_window(qtbot, tmp_path, _journal(tmp_path / "j.fettle"))
    bar = window.page.filter_bar
    qtbot.waitUntil(lambda: bool(bar._symptoms), timeout=10_000)
    bar.set_filter(EntryFilter(symptom_id=1))
    with qtbot.waitSignal(window.journal_locked):
        window.actions.lock.trigger()
    assert bar.filter() == EntryFilter() and bar.chip_texts() == [] and not bar._symptoms


def test_filter_bar_alone(qtbot):
    bar = FilterBar(today=lambda: dt.date(2026, 12, 5))
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.filter_changed) as changed:
        bar.set_filter(
            EntryFilter(
                date_from=dt.date(2026, 11, 2),
                date_to=dt.date(2026, 11, 8),
                kinds=("note",),
                tag="flare",
            )
        )
    assert changed.args[0].tag == "flare"
    assert bar.chip_texts() == ["2 Nov 2026 – 8 Nov 2026  ×", "Kind: Note  ×", "Tag: #flare  ×"]
    bar.set_sidebar_filter(EntryFilter())
    assert bar.chip_texts() == ["2 Nov 2026 – 8 Nov 2026  ×"]
