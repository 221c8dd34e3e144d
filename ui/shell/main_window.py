"""The main window: unlock screen or journal, menus, and the lock.

It moves between three states: first run (the welcome wizard over an empty
unlock screen), locked (the unlock screen) and open (the journal page, or the
Trends view in its place). Trends, the appointment summary, sharing and the share
log are opened through ``JournalTools``. The open journal belongs to the session
(``ctx.session``): the window asks it to open and to lock. When it starts to lock,
the window sends the last edits and keeps unfinished text as encrypted drafts; every
dialog closes itself (``Session.close_on_lock``); when it has locked, models empty
themselves and the window forgets the rest: undo history, caches, the clipboard if
it holds our text. Window titles never carry entry text.

Signals:
    journal_unlocked(): the journal is open and shown.
    journal_locked(str): the journal was locked (the reason: "user", "idle", …).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMenu, QStackedWidget

from app import APP_NAME
from app.memory import forget_caches
from ui.app_context import AppContext
from ui.first_paint import after_first_paint
from ui.icons import app_icon
from ui.screen_fit import fit_to_screen, keep_on_screen
from ui.session import Change
from ui.shell.actions import build_actions
from ui.shell.drafts import QUICK_LOG, DraftKeeper, reopen, take_drafts
from ui.shell.lock_key import LockKey
from ui.shell.tools import JournalTools
from ui.unlock.screen import UnlockScreen

if TYPE_CHECKING:  # (and not before the first paint: PySide builds each class it is given)
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox

    from app.journal.journal import Journal
    from ui.data.menu import DataMenu
    from ui.editor.quick_log import QuickLogDialog
    from ui.reminders.install import CheckInAndReminders
    from ui.settings.flow import SettingsFlow
    from ui.shell.boxes import LinkBox
    from ui.shell.journal_page import JournalPage
    from ui.sync.install import SyncFeature
    from ui.unlock.welcome_wizard import WelcomeWizard


def words(exc: BaseException) -> str:
    """``ui.messages.words``, loaded when first needed: its catalogue of the core's
    sentences is not needed to paint the unlock screen (issue 19)."""
    from ui.messages import words as plain_words

    return plain_words(exc)


class MainWindow(QMainWindow):
    journal_unlocked = Signal()
    journal_locked = Signal(str)
    appearance_changed = Signal(object)  # Preferences' appearance (ui.main applies it)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        # First of all the lock's listeners: drafts are taken before any dialog closes.
        self.session.locking.connect(self._on_session_locking)
        self._path: Path | None = None
        self.demo_auto_unlock = True
        self.wizard: WelcomeWizard | None = None
        self.quick_log: QuickLogDialog | None = None
        self.link_box: LinkBox | None = None
        self._about: QMessageBox | None = None
        self._new_kind = "symptom"  # Ctrl+N's kind; the journal's remembered one once open
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self.unlock = UnlockScreen(ctx.runner)
        if ctx.demo is not None:
            from app.demo import DEMO_PASSPHRASE

            self.unlock.hint = self.tr("Demo journal: its passphrase is “%1”.").replace(
                "%1", DEMO_PASSPHRASE
            )
        self.undo_stack = QUndoStack(self)
        self._page: JournalPage | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock)
        self.setCentralWidget(self.stack)
        self.tools = JournalTools(ctx, self, self.stack)
        self.drafts = DraftKeeper(ctx.session, self)
        self.save_label = QLabel()
        self.statusBar().addPermanentWidget(self.save_label)
        self.actions = build_actions(self)
        self._lock_key = LockKey(self.actions.lock, self)  # Ctrl+L over any dialog too
        app = QApplication.instance()  # app-wide once painted (see ui.main, issue 19)
        after_first_paint(self, lambda: app.installEventFilter(self._lock_key))
        self._update_title()
        self._set_open_actions(False)
        self._connect_signals()
        self._checkin: CheckInAndReminders | None = None  # once painted, or when asked
        after_first_paint(self, lambda: self.checkin)
        # The Data menu, sync and Preferences are not used behind the unlock screen: built
        # once it has been painted, or when asked for, and always before a journal opens
        # (they listen for ``opened``). The Data menu's title holds its place, looking the same.
        self._data_menu: DataMenu | None = None
        self._sync: SyncFeature | None = None
        self._settings_flow: SettingsFlow | None = None
        self._data_title: QMenu | None = QMenu(
            QCoreApplication.translate("DataMenu", "&Data"), self
        )
        self.menuBar().insertMenu(self.actions.help_menu.menuAction(), self._data_title)
        after_first_paint(self, self._build_journal_features)
        geometry, state = ctx.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1180, 760)
        else:
            keep_on_screen(self)  # saved on a larger monitor, or before a scale change
        if state is not None:
            self.restoreState(state)

    def _connect_signals(self) -> None:
        a = self.actions
        a.new_entry.triggered.connect(lambda: self.new_entry())  # the remembered kind
        a.quick_log.triggered.connect(self.open_quick_log)
        a.lock.triggered.connect(lambda: self.lock("user"))
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.focus_search)
        a.delete.triggered.connect(lambda: self.page.delete_entry())
        a.preferences.triggered.connect(lambda: self.settings_flow.open())
        a.about.triggered.connect(self.show_about)
        for kind, action in a.new_kinds.items():
            action.triggered.connect(lambda _=False, k=kind: self._on_new_kind_chosen(k))
        a.show_journal.triggered.connect(self.show_journal)
        a.show_trends.triggered.connect(self.tools.show_trends)
        a.share.triggered.connect(lambda: self.tools.open_share(self.page.selected_entry_ids()))
        a.summary.triggered.connect(self.tools.open_summary)
        a.share_log.triggered.connect(self.tools.open_share_log)
        a.answer.triggered.connect(self.tools.open_answer)
        a.treatment_report.triggered.connect(self.tools.open_treatment_report)
        self.tools.status_changed.connect(self._on_page_status_changed)
        self.tools.view_changed.connect(self._on_tools_view_changed)
        self.session.opening.connect(self._build_journal_features)  # before ``opened``
        self.unlock.journal_opened.connect(self.session.open)
        self.session.opened.connect(self._on_session_opened)
        self.session.locked.connect(self._on_session_locked)
        self.unlock.create_requested.connect(self.show_welcome)
        self.unlock.choose_file_requested.connect(self._on_unlock_choose_file_requested)
        self.unlock.join_requested.connect(self._on_unlock_join_requested)
        self.ctx.lock_manager.lock_requested.connect(self.lock)
        self.drafts.drafts_found.connect(self._on_drafts_drafts_found)

    def _build_journal_features(self) -> None:
        """The Data menu (back up, restore, import, export, check; automatic backups;
        damaged journals), sync (status line, Sync Now, conflicts, joining) and the
        Preferences flow; once."""
        if self._settings_flow is not None:
            return
        from ui.data.menu import DataMenu
        from ui.settings.flow import SettingsFlow
        from ui.sync.install import install as install_sync

        self._settings_flow = SettingsFlow(self.ctx, self)
        self._settings_flow.settings_applied.connect(self._on_settings_applied)
        self._settings_flow.status_changed.connect(self._on_page_status_changed)
        self._settings_flow.appearance_changed.connect(self.appearance_changed)
        self._data_menu = DataMenu(self.session, self)
        title, self._data_title = self._data_title, None
        self.menuBar().insertMenu(title.menuAction(), self._data_menu.menu)
        self.menuBar().removeAction(title.menuAction())
        title.deleteLater()
        self._data_menu.status_changed.connect(self.statusBar().showMessage)
        self._data_menu.settings_applied.connect(self._on_settings_applied)
        self._sync = install_sync(self, self.ctx)

    @property
    def settings_flow(self) -> SettingsFlow:
        self._build_journal_features()
        return self._settings_flow

    @property
    def data_menu(self) -> DataMenu:
        self._build_journal_features()
        return self._data_menu

    @property
    def sync(self) -> SyncFeature:
        self._build_journal_features()
        return self._sync

    @property
    def page(self) -> JournalPage:
        """The journal page, built on first use: the unlock screen shows without waiting
        for the editor and its Markdown machinery to load."""
        if self._page is None:
            from ui.shell.journal_page import JournalPage

            self._page = JournalPage(self.session, self.undo_stack)
            self.stack.addWidget(self._page)
            self._page.status_changed.connect(self._on_page_status_changed)
            self._page.editor.link_clicked.connect(self._on_editor_link_clicked)
            self._page.counts_loaded.connect(self.data_menu.window_filled)  # then the check
            for view in (self._page.entry_view, self._page.search_view):
                view.addActions([self.actions.share, self.actions.delete])  # its context menu
        return self._page

    @property
    def checkin(self) -> CheckInAndReminders:
        """The daily check-in, the tray icon and reminders, installed once the window has
        been painted (issue 19: their modules and the tray held the unlock screen back),
        or at once when asked for, and always before a journal opens."""
        if self._checkin is None:
            from ui.reminders.install import install as install_checkin

            a = self.actions
            self._checkin = install_checkin(
                self.session, self, a.file_menu, a.quick_log, self.ctx.clock
            )
            self._checkin.status_changed.connect(lambda m: self.statusBar().showMessage(m, 5000))
            self._checkin.flow.checkin_saved.connect(  # the list and Trends show it
                lambda _day: self.session.report(Change.ENTRIES | Change.FACTORS, self.checkin)
            )
        return self._checkin

    def _preload_page(self) -> None:
        _ = self.page
        QTimer.singleShot(0, self._preload_preview)

    def _preload_preview(self) -> None:
        """The preview's Markdown converter, made before the first entry is shown: its
        extensions (and pygments) were about 15 ms of the first page after an unlock."""
        from app.markdown_render import prepare

        prepare()

    # -- starting ------------------------------------------------------------

    def start(self) -> None:
        """Show what fits: the demo, the unlock screen, or the welcome wizard."""
        QTimer.singleShot(150, self._preload_page)  # while the passphrase is typed
        if self.ctx.demo is not None:
            from ui.session_jobs import prepare_demo

            self.unlock.show_busy(self.tr("Preparing the demo journal…"))
            self.session.work(
                lambda: prepare_demo(self.ctx.demo),
                self._on_demo_prepared,
                lambda exc: self.unlock.show_problem(words(exc)),
            )
            return
        path = self.ctx.journal_path()
        if path is not None and path.exists():
            self.show_unlock(path)
        elif path is None and self.ctx.default_path.exists():
            self.show_unlock(self.ctx.default_path)
        else:
            self.show_welcome()

    def _on_demo_prepared(self, _result) -> None:
        demo = self.ctx.demo
        if self.demo_auto_unlock:
            self.unlock.show_busy(self.tr("Opening the demo journal…"))
            self._path = demo.path
            from app.journal.journal import Journal

            self.session.work(
                lambda: Journal.open(demo.path, demo.passphrase),
                self.session.open,
                lambda exc: self.unlock.show_problem(words(exc)),
            )
        else:
            self.show_unlock(demo.path)

    def show_unlock(self, path: Path, *, use_remembered: bool = True) -> None:
        self._path = Path(path)
        self.stack.setCurrentWidget(self.unlock)
        self.unlock.set_path(self._path, use_remembered=use_remembered)

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.unlock)
        self.unlock.show_problem(
            self.tr("Welcome! Create a journal to begin, or choose one you already have.")
        )
        from ui.unlock.welcome_wizard import WelcomeWizard

        self.wizard = WelcomeWizard(self.ctx.default_path, self)
        self.session.close_on_lock(self.wizard)
        self.wizard.finished.connect(self._on_wizard_finished)
        # a journal synced elsewhere; sync is built by then (it comes with the first paint)
        self.wizard.join_requested.connect(lambda: self.sync.open_join())
        self.wizard.open()
        if self.ctx.keystore_status is not None:
            status = self.ctx.keystore_status
            wizard = self.wizard
            keystore = self.ctx.runner.keystore
            after_first_paint(  # once it shows: loading the keystore held it back (issue 19)
                wizard,
                lambda: keystore.submit(  # never on the journal's worker: it may hang
                    status,
                    lambda r: wizard.set_keystore_status(*r),
                    lambda exc: wizard.set_keystore_status(False, words(exc)),
                ),
            )

    def _on_wizard_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None or result != QDialog.DialogCode.Accepted:
            return
        values = wizard.values()
        wizard.secret.first.clear()
        wizard.secret.second.clear()
        wizard.deleteLater()
        self.unlock.show_busy(self.tr("Creating your journal…"))
        profile = self.ctx.kdf_profile
        from ui.session_jobs import create_journal

        self.session.work(
            lambda: create_journal(values, profile),
            lambda j: self._on_journal_created(values.path, j, values.remember),
            lambda exc: self.unlock.show_problem(words(exc)),
        )

    def _on_journal_created(self, path: Path, journal: Journal, remember: bool = False) -> None:
        self._path = path
        self.ctx.set_journal_path(path)
        if remember:  # on the keystore's own thread: a locked keystore must not hold us up
            from app import usecases

            target = usecases.key_for(journal)
            self.ctx.runner.keystore.submit(
                lambda: usecases.set_remembered(target, True),
                None,
                lambda exc: self._on_page_status_changed(
                    usecases.NO_ANSWER_TO_CHANGE
                    if isinstance(exc, usecases.KeystoreNoAnswer)
                    else words(exc)
                ),
            )
        self.session.open(journal)

    def _on_unlock_choose_file_requested(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self, self.tr("Open a journal"))
        dialog.setNameFilters([self.tr("Fettle journals (*.fettle)"), self.tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._on_file_chosen)
        dialog.open()

    def _on_unlock_join_requested(self) -> None:
        """Sync answers the unlock screen's link itself once built; a click that beats
        the first paint builds it here (connected during this signal, it is not called)."""
        if self._sync is None:
            self.sync.open_join()

    def _on_file_chosen(self, name: str) -> None:
        if name:
            path = Path(name)
            self.ctx.set_journal_path(path)
            self.show_unlock(path)

    # -- open ----------------------------------------------------------------

    def _on_session_opened(self) -> None:
        _ = self.checkin  # it starts the reminders when the journal is unlocked
        remember = self.ctx.demo is None
        from ui.session_jobs import after_open

        self.session.run(
            lambda journal: after_open(journal, remember),
            self._on_after_open,
            lambda exc: self._on_page_status_changed(words(exc)),
        )
        # The first page, the catalogue and the counts go on the worker right behind the
        # settings (which arrive first and set the date format before any row is drawn),
        # ahead of what the other features ask for on ``opened`` (issue 19).
        self.page.open_journal(demo=self.ctx.demo is not None)

    def _on_after_open(self, result) -> None:
        settings, note = result
        self.page.set_date_format(settings["date_format"])
        self.ctx.lock_manager.set_idle_minutes(settings["auto_lock_minutes"])
        self._set_new_kind(settings.get("new_entry_kind", "symptom"))
        self.show_journal()
        self._set_open_actions(True)
        self.ctx.lock_manager.arm()
        self.page.entry_view.setFocus()
        if note:
            self.statusBar().showMessage(note, 8000)
        self.drafts.look()  # unfinished text from before the last lock
        self.journal_unlocked.emit()

    def journal(self) -> Journal | None:
        """The session's open journal, for tests; the window's helpers use ``session.run``."""
        return self.session.journal()

    def is_open(self) -> bool:
        return self.session.is_open()

    # -- lock ----------------------------------------------------------------

    def lock(self, reason: str = "user") -> None:
        self.session.lock(reason)

    def _on_session_locking(self, _reason: str) -> None:
        """Still open: queue the last edits and keep unfinished text, ahead of the lock."""
        if self._page is not None:
            self._page.flush_edits()  # queued before the lock, so nothing typed is lost
        self.drafts.keep(take_drafts(self), at_lock=True)

    def _on_session_locked(self, reason: str) -> None:
        """Closed: models and dialogs emptied themselves; forget the rest."""
        self.actions.show_journal.setChecked(True)  # the journal shows after the next unlock
        self.undo_stack.clear()
        forget_caches()  # rendered Markdown, post blocks, profile matchers
        self.ctx.clipboard.clear_if_ours()
        self.ctx.lock_manager.disarm()
        self._set_open_actions(False)
        self.save_label.clear()
        self.statusBar().clearMessage()
        self.show_unlock(self._path or Path(), use_remembered=False)
        self.journal_locked.emit(reason)

    # -- actions ---------------------------------------------------------------

    def _set_open_actions(self, is_open: bool) -> None:
        for action in self.actions.needs_journal:
            action.setEnabled(is_open)

    def show_journal(self) -> None:
        if self.is_open() and self.stack.currentWidget() is not self.page:
            self.stack.setCurrentWidget(self.page)
            self.page.current_view().setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.actions.show_journal.setChecked(True)

    def _on_tools_view_changed(self, view: str) -> None:
        self.actions.show_trends.setChecked(view == "trends")
        self.actions.show_journal.setChecked(view != "trends")

    def new_entry(self, kind: str | None = None) -> None:
        """A new entry: of ``kind``, else of the kind the sidebar shows, else of the kind
        last chosen (remembered in the journal), so Ctrl+N is not always a Note."""
        self.show_journal()
        if kind is None and not self.page.sidebar.current_filter().kinds:
            kind = self._new_kind
        self.page.new_entry(kind)

    def _on_new_kind_chosen(self, kind: str) -> None:
        self._set_new_kind(kind)
        self.session.run(lambda journal: journal.settings.set("new_entry_kind", kind))
        self.new_entry(kind)

    def _set_new_kind(self, kind: str) -> None:
        from ui.editor.fields import kind_label

        self._new_kind = kind
        label = kind_label(kind)
        self.actions.new_entry.setIconText(self.tr("New %1").replace("%1", label))
        tip = self.tr("Write a new %1 entry (Ctrl+N); the arrow offers the other kinds")
        self.actions.new_entry.setToolTip(tip.replace("%1", label.lower()))

    def focus_search(self) -> None:
        if self.is_open():
            self.show_journal()
            self.page.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.page.search_field.selectAll()

    def open_quick_log(self) -> None:
        if self.quick_log is not None:
            return
        from ui.session_jobs import recent_symptoms

        self.session.run(
            lambda journal: (
                journal.catalog.symptoms(),
                recent_symptoms(journal),
                journal.drafts.take(QUICK_LOG),
            ),
            self._on_quick_log_data_loaded,
            # no key: a second call must not supersede the first, whose job has taken the
            # draft out of the journal; the second result finds the dialog open and goes
        )

    def _on_quick_log_data_loaded(self, data) -> None:
        if self.quick_log is not None:
            return
        from ui.editor.quick_log import QuickLogDialog

        symptoms, recent, draft = data
        self.quick_log = QuickLogDialog(symptoms, recent, self)
        if draft:
            self.quick_log.restore_draft(draft)
        self.quick_log.finished.connect(self._on_quick_log_finished)
        self.session.close_on_lock(self.quick_log)
        self.quick_log.open()
        self.quick_log.find.setFocus()

    def _on_quick_log_finished(self, result: int) -> None:
        dialog, self.quick_log = self.quick_log, None
        if dialog is None:
            return
        if result == QDialog.DialogCode.Accepted:
            self.page.add_quick_log(dialog.readings(), dialog.note())
        elif self.session.is_open() and (draft := dialog.take_draft()):
            self.drafts.keep({QUICK_LOG: draft})  # closed, not thrown away
            self.statusBar().showMessage(self.tr("Quick log kept as a draft."), 5000)
        dialog.deleteLater()

    def _on_drafts_drafts_found(self, names: list) -> None:
        reopen(self, names)

    def _on_page_status_changed(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    def _on_settings_applied(self, settings: dict) -> None:
        self.page.set_date_format(settings["date_format"])
        self.ctx.lock_manager.set_idle_minutes(settings["auto_lock_minutes"])
        self.page.refresh_counts()  # the catalogue follows the session's broadcast

    def _on_editor_link_clicked(self, url: str) -> None:
        from ui.shell.boxes import LinkBox  # with the Markdown machinery, only when needed

        box = LinkBox.for_url(url, self)
        if box is None:
            self.statusBar().showMessage(self.tr("Fettle does not open that kind of link."), 5000)
            return
        box.finished.connect(lambda result: self._on_link_box_finished(box, result))
        self.session.close_on_lock(box)
        self.link_box = box
        box.open()

    def _on_link_box_finished(self, box: LinkBox, result: int) -> None:
        if self.link_box is box:
            self.link_box = None
        box.open_if_confirmed(result)
        box.deleteLater()

    def show_about(self) -> None:
        from ui.shell.boxes import about_box

        self._about = about_box(self)
        self._about.open()

    def _update_title(self) -> None:
        title = APP_NAME
        if self.ctx.demo is not None:
            title = self.tr("Fettle — Demo journal")
        self.setWindowTitle(title)

    # -- closing ---------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.save_geometry(self.saveGeometry(), self.saveState())
        self.session.lock("quit")  # the last edits and drafts are kept first
        self.ctx.lock_manager.disarm()
        self.ctx.runner.wait_for_done(10_000)
        super().closeEvent(event)
