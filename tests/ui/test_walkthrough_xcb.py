"""Issue 18's "Done means": the everyday tasks of a tired patient, one after another,
on the demo journal, under a real X server (Xvfb, xcb), with real key events only (no
mouse), each result checked in the journal itself:

1. log two symptoms by quick log;
2. add a medication with a dose, then a dose change;
3. find last month's headache entries by filter (Filter ▸ Dates ▸ Last month, Filter ▸
   Symptom ▸ Headache);
4. share two entries to Reddit, keeping one span and redacting a selection, while the
   other spans keep their state (the post reaches the share log);
5. lock with the quick log open, and get the text back after unlock (kept encrypted in
   the journal's drafts while locked, never in the file's plain bytes);
6. write the summary's questions, close, reopen, and find them.

The child process walks the tasks as a chain of steps, each waiting on what the user
would wait for (a window, a list, a finished job); a task that does not reach the
journal stops the walk with "TASK FAILED: <task>: …", and one that waits too long with
"TASK STUCK: <task>: …". Journal checks run on the app's own task runner, on the
journal it has open, so they see exactly what the app wrote. Each piece has its own
finer test (test_quick_log, test_treatments_view, test_filter_bar, test_share_review,
test_drafts_lock, test_everyday_xcb); this one proves they hold together.
"""

from __future__ import annotations

import pytest

from tests.support.xcb import xvfb_run

