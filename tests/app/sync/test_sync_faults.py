"""What can go wrong in a sync folder, and what the user is told: each fault gets plain
words, nothing is half-applied, nothing is lost, and the next sync finishes the job."""

from __future__ import annotations

import datetime as dt
import shutil
import struct
from pathlib import Path

import pytest

from app.models import Entry
from app.sync import engine, log
from app.sync.errors import SyncFolderForeign, SyncFolderMissing, SyncWrongPassphrase
from app.sync.merge import merge3
from tests.app.cli.test_cli import fettle
from tests.support.journals import PASSPHRASE, make_journal
from tests.support.sync import Devices, content


@pytest.fixture
def pair(tmp_path: Path):
    devices = Devices(tmp_path, 2)
    yield devices
    devices.close()


def _add(devices: Devices, i: int, title: str) -> None:
    devices.journals[i].entries.add(Entry("note", dt.date(2026, 3, 1), title, "body\n"))


def _titles(devices: Devices, i: int) -> set[str]:
    return {r[0] for r in devices.journals[i].db.execute("SELECT title FROM entries")}


def _only_log(devices: Devices, i: int) -> Path:
    logs = sorted((devices.folders[i] / "devices").rglob("*.log"))
    assert len(logs) == 1
    return logs[0]


def _carry_log(
    devices: Devices, src: int, dst: int, data: bytes | None = None, name: str | None = None
) -> Path:
    source = _only_log(devices, src)
    target = devices.folders[dst] / source.relative_to(devices.folders[src])
    target.parent.mkdir(parents=True, exist_ok=True)
    target = target.with_name(name or target.name)
    target.write_bytes(source.read_bytes() if data is None else data)
    return target


def _fresh_log(devices: Devices, title: str) -> None:
    for folder in devices.folders:  # start from a clean slate of logs
        shutil.rmtree(folder / "devices", ignore_errors=True)
    _add(devices, 0, title)
    assert devices.sync(0).sent == 1


def test_a_half_copied_log_waits_and_is_read_once_complete(pair: Devices) -> None:
    _fresh_log(pair, "Half")
    whole = _only_log(pair, 0).read_bytes()
    target = _carry_log(pair, 0, 1, whole[: len(whole) // 2])
    report = pair.sync(1)
    assert "not complete yet" in " ".join(report.problems)
    assert "Half" not in _titles(pair, 1) and report.received == 0
    target.write_bytes(whole)
    assert pair.sync(1).problems == [] and "Half" in _titles(pair, 1)


def test_a_log_with_a_bad_tag_is_refused_whole_and_a_sound_copy_is_used(pair: Devices) -> None:
    _fresh_log(pair, "Tagged")
    whole = bytearray(_only_log(pair, 0).read_bytes())
    whole[-1] ^= 1  # the last byte of the tag
    target = _carry_log(pair, 0, 1, bytes(whole))
    report = pair.sync(1)
    assert "damaged" in " ".join(report.problems) and "Tagged" not in _titles(pair, 1)
    # Syncthing's conflict copy of the same log, intact: read as the same log, once
    _carry_log(
        pair, 0, 1, name=target.name.replace(".log", ".sync-conflict-20260101-101010-ABCDEFG.log")
    )
    report = pair.sync(1)
    assert report.problems == [] and report.received == 1
    assert _titles(pair, 1) >= {"Tagged"}
    target.write_bytes(_only_log(pair, 0).read_bytes())  # both copies sound now
    assert pair.sync(1).received == 0  # a duplicate is not applied twice


def test_a_log_from_a_newer_version_is_refused_before_anything_is_applied(pair) -> None:
    _fresh_log(pair, "Future")
    data = bytearray(_only_log(pair, 0).read_bytes())
    struct.pack_into(">H", data, 8, log.FORMAT_VERSION + 1)
    _carry_log(pair, 0, 1, bytes(data))
    report = pair.sync(1)
    assert any("newer version of Fettle" in p for p in report.problems)
    assert "Future" not in _titles(pair, 1)


def test_a_renamed_log_does_not_pass_for_another(pair: Devices) -> None:
    _fresh_log(pair, "First")
    _carry_log(pair, 0, 1, name="000007.log")  # header says 1; name says 7
    _carry_log(pair, 0, 1, name="000001.log")
    data = _only_log(pair, 0).read_bytes()
    forged = data[:18] + struct.pack(">Q", 2) + data[26:]  # header edited: tag fails
    _carry_log(pair, 0, 1, forged, name="000002.log")
    report = pair.sync(1)
    assert report.received == 1 and "damaged" in " ".join(report.problems)


def test_a_folder_that_disappears_leaves_everything_in_place(pair: Devices, tmp_path) -> None:
    _add(pair, 1, "Offline")
    moved = tmp_path / "unplugged"
    pair.folders[1].rename(moved)
    with pytest.raises(SyncFolderMissing) as err:
        pair.sync(1)
    assert "cannot be reached" in err.value.user_message
    assert "Offline" in _titles(pair, 1)
    moved.rename(pair.folders[1])
    assert pair.sync(1).sent == 1


def test_a_clock_hours_behind_still_wins_with_a_later_edit(pair: Devices) -> None:
    """Device 1's clock is 5 hours slow; its edit made after seeing device 0's still
    counts as the later one (the hybrid clock moves past every stamp it has seen)."""
    j0, j1 = pair.journals
    _add(pair, 0, "Clock")
    pair.sync(0)
    shutil.copytree(pair.folders[0] / "devices", pair.folders[1] / "devices", dirs_exist_ok=True)
    engine.sync_now(j1, pair.folders[1], wall_ms=lambda: 1_000)  # far in the past
    eid = j1.db.execute("SELECT id FROM entries WHERE title = 'Clock'").fetchone()[0]
    entry = j1.entries.get(eid)
    entry.title = "Clock, edited later on the slow device"
    j1.entries.update(entry)
    engine.sync_now(j1, pair.folders[1], wall_ms=lambda: 1_000)
    shutil.copytree(pair.folders[1] / "devices", pair.folders[0] / "devices", dirs_exist_ok=True)
    pair.sync(0)
    assert "Clock, edited later on the slow device" in _titles(pair, 0)
    assert content(j0) == content(j1)


def test_a_folder_of_another_journal_is_refused(pair: Devices, tmp_path) -> None:
    other = make_journal(tmp_path / "other.fettle")
    own = tmp_path / "own folder"
    own.mkdir()
    with other:
        engine.set_up(other, own, PASSPHRASE)  # a journal of its own, its own key
        with pytest.raises(SyncFolderForeign):
            engine.set_up(other, pair.folders[0], PASSPHRASE)
        with pytest.raises(SyncFolderForeign):
            engine.sync_now(other, pair.folders[0])
        assert other.settings.get("sync_folder") == str(own.resolve())


def test_joining_with_the_wrong_passphrase_makes_no_file(pair: Devices, tmp_path) -> None:
    with pytest.raises(SyncWrongPassphrase):
        engine.join(pair.folders[0], tmp_path / "new.fettle", "not the passphrase")
    assert not (tmp_path / "new.fettle").exists()


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "merged"),
    [
        ("a\nb\nc\n", "A\nb\nc\n", "a\nb\nC\n", "A\nb\nC\n"),  # apart: both kept
        ("a\nb\n", "a\nb\nx\n", "a\nb\nx\n", "a\nb\nx\n"),  # the same edit once
        ("a\nb\nc\n", "a\nc\n", "a\nb\nc\nd\n", "a\nc\nd\n"),  # a deletion and an addition
        ("", "x\n", "y\n", None),  # overlapping: a conflict
        ("a\nb\n", "a\nB1\n", "a\nB2\n", None),
    ],
)
def test_three_way_merge_of_lines(base, ours, theirs, merged) -> None:
    text, clean = merge3(base, ours, theirs)
    assert clean == (merged is not None)
    assert text == (merged if clean else theirs)


