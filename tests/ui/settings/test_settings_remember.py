"""Preferences ▸ Remember on this device, against the real Secret Service.

The keystore is asked on its own thread (so a locked one cannot stall the journal:
see test_keystore_stall.py); this checks that remembering, forgetting and moving the
key on a passphrase change still reach the real keystore that way.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from app.journal import kdf, keystore
from tests.support import keystore as keystore_support
from tests.support.shell import OFFSCREEN_NOISE, PASSPHRASE, make_journal, open_window

pytestmark = [pytest.mark.keyring, pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE)]


@pytest.fixture
def secret_service() -> Iterator[None]:
    reason = keystore_support.problem(prompt=False)
    if reason is not None:
        keystore_support.skip_or_fail(reason)
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def _open_prefs(qtbot, window):
    """Preferences, once the keystore has answered."""
    window.actions.preferences.trigger()
    qtbot.waitUntil(lambda: window.settings_flow.dialog is not None)
    dialog = window.settings_flow.dialog
    qtbot.waitUntil(lambda: not dialog.keystore_checking(), timeout=20_000)
    return dialog


def test_remember_forget_and_a_new_passphrase_reach_the_keystore(qtbot, tmp_path, secret_service):
    path = make_journal(tmp_path / "j.fettle")
    old_id = kdf.journal_id(kdf.read_salt(path))
    window, ctx = open_window(qtbot, tmp_path, path, keystore_status=True)
    flow = window.settings_flow
    new_id = ""
    try:
        dialog = _open_prefs(qtbot, window)
        assert dialog.remember.isEnabled() and not dialog.remember.isChecked()
        assert "can remember this journal" in dialog.remember_reason.text()
        dialog.remember.setChecked(True)
        dialog.accept()
        qtbot.waitUntil(lambda: keystore.recall_key(old_id) is not None, timeout=20_000)

        dialog = _open_prefs(qtbot, window)
        assert dialog.remember.isChecked()
        dialog.change_passphrase_requested.emit()
        change = flow.passphrase_dialog
        change.old.setText(PASSPHRASE)
        change.new.setText("a brand new passphrase")
        change.again.setText("a brand new passphrase")
        with qtbot.waitSignal(
            flow.status_changed,
            timeout=20_000,
            check_params_cb=lambda m: m.startswith("Passphrase changed."),
        ):
            change.accept()
        dialog.reject()
        new_id = kdf.journal_id(kdf.read_salt(path))
        assert new_id != old_id
        qtbot.waitUntil(lambda: keystore.recall_key(new_id) is not None, timeout=20_000)
        assert keystore.recall_key(old_id) is None  # the old key opens nothing any more

        dialog = _open_prefs(qtbot, window)
        assert dialog.remember.isChecked()
        dialog.remember.setChecked(False)
        dialog.accept()
        qtbot.waitUntil(lambda: keystore.recall_key(new_id) is None, timeout=20_000)
        window.close()
        qtbot.waitUntil(ctx.runner.is_idle)
    finally:
        for journal_id in filter(None, (old_id, new_id)):
            keystore.forget_key(journal_id)
