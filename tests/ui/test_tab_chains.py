"""Keyboard only (issue 11, item 3): every window's Tab chain walked with real key presses.

For each window: Tab comes back round (no trap), Shift+Tab walks back the same way,
every stop is visible, enabled and takes Tab focus, every widget that takes Tab focus
is reached, a date box is one stop, and the order follows reading order (see
tests/support/tabwalk.py). Documented exceptions are listed where they are allowed.

Not stops by design: toolbar buttons (Qt gives them no focus; every one is also in a
menu with a shortcut, and the menu bar is reached with Alt or F10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.support.shell import OFFSCREEN_NOISE, build, make_journal, open_window
from tests.support.tabwalk import check_chain, describe

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)


@pytest.fixture
def window(qtbot, tmp_path):
    window, _ctx = open_window(qtbot, tmp_path, make_journal(tmp_path / "j.fettle"))
    window.resize(1280, 760)
    page = window.page
    # the symptom entry, so the editor shows its severity rows too
    page.entry_view.setCurrentIndex(page.entry_model.index(2))
    qtbot.waitUntil(lambda: page.editor.symptom_picker.rows() != [] and page.editor.isEnabled())
    yield window
    window.lock("user")


def symptom_rows_last_remove(editor) -> list:
    """A symptom's Remove button comes after its own fields, even when a narrow row
    wraps and puts the button beside the scale: rate, then move on or remove."""
    pairs = []
    for row in editor.symptom_picker.rows():
        pairs += [(row.triggers, row.remove_button), (row.remove_button, row.severity)]
    rows = editor.symptom_picker.rows()
    for before, after in zip(rows, rows[1:]):
        pairs.append((before.remove_button, after.severity))
    return pairs


def test_journal_page_and_editor(qtbot, window) -> None:
    page = window.page
    stops = check_chain(
        qtbot, window, page.sidebar, out_of_order=symptom_rows_last_remove(page.editor)
    )
    assert stops[:2] == [page.sidebar, page.search_field]
    editor = page.editor
    assert (
        stops.index(editor.date_edit)
        < stops.index(editor.title_edit)
        < stops.index(editor.body.text_edit)
    )
    row = editor.symptom_picker.rows()[0]
    assert row.severity in stops and row.remove_button in stops


def test_search_results(qtbot, window) -> None:
    page = window.page
    page.search_field.setFocus()
    with qtbot.waitSignal(page.search_model.results_ready, timeout=10_000):
        qtbot.keyClicks(page.search_field, "pacing")
    qtbot.waitUntil(page.search_view.isVisible)
    stops = check_chain(
        qtbot, window, page.sidebar, out_of_order=symptom_rows_last_remove(page.editor)
    )
    assert page.search_view in stops and page.entry_view not in stops
    # From the search box, Tab lands in the results with a row to act on.
    page.search_field.setFocus(Qt.FocusReason.TabFocusReason)
    while QApplication.focusWidget() is not page.search_view:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.search_view.currentIndex().isValid()
    assert page.search_view.selectionModel().isSelected(page.search_view.currentIndex())


def test_tab_from_search_shows_a_current_row_in_the_list(qtbot, window) -> None:
    page = window.page
    page.entry_view.setCurrentIndex(page.entry_model.index(-1))  # as after a filter
    page.entry_view.clearSelection()
    page.search_field.setFocus(Qt.FocusReason.TabFocusReason)
    while QApplication.focusWidget() is not page.entry_view:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    current = page.entry_view.currentIndex()
    assert current.isValid() and page.entry_view.selectionModel().isSelected(current)


def test_quick_log(qtbot, window) -> None:
    window.open_quick_log()
    qtbot.waitUntil(
        lambda: window.quick_log is not None and window.quick_log.isVisible(), timeout=10_000
    )
    dialog = window.quick_log
    check_chain(qtbot, dialog, dialog.find)
    dialog.reject()


def test_share_review(qtbot, window) -> None:
    window.tools.open_share(window.page.selected_entry_ids())
    qtbot.waitUntil(
        lambda: (
            window.tools.share_dialog is not None
            and window.tools.share_dialog.copy_button.isEnabled()
        ),
        timeout=20_000,
    )
    dialog = window.tools.share_dialog
    dialog.setMaximumSize(16_777_215, 16_777_215)  # the offscreen screen is 800 px wide
    for width in (1240, 800):  # three columns, then the narrow layout with tabs
        dialog.resize(width, 700)
        qtbot.waitUntil(lambda w=width: (dialog.width() < 1000) == (w < 1000))
        first = dialog.picker if width > 1000 else dialog.title_edit
        stops = check_chain(qtbot, dialog, _first_stop(first))
        assert dialog.view in stops and dialog.copy_button in stops
    dialog.reject()


def _first_stop(widget):
    """``widget`` or, for a container, its first child that takes Tab focus."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    candidate = widget.nextInFocusChain()
    while not (
        candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
        and candidate.isVisible()
        and candidate.isEnabled()
        and candidate.focusProxy() is None
    ):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_summary(qtbot, window) -> None:
    window.tools.open_summary()
    qtbot.waitUntil(
        lambda: (
            window.tools.summary_dialog is not None
            and window.tools.summary_dialog.preview_button.isEnabled()
        ),
        timeout=20_000,
    )
    dialog = window.tools.summary_dialog
    stops = check_chain(qtbot, dialog, dialog.period)
    assert dialog.concern in stops and dialog.questions in stops  # Tab leaves the text boxes
    dialog.reject()


