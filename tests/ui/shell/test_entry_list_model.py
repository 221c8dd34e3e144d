"""The lazy entry list and search models, on real journals, checked by qtmodeltester."""

from __future__ import annotations

import threading

import pytest

from app.journal import kdf
from app.journal.journal import Journal
from app.models import HIT_END, HIT_START, EntryFilter
from tests.support.session import open_session
from tests.support.shell import PASSPHRASE, make_journal
from ui.shell.entry_list_model import EntryListModel, RowRole, SnippetRole
from ui.shell.search_model import SearchModel, snippet_html
from ui.task_runner import TaskRunner


@pytest.fixture
def journal(tmp_path):
    path = make_journal(tmp_path / "j.fettle", entries=250)
    j = Journal.open(path, PASSPHRASE)
    yield j
    j.lock()


def _fill(qtbot, model):
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.is_loading())


def test_entry_model_pages_lazily_and_passes_the_model_tester(qtbot, qtmodeltester, journal):
    model = EntryListModel(open_session(TaskRunner(), journal))
    with qtbot.waitSignal(model.first_page_loaded):
        model.start()
    assert model.rowCount() == EntryListModel.PAGE_SIZE  # one page, not all 253
    assert model.canFetchMore()
    _fill(qtbot, model)
    assert model.rowCount() == 253 and not model.canFetchMore()
    days = [model.index(i).data(RowRole).day for i in range(model.rowCount())]
    assert days == sorted(days, reverse=True)  # newest first across page boundaries
    qtmodeltester.check(model)


def test_changing_the_filter_drops_a_page_still_in_flight(qtbot, journal):
    runner = TaskRunner()
    model = EntryListModel(open_session(runner, journal))
    gate = threading.Event()
    runner.submit(lambda: gate.wait(10))  # hold the worker so the first page waits
    model.start()  # page for "all entries" is queued
    model.set_filter(EntryFilter(kinds=("lesson",)))  # …and superseded at once
    gate.set()
    qtbot.waitUntil(lambda: runner.is_idle())
    assert [model.index(i).data(RowRole).kind for i in range(model.rowCount())] == ["lesson"]


def test_clear_empties_the_model_and_stops_fetching(qtbot, qtmodeltester, journal):
    model = EntryListModel(open_session(TaskRunner(), journal))
    with qtbot.waitSignal(model.first_page_loaded):
        model.start()
    with qtbot.waitSignal(model.modelReset):
        model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_search_model_shows_highlighted_hits_and_passes_the_model_tester(
    qtbot, qtmodeltester, journal
):
    model = SearchModel(open_session(TaskRunner(), journal))
    model.set_searcher(lambda j, q, f, limit, offset: j.search(q, f, limit=limit, offset=offset))
    with qtbot.waitSignal(model.results_ready) as blocker:
        model.set_query("filler")
    assert blocker.args[1] == SearchModel.PAGE_SIZE
    _fill(qtbot, model)
    assert model.rowCount() == 250
    assert "<b>Filler</b>" in model.index(0).data(SnippetRole)
    qtmodeltester.check(model)


def test_a_stale_query_result_is_dropped(qtbot, journal):
    runner = TaskRunner()
    model = SearchModel(open_session(runner, journal))
    model.set_searcher(lambda j, q, f, limit, offset: j.search(q, f, limit=limit, offset=offset))
    gate = threading.Event()
    runner.submit(lambda: gate.wait(10))
    model.set_query("filler")  # typed first…
    model.set_query("throbbing")  # …then the user typed on
    ready: list[str] = []
    model.results_ready.connect(lambda q, n: ready.append(q))
    gate.set()
    qtbot.waitUntil(lambda: runner.is_idle())
    assert ready == ["throbbing"]
    assert model.rowCount() == 1


def test_search_combines_with_the_sidebar_filter(qtbot, journal):
    model = SearchModel(open_session(TaskRunner(), journal))
    model.set_searcher(lambda j, q, f, limit, offset: j.search(q, f, limit=limit, offset=offset))
    with qtbot.waitSignal(model.results_ready) as blocker:
        model.set_query("pacing", EntryFilter(kinds=("lesson",)))
    assert blocker.args[1] == 1  # the lesson, not the note that also says "pacing"


def test_snippets_are_escaped_and_only_matches_are_bold():
    html = snippet_html(f"a <script>x</script> & {HIT_START}pain{HIT_END} {HIT_START}b")
    assert html == "a &lt;script&gt;x&lt;/script&gt; &amp; <b>pain</b> <b>b</b>"


def test_fast_profile_is_what_the_fixture_used(journal):
    assert kdf.read_salt(journal.path)[3] == kdf.FAST_TEST_PROFILE.id
