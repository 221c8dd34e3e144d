"""Conflicts made by two real journals syncing through a folder, listed in plain words
and settled each way; the choice syncs and ends the other device's conflict too."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from app.models import Entry
from app.sync import conflicts, engine, merge
from app.sync.clock import format_stamp
from tests.support.sync import Courier, Devices, content


@pytest.fixture
def pair(tmp_path: Path):
    devices = Devices(tmp_path, 2)
    engine.set_device_name(devices.journals[0], "Laptop")
    engine.set_device_name(devices.journals[1], "Desktop")
    yield devices
    devices.close()


def _exchange(devices: Devices) -> None:
    courier = Courier(devices.folders, None)  # type: ignore[arg-type]
    for _ in range(2):
        for i in range(len(devices.journals)):
            devices.sync(i)
            courier.deliver_all()


def _edit(journal, eid: int, body: str) -> None:
    journal.entries.update(dataclasses.replace(journal.entries.get(eid), body=body))


def make_conflict(devices: Devices) -> tuple[int, int]:
    """Both devices change the second line of one entry: (its id on 0, on 1)."""
    j0, j1 = devices.journals
    e0 = j0.entries.add(
        Entry(
            "note",
            dt.date(2026, 5, 1),
            "Flare diary",
            "Woke at 6\nPain 4 in the knees\nWalked to the shop\n",
        )
    )
    _exchange(devices)
    e1 = j1.db.execute("SELECT id FROM entries WHERE title = 'Flare diary'").fetchone()[0]
    _edit(j0, e0, "Woke at 6\nPain 7 in the knees\nWalked to the shop\n")
    _edit(j1, e1, "Woke at 6\nPain 5, knees and hips\nWalked to the shop\nNap after\n")
    _exchange(devices)
    return e0, e1


def test_a_conflict_is_told_in_plain_words_with_both_versions(pair: Devices) -> None:
    make_conflict(pair)
    j0, j1 = pair.journals
    [c0] = conflicts.open_conflicts(j0)
    [c1] = conflicts.open_conflicts(j1)
    assert c0.reason == "text" and c0.title == "Flare diary"
    assert {c0.shown_device, c0.other_device} == {"this device", "Desktop"}
    assert {c1.shown_device, c1.other_device} == {"this device", "Laptop"}
    texts = {c0.shown_text, c0.other_text}
    assert any("Pain 7" in t for t in texts) and any("Pain 5" in t for t in texts)
    # the merge to start from: common lines once, the clash between markers
    assert c0.proposal.count("Woke at 6") == 1 and c0.proposal.count("Walked") == 1
    assert "<<<<<<<" in c0.proposal and ">>>>>>>" in c0.proposal
    assert "Nap after" in c0.proposal  # only one side added it: taken, not marked
    assert conflicts.status(j0).conflicts == 1


@pytest.mark.parametrize(
    "choice", [conflicts.KEEP_SHOWN, conflicts.KEEP_OTHER, conflicts.KEEP_BOTH, conflicts.MERGE]
)
def test_each_choice_settles_the_conflict_on_both_devices(pair: Devices, choice: str) -> None:
    e0, _e1 = make_conflict(pair)
    j0, j1 = pair.journals
    [c] = conflicts.open_conflicts(j0)
    merged = "Woke at 6\nPain 6 in knees and hips\nWalked to the shop\n"
    made = conflicts.resolve(j0, c, choice, merged)
    expected = {
        conflicts.KEEP_SHOWN: c.shown_text,
        conflicts.KEEP_OTHER: c.other_text,
        conflicts.KEEP_BOTH: c.shown_text,
        conflicts.MERGE: merged,
    }[choice]
    assert j0.entries.get(e0).body == expected
    if choice == conflicts.KEEP_BOTH:
        other = j0.entries.get(made)
        assert other.body == c.other_text and other.title == f"Flare diary ({c.other_device})"
    else:
        assert made is None
    assert conflicts.open_conflicts(j0) == []
    _exchange(pair)
    assert conflicts.open_conflicts(j1) == [] and conflicts.open_conflicts(j0) == []
    assert content(j0) == content(j1)
    bodies = sorted(r[0] for r in j1.db.execute("SELECT body FROM entries"))
    assert expected in bodies


def test_a_delete_against_an_edit_can_be_kept_or_deleted_after_all(pair: Devices) -> None:
    j0, j1 = pair.journals
    e0 = j0.entries.add(Entry("note", dt.date(2026, 5, 1), "Gone or not", "first\n"))
    _exchange(pair)
    e1 = j1.db.execute("SELECT id FROM entries WHERE title = 'Gone or not'").fetchone()[0]
    j0.entries.delete(e0)
    _edit(j1, e1, "first\nsecond\n")
    _exchange(pair)
    [c] = conflicts.open_conflicts(j1)
    assert c.reason == "delete" and c.entry_id == e1
    conflicts.resolve(j1, c, conflicts.DELETE)
    _exchange(pair)
    for journal in (j0, j1):
        assert journal.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 0


def test_markers_without_a_base_keep_shared_lines_once() -> None:
    text = conflicts.with_markers(None, "a\nb\nc", "a\nx\nc\n", "Laptop", "Desktop")
    assert text == "a\n<<<<<<< Laptop\nb\n=======\nx\n>>>>>>> Desktop\nc\n"


def test_keeping_a_deleted_entry_settles_it_on_both_devices(pair: Devices) -> None:
    j0, j1 = pair.journals
    e0 = j0.entries.add(Entry("note", dt.date(2026, 5, 1), "Gone or not", "first\n"))
    _exchange(pair)
    e1 = j1.db.execute("SELECT id FROM entries WHERE title = 'Gone or not'").fetchone()[0]
    j0.entries.delete(e0)
    _edit(j1, e1, "first\nsecond\n")
    _exchange(pair)
    [c] = conflicts.open_conflicts(j1)
    assert conflicts.open_conflicts(j0)  # the deleting device is told too
    conflicts.resolve(j1, c, conflicts.KEEP_SHOWN)
    _exchange(pair)
    for journal in (j0, j1):
        assert conflicts.open_conflicts(journal) == []
        [(body,)] = journal.db.execute("SELECT body FROM entries").fetchall()
        assert body == "first\nsecond\n"
    assert content(j0) == content(j1)
    assert engine.sync_now(j0, pair.folders[0]).sent == 0  # settled: nothing more to say
    assert engine.sync_now(j1, pair.folders[1]).sent == 0


def test_a_kept_entry_beats_the_delete_on_a_third_device(tmp_path: Path) -> None:
    """The third device applied the delete before anyone kept the entry: the kept
    version, made with the delete in view, brings it back there too."""
    devices = Devices(tmp_path, 3)
    try:
        j0, j1, j2 = devices.journals
        e0 = j0.entries.add(Entry("note", dt.date(2026, 5, 1), "Gone or not", "first\n"))
        _exchange(devices)
        e1 = j1.db.execute("SELECT id FROM entries WHERE title = 'Gone or not'").fetchone()[0]
        j0.entries.delete(e0)
        _edit(j1, e1, "first\nsecond\n")
        devices.sync(0)
        courier = Courier(devices.folders, None)  # type: ignore[arg-type]
        for name in courier.missing(0, 2):  # only the delete reaches the third device
            target = devices.folders[2] / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes((devices.folders[0] / name).read_bytes())
        devices.sync(2)
        assert j2.entries.count() == 0
        pair = Devices.__new__(Devices)  # the first two meet without the third
        pair.folders, pair.journals = devices.folders[:2], [j0, j1]
        _exchange(pair)
        [c] = conflicts.open_conflicts(j0)
        assert c.reason == "delete" and c.shown_device == "Device 1"
        conflicts.resolve(j0, c, conflicts.KEEP_SHOWN)  # the deleting device keeps it
        _exchange(devices)
        for journal in devices.journals:
            assert conflicts.open_conflicts(journal) == []
            [(body,)] = journal.db.execute("SELECT body FROM entries").fetchall()
            assert body == "first\nsecond\n"
        assert content(j0) == content(j1) == content(j2)
    finally:
        devices.close()


def test_a_head_merged_against_a_base_the_text_never_had_keeps_its_lines() -> None:
    """Found by TestSyncConverges (seed 3912) under load, shrunk to merge alone. B wrote
    line-14 at the end and then line-18 at the top, without seeing A's line-10 at the
    end; C wrote two lines at the top. Folding A then B, B is merged against the body
    it was edited from, which holds line-14; A's text never had it, so diff3 read A as
    having replaced line-14 by line-10 and took that "clean": line-14 was in no body
    and no conflict. Whether it happened hung on the heads' order, that is on the
    wall clock (stamps a second apart, or the same millisecond and the device ids).
    A line may only go when a version that had it in view dropped it."""
    a, b, c = "a" * 32, "b" * 32, "c" * 32
    base = "first\nline-0\nlast\n"
    heads_a = ({a: 1, b: 1}, format_stamp(6131, 0, a), base + "line-10\n", base)
    heads_b = ({b: 3}, None, "line-18\n" + base + "line-14\n", base + "line-14\n")
    heads_c = ({b: 1, c: 1}, None, "line-19\nline-15\n" + base, base)
    for ms_b, ms_c in ((8831, 8831), (8831, 8832), (8832, 8831), (9000, 8000)):
        for dev_b, dev_c in ((b, c), (c, b)):  # which device wins a tie
            hb = (heads_b[0], format_stamp(ms_b, 0, dev_b), *heads_b[2:])
            hc = (heads_c[0], format_stamp(ms_c, 0, dev_c), *heads_c[2:])
            heads = merge.join_heads((heads_a,), merge.join_heads((hb,), (hc,)))
            text, losers = merge.fold(heads)
            everything = text + "".join(body for _stamp, body in losers)
            for line in ("line-10", "line-14", "line-15", "line-18", "line-19"):
                assert line in everything, (ms_b, ms_c, line)


@pytest.mark.parametrize("b_ms, c_ms", [(5000, 5000), (5000, 5001), (5001, 5000), (6000, 5000)])
def test_three_devices_editing_one_entry_lose_no_line_whatever_the_clocks(
    tmp_path: Path, b_ms: int, c_ms: int
) -> None:
    """The steps of TestSyncConverges seed 3912 that mattered, with every clock pinned
    (``wall_ms``): A adds line-10 at the end, B (not having it) line-14 at the end
    and syncs, C two lines at the top, B then line-18 at the top; nobody receives
    anything until all four are made. Before the fix line-14 was in no body and no
    conflict on any device (A's edit stamped before both of B's, which the clocks a
    second apart under load made so in the flaky run)."""
    devices = Devices(tmp_path, 3)
    try:
        b, a, c = devices.journals
        courier = Courier(devices.folders, None)  # type: ignore[arg-type]

        def sync(i: int, ms: int) -> None:
            engine.sync_now(devices.journals[i], devices.folders[i], wall_ms=lambda: ms)

        eid = b.entries.add(Entry("note", dt.date(2026, 1, 9), "t", "first\nline-0\nlast\n"))
        sync(0, 1000)
        courier.deliver_all()
        sync(1, 1000)
        sync(2, 1000)
        uid = b.db.execute("SELECT uid FROM entries WHERE id = ?", (eid,)).fetchone()[0]

        def edit(journal, change) -> None:
            row = journal.db.execute("SELECT id FROM entries WHERE uid = ?", (uid,)).fetchone()
            _edit(journal, row[0], change(journal.entries.get(row[0]).body))

        edit(a, lambda body: body + "line-10\n")
        sync(1, 2000)
        edit(b, lambda body: body + "line-14\n")
        sync(0, 3000)
        edit(c, lambda body: "line-19\nline-15\n" + body)
        sync(2, c_ms)
        edit(b, lambda body: "line-18\n" + body)
        sync(0, b_ms)
        for _round in range(3):
            courier.deliver_all()
            for i in range(3):
                sync(i, 7000)
        shown = [content(j)[f"entries:{uid}"][1]["body"] for j in devices.journals]
        assert shown[0] == shown[1] == shown[2]
        kept = " ".join(
            r[0]
            for j in devices.journals
            for r in j.db.execute(
                "SELECT other_doc FROM sync_conflicts WHERE other_doc IS NOT NULL"
            )
        )
        for line in ("line-10", "line-14", "line-15", "line-18", "line-19"):
            assert line in shown[0] or line in kept, line
    finally:
        devices.close()
