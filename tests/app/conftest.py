"""Fixtures for core tests: real SQLCipher journals in tmp_path.

Journals made here use the fast test KDF profile (64 MiB, t=1), which the file
header records, so every later open of them is fast too. The app itself always
creates journals with the default profile.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.journal.journal import Journal
from app.models import Condition, Entry, SymptomReading, Treatment
from tests.support.journals import make_journal


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.fettle"


@pytest.fixture
def jpath(tmp_path: Path) -> Path:
    """A closed journal file, for tests that open it in another process."""
    path = tmp_path / "cli.fettle"
    make_journal(path).lock()
    return path


@pytest.fixture
def journal(journal_path: Path):
    j = make_journal(journal_path)
    yield j
    j.lock()


@pytest.fixture
def filled(journal: Journal) -> Journal:
    """A small journal with one of everything, for search and filter tests."""
    cat = journal.catalog
    headache = cat.ensure_symptom("Headache", "head")
    fatigue = cat.ensure_symptom("Fatigue")
    nausea = cat.ensure_symptom("Nausea")
    mtx = cat.save_treatment(
        Treatment(
            "Methotrexate",
            dose_amount=15,
            dose_unit="mg",
            schedule="weekly",
            start_day=dt.date(2026, 2, 1),
        )
    )
    ra = cat.save_condition(Condition("Rheumatoid arthritis", dt.date(2025, 6, 1)))
    E = Entry
    journal.entries.add_many(
        [
            E(
                "symptom",
                dt.date(2026, 3, 2),
                "Morning headache",
                "Woke with a pounding headache after a late night of screen time.",
                tags=["screen", "sleep"],
                readings=[SymptomReading(headache.id, 7)],
            ),
            E(
                "symptom",
                dt.date(2026, 3, 20),
                "",
                "Fatigue all afternoon; the stairs felt like a mountain.",
                tags=["work"],
                readings=[SymptomReading(fatigue.id, 5), SymptomReading(headache.id, 2)],
            ),
            E(
                "symptom",
                dt.date(2026, 4, 5),
                "Queasy",
                "Nausea the day after the methotrexate dose.",
                tags=["side-effect"],
                readings=[SymptomReading(nausea.id, 4)],
                treatment_ids=[mtx],
            ),
            E(
                "treatment",
                dt.date(2026, 2, 1),
                "Started methotrexate",
                "First weekly dose. Folic acid the next day.",
                treatment_ids=[mtx],
                condition_ids=[ra],
                tags=["meds"],
            ),
            E(
                "lesson",
                dt.date(2026, 4, 10),
                "Pacing",
                "Resting before the crash, not after, keeps the fatigue down.",
                tags=["pacing"],
                condition_ids=[ra],
            ),
            E(
                "note",
                dt.date(2025, 12, 24),
                "Holiday",
                "Quiet day. No headache at all, which felt like a gift.",
                tags=["family"],
            ),
        ]
    )
    return journal


def _secret_service_problem() -> str | None:
    """Why the Secret Service cannot be used here, or None if it can."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session bus (run the tests with: bash packaging/dev.sh test)"
    try:
        from keyring.backends import SecretService

        SecretService.Keyring.priority  # noqa: B018  (raises when unreachable)
    except Exception as exc:  # noqa: BLE001  any failure here means "not reachable"
        return f"no Secret Service on the session bus: {exc}"
    return None


@pytest.fixture
def secret_service() -> Iterator[KeyringBackend]:
    problem = _secret_service_problem()
    if problem is not None:
        if os.environ.get("FETTLE_REQUIRE_KEYRING") == "1":
            pytest.fail(f"FETTLE_REQUIRE_KEYRING=1 but {problem}", pytrace=False)
        pytest.skip(problem)
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