def test_cli_sets_up_syncs_and_joins(tmp_path: Path) -> None:
    first = tmp_path / "laptop.fettle"
    make_journal(first).lock()
    folder = tmp_path / "Sync"
    folder.mkdir()
    proc = fettle(
        "add",
        "note",
        "--journal",
        str(first),
        "--title",
        "From the laptop",
        passphrases=[PASSPHRASE],
    )
    assert proc.returncode == 0, proc.stderr
    proc = fettle(
        "sync",
        "--journal",
        str(first),
        "--folder",
        str(folder),
        "--name",
        "Laptop",
        passphrases=[PASSPHRASE],
    )
    assert proc.returncode == 0, proc.stderr
    assert "1 change(s) sent" in proc.stdout or "change(s) sent" in proc.stdout
    second = tmp_path / "desktop.fettle"
    proc = fettle(
        "sync",
        "--join",
        str(folder),
        "--journal",
        str(second),
        "--name",
        "Desktop",
        passphrases=[PASSPHRASE],
    )
    assert proc.returncode == 0, proc.stderr
    assert "1 entries" in proc.stdout and "Laptop" in proc.stdout
    proc = fettle("sync", "--journal", str(second), passphrases=[PASSPHRASE])
    assert proc.returncode == 0 and "0 received" in proc.stdout
    proc = fettle(
        "sync",
        "--join",
        str(tmp_path),
        "--journal",
        str(tmp_path / "x.fettle"),
        passphrases=[PASSPHRASE],
    )
    assert proc.returncode != 0 and "no synced journal" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_joined_device_finds_synced_entries_by_text_and_symptom(tmp_path: Path) -> None:
    """Rows written by sync reach the full-text index (body and rated symptom)."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    with make_journal(tmp_path / "a.fettle") as j:
        from app.models import SymptomReading

        s = j.catalog.ensure_symptom("Tinnitus")
        j.entries.add(
            Entry(
                "symptom",
                dt.date(2026, 1, 2),
                "Ears",
                "ringing after the train\n",
                readings=[SymptomReading(s.id, 5)],
            )
        )
        engine.set_up(j, folder, PASSPHRASE)
        engine.sync_now(j)
    joined, _report = engine.join(folder, tmp_path / "b.fettle", PASSPHRASE)
    with joined:
        assert [h.row.title for h in joined.search("train")] == ["Ears"]
        assert [h.row.title for h in joined.search("tinnitus")] == ["Ears"]
        assert joined.check() == []
