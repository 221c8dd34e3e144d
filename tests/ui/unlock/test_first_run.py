"""First run through the real widgets: the wizard creates a journal, then entries of every
kind are written, searched, locked away and unlocked again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.journal.journal import Journal
from app.models import EntryFilter
from tests.support.shell import OFFSCREEN_NOISE, build
from ui.unlock.welcome_wizard import passphrase_strength

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)

SECRET = "plum violin harbour seven"


def _through_wizard(qtbot, window, path, *, remember=False, names="Alex Morgan"):
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    wizard = window.wizard
    wizard.next()
    wizard.location.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.secret
    assert not wizard.secret.remember.isChecked()  # off by default
    finish = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.secret.first, SECRET)
    assert not finish.isEnabled()  # typed once is not enough
    qtbot.keyClicks(wizard.secret.second, SECRET)
    assert finish.isEnabled()
    wizard.secret.remember.setChecked(remember)
    wizard.next()
    wizard.privacy.names.setText(names)
    wizard.privacy.people.setPlainText("Dr Priya Shah — my rheumatologist")
    with qtbot.waitSignal(window.journal_unlocked, timeout=20_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()


def _write(qtbot, window, kind: str, title: str, body: str) -> int:
    page = window.page
    page.new_entry(kind)
    page.editor.title_edit.setText(title)
    page.editor.body.set_text(body)
    with qtbot.waitSignal(page.entry_saved, timeout=10_000) as saved:
        page.editor.flush()
    return saved.args[0]


def test_create_write_search_lock_unlock(qtbot, tmp_path):
    path = tmp_path / "data" / "mine.fettle"
    window, ctx = build(qtbot, tmp_path)
    window.show()
    window.start()
    _through_wizard(qtbot, window, path)
    assert path.exists()
    assert ctx.journal_path() == path
    qtbot.waitUntil(window.page.empty_label.isVisible)  # an empty journal says what to do
    assert "Ctrl+Shift+L" in window.page.empty_label.text()

    ids = {
        kind: _write(qtbot, window, kind, f"My {kind}", f"Some {kind} text about kale")
        for kind in ("symptom", "treatment", "lesson", "note")
    }
    qtbot.waitUntil(lambda: window.page.entry_model.rowCount() == 4)
    # the counts come in their own read after the list's: wait for them too
    qtbot.waitUntil(lambda: window.page.sidebar.topLevelItem(0).text(1) == "4")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.page.search_field.hasFocus()
    with qtbot.waitSignal(window.page.search_model.results_ready, timeout=20_000) as found:
        qtbot.keyClicks(window.page.search_field, "kale")
    assert found.args == ["kale", 4]
    assert window.page.lists.currentWidget() is window.page.search_view

    with qtbot.waitSignal(window.journal_locked):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.unlock
    assert window.page.entry_model.rowCount() == 0
    assert window.page.search_model.rowCount() == 0
    assert window.page.search_field.text() == ""
    assert "kale" not in window.windowTitle()

    window.unlock.passphrase.setText(SECRET)
    assert not window.unlock.is_busy() and window.unlock.passphrase.isVisible()
    with qtbot.waitSignal(window.page.counts_loaded, timeout=20_000):
        window.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: window.page.entry_model.rowCount() == 4)
    window.close()
    qtbot.waitUntil(lambda: ctx.runner.is_idle())

    with Journal.open(path, SECRET) as j:
        assert {j.entries.get(i).kind for i in ids.values()} == set(ids)
        assert j.entries.count(EntryFilter()) == 4
        assert [t.text for t in j.profile.get().terms] == ["Dr Priya Shah", "Alex Morgan"]
        from app.journal import keystore

        assert keystore.recall_key(j.journal_id) is None  # off by default
        assert "remember_on_device" not in j.settings.all()  # never a setting in the file


def test_remember_is_disabled_with_the_reason_when_there_is_no_store(qtbot, tmp_path):
    reason = "This computer has no secure password store available."
    window, _ctx = build(qtbot, tmp_path, keystore_status=lambda: (False, reason))
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.wizard is not None)
    wizard = window.wizard
    qtbot.waitUntil(lambda: not wizard.secret.remember.isEnabled())
    assert wizard.secret.remember_reason.text() == reason
    assert not wizard.secret.remember.isChecked()
    wizard.reject()


def test_the_wizard_refuses_to_overwrite_a_file(qtbot, tmp_path):
    existing = tmp_path / "taken.fettle"
    existing.write_bytes(b"someone's file")
    window, _ctx = build(qtbot, tmp_path)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.wizard is not None)
    wizard = window.wizard
    wizard.next()
    wizard.location.path_edit.setText(str(existing))
    wizard.next()
    assert wizard.currentPage() is wizard.location
    assert "already exists" in wizard.location.problem.text()
    assert existing.read_bytes() == b"someone's file"
    wizard.reject()


def test_strength_meter_orders_passphrases():
    assert passphrase_strength("short") == 0
    assert passphrase_strength("password") == 0
    assert passphrase_strength("aaaaaaaaaaaa") == 0
    assert passphrase_strength("plum violin harbour seven") >= 3
    assert passphrase_strength("Tr0ub4dour&3x!") > passphrase_strength("troubadour")
