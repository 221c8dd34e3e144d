"""The share review screen: turn entries into a post that does not give the user away.

For the main window::

    dialog = ShareDialog(ctx.session, selected_entry_ids, parent,
                         clipboard=ctx.clipboard)   # the app's long-lived ClipboardGuard
    dialog.open()

Every journal read and write goes through the session (``ui.session``): the draft's
loads supersede each other under one key, a lock drops them and closes the dialog
(the main window takes its draft first), and what leaves is reported as a change to
the share log. ``entry_ids`` may be empty: the user then
ticks entries from the last two weeks, or any period they choose. ``clear_after_s``
overrides the journal's ``clipboard_clear_seconds`` (tests use 1).

Every detection starts redacted, uncertain ones too. Clicking a highlighted span keeps
or redacts it; selected text (snapped to whole words) is redacted with "Redact
selection" (Ctrl+R); Ctrl+Z undoes one such choice at a time; "Always redact this" adds
the span to the privacy profile. Nothing leaves until "Copy" or "Save to file…", and
then the share log gets the exact text that left. For a site with a separate title
field (Reddit, HealthUnlocked) the title and the text are copied apart, each logged as
it left. The copied post is cleared from the clipboard after the set time, but only if
the clipboard still holds it. The site last written for is remembered in the journal.
The post language (``ui.share.post_language``: the title, headings, dates and what
redaction puts in, apart from the interface's language) is remembered per site there too.

``compose`` makes the post from something other than ticked entries (a reply to a
question, a treatment report: ``ui.giveback``): a function run on the runner with the
journal, returning the ``ShareDraft``; the entry list is then hidden. Sentences on a
private topic are shown struck out (click one to bring it back for this post), and a
passage already shared for another site is warned about beside the other warnings
(``app.giveback.crosspost``, checked against the share log read when the dialog opens).

The dialog sizes itself to the screen it opens on and, when narrow, shows the entry
list and the finished post as tabs beside the draft instead of three columns.

Signals:
    draft_ready(): a draft is on screen (after loading or a change of entries).
    shared(int): the post left and was recorded; the share log id.
    profile_changed(object): a ``ProfileTerm`` was added with "Always redact this".
    failed(str): something went wrong; the text is for people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import FettleError
from app.giveback.crosspost import warnings as cross_warnings
from app.models import EntryFilter, ShareRecord
from app.posts import Post, all_formats, get_format
from app.posts.words import remember_language, remembered_language
from app.redact import Decision
from app.share import ShareDraft, final_text, load_entries, policy_for, write_private
from ui.clipboard_guard import ClipboardGuard
from ui.core_text import core_message
from ui.screen_fit import fit_to_screen
from ui.session import Change, Session
from ui.share.choices import ChoiceCommand, snapshot
from ui.share.entry_picker import ShareEntryPicker
from ui.share.keep import DRAFT_NAME, apply_choices, choices_payload
from ui.share.post_language import PostLanguageBox, compose_in, interface_post_language
from ui.share.preview import SharePreview, clear_layout
from ui.share.view import ShareDraftView, ShareLegend

NARROW_WIDTH = 1000  # below this (logical px), two columns instead of three
NAME_CHOICES = (
    ("role", QT_TRANSLATE_NOOP("ShareDialog", "Their role (“my sister”)")),
    ("pseudonym", QT_TRANSLATE_NOOP("ShareDialog", "Person A, Person B…")),
    ("label", QT_TRANSLATE_NOOP("ShareDialog", "A label ([name])")),
    ("remove", QT_TRANSLATE_NOOP("ShareDialog", "Nothing (remove)")),
)
DATE_CHOICES = (
    ("relative", QT_TRANSLATE_NOOP("ShareDialog", "Relative (“week 3”)")),
    ("month", QT_TRANSLATE_NOOP("ShareDialog", "Month and year")),
    ("season", QT_TRANSLATE_NOOP("ShareDialog", "Season and year")),
    ("label", QT_TRANSLATE_NOOP("ShareDialog", "A label ([date])")),
)


def people_words(exc: BaseException) -> str:
    if isinstance(exc, FettleError):
        return core_message(exc.user_message)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "ShareDialog", "The file could not be written ({reason})."
        ).format(reason=exc.strerror or type(exc).__name__)
    return QCoreApplication.translate("ShareDialog", "Something went wrong ({name}).").format(
        name=type(exc).__name__
    )


class ShareDialog(QDialog):
    draft_ready = Signal()
    shared = Signal(int)
    profile_changed = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        session: Session,
        entry_ids: list[int],
        parent: QWidget | None = None,
        *,
        clipboard: ClipboardGuard | None = None,
        clear_after_s: int | None = None,
        today: dt.date | None = None,
        compose: Callable[[Any], ShareDraft] | None = None,
        window_title: str = "",
        recipe: dict[str, Any] | None = None,
        restore: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title or self.tr("Share entries"))
        self._compose = compose
        self._recipe = recipe  # how ``compose`` is made again after a lock (ui.giveback)
        self._restore = restore  # the draft a lock kept (``take_draft``), put back on loading
        self._entry_ids = list(entry_ids)
        self._log: list[ShareRecord] = []  # the share log, for cross-posting warnings
        self._session = session
        self._clipboard = clipboard or ClipboardGuard(
            parent=parent if parent is not None else QCoreApplication.instance()
        )
        self._clear_after_s = clear_after_s
        self._today = today or dt.date.today()
        self._draft: ShareDraft | None = None
        self._post: Post | None = None
        self._profile = None
        self._current: int | None = None  # the span last clicked or selected
        self._key = object()  # loading and recomposing the draft supersede each other
        self._title_edited = False
        self._format_known = False  # the remembered site has been put in place
        self._narrow: bool | None = None
        self._post_langs = ""  # the post language per site, as the journal keeps it
        self.undo_stack = QUndoStack(self)
        self._build()
        self._connect_signals()
        self._set_busy(True)
        self._load(list(entry_ids))
        session.close_on_lock(self)  # after the main window took its draft

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.picker = ShareEntryPicker()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("A title for the post"))
        self.names_box = QComboBox()
        for key, label in NAME_CHOICES:
            self.names_box.addItem(self.tr(label), key)
        self.dates_box = QComboBox()
        for key, label in DATE_CHOICES:
            self.dates_box.addItem(self.tr(label), key)
        self.title_edit.setAccessibleName(self.tr("Title of the post"))
        self.names_box.setAccessibleName(self.tr("Replace names with"))
        self.dates_box.setAccessibleName(self.tr("Dates"))
        self.language_box = PostLanguageBox()
        self.language_box.setAccessibleName(self.tr("Language of the post"))
        self.language_box.setToolTip(
            self.tr(
                "The language of the words Fettle adds to the post: the title, the "
                "headings and dates, and what replaces a name. Remembered for each site."
            )
        )
        self.view = ShareDraftView()
        self.view.setAccessibleName(self.tr("The post as it will be shared, with redactions"))
        self.view.setAccessibleDescription(
            self.tr(
                "Highlighted parts are redacted or kept. Space on one keeps it as written or "
                "redacts it again; Ctrl+R redacts the selected words; Ctrl+Z undoes."
            )
        )
        self.legend = ShareLegend()
        self.legend.setAccessibleName(self.tr("What the highlights mean"))
        self.redact_button = QPushButton(self.tr("&Redact selection"))
        self.redact_button.setToolTip(self.tr("Redact the selected words (Ctrl+R)"))
        self.redact_action = QAction(self.tr("Redact selection"), self)
        self.redact_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.addActions([self.redact_action, self.undo_action, self.redo_action])
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last keep or redact (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.always_button = QPushButton(self.tr("&Always redact this"))
        self.always_button.setToolTip(
            self.tr(
                "Add the highlighted words to your privacy "
                "profile, so they are redacted in every post"
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.risks = QVBoxLayout()
        self.risks.setSpacing(6)
        self.cross_risks = QVBoxLayout()  # depends on the site: redone with the post
        self.cross_risks.setSpacing(6)
        self.preview = SharePreview(all_formats())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("mutedLabel")
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"))
        self.copy_button.setDefault(True)
        self.copy_title_button = QPushButton(self.tr("Copy &title"))
        self.copy_title_button.setToolTip(
            self.tr("Copy only the title, for the site's title field")
        )
        self.copy_title_button.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save to file…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy_title_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)

        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        # One row each, so a choice is never cut short ("Their role (“my") however
        # narrow the draft column is (150 % on a laptop screen).
        choices = QFormLayout()
        choices.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, field in (
            (self.tr("T&itle:"), self.title_edit),
            (self.tr("Replace &names with:"), self.names_box),
            (self.tr("&Dates:"), self.dates_box),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            if isinstance(field, QComboBox):
                field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            choices.addRow(label, field)
        mid.addLayout(choices)
        # under the site: the language is remembered for it, and the draft keeps its room
        self.preview.add_choice(QLabel(self.tr("Post &language:")), self.language_box)
        hint = QLabel(
            self.tr(
                "Click a highlighted part (or press Space on it) to keep it as "
                "written or redact it again. To redact other words, select "
                "them and press Redact selection (Ctrl+R). Ctrl+Z undoes."
            )
        )
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        mid.addWidget(hint)
        mid.addWidget(self.view, 1)
        mid.addWidget(self.legend)
        actions = QHBoxLayout()
        actions.addWidget(self.redact_button)
        actions.addWidget(self.always_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        mid.addLayout(actions)
        mid.addWidget(self.summary)
        mid.addLayout(self.risks)
        mid.addLayout(self.cross_risks)

        self.middle = middle
        self.side_tabs = QTabWidget()  # the narrow layout: entries and post as tabs
        self.side_tabs.setDocumentMode(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.picker)
        splitter.addWidget(middle)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.side_tabs)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1240, 760)
        self._arrange(self.width() < NARROW_WIDTH)

    def _arrange(self, narrow: bool) -> None:
        """Three columns (entries, draft, post) when wide; when narrow, the draft and
        one column of tabs holding the entries and the post."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        splitter = self.splitter
        if narrow:
            self.side_tabs.addTab(self.preview, self.tr("The &post"))
            if self._compose is None:
                self.side_tabs.addTab(self.picker, self.tr("&Entries"))
            else:
                self.picker.hide()
            self.side_tabs.show()
            splitter.insertWidget(0, self.middle)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setSizes([self.width() * 3 // 5, self.width() * 2 // 5])
        else:
            self.side_tabs.clear()
            self.side_tabs.hide()
            splitter.insertWidget(0, self.picker)
            splitter.insertWidget(1, self.middle)
            splitter.insertWidget(2, self.preview)
            self.picker.setVisible(self._compose is None)
            self.preview.show()
            for i, stretch in enumerate((0, 3, 2)):
                splitter.setStretchFactor(i, stretch)
            width = self.width()
            splitter.setSizes([width * 19 // 100, width * 46 // 100, width * 35 // 100, 0])
        self._fix_tab_order(narrow)

    def _fix_tab_order(self, narrow: bool) -> None:
        """Reading order in either layout: in the narrow one the draft comes first, then
        the tabs (the tab bar before the page it shows), then the buttons."""
        picker = [self.picker.date_from, self.picker.date_to, self.picker.list]
        draft = [
            self.title_edit,
            self.names_box,
            self.dates_box,
            self.view,
            self.redact_button,
            self.always_button,
            self.undo_button,
        ]
        post = [self.preview.format_box, self.language_box, self.preview.scroll]
        if narrow:
            chain = [*draft, self.side_tabs, *post, *picker]
        else:
            chain = [*picker, *draft, *post]
        chain += [
            self.save_button,
            self.copy_title_button,
            self.copy_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Close),
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width() < NARROW_WIDTH)

    def _connect_signals(self) -> None:
        self.picker.selection_changed.connect(self._on_picker_selection_changed)
        self.picker.range_changed.connect(self._on_picker_range_changed)
        self.title_edit.editingFinished.connect(self._on_title_edit_finished)
        self.title_edit.textEdited.connect(self._on_title_edit_edited)
        self.names_box.currentIndexChanged.connect(self._on_policy_changed)
        self.dates_box.currentIndexChanged.connect(self._on_policy_changed)
        self.language_box.language_chosen.connect(self._on_language_box_chosen)
        self.view.span_clicked.connect(self._on_view_span_clicked)
        self.view.topic_clicked.connect(self._on_view_topic_clicked)
        self.redact_button.clicked.connect(self._on_redact_button_clicked)
        self.redact_action.triggered.connect(self._on_redact_button_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.always_button.clicked.connect(self._on_always_button_clicked)
        self.preview.format_changed.connect(self._on_preview_format_changed)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.copy_title_button.clicked.connect(self.copy_title)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self._clipboard.clipboard_cleared.connect(self._on_clipboard_cleared)

    @property
    def draft(self) -> ShareDraft | None:
        """The post under review (``None`` until loaded)."""
        return self._draft

    # -- loading (on the runner) ---------------------------------------------------------

    def _load(self, entry_ids: list[int]) -> None:
        today, compose = self._today, self._compose
        restoring = self._restore is not None
        kept = self._restore or {}
        default_lang = interface_post_language()

        def load(journal):
            if not restoring:  # a new post: a review kept at an earlier quit is over
                journal.drafts.discard(DRAFT_NAME)
            settings = journal.settings
            profile = journal.profile.get()
            log = journal.shares.all()
            langs = settings.get("post_languages")
            site = kept.get("format") or settings.get("share_format")
            lang = kept.get("post_lang") or remembered_language(langs, site) or default_lang
            if compose is not None:
                return (
                    profile,
                    settings.get("clipboard_clear_seconds"),
                    settings.get("mastodon_limit"),
                    settings.get("share_format"),
                    (today, today),
                    [],
                    compose_in(compose, journal, lang),
                    log,
                    langs,
                )
            entries = load_entries(journal, entry_ids) if entry_ids else []
            end = entries[-1].day if entries else today
            start = entries[0].day if entries else today - dt.timedelta(days=13)
            rows = journal.entries.page(EntryFilter(date_from=start, date_to=end), limit=500).rows
            return (
                profile,
                settings.get("clipboard_clear_seconds"),
                settings.get("mastodon_limit"),
                settings.get("share_format"),
                (start, end),
                rows,
                ShareDraft(entries, profile, lang=lang),
                log,
                langs,
            )

        self._session.run(load, self._on_loaded, self._on_failed, key=self._key)

    def _on_loaded(self, result) -> None:
        profile, clear_s, limit, format_id, (start, end), rows, draft, log, langs = result
        self._profile = profile
        self._post_langs = langs
        self.language_box.set_language(draft.lang)
        self._log = list(log)
        if self._clear_after_s is None:
            self._clear_after_s = clear_s
        self.preview.replace_format(get_format("mastodon", mastodon_limit=limit))
        restore, self._restore = self._restore, None
        if restore is not None:
            format_id = self._put_back(draft, restore) or format_id
        self.preview.set_format(format_id)
        self._format_known = True
        self.picker.set_range(start, end)
        self.picker.set_rows(rows, set(draft.entry_ids))
        self._show_draft(draft)
        if restore is not None:
            self._say(
                self.tr(
                    "Your post is back as you left it when Fettle locked. Read it "
                    "through again before you share it."
                )
            )

    def _put_back(self, draft: ShareDraft, restore: dict[str, Any]) -> str | None:
        """Apply a draft kept at a lock to the draft made again; returns its site."""
        for box, key in ((self.names_box, "names"), (self.dates_box, "dates")):
            index = box.findData(restore.get(key))
            if index >= 0:
                box.setCurrentIndex(index)
        title = restore.get("title")
        if isinstance(title, str):
            draft.set_title(title)
            self._title_edited = True
        apply_choices(draft, restore)
        site = restore.get("format")
        return site if isinstance(site, str) and site else None

    def take_draft(self) -> dict[str, Any] | None:
        """The post under review as a draft for a lock (``ui.share.keep``), taken out of
        the window: no text of it stays on screen. None for a composed post that cannot
        be made again."""
        if self._compose is not None and self._recipe is None:
            return None
        draft = self._draft
        payload: dict[str, Any] = {
            "entry_ids": self._entry_ids
            if draft is None or self._compose is not None
            else draft.entry_ids,
            "names": self.names_box.currentData(),
            "dates": self.dates_box.currentData(),
            "format": self.preview.current_format().id,
            "post_lang": self.language_box.language(),
            "recipe": self._recipe,
        }
        if draft is not None:
            if self._title_edited:
                payload["title"] = draft.title
            payload.update(choices_payload(draft))
        self._session.drop(self._key)  # a result still on its way is not shown
        self._draft = self._post = None
        self.undo_stack.clear()
        self.title_edit.clear()
        self.view.clear()
        self.picker.set_rows([], set())
        clear_layout(self.preview.cards)
        return payload

    def _recompose(self) -> None:
        ids = self.picker.checked_ids()
        profile, policy = self._profile, self._policy()
        title = self.title_edit.text() if self._title_edited else None
        lang, compose = self.language_box.language(), self._compose

        def make(journal) -> ShareDraft:
            if compose is None:
                entries = load_entries(journal, ids)
                return ShareDraft(entries, profile, title=title, policy=policy, lang=lang)
            draft = compose_in(compose, journal, lang)  # a reply or a report, anew
            if title is not None:
                draft.set_title(title)
            return draft

        self._set_busy(True)
        self._session.run(make, self._on_recomposed, self._on_failed, key=self._key)

    def _on_recomposed(self, draft: ShareDraft) -> None:
        if self._draft is not None:
            draft.adopt_choices(self._draft)
        self._show_draft(draft)

    def _show_draft(self, draft: ShareDraft) -> None:
        first = self._draft is None
        self._draft = draft
        self._current = None
        self.undo_stack.clear()  # its steps belong to the text being replaced
        draft.set_policy(self._policy())
        self.title_edit.setText(draft.title)
        focus = self.focusWidget()
        self._set_busy(False)
        if first:
            self.view.setFocus()
        elif focus is not None and focus.isEnabled():
            focus.setFocus()  # the user stays where they were (a ticked entry, the title)
        self._refresh()
        self.draft_ready.emit()

    # -- showing -------------------------------------------------------------------------

    def _policy(self):
        return policy_for(self.names_box.currentData(), self.dates_box.currentData())

    def _refresh(self, caret: int | None = None) -> None:
        """Show the draft again; ``caret`` (a source offset) puts the caret there."""
        draft = self._draft
        if draft is None:
            return
        rendered = draft.render()
        decisions = [draft.decision(i) for i in range(len(draft.spans))]
        self.view.show_rendered(
            rendered,
            draft.spans,
            decisions,
            caret=caret,
            reasons=[core_message(h.reason) for h in draft.topic_hits],
        )
        self.summary.setText(
            self.tr("What changed: {summary}.").format(summary=core_message(rendered.summary))
            if draft.entries
            else ""
        )
        clear_layout(self.risks)
        warnings = draft.warnings()
        if not warnings and draft.entries:
            calm = QLabel(
                self.tr(
                    "No risky combination of details is left. Read it through "
                    "once more before you post."
                )
            )
            calm.setObjectName("mutedLabel")
            calm.setWordWrap(True)
            self.risks.addWidget(calm)
        for warning in warnings:
            label = QLabel("⚠ " + core_message(warning.message))
            label.setObjectName("warningLabel")
            label.setWordWrap(True)
            self.risks.addWidget(label)
        self._refresh_post()
        self.always_button.setEnabled(self._current is not None)

    def _refresh_post(self) -> None:
        if self._draft is None:
            return
        fmt = self.preview.current_format()
        self._post = self._draft.post(fmt)
        self.preview.show_post(self._post, self._draft.count(fmt))
        clear_layout(self.cross_risks)
        for message in cross_warnings(self.final_text(), fmt.id, self._log):
            label = QLabel("⚠ " + core_message(message))
            label.setObjectName("warningLabel")
            label.setWordWrap(True)
            self.cross_risks.addWidget(label)
        has_post = bool(self._draft.entries) or bool(self._draft.sections)
        self.copy_button.setEnabled(has_post)
        self.save_button.setEnabled(has_post)
        titled = bool(self._post.title)
        self.copy_title_button.setVisible(titled)
        self.copy_title_button.setEnabled(has_post)
        self.copy_button.setText(self.tr("&Copy text") if titled else self.tr("&Copy to clipboard"))
        self.copy_button.setToolTip(
            self.tr("Copy the post without its title, for the site's text field") if titled else ""
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.copy_button,
            self.copy_title_button,
            self.save_button,
            self.redact_button,
            self.always_button,
            self.view,
            self.title_edit,
        ):
            widget.setEnabled(not busy)
        self.redact_action.setEnabled(not busy)
        if busy:
            self._say(self.tr("Looking for anything that could identify you…"))
        elif self.status.text() == self.tr("Looking for anything that could identify you…"):
            # the whole sentence: a translation need not start with "Looking"
            self._say("")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setObjectName("errorLabel" if error else "mutedLabel")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- the user's changes ----------------------------------------------------------

    def _on_view_span_clicked(self, index: int) -> None:
        draft = self._draft
        if draft is None:
            return
        before = snapshot(draft)
        decision = draft.toggle(index)
        self._current = index
        span = draft.spans[index]
        words = (
            self.tr("Kept “{text}” as written.")
            if decision is Decision.KEEP
            else self.tr("Redacted “{text}”.")
        ).format(text=span.text)
        self._remember_step(words, before, span.start)

    def _on_view_topic_clicked(self, index: int) -> None:
        draft = self._draft
        if draft is None:
            return
        hit = draft.topic_hits[index]
        withheld = draft.toggle_topic(index)
        words = (
            self.tr("Left out again: it {reason}.")
            if withheld
            else self.tr("Brought back for this post only: it {reason}.")
        )
        self._say(words.format(reason=core_message(hit.reason)))
        self._refresh(caret=hit.start)

    def _on_redact_button_clicked(self) -> None:
        draft = self._draft
        chosen = self.view.selection_in_source()
        if draft is None or chosen is None:
            self._say(self.tr("Select the words to redact first."))
        else:
            before = snapshot(draft)
            self._current = draft.redact_selection(*chosen)
            span = draft.spans[self._current]
            self._remember_step(
                self.tr("Redacted “{text}”.").format(text=span.text), before, span.start
            )
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # back where the user was

    def _remember_step(self, words: str, before, at: int) -> None:
        """Record a change already made to the draft as one undo step, and show it."""
        assert self._draft is not None
        self._say(words)
        self.undo_stack.push(
            ChoiceCommand(words, self._draft, before, at, self._on_choice_restored)
        )
        self._refresh(caret=at)

    def _on_choice_restored(self, at: int, words: str) -> None:
        self._current = None
        self._say(words)
        self._refresh(caret=at)

    def _on_undo_button_clicked(self) -> None:
        self.undo_stack.undo()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_always_button_clicked(self) -> None:
        if self._draft is None or self._current is None:
            return
        term = self._draft.always_redact(self._current)
        self._current = None
        self.undo_stack.clear()  # the spans were found afresh with the new profile
        self._session.run(
            lambda journal: journal.profile.add_term(term),
            lambda _r: self._on_term_saved(term),
            self._on_failed,
            changes=Change.PROFILE,
            origin=self,
        )
        self._refresh()

    def _on_term_saved(self, term) -> None:
        self._profile = self._draft.profile if self._draft is not None else self._profile
        self._say(
            self.tr(
                "“{text}” is now in your privacy profile and will be redacted in every post."
            ).format(text=term.text)
        )
        self.profile_changed.emit(term)

    def _on_title_edit_edited(self, _text: str) -> None:
        self._title_edited = True

    def _on_title_edit_finished(self) -> None:
        if self._draft is not None and self.title_edit.text() != self._draft.title:
            self._draft.set_title(self.title_edit.text())
            self._current = None
            self.undo_stack.clear()
            self._refresh()

    def _on_policy_changed(self, _index: int) -> None:
        if self._draft is not None:
            self._draft.set_policy(self._policy())
            self._refresh()

    def _on_preview_format_changed(self, format_id: str) -> None:
        self._refresh_post()
        if self._format_known:  # the user's choice, remembered inside the journal
            self._session.run(
                lambda journal: journal.settings.set("share_format", format_id),
                None,
                self._on_failed,
            )
            lang = remembered_language(self._post_langs, format_id) or interface_post_language()
            if self._draft is not None and lang != self.language_box.language():
                self.language_box.set_language(lang)  # this site's own language
                self._recompose()

    def _on_language_box_chosen(self, lang: str) -> None:
        """Write the post again in ``lang``, and remember it for this site."""
        site = self.preview.current_format().id
        self._post_langs = langs = remember_language(self._post_langs, site, lang)
        self._session.run(
            lambda journal: journal.settings.set("post_languages", langs), None, self._on_failed
        )
        if self._draft is not None:
            self._recompose()

    def _on_picker_selection_changed(self) -> None:
        self._recompose()

    def _on_picker_range_changed(self, start: dt.date, end: dt.date) -> None:
        checked = set(self.picker.checked_ids())
        self._session.run(
            lambda journal: (
                journal.entries.page(EntryFilter(date_from=start, date_to=end), limit=500).rows
            ),
            lambda rows: self.picker.set_rows(rows, checked),
            self._on_failed,
            key=(self._key, "range"),
        )

    # -- getting it out --------------------------------------------------------------------

    def final_text(self) -> str:
        """Exactly what Copy and Save hand over (and the share log records)."""
        return final_text(self._post) if self._post is not None else ""

    def copy_to_clipboard(self) -> None:
        """Copy the post: without its title where the site has a title field of its
        own (Copy title copies that), else whole."""
        if self._post is None or not self.final_text() or self._draft is None:
            return
        text = self._post.text if self._post.title else self.final_text()
        self._copy(
            text,
            self.tr(
                "Copied the text. Fettle will clear the clipboard in {n} "
                "seconds if it still holds it."
            )
            if self._post.title
            else self.tr(
                "Copied. Fettle will clear the clipboard in {n} seconds if it "
                "still holds this post."
            ),
        )

    def copy_title(self) -> None:
        """Copy only the title, for sites with a separate title field."""
        if self._post is None or not self._post.title or self._draft is None:
            return
        self._copy(
            self._post.title,
            self.tr(
                "Copied the title. Paste it into the title "
                "field, then use Copy text for the post. The "
                "clipboard is cleared in {n} seconds."
            ),
        )

    def _copy(self, text: str, words: str) -> None:
        seconds = self._clear_after_s or 60
        self._clipboard.copy(text, clear_after_s=seconds)
        self._record("clipboard", text, words.format(n=seconds))

    def _on_save_button_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the post"),
            str(Path.home() / "post.txt"),
            self.tr("Text files (*.txt *.md);;All files (*)"),
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Write the post (0600) and record it; the file dialog already asked about
        replacing an existing file."""
        text = self.final_text()
        if not text or self._draft is None:
            return
        target = Path(path)
        self._record(
            "file",
            text,
            self.tr("Saved to {path}. Anyone who can read the file can read the post.").format(
                path=target
            ),
            before=lambda: write_private(target, text, replace_existing=True),
        )

    def _record(self, method: str, text: str, done_words: str, before=None) -> None:
        assert self._draft is not None
        ids = self._draft.entry_ids
        destination = self.preview.current_format().id

        def work(journal) -> int:
            if before is not None:
                before()
            return journal.shares.record(destination, method, text, ids)

        self._session.run(
            work,
            lambda share_id: self._on_recorded(
                share_id,
                done_words,
                ShareRecord(
                    dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    destination,
                    method,
                    text,
                    tuple(ids),
                    share_id,
                ),
            ),
            self._on_failed,
            changes=Change.RECORDS,
            origin=self,
        )

    def _on_recorded(self, share_id: int, words: str, record: ShareRecord) -> None:
        self._log.insert(0, record)
        self._say(words)
        self.shared.emit(share_id)

    def _on_clipboard_cleared(self) -> None:
        self._say(self.tr("The clipboard was cleared."))

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        words = people_words(exc)
        self._say(words, error=True)
        self.failed.emit(words)
