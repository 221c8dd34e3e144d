"""The main window's menus, toolbar and shortcuts, built in one place.

File: New Entry (Ctrl+N), New Entry of Kind, Quick Log (Ctrl+Shift+L), Appointment
Summary (Ctrl+P), Lock (Ctrl+L), Quit (the check-in and reminders join after Quick Log).
Edit: Undo, Redo, Delete Entry, Find (Ctrl+F), Preferences (Ctrl+,).
View: Journal (Ctrl+1), Trends (Ctrl+2), What I've Shared (Ctrl+Shift+H).
Share (Alt+A: the editor's Alt+R and Alt+S are taken): Share Selected Entries
(Ctrl+Shift+S), Answer a Question, Share a Treatment Report, What I've Shared.
The entry list's context menu: Share Selected Entries, Delete Entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from ui.icons import kind_icon, themed

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


class Actions:
    """The window's actions and menus by name. A plain class, not a dataclass: the
    ``dataclasses`` module and the generated methods held the unlock screen's first
    paint back (issue 19). Every annotated name without a value below must be given."""

    new_entry: QAction
    quick_log: QAction
    lock: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    delete: QAction
    find: QAction
    preferences: QAction
    about: QAction
    show_journal: QAction
    show_trends: QAction
    share: QAction
    summary: QAction
    share_log: QAction
    answer: QAction
    treatment_report: QAction
    file_menu: QMenu
    share_menu: QMenu | None
    new_kinds: dict[str, QAction]
    help_menu: QMenu | None  # the Data menu (ui.data.menu) goes before it
    needs_journal: list[QAction]

    _LATER = frozenset({"share_menu", "new_kinds", "help_menu", "needs_journal"})

    def __init__(self, **parts: QAction | QMenu) -> None:
        names = set(self.__annotations__)
        missing = names - self._LATER - set(parts)
        unknown = set(parts) - names
        if missing or unknown:
            raise TypeError(f"Actions: missing {sorted(missing)}, unknown {sorted(unknown)}")
        self.share_menu = None
        self.new_kinds = {}
        self.help_menu = None
        self.needs_journal = []
        for name, part in parts.items():
            setattr(self, name, part)


def _action(window: MainWindow, text: str, shortcut=None, icon=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if icon is not None and not icon.isNull():
        action.setIcon(icon)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    window.addAction(action)
    return action


def build_actions(w: MainWindow) -> Actions:
    tr = w.tr
    undo = w.undo_stack.createUndoAction(w, tr("&Undo"))
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = w.undo_stack.createRedoAction(w, tr("&Redo"))
    redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
    a = Actions(
        new_entry=_action(
            w,
            tr("&New Entry"),
            QKeySequence.StandardKey.New,
            themed("document-new", "new-entry.svg"),
            tr("Write a new entry (Ctrl+N)"),
        ),
        quick_log=_action(
            w,
            tr("&Quick Log…"),
            "Ctrl+Shift+L",
            kind_icon("symptom"),
            tr("Rate a symptom in a few keystrokes (Ctrl+Shift+L)"),
        ),
        lock=_action(
            w,
            tr("&Lock"),
            "Ctrl+L",
            themed("system-lock-screen", "lock.svg"),
            tr("Lock the journal (Ctrl+L)"),
        ),
        quit=_action(w, tr("&Quit"), QKeySequence.StandardKey.Quit, themed("application-exit")),
        undo=undo,
        redo=redo,
        delete=_action(w, tr("&Delete Entry"), None, themed("edit-delete")),
        find=_action(
            w,
            tr("&Find…"),
            QKeySequence.StandardKey.Find,
            themed("edit-find"),
            tr("Search the journal (Ctrl+F)"),
        ),
        preferences=_action(w, tr("&Preferences…"), "Ctrl+,", themed("preferences-system")),
        about=_action(w, tr("&About Fettle"), None, themed("help-about")),
        show_journal=_action(
            w,
            tr("&Journal"),
            "Ctrl+1",
            themed("view-list-details", "journal.svg"),
            tr("Show the entries (Ctrl+1)"),
        ),
        show_trends=_action(
            w,
            tr("&Trends"),
            "Ctrl+2",
            themed("view-statistics", "trends.svg"),
            tr("Charts of your symptoms over time (Ctrl+2)"),
        ),
        share=_action(
            w,
            tr("&Share Selected Entries…"),
            "Ctrl+Shift+S",
            themed("document-send", "share.svg"),
            tr(
                "Make a post from the selected entries, with personal details removed (Ctrl+Shift+S)"
            ),
        ),
        summary=_action(
            w,
            tr("Appointment &Summary…"),
            "Ctrl+P",
            themed("document-print", "summary.svg"),
            tr("A one-page summary to print or save for your doctor (Ctrl+P)"),
        ),
        share_log=_action(
            w,
            tr("What I've S&hared…"),
            "Ctrl+Shift+H",
            themed("document-open-recent"),
            tr("Every post that left Fettle, word for word (Ctrl+Shift+H)"),
        ),
        answer=_action(
            w,
            tr("&Answer a Question…"),
            None,
            None,
            tr("Answer another patient's question from your journal"),
        ),
        treatment_report=_action(
            w,
            tr("Share a &Treatment Report…"),
            None,
            None,
            tr("A post on one treatment: doses, side effects, before and after"),
        ),
        file_menu=QMenu(tr("&File"), w),
    )
    a.share.setIconText(tr("Share…"))
    a.summary.setIconText(tr("Summary…"))
    views = QActionGroup(w)
    for action in (a.show_journal, a.show_trends):
        action.setCheckable(True)
        views.addAction(action)
    a.show_journal.setChecked(True)
    a.quit.setMenuRole(QAction.MenuRole.QuitRole)
    a.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    a.about.setMenuRole(QAction.MenuRole.AboutRole)
    kinds = {
        "symptom": tr("&Symptom"),
        "treatment": tr("&Treatment"),
        "lesson": tr("&Lesson"),
        "note": tr("N&ote"),
    }
    new_menu = QMenu(tr("New &Entry of Kind"), w)
    for kind, label in kinds.items():
        action = QAction(kind_icon(kind), label, w)
        new_menu.addAction(action)
        a.new_kinds[kind] = action

    menu = w.menuBar()
    file_menu = a.file_menu
    menu.addMenu(file_menu)
    file_menu.addAction(a.new_entry)
    file_menu.addMenu(new_menu)
    file_menu.addAction(a.quick_log)
    file_menu.addSeparator()
    file_menu.addAction(a.summary)
    file_menu.addSeparator()
    file_menu.addAction(a.lock)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = menu.addMenu(tr("&Edit"))
    edit_menu.addAction(a.undo)
    edit_menu.addAction(a.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(a.delete)
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    edit_menu.addSeparator()
    edit_menu.addAction(a.preferences)
    view_menu = menu.addMenu(tr("&View"))
    view_menu.addAction(a.show_journal)
    view_menu.addAction(a.show_trends)
    view_menu.addSeparator()
    view_menu.addAction(a.share_log)
    a.share_menu = menu.addMenu(tr("Sh&are"))
    for action in (a.share, a.answer, a.treatment_report):
        a.share_menu.addAction(action)
    a.share_menu.addSeparator()
    a.share_menu.addAction(a.share_log)
    help_menu = menu.addMenu(tr("&Help"))
    help_menu.addAction(a.about)
    a.help_menu = help_menu

    bar = QToolBar(tr("Main toolbar"), w)
    bar.setObjectName("mainToolbar")
    bar.setAccessibleName(tr("Main toolbar"))
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.addAction(a.new_entry)
    button = bar.widgetForAction(a.new_entry)
    if isinstance(button, QToolButton):
        button.setMenu(new_menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    bar.addAction(a.quick_log)
    bar.addSeparator()
    bar.addAction(a.show_journal)
    bar.addAction(a.show_trends)
    bar.addSeparator()
    bar.addAction(a.share)
    bar.addAction(a.summary)
    bar.addSeparator()
    bar.addAction(a.lock)
    w.addToolBar(bar)
    a.needs_journal = [
        a.new_entry,
        a.quick_log,
        a.lock,
        a.delete,
        a.find,
        a.preferences,
        new_menu.menuAction(),
        *a.new_kinds.values(),
        a.show_journal,
        a.show_trends,
        a.share,
        a.answer,
        a.treatment_report,
        a.summary,
        a.share_log,
    ]
    return a