_SCRIPT = r'''
import datetime as dt, sys, time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox

from app.journal import kdf
from app.journal.journal import Journal
from app.redact import Decision
from ui.main import build_window, make_application
from ui.shell.entry_list_model import RowRole

app = make_application()
assert app.platformName() == "xcb", app.platformName()
tmp = Path(sys.argv[1])
window, ctx = build_window(demo=True,
                           settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                           kdf_profile=kdf.FAST_TEST_PROFILE)
window.demo_auto_unlock = False  # the passphrase is typed, as by a user
# The mouse is never used: it rests in a corner, where no menu opens under it (a
# pointer resting on a menu item takes the highlight and closes the submenu opened).
QCursor.setPos(app.primaryScreen().geometry().bottomRight())
window.show()
window.start()
K = Qt.Key
NONE, CTRL, SHIFT, ALT = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier,
                          Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier)
PENDING = object()
STEP_LIMIT_S = 25
NOTE = "knees worse after the stairs"
QUESTION = "Could the magnesium interact with methotrexate?"
today = dt.date.today()
last_month_end = today.replace(day=1) - dt.timedelta(days=1)
last_month = (last_month_end.replace(day=1), last_month_end)
task = {"name": "open the demo journal"}


class Failed(Exception):
    pass


def check(ok, what):
    if not ok:
        raise Failed(f"TASK FAILED: {task['name']}: {what}")


# -- keys ----------------------------------------------------------------------------

def focused():
    return QApplication.focusWidget() or QApplication.activeWindow() or window


def key(k, mod=NONE, widget=None):
    QTest.keyClick(widget or focused(), k, mod)


def type_(text):
    QTest.keyClicks(focused(), text)


def tab_to(target, back=False, most=80):
    """Tab (or Shift+Tab) until ``target`` has the keyboard focus."""
    for _ in range(most):
        if QApplication.focusWidget() is target:
            return
        key(K.Key_Backtab if back else K.Key_Tab, SHIFT if back else NONE)
    check(QApplication.focusWidget() is target,
          f"Tab never reached {target!r}; focus is on {QApplication.focusWidget()!r}")


def press(button):
    """A button pressed from the keyboard: Tab to it, then Space."""
    tab_to(button)
    key(K.Key_Space)


def later(fn):
    """For a key that opens a menu with its own event loop (a tool button's menu): the
    step returns first, so the walk goes on inside that loop."""
    QTimer.singleShot(0, fn)


def menu_pick(menu, text, then=K.Key_Return):
    """Arrow down the open ``menu`` to ``text`` and press Enter (or Right, to open a
    submenu)."""
    for _ in range(60):
        action = menu.activeAction()
        if action is not None and action.text().replace("&", "") == text:
            key(then, widget=menu)
            return
        key(K.Key_Down, widget=menu)
    raise Failed(f"TASK FAILED: {task['name']}: no {text!r} in the menu "
                 f"{[a.text() for a in menu.actions()]} (at {menu.activeAction()!r})")


# -- the journal, read on the app's own runner ------------------------------------------

class Query:
    """Ask the open journal on the app's task runner; a step waits for the answer."""

    def __init__(self, job):
        self.value, self.error = PENDING, None
        journal = window.journal()
        check(journal is not None, "the journal is not open")
        ctx.runner.submit(lambda: job(journal), self._on_done, self._on_failed)

    def _on_done(self, value):
        self.value = value

    def _on_failed(self, exc):
        self.error = exc

    def __call__(self):
        if self.error is not None:
            raise Failed(f"TASK FAILED: {task['name']}: the journal said {self.error!r}")
        return self.value is not PENDING


def newest_readings(j):
    return sorted(j.db.execute(
        "SELECT s.name, r.severity FROM symptom_readings r JOIN symptoms s ON s.id = "
        "r.symptom_id WHERE r.entry_id = (SELECT max(id) FROM entries)").fetchall())


def headache_ids(j):
    return sorted(r[0] for r in j.db.execute(
        "SELECT DISTINCT e.id FROM entries e JOIN symptom_readings r ON r.entry_id = e.id "
        "JOIN symptoms s ON s.id = r.symptom_id WHERE s.name = 'Headache' AND e.day "
        "BETWEEN ? AND ?", (last_month[0].isoformat(), last_month[1].isoformat())))


def list_ids():
    model = window.page.entry_model
    return sorted(model.index(i).data(RowRole).id for i in range(model.rowCount()))


# -- the walk ------------------------------------------------------------------------

def walk():
    page = window.page
    yield "the unlock screen", lambda: (window.unlock.path() is not None
                                        and not window.unlock.is_busy()
                                        and window.unlock.passphrase.isVisible())
    window.activateWindow()
    yield "the window to be active", lambda: QApplication.activeWindow() is window
    window.unlock.passphrase.setFocus()  # where the unlock screen puts it
    type_(ctx.demo.passphrase)
    key(K.Key_Return)
    yield "the demo journal to open", lambda: (window.is_open()
                                               and page.entry_model.rowCount() > 50
                                               and ctx.runner.is_idle())

    task["name"] = "log two symptoms by quick log"
    key(K.Key_L, CTRL | SHIFT)
    yield "the quick log", lambda: (window.quick_log is not None
                                    and QApplication.focusWidget() is window.quick_log.find)
    type_("head")
    key(K.Key_6)
    type_("fatig")  # the name typed before is selected: this replaces it
    key(K.Key_4)
    check(sorted(r[1:] for r in window.quick_log.readings()) == [("Fatigue", 4),
                                                                 ("Headache", 6)],
          f"the quick log holds {window.quick_log.readings()}")
    key(K.Key_Return)
    yield "the quick log to close", lambda: window.quick_log is None and ctx.runner.is_idle()
    q = Query(newest_readings)
    yield "the journal", q
    check(q.value == [("Fatigue", 4), ("Headache", 6)], f"the newest entry has {q.value}")
    print("ok:", task["name"], flush=True)

    task["name"] = "add a medication with a dose, then a dose change"
    window.activateWindow()  # Xvfb has no window manager to give it back
    yield "the window to be active", lambda: QApplication.activeWindow() is window
    key(K.Key_F, CTRL)
    yield "the search box", lambda: QApplication.focusWidget() is page.search_field
    tab_to(page.sidebar, back=True)
    key(K.Key_End)  # "Add or change…", the last item
    key(K.Key_Return)
    yield "the Treatments window", lambda: (page.treatments_dialog is not None
                                            and page.treatments_dialog.isVisible()
                                            and page.treatments_dialog.list.count() > 0)
    d = page.treatments_dialog
    yield "the window to be active", lambda: QApplication.activeWindow() is d
    press(d.add_button)
    yield "the name field", lambda: QApplication.focusWidget() is d.name
    type_("Magnesium")
    tab_to(d.dose)
    key(K.Key_A, CTRL)
    type_("300")
    tab_to(d.unit)
    type_("mg")
    tab_to(d.schedule)
    type_("nightly")
    press(d.save_button)
    q = Query(lambda j: j.catalog.treatment_by_name("Magnesium"))
    yield "the journal", q
    check(q.value is not None and (q.value.dose_amount, q.value.dose_unit) == (300, "mg"),
          f"the journal has {q.value!r}")
    history = d.history
    press(history.add_button)
    yield "the dose form", lambda: history.form.isVisible()
    tab_to(history.amount)
    key(K.Key_A, CTRL)
    type_("400")
    press(history.save_button)
    press(d.save_button)
    yield "the save", lambda: ctx.runner.is_idle()
    q = Query(lambda j: j.catalog.treatment_by_name("Magnesium"))
    yield "the journal", q
    changes = [(c.day, c.dose_amount) for c in q.value.dose_changes] if q.value else []
    check((today, 400) in changes and q.value.dose_amount == 400,
          f"the dose history is {changes}, the dose {q.value and q.value.dose_amount}")
    key(K.Key_Escape)
    yield "the Treatments window to close", lambda: page.treatments_dialog is None
    print("ok:", task["name"], flush=True)

    task["name"] = "find last month's headache entries by filter"
    window.activateWindow()
    yield "the window to be active", lambda: QApplication.activeWindow() is window
    bar = page.filter_bar
    key(K.Key_F, CTRL)
    yield "the search box", lambda: QApplication.focusWidget() is page.search_field
    tab_to(bar.menu_button)
    for submenu, item in (("Dates", "Last month"), ("Symptom", "Headache")):
        later(lambda: key(K.Key_Space, widget=bar.menu_button))
        yield "the Filter menu", lambda: QApplication.activePopupWidget() is bar.menu
        menu_pick(bar.menu, submenu, K.Key_Right)
        sub = bar.menu.activeAction().menu()
        # (Under Xvfb the submenu shows without always becoming the active popup, so
        # keys go to it by name, as they reach it on a desktop.)
        yield f"the {submenu} submenu", sub.isVisible
        chips = len(bar.chip_texts())
        menu_pick(sub, item)
        for _ in range(5):  # (and Enter on it does not always close the menus there)
            since = time.monotonic()
            yield f"the {item} filter", lambda: (len(bar.chip_texts()) > chips
                                                 or time.monotonic() - since > 1)
            if len(bar.chip_texts()) > chips:
                break
            key(K.Key_Return, widget=sub)
        for _ in range(4):
            if QApplication.activePopupWidget() is None:
                break
            key(K.Key_Escape, widget=QApplication.activePopupWidget())
        yield "the menu to close", lambda: QApplication.activePopupWidget() is None
    q = Query(headache_ids)
    yield "the journal", q
    expected = q.value
    check(len(expected) >= 1, "the demo journal has no headache last month")
    yield (f"the list to show the {len(expected)} entries",
           lambda: ctx.runner.is_idle() and list_ids() == expected)
    chips = bar.chip_texts()
    check(any("Headache" in c for c in chips) and len(chips) == 2, f"the chips say {chips}")
    for chip in [b for b in bar.findChildren(QAbstractButton)
                 if b.isVisible() and b.text().endswith("×")]:
        press(chip)  # clear both filters again, from the keyboard
    yield "the whole list again", lambda: (ctx.runner.is_idle()
                                           and page.entry_model.rowCount() > 50)
    print("ok:", task["name"], "—", len(expected), "entries", flush=True)

    task["name"] = "share two entries to Reddit, keep one span, redact a selection"
    key(K.Key_F, CTRL)
    yield "the search box", lambda: QApplication.focusWidget() is page.search_field
    type_("methotrexate")
    yield "the search results", lambda: (page.search_model.query()
                                         and not page.search_model.is_loading()
                                         and page.search_model.rowCount() >= 2)
    tab_to(page.search_view)
    key(K.Key_Home)
    key(K.Key_Down, SHIFT)
    check(len(page.search_view.selectionModel().selectedRows()) == 2, "two entries selected")
    key(K.Key_S, CTRL | SHIFT)
    yield "the share review", lambda: (window.tools.share_dialog is not None
                                       and window.tools.share_dialog.draft is not None
                                       and ctx.runner.is_idle())
    s = window.tools.share_dialog
    yield "the review to be active", lambda: QApplication.activeWindow() is s
    combo = s.preview.findChild(QComboBox)
    tab_to(combo)
    type_("Reddit")
    check(combo.currentText() == "Reddit", f"Post to: {combo.currentText()}")
    yield "the post for Reddit", lambda: ctx.runner.is_idle()
    view = s.view
    draft = s.draft
    check(len(draft.spans) >= 3, f"only {len(draft.spans)} parts to choose from")
    before = {(sp.start, sp.text): draft.decision(i) for i, sp in enumerate(draft.spans)}
    start, _end, index = next(r for r in view._ranges if draft.decision(r[2]) is Decision.REDACT)
    kept = draft.spans[index]
    tab_to(view)
    key(K.Key_Home, CTRL)
    for _ in range(start + 1):
        key(K.Key_Right)
    key(K.Key_Space)  # keep this part as written
    draft = s.draft
    check(draft.decision(index) is Decision.KEEP, f"{kept.text!r} was not kept")
    shown = view.toPlainText()
    taken = [(a, b) for a, b, _i in view._ranges]
    word_at = next(i for i in range(len(shown) - 12)
                   if shown[i:i + 5].isalpha() and shown[i:i + 5].islower()
                   and (i == 0 or not shown[i - 1].isalnum())
                   and not any(a - 2 <= i <= b + 2 for a, b in taken))
    words = shown[word_at:].split()[0].strip(".,;:")
    key(K.Key_Home, CTRL)
    for _ in range(word_at):
        key(K.Key_Right)
    key(K.Key_Right, CTRL | SHIFT)
    key(K.Key_R, CTRL)  # redact the selection
    draft = s.draft
    after = {(sp.start, sp.text): draft.decision(i) for i, sp in enumerate(draft.spans)}
    changed = {k: (before[k], after.get(k)) for k in before
               if k != (kept.start, kept.text) and before[k] != after.get(k)}
    check(not changed, f"other parts changed state: {changed}")
    check(after[(kept.start, kept.text)] is Decision.KEEP, "the kept part lost its state")
    check(any(d is Decision.REDACT and k[1].strip(".,;: ").startswith(words)
              for k, d in after.items() if k not in before), f"{words!r} was not redacted")
    tab_to(s.copy_button)
    key(K.Key_Space)  # Copy text: the post leaves, and the share log records it
    q = Query(lambda j: j.shares.all())
    yield "the share log", lambda: q() and bool(q.value)
    record = q.value[0]
    check(record.destination == "reddit" and len(record.entry_ids) == 2,
          f"logged to {record.destination} with {len(record.entry_ids)} entries")
    check(kept.text in record.final_text, f"the kept {kept.text!r} is not in the post")
    check(f" {words} " not in f" {record.final_text} ", f"{words!r} left in the post")
    key(K.Key_Escape, widget=view)
    yield "the review to close", lambda: window.tools.share_dialog is None
    window.activateWindow()
    yield "the window to be active", lambda: QApplication.activeWindow() is window
    key(K.Key_F, CTRL)
    key(K.Key_A, CTRL)
    key(K.Key_Backspace)  # the search emptied: the whole list again
    print("ok:", task["name"], "— kept", repr(kept.text), "redacted", repr(words), flush=True)

    task["name"] = "lock with the quick log open, get the text back after unlock"
    window.activateWindow()
    yield "the window to be active", lambda: QApplication.activeWindow() is window
    path = Path(window.journal().path)
    key(K.Key_L, CTRL | SHIFT)
    yield "the quick log", lambda: (window.quick_log is not None
                                    and QApplication.focusWidget() is window.quick_log.find)
    quick = window.quick_log
    type_("naus")
    key(K.Key_3)
    tab_to(quick.note_edit)
    type_(NOTE)
    key(K.Key_L, CTRL)  # lock, from inside the quick log
    yield "the lock", lambda: (not window.is_open() and ctx.runner.is_idle()
                               and window.unlock.passphrase.isVisible()
                               and not window.unlock.is_busy())
    check(window.quick_log is None, "the quick log stayed open through the lock")
    check(NOTE.encode() not in path.read_bytes(), "the note is readable in the file")
    with Journal.open(path, ctx.demo.passphrase) as j:
        kept_drafts = j.drafts.names()
    check("quick_log" in kept_drafts, f"the journal's drafts are {kept_drafts}")
    window.activateWindow()
    yield "the window to be active", lambda: QApplication.activeWindow() is window
    window.unlock.passphrase.setFocus()  # where the unlock screen puts it
    type_(ctx.demo.passphrase)
    key(K.Key_Return)
    yield "the quick log back", lambda: (window.is_open() and window.quick_log is not None
                                         and window.quick_log.isVisible())
    quick = window.quick_log
    check(quick.note_edit.text() == NOTE, f"the note came back as {quick.note_edit.text()!r}")
    check([r[1:] for r in quick.readings()] == [("Nausea", 3)], f"{quick.readings()}")
    yield "the quick log to be active", lambda: QApplication.activeWindow() is quick
    key(K.Key_Return)
    yield "the quick log to close", lambda: window.quick_log is None and ctx.runner.is_idle()
    q = Query(lambda j: (newest_readings(j), j.db.execute(
        "SELECT body FROM entries WHERE id = (SELECT max(id) FROM entries)").fetchone()[0],
        j.drafts.names()))
    yield "the journal", q
    check(q.value[0] == [("Nausea", 3)] and NOTE in q.value[1] and not q.value[2],
          f"the newest entry is {q.value}")
    print("ok:", task["name"], flush=True)

    task["name"] = "write the summary's questions, close, reopen, and find them"
    window.activateWindow()
    yield "the window to be active", lambda: QApplication.activeWindow() is window
    key(K.Key_P, CTRL)
    yield "the summary", lambda: (window.tools.summary_dialog is not None
                                  and window.tools.summary_dialog.isVisible()
                                  and window.tools.summary_dialog.preview_button.isEnabled())
    summary = window.tools.summary_dialog
    yield "the summary to be active", lambda: QApplication.activeWindow() is summary
    tab_to(summary.questions)
    type_(QUESTION)
    key(K.Key_Escape)
    yield "the summary to close", lambda: (window.tools.summary_dialog is None
                                           and ctx.runner.is_idle())
    q = Query(lambda j: j.drafts.names())
    yield "the journal", q
    check("summary" in q.value, f"the journal's drafts are {q.value}")
    window.activateWindow()
    yield "the window to be active", lambda: QApplication.activeWindow() is window
    key(K.Key_P, CTRL)
    yield "the summary again", lambda: (window.tools.summary_dialog is not None
                                        and window.tools.summary_dialog.isVisible()
                                        and window.tools.summary_dialog.preview_button.isEnabled())
    summary = window.tools.summary_dialog
    check(QUESTION in summary.questions.toPlainText(),
          f"the questions read {summary.questions.toPlainText()!r}")
    print("ok:", task["name"], flush=True)
    window.close()


steps = walk()
state = {"waiting": ("start", lambda: True), "since": time.monotonic(), "busy": False}


def finish(code, text=""):
    if text:
        print(text, flush=True)
    timer.stop()
    ctx.runner.wait_for_done()
    app.exit(code)


def tick():
    if state["busy"]:
        return
    what, ready = state["waiting"]
    state["busy"] = True
    try:
        if not ready():
            if time.monotonic() - state["since"] > STEP_LIMIT_S:
                popup = QApplication.activePopupWidget()
                finish(3, f"TASK STUCK: {task['name']}: waited for {what} (focus "
                          f"{QApplication.focusWidget()!r}, window "
                          f"{QApplication.activeWindow()!r}, menu {popup!r}"
                          + (f" at {popup.activeAction() and popup.activeAction().text()!r}"
                             f" of {[(a.text(), a.isEnabled()) for a in popup.actions()]}"
                             if popup is not None else "") + ")")
            return
        state["waiting"] = next(steps)
        state["since"] = time.monotonic()
    except StopIteration:
        finish(0, "walkthrough ok")
    except Failed as exc:
        finish(2, str(exc))
    except Exception as exc:
        import traceback
        traceback.print_exc()
        finish(4, f"TASK FAILED: {task['name']}: {exc!r}")
    finally:
        state["busy"] = False


timer = QTimer()
timer.timeout.connect(tick)
timer.start(20)
sys.exit(app.exec())
'''

TASKS = (
    "log two symptoms by quick log",
    "add a medication with a dose, then a dose change",
    "find last month's headache entries by filter",
    "share two entries to Reddit, keep one span, redact a selection",
    "lock with the quick log open, get the text back after unlock",
    "write the summary's questions, close, reopen, and find them",
)


@pytest.mark.needs("xvfb-run")
def test_everyday_tasks_walked_by_keyboard_on_the_demo_journal(tmp_path) -> None:
    proc = xvfb_run(["-c", _SCRIPT, str(tmp_path)], tmp_path, timeout=240)
    said = proc.stdout + proc.stderr[-3000:]
    failed = [line for line in proc.stdout.splitlines() if line.startswith("TASK ")]
    assert not failed, "\n".join(failed) + "\n\n" + said
    assert proc.returncode == 0, said
    for name in TASKS:
        assert f"ok: {name}" in proc.stdout, f"the walkthrough never finished: {name}\n{said}"
    assert "walkthrough ok" in proc.stdout, said
