"""The daily check-in: one day's symptom ratings, daily factors and doses at once.

A check-in is stored as what it is made of, so the rest of Fettle reads it without
knowing about check-ins: the ratings go into one symptom entry tagged ``check-in``
for that day (updated if the check-in is done again), each factor into
``factor_values``, each dose into ``dose_events``. A blank field is not recorded:
no reading, no factor row, no dose event; never a 0.

``load`` runs on the worker thread and returns plain values for the window; ``save``
takes the window's answers back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.dose_times import due_on
from app.models import DoseEvent, Entry, EntryFilter, Factor, Symptom, SymptomReading

if TYPE_CHECKING:
    from app.journal.journal import Journal

TAG = "check-in"
MAX_SYMPTOMS = 40  # the most recently rated first; more would not be a quick check-in


@dataclass(frozen=True)
class DueDose:
    """One scheduled dose on the check-in's day."""

    treatment_id: int
    name: str  # shown only inside the unlocked window
    time: dt.time
    status: str | None = None  # "taken", "skipped", or None: not marked yet


@dataclass
class CheckInData:
    day: dt.date
    symptoms: list[Symptom]
    factors: list[Factor]
    symptom_values: dict[int, int] = field(default_factory=dict)  # already recorded that day
    factor_values: dict[int, float] = field(default_factory=dict)
    previous_symptoms: dict[int, int] = field(default_factory=dict)  # the day before
    previous_factors: dict[int, float] = field(default_factory=dict)
    doses: list[DueDose] = field(default_factory=list)
    entry_id: int | None = None  # the day's check-in entry, if there is one


@dataclass
class CheckInAnswers:
    day: dt.date
    symptoms: dict[int, int | None]  # None: not recorded
    factors: dict[int, float | None]
    doses: dict[tuple[int, dt.time], str | None] = field(default_factory=dict)
    entry_id: int | None = None


def _ratings_on(journal: Journal, day: dt.date) -> dict[int, int]:
    """Each symptom's rating on ``day``: the latest, if it was rated more than once."""
    out: dict[int, int] = {}
    for sid, severity in journal.db.execute(
        "SELECT r.symptom_id, r.severity FROM symptom_readings r "
        "JOIN entries e ON e.id = r.entry_id WHERE e.day = ? ORDER BY e.at, e.id",
        (day.isoformat(),),
    ):
        out[int(sid)] = int(severity)
    return out


def _checkin_entry(journal: Journal, day: dt.date) -> Entry | None:
    page = journal.entries.page(
        EntryFilter(kinds=("symptom",), tag=TAG, date_from=day, date_to=day), limit=1
    )
    return journal.entries.get(page.rows[0].id) if page.rows else None


def _tracked_symptoms(journal: Journal) -> list[Symptom]:
    """Active symptoms, most recently rated first, then by name."""
    symptoms = journal.catalog.symptoms()
    last = dict(
        journal.db.execute(
            "SELECT symptom_id, max(at) FROM symptom_readings GROUP BY symptom_id"
        ).fetchall()
    )
    ordered = sorted(symptoms, key=lambda s: s.name.casefold())
    ordered.sort(key=lambda s: last.get(s.id, ""), reverse=True)  # stable: names stay sorted
    return ordered[:MAX_SYMPTOMS]


def due_doses(journal: Journal, day: dt.date) -> list[DueDose]:
    """Scheduled doses on ``day`` and how each was marked (in order of the events)."""
    out = []
    for t in journal.catalog.treatments():
        times = due_on(t, day)
        if not times:
            continue
        events = [e for e in journal.catalog.dose_events(t.id) if e.day == day]
        by_time = {e.time: e.status for e in events if e.time is not None}
        untimed = [e.status for e in events if e.time is None or e.time not in times]
        for time in times:
            status = by_time.get(time) or (untimed.pop(0) if untimed else None)
            out.append(DueDose(t.id, t.name, time, status))
    return out


def load(journal: Journal, day: dt.date) -> CheckInData:
    previous = day - dt.timedelta(days=1)
    entry = _checkin_entry(journal, day)
    return CheckInData(
        day,
        _tracked_symptoms(journal),
        journal.factors.list(),
        symptom_values={r.symptom_id: r.severity for r in entry.readings} if entry else {},
        factor_values=journal.factors.day_values(day),
        previous_symptoms=_ratings_on(journal, previous),
        previous_factors=journal.factors.day_values(previous),
        doses=due_doses(journal, day),
        entry_id=entry.id if entry else None,
    )


def save(journal: Journal, answers: CheckInAnswers) -> int:
    """Write the answers in one transaction; returns how many values were recorded."""
    day = answers.day
    readings = [SymptomReading(sid, int(v)) for sid, v in answers.symptoms.items() if v is not None]
    with journal.transaction():
        entry = _checkin_entry(journal, day)
        if entry is not None:
            # ratings the check-in did not show stay as they were
            kept = [r for r in entry.readings if r.symptom_id not in answers.symptoms]
            entry.readings = kept + readings
            if entry.readings or entry.body.strip():
                journal.entries.update(entry)
            else:
                journal.entries.delete(entry.id)
        elif readings:
            journal.entries.add(
                Entry("symptom", day, title="Daily check-in", tags=[TAG], readings=readings)
            )
        for fid, value in answers.factors.items():
            journal.factors.set_value(fid, day, value)
        already = {(d.treatment_id, d.time): d.status for d in due_doses(journal, day)}
        for (tid, time), status in answers.doses.items():
            if status is not None and already.get((tid, time)) is None:
                journal.catalog.log_dose(tid, DoseEvent(day, status, time))
    return (
        len(readings)
        + sum(v is not None for v in answers.factors.values())
        + sum(s is not None for s in answers.doses.values())
    )
