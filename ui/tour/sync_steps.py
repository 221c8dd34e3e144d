"""The screenshot tour's sync steps (issue 14): the demo journal syncs as "Laptop" with
a second journal ("Desktop") through a folder in a temporary place, both change the
same line of one entry, and the tour shoots the conflict screen (merge opened) and
Preferences ▸ Sync. The conflict is then settled (the merged text), so the later
pictures show an ordinary status line.

A mixin of ``ScreenshotTour`` (it uses the tour's ``window``, ``_wait``,
``_save_over_window`` and ``_check_fits``). The temporary folder and the second journal
are removed after these steps, and the demo journal stops syncing; nothing else is
written.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

ENTRY_BODY = (
    "Slept badly, woke at 5.\nMorning stiffness in both hands, about an hour.\n"
    "Short walk by the river after lunch.\n"
)
LAPTOP = (
    "Slept badly, woke at 5.\nMorning stiffness in both hands, nearly two hours.\n"
    "Short walk by the river after lunch.\n"
)
DESKTOP = (
    "Slept badly, woke at 5.\nStiff hands and wrists, eased after a hot shower.\n"
    "Short walk by the river after lunch.\n"
)


def make_conflict(journal, root: Path, passphrase: str) -> None:
    """Worker: sync the demo journal with a second one and let both edit one entry."""
    import datetime as dt

    from app.models import Entry
    from app.sync import engine

    folder = root / "Nextcloud" / "Fettle"
    folder.mkdir(parents=True)
    engine.set_up(journal, folder, passphrase)
    engine.set_device_name(journal, "Laptop")
    eid = journal.entries.add(Entry("note", dt.date.today(), "Morning stiffness", ENTRY_BODY))
    engine.sync_now(journal)
    other, _report = engine.join(folder, root / "desktop.fettle", passphrase, name="Desktop")
    try:
        oid = other.db.execute(
            "SELECT id FROM entries WHERE title = 'Morning stiffness'"
        ).fetchone()[0]
        journal.entries.update(dataclasses.replace(journal.entries.get(eid), body=LAPTOP))
        other.entries.update(dataclasses.replace(other.entries.get(oid), body=DESKTOP))
        engine.sync_now(other)
    finally:
        other.lock()


class SyncSteps:
    _sync_then: Callable[[], None]
    _sync_root: Path | None = None

    def _start_sync(self, then: Callable[[], None]) -> None:
        self._sync_then = then
        w = self.window
        self._sync_root = Path(tempfile.mkdtemp(prefix="fettle-tour-"))
        root, passphrase = self._sync_root, w.ctx.demo.passphrase
        w.session.run(
            lambda journal: make_conflict(journal, root, passphrase),
            lambda _none: w.sync.service.sync_now(),
            self._sync_failed,
        )
        self._wait(
            lambda: (status := w.sync.service.status()) is not None and status.conflicts > 0,
            self._open_sync_conflicts,
        )

    def _sync_failed(self, exc: BaseException) -> None:
        import sys

        print(f"fettle: the tour's sync step failed: {exc!r}", file=sys.stderr)
        self.exit_code = 1

    def _open_sync_conflicts(self) -> None:
        w = self.window
        w.sync.status_line.linkActivated.emit("review")  # as a click on "review"
        self._wait(
            lambda: (
                w.sync.conflicts_dialog is not None and w.sync.conflicts_dialog.list.count() > 0
            ),
            self._shoot_sync_conflicts,
        )

    def _shoot_sync_conflicts(self) -> None:
        dialog = self.window.sync.conflicts_dialog
        dialog.merge.click()
        self._save_over_window(dialog, "sync-conflicts.png")
        self._check_fits(dialog, "sync-conflicts.png")
        dialog.merged.setPlainText(
            "Slept badly, woke at 5.\nMorning stiffness in both "
            "hands, nearly two hours; eased after a hot shower.\n"
            "Short walk by the river after lunch.\n"
        )
        dialog.save_merge.click()
        self._wait(
            lambda: dialog.list.count() == 0 and self.window.ctx.runner.is_idle(),
            self._open_sync_preferences,
        )

    def _open_sync_preferences(self) -> None:
        w = self.window
        w.sync.conflicts_dialog.reject()
        flow = w.settings_flow
        flow.open()
        self._wait(lambda: flow.dialog is not None and flow.dialog.isVisible(), self._show_sync_tab)

    def _show_sync_tab(self) -> None:
        dialog = self.window.settings_flow.dialog
        dialog.tabs.setCurrentWidget(dialog.sync_tab.parentWidget().parentWidget())
        self._wait(
            lambda: (
                "Laptop" in dialog.sync_tab.name.text()
                and dialog.sync_tab.devices.list.count() == 2
            ),
            self._shoot_sync_tab,
        )

    def _shoot_sync_tab(self) -> None:
        dialog = self.window.settings_flow.dialog
        scroll = dialog.sync_tab.parentWidget().parentWidget()
        if hasattr(scroll, "ensureWidgetVisible"):  # the devices, below the folder
            scroll.ensureWidgetVisible(dialog.sync_tab.devices.stop_button)
        self._save_over_window(dialog, "sync-preferences.png")
        self._check_fits(dialog, "sync-preferences.png")
        dialog.reject()
        # the demo stops syncing and the temporary folder goes: later pictures show
        # no sync status, and nothing is left behind
        from ui.session import Change

        w = self.window
        w.session.run(
            lambda journal: journal.settings.set("sync_folder", ""),
            lambda _none: self._remove_sync_folder(),
            self._sync_failed,
            changes=Change.SETTINGS,
        )
        self._wait(
            lambda: (
                self._sync_root is None
                and w.ctx.runner.is_idle()
                and not w.sync.status_line.isVisible()
            ),
            self._sync_then,
        )

    def _remove_sync_folder(self) -> None:
        if self._sync_root is not None:
            shutil.rmtree(self._sync_root, ignore_errors=True)
            self._sync_root = None
