"""Keeping two devices in step over time: a passphrase change re-wraps the folder's
key, a journal file copied to another computer gets its own device id, and
appointments, tips, the experiment and (only if the user opts in) the share log travel."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app import usecases
from app.giveback.tips import TipStore
from app.journal import kdf
from app.journal.journal import Journal
from app.models import Appointment, Entry
from app.report import experiment
from app.sync import crypto, engine
from app.sync.errors import SyncWrongPassphrase
from tests.support.journals import PASSPHRASE
from tests.support.sync import Courier, Devices, content

NEW = "a brand new passphrase"


@pytest.fixture
def pair(tmp_path: Path):
    devices = Devices(tmp_path, 2)
    yield devices
    devices.close()


def _titles(journal) -> set[str]:
    return {r[0] for r in journal.db.execute("SELECT title FROM entries")}


def _exchange(devices: Devices, rounds: int = 2) -> None:
    courier = Courier(devices.folders, None)  # type: ignore[arg-type]
    for _ in range(rounds):
        for i in range(len(devices.journals)):
            devices.sync(i)
            courier.deliver_all()


def test_a_passphrase_change_rewraps_the_folder_key(pair: Devices, tmp_path: Path) -> None:
    j0, j1 = pair.journals
    key = bytes.fromhex(
        j0.db.execute("SELECT value FROM meta WHERE key = 'sync.key'").fetchone()[0]
    )
    usecases.change_passphrase(j0, PASSPHRASE, NEW, profile=kdf.FAST_TEST_PROFILE)
    wrapped = (pair.folders[0] / "sync.key").read_bytes()
    assert crypto.unwrap_key(wrapped, NEW) == key
    with pytest.raises(SyncWrongPassphrase):
        crypto.unwrap_key(wrapped, PASSPHRASE)
    shutil.copy(pair.folders[0] / "sync.key", pair.folders[1] / "sync.key")  # file-sync
    # device B keeps its old passphrase and still syncs both ways
    j1.entries.add(Entry("note", dt.date(2026, 3, 1), "From B", "b\n"))
    j0.entries.add(Entry("note", dt.date(2026, 3, 2), "From A", "a\n"))
    _exchange(pair)
    assert {"From A", "From B"} <= _titles(j0) and _titles(j0) == _titles(j1)
    # a device joining now uses the new passphrase
    with pytest.raises(SyncWrongPassphrase):
        engine.join(
            pair.folders[0], tmp_path / "old.fettle", PASSPHRASE, profile=kdf.FAST_TEST_PROFILE
        )
    joined, _report = engine.join(
        pair.folders[0], tmp_path / "new.fettle", NEW, profile=kdf.FAST_TEST_PROFILE
    )
    with joined:
        assert "From A" in _titles(joined)


def test_a_rewrap_waits_inside_the_journal_while_the_folder_is_away(pair: Devices) -> None:
    j0 = pair.journals[0]
    away = pair.folders[0].with_name("away")
    pair.folders[0].rename(away)
    usecases.change_passphrase(j0, PASSPHRASE, NEW, profile=kdf.FAST_TEST_PROFILE)
    away.rename(pair.folders[0])
    with pytest.raises(SyncWrongPassphrase):  # the folder still holds the old wrapping
        crypto.unwrap_key((pair.folders[0] / "sync.key").read_bytes(), NEW)
    pair.sync(0)
    crypto.unwrap_key((pair.folders[0] / "sync.key").read_bytes(), NEW)


def _copy_device(pair: Devices, tmp_path: Path) -> Journal:
    """Device 0's journal file copied to another computer (the same folder)."""
    path = pair.journals[0].path
    pair.journals[0].lock()
    shutil.copy(path, tmp_path / "copy.fettle")
    pair.journals[0] = Journal.open(path, PASSPHRASE)
    return Journal.open(tmp_path / "copy.fettle", PASSPHRASE)


def test_a_copied_journal_file_gets_its_own_device_id(pair: Devices, tmp_path: Path) -> None:
    pair.journals[0].entries.add(Entry("note", dt.date(2026, 3, 1), "Before copy", "x\n"))
    _exchange(pair)
    copy = _copy_device(pair, tmp_path)
    original = pair.journals[0]
    try:
        copy.entries.add(Entry("note", dt.date(2026, 3, 2), "On the copy", "c\n"))
        original.entries.add(Entry("note", dt.date(2026, 3, 3), "On the original", "o\n"))
        assert engine.sync_now(copy, pair.folders[0]).notices == []  # it writes first
        report = pair.sync(0)
        assert report.notices and "copied to another computer" in report.notices[0]
        assert engine.device_id(original) != engine.device_id(copy)
        _exchange(pair)
        engine.sync_now(copy, pair.folders[0])
        _exchange(pair)
        wanted = {"Before copy", "On the copy", "On the original"}
        for journal in (original, copy, pair.journals[1]):
            assert _titles(journal) == wanted
        assert content(original) == content(pair.journals[1]) == content(copy)
        assert pair.sync(0).notices == [] and engine.sync_now(copy, pair.folders[0]).notices == []
    finally:
        copy.lock()


