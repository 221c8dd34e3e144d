"""Conflicts made by two real journals syncing through a folder, listed in plain words
and settled each way; the choice syncs and ends the other device's conflict too."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from app.models import Entry
from app.sync import conflicts, engine
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