def test_trends(qtbot, window) -> None:
    window.tools.show_trends()
    trends = window.tools.trends
    qtbot.waitUntil(lambda: trends.symptom.count() > 0, timeout=20_000)
    from PySide6.QtWidgets import QTabBar

    tabs = trends.findChild(QTabBar)
    stops = check_chain(qtbot, window, window.page.sidebar if False else tabs)
    assert trends.symptom in stops and trends.period in stops


def test_preferences(qtbot, window) -> None:
    window.settings_flow.open()
    qtbot.waitUntil(
        lambda: window.settings_flow.dialog is not None and window.settings_flow.dialog.isVisible(),
        timeout=10_000,
    )
    dialog = window.settings_flow.dialog
    sections = dialog.sections.list  # the section list on the left (ui/settings/sections)
    for index in range(sections.count()):  # every section's page
        sections.setCurrentRow(index)
        check_chain(qtbot, dialog, sections)
    dialog.reject()


def test_daily_checkin(qtbot, window) -> None:
    flow = window.checkin.flow
    window.checkin.checkin_action.trigger()
    qtbot.waitUntil(lambda: flow.dialog is not None and bool(flow.dialog.symptom_fields))
    dialog = flow.dialog
    check_chain(qtbot, dialog, dialog.day_edit)
    dialog.reject()


def test_welcome_wizard(qtbot, tmp_path) -> None:
    window, _ctx = build(qtbot, tmp_path)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    wizard = window.wizard
    # the first page's one control, above the wizard's buttons: the ring starts there
    check_chain(qtbot, wizard, wizard.intro.join_button)
    wizard.next()
    check_chain(qtbot, wizard, wizard.location.path_edit)
    wizard.location.path_edit.setText(str(tmp_path / "mine.fettle"))
    wizard.next()
    stops = check_chain(qtbot, wizard, wizard.secret.first)
    assert wizard.secret.second in stops
    for edit in (wizard.secret.first, wizard.secret.second):
        edit.setText("plum violin harbour seven")
    wizard.next()
    check_chain(qtbot, wizard, wizard.privacy.names)
    wizard.reject()


def test_walk_catches_a_trap_and_a_date_of_three_stops(qtbot) -> None:
    """The checks themselves: a text box that keeps Tab, and a plain QDateEdit."""
    from PySide6.QtWidgets import QDateEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

    for trap in (QPlainTextEdit, QDateEdit):
        w = QWidget()
        qtbot.addWidget(w)
        box = QVBoxLayout(w)
        first, inner = QPushButton("First"), trap()
        box.addWidget(first)
        box.addWidget(inner)
        w.show()
        qtbot.waitExposed(w)
        with pytest.raises(AssertionError, match="trap|more than one Tab stop"):
            check_chain(qtbot, w, first)
    assert describe(None) == "None"


def test_focus_is_a_ring_of_two_pixels_in_both_themes(qtbot, window) -> None:
    """Each kind of stop shows a 2 px ring in the focus colour, and loses it with focus."""
    from PySide6.QtGui import QColor

    from ui.appearance.prefs import Appearance
    from ui.appearance.theme import ThemeManager

    page, editor = window.page, window.page.editor
    stops = [
        page.search_field,
        page.entry_view,
        editor.date_edit,
        editor.time_check,
        editor.kind_combo,
        editor.title_edit,
        editor.body.text_edit,
        editor.symptom_picker.add_button,
    ]
    theme = window.findChild(ThemeManager)  # owns the app's palette and style sheet
    for look, ring in (("light", "#1a5fb4"), ("dark", "#99c1f1")):
        theme.apply(Appearance(look))
        for widget in stops:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(widget.hasFocus)
            image = widget.grab().toImage()
            middle = image.height() // 2
            edge = [QColor(image.pixel(x, middle)).name() for x in (0, 1)]
            assert edge == [ring, ring], f"{describe(widget)}: no 2 px ring, {edge}"
            page.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda w=widget: not w.hasFocus())
            image = widget.grab().toImage()
            assert QColor(image.pixel(1, image.height() // 2)).name() != ring
    theme.apply(Appearance())


def test_treatments_window(qtbot, tmp_path) -> None:
    """The Treatments window, with a stopped treatment and the dose form open: each date
    (started, stopped, a dose change's day) is one stop."""
    import datetime as dt

    from PySide6.QtWidgets import QDateEdit

    from app.journal.journal import Journal
    from app.models import DoseChange, Treatment
    from tests.support.shell import PASSPHRASE

    path = make_journal(tmp_path / "j.fettle")
    with Journal.open(path, PASSPHRASE) as j:
        tid = j.catalog.save_treatment(
            Treatment(
                "Propranolol",
                dose_amount=10,
                dose_unit="mg",
                start_day=dt.date(2025, 5, 1),
                stop_day=dt.date(2025, 9, 1),
            )
        )
        j.catalog.add_dose_change(tid, DoseChange(dt.date(2025, 5, 1), 10, "mg"))
    window, _ctx = open_window(qtbot, tmp_path, path)
    window.page.open_treatments()
    dialog = window.page.treatments_dialog
    qtbot.waitUntil(
        lambda: (
            dialog.list.count() == 1
            and dialog.form.isEnabled()
            and dialog.history.list.count() == 1
        ),
        timeout=10_000,
    )
    dialog.resize(1100, 720)
    assert dialog.stopped.isChecked() and dialog.stop.isEnabled()
    dialog.history.list.setCurrentRow(0)
    dialog.history.edit_button.click()  # the dose form, with its own date
    assert dialog.history.form.isVisible()
    stops = check_chain(qtbot, dialog, dialog.list)
    dates = [w for w in stops if isinstance(w, QDateEdit)]
    assert dates == [dialog.start, dialog.stop, dialog.history.day]
    dialog.history.cancel_button.click()
    dialog.reject()
    window.lock("user")
