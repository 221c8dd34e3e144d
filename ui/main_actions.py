"""The main window's menus, toolbar and shortcuts, built in one place."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from .icons import kind_icon, themed

if TYPE_CHECKING:
    from .main_window import MainWindow


@dataclass
class Actions:
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
    new_kinds: dict[str, QAction] = field(default_factory=dict)
    needs_journal: list[QAction] = field(default_factory=list)


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
    )
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
    file_menu = menu.addMenu(tr("&File"))
    file_menu.addAction(a.new_entry)
    file_menu.addMenu(new_menu)
    file_menu.addAction(a.quick_log)
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
    help_menu = menu.addMenu(tr("&Help"))
    help_menu.addAction(a.about)

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
    ]
    return a