def test_a_copy_found_as_a_conflict_copy_is_noticed_too(pair: Devices, tmp_path: Path) -> None:
    copy = _copy_device(pair, tmp_path)
    original = pair.journals[0]
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(pair.folders[0], elsewhere)
    try:
        copy.entries.add(Entry("note", dt.date(2026, 3, 2), "On the copy", "c\n"))
        original.entries.add(Entry("note", dt.date(2026, 3, 3), "On the original", "o\n"))
        engine.sync_now(copy, elsewhere)
        pair.sync(0)  # both wrote the same log number, each in its own copy of the folder
        me = engine.device_id(original)
        for written in (elsewhere / "devices" / me).glob("*.log"):
            target = pair.folders[0] / "devices" / me / written.name
            if target.read_bytes() != written.read_bytes():  # Syncthing keeps both
                target.with_name(
                    written.name.replace(".log", ".sync-conflict-20260303-101010-ABCDEFG.log")
                ).write_bytes(written.read_bytes())
        report = pair.sync(0)
        assert report.notices and engine.device_id(original) != me
    finally:
        copy.lock()


def test_appointments_tips_and_the_experiment_travel(pair: Devices) -> None:
    j0, j1 = pair.journals
    symptom = j0.catalog.ensure_symptom("Fatigue")
    j0.appointments.save(
        Appointment(dt.date(2026, 4, 2), "Dr Lee", "tiredness", ("Iron?", "Sleep study?"))
    )
    tip = TipStore(j0).add("Pace the mornings", site="forum.example", status="to_try")
    experiment.save(
        j0, experiment.plan("as usual", "magnesium", symptom.id, dt.date(2026, 4, 1), seed=7)
    )
    _exchange(pair)
    [appointment] = j1.appointments.all()
    assert (appointment.clinician, appointment.questions) == ("Dr Lee", ("Iron?", "Sleep study?"))
    [copied] = TipStore(j1).all()
    assert (copied.text, copied.site) == ("Pace the mornings", "forum.example")
    plan = experiment.load(j1)
    fatigue = j1.db.execute("SELECT id FROM symptoms WHERE name = 'Fatigue'").fetchone()[0]
    assert plan is not None and plan.b == "magnesium" and plan.symptom_id == fatigue
    # edits and deletes travel too
    TipStore(j1).set_status(copied.entry_id, "tried", "it helped")
    j1.appointments.save(Appointment(appointment.day, "Dr Lee", "sleep", (), appointment.id))
    experiment.save(j1, None)
    _exchange(pair)
    assert j0.appointments.all()[0].main_concern == "sleep"
    assert experiment.load(j0) is None
    assert (TipStore(j0).get(tip).status, TipStore(j0).get(tip).outcome) == ("tried", "it helped")
    assert content(j0) == content(j1)


def test_the_share_log_travels_only_when_the_user_opts_in(pair: Devices) -> None:
    j0, j1 = pair.journals
    eid = j0.entries.add(Entry("note", dt.date(2026, 3, 1), "Shared", "text\n"))
    j0.shares.record("mastodon", "clipboard", "What I posted", [eid])
    _exchange(pair)
    assert j1.shares.all() == []
    j0.settings.set("sync_share_log", True)
    _exchange(pair)
    assert j1.settings.get("sync_share_log") is True  # the choice is the journal's
    [share] = j1.shares.all()
    assert share.final_text == "What I posted"
    local = j1.db.execute("SELECT id FROM entries WHERE title = 'Shared'").fetchone()[0]
    assert j1.db.execute("SELECT entry_id FROM share_entries").fetchall() == [(local,)]
    # opting out again stops sending; it deletes nothing anywhere
    j1.settings.set("sync_share_log", False)
    _exchange(pair)
    assert len(j0.shares.all()) == 1 and len(j1.shares.all()) == 1


def test_the_command_line_says_when_a_copy_became_a_device_of_its_own(tmp_path: Path) -> None:
    from tests.app.cli.test_cli import fettle
    from tests.support.journals import make_journal

    first = tmp_path / "laptop.fettle"
    make_journal(first).lock()
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert (
        fettle(
            "sync", "--journal", str(first), "--folder", str(folder), passphrases=[PASSPHRASE]
        ).returncode
        == 0
    )
    copy = tmp_path / "copied.fettle"
    shutil.copy(first, copy)
    for path, title in ((copy, "On the copy"), (first, "On the original")):
        assert (
            fettle(
                "add", "note", "--journal", str(path), "--title", title, passphrases=[PASSPHRASE]
            ).returncode
            == 0
        )
    assert "copied" not in fettle("sync", "--journal", str(copy), passphrases=[PASSPHRASE]).stdout
    proc = fettle("sync", "--journal", str(first), passphrases=[PASSPHRASE])
    assert proc.returncode == 0 and "copied to another computer" in proc.stdout, proc.stdout
    assert "Nothing was lost" in proc.stdout
