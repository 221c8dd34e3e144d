"""Nothing in the sync folder is readable without the passphrase, in any encoding the
other leak tests look for, and its file names say nothing but ids and numbers."""

from __future__ import annotations

import datetime as dt
import re
import zlib
from pathlib import Path

import pytest

from app.models import Entry, SymptomReading
from app.profile import PrivacyProfile, ProfileTerm
from app.sync import engine, log
from tests.support.journals import PASSPHRASE, make_journal
from tests.support.leakscan import find_leaks

CANARY = "Zyxoprine canary 4471 at Wexcombe Clinic"


def test_sync_folder_holds_no_readable_trace(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    with make_journal(tmp_path / "a.fettle") as j:
        symptom = j.catalog.ensure_symptom(CANARY[:30])
        j.entries.add(
            Entry(
                "symptom",
                dt.date(2026, 1, 2),
                CANARY,
                f"# {CANARY}\n" * 3,
                readings=[SymptomReading(symptom.id, 7)],
                tags=["zyxoprine"],
            )
        )
        j.profile.set(PrivacyProfile((ProfileTerm("place", CANARY),), "GB", CANARY))
        engine.set_up(j, folder, PASSPHRASE)
        engine.set_device_name(j, CANARY[:20])
        assert engine.sync_now(j).sent >= 3
        eid = j.db.execute("SELECT id FROM entries").fetchone()[0]
        j.entries.delete(eid)  # a delete is a change too
        engine.sync_now(j)
    joined, report = engine.join(folder, tmp_path / "b.fettle", PASSPHRASE)
    with joined:
        assert report.received >= 3
        assert joined.profile.get().display_name == CANARY  # it did travel, encrypted
        engine.sync_now(joined)
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len(files) >= 3
    for secret in (CANARY, "Zyxoprine", "Wexcombe", "zyxoprine", PASSPHRASE):
        assert find_leaks([folder], secret) == []
    for path in files:  # the body is compressed before it is encrypted: not after
        if path.suffix == ".log":
            with pytest.raises(zlib.error):
                zlib.decompress(path.read_bytes()[log.HEADER_SIZE :])
        relative = path.relative_to(folder).as_posix()
        assert re.fullmatch(
            r"sync\.key|devices/[0-9a-f]{32}/(\d{6}\.(log|snap)|seen\.dat)", relative
        ), relative
