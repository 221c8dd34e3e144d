"""What the user tracks: symptoms, treatments (with dose history), conditions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.errors import InvalidInput, NotFound
from app.journal.entries import clean_text, refresh_facets
from app.models import (
    DOSE_STATUSES,
    MAX_WASHIN_DAYS,
    TREATMENT_KINDS,
    Condition,
    DoseChange,
    DoseEvent,
    Symptom,
    Treatment,
)

if TYPE_CHECKING:
    from app.journal.journal import Journal


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _name(text: str, what: str) -> str:
    name = " ".join(clean_text(text, 200).split())
    if not name:
        raise InvalidInput(user_message=f"Give the {what} a name.")
    return name


def _check_dose(change: DoseChange) -> None:
    if change.dose_amount is not None and change.dose_amount < 0:
        raise InvalidInput(user_message="A dose cannot be negative.")


def _follow_latest_dose(db, treatment_id: int) -> None:
    """The treatment's current dose is its latest dose change (unchanged when it has none)."""
    latest = db.execute(
        "SELECT dose_amount, dose_unit, schedule FROM dose_changes "
        "WHERE treatment_id = ? ORDER BY day DESC, id DESC LIMIT 1",
        (treatment_id,),
    ).fetchone()
    if latest is not None:
        db.execute(
            "UPDATE treatments SET dose_amount = ?, "
            "dose_unit = coalesce(nullif(?, ''), dose_unit), "
            "schedule = coalesce(nullif(?, ''), schedule) WHERE id = ?",
            (*latest, treatment_id),
        )


class Catalog:
    def __init__(self, journal: Journal) -> None:
        self._j = journal

    # -- symptoms ----------------------------------------------------------

    def symptoms(self, *, include_archived: bool = False) -> list[Symptom]:
        sql = "SELECT id, name, body_area, archived FROM symptoms"
        if not include_archived:
            sql += " WHERE archived = 0"
        return [
            Symptom(i, n, a, bool(x))
            for i, n, a, x in self._j.db.execute(sql + " ORDER BY name COLLATE NOCASE")
        ]

    def symptom_by_name(self, name: str) -> Symptom | None:
        row = self._j.db.execute(
            "SELECT id, name, body_area, archived FROM symptoms WHERE name = ?",
            (" ".join(name.split()),),
        ).fetchone()
        return Symptom(row[0], row[1], row[2], bool(row[3])) if row else None

    def ensure_symptom(self, name: str, body_area: str = "") -> Symptom:
        """The symptom with this name (any case), created if new, un-archived if archived."""
        name = _name(name, "symptom")
        found = self.symptom_by_name(name)
        if found is not None:
            if found.archived:
                self.set_symptom_archived(found.id, False)
            return Symptom(found.id, found.name, found.body_area, False)
        with self._j.transaction() as db:
            cur = db.execute(
                "INSERT INTO symptoms (name, body_area) VALUES (?, ?)",
                (name, clean_text(body_area, 100)),
            )
        return Symptom(int(cur.lastrowid), name, body_area)

    def rename_symptom(self, symptom_id: int, name: str, body_area: str | None = None) -> None:
        name = _name(name, "symptom")
        with self._j.transaction() as db:
            other = db.execute(
                "SELECT id FROM symptoms WHERE name = ? AND id != ?", (name, symptom_id)
            ).fetchone()
            if other:
                raise InvalidInput(user_message=f"You already track a symptom called {name!r}.")
            db.execute(
                "UPDATE symptoms SET name = ?, body_area = coalesce(?, body_area) WHERE id = ?",
                (name, body_area, symptom_id),
            )
            refresh_facets(
                db,
                "id IN (SELECT entry_id FROM symptom_readings WHERE symptom_id = ?)",
                (symptom_id,),
            )

    def set_symptom_archived(self, symptom_id: int, archived: bool) -> None:
        with self._j.transaction() as db:
            db.execute("UPDATE symptoms SET archived = ? WHERE id = ?", (int(archived), symptom_id))

    # -- treatments --------------------------------------------------------

    def treatments(self) -> list[Treatment]:
        db = self._j.db
        changes: dict[int, list[DoseChange]] = {}
        for cid, tid, day, amount, unit, sched, note in db.execute(
            "SELECT id, treatment_id, day, dose_amount, dose_unit, schedule, note "
            "FROM dose_changes ORDER BY day, id"
        ):
            changes.setdefault(tid, []).append(
                DoseChange(dt.date.fromisoformat(day), amount, unit, sched, note, cid)
            )
        out = []
        for row in db.execute(
            "SELECT id, name, kind, dose_amount, dose_unit, route, schedule, start_day, "
            "stop_day, effect_rating, side_effects, notes, washin_days FROM treatments "
            "ORDER BY (stop_day IS NOT NULL), start_day DESC, name"
        ):
            tid = row[0]
            out.append(
                Treatment(
                    row[1],
                    row[2],
                    row[3],
                    row[4],
                    row[5],
                    row[6],
                    _day(row[7]),
                    _day(row[8]),
                    row[9],
                    row[10],
                    row[11],
                    changes.get(tid, []),
                    tid,
                    row[12],
                )
            )
        return out

    def treatment(self, treatment_id: int) -> Treatment:
        for t in self.treatments():
            if t.id == treatment_id:
                return t
        raise NotFound(f"treatment {treatment_id}")

    def save_treatment(self, t: Treatment) -> int:
        """Insert or update a treatment (dose changes are saved separately)."""
        if t.kind not in TREATMENT_KINDS:
            raise InvalidInput(user_message="A treatment is a medication or a therapy.")
        if t.start_day and t.stop_day and t.stop_day < t.start_day:
            raise InvalidInput(user_message="A treatment cannot stop before it starts.")
        if t.effect_rating is not None and not 0 <= t.effect_rating <= 10:
            raise InvalidInput(user_message="Effect is rated from 0 to 10.")
        if t.dose_amount is not None and t.dose_amount < 0:
            raise InvalidInput(user_message="A dose cannot be negative.")
        if t.washin_days is not None and not 0 <= t.washin_days <= MAX_WASHIN_DAYS:
            raise InvalidInput(
                user_message=f"The time a treatment takes to work is from 0 to "
                f"{MAX_WASHIN_DAYS} days."
            )
        values = (
            _name(t.name, "treatment"),
            t.kind,
            t.dose_amount,
            clean_text(t.dose_unit, 40),
            clean_text(t.route, 80),
            clean_text(t.schedule, 200),
            _iso(t.start_day),
            _iso(t.stop_day),
            t.effect_rating,
            clean_text(t.side_effects, 5000),
            clean_text(t.notes, 20000),
            t.washin_days,
        )
        cols = (
            "name, kind, dose_amount, dose_unit, route, schedule, start_day, stop_day, "
            "effect_rating, side_effects, notes, washin_days"
        )
        with self._j.transaction() as db:
            if t.id is None:
                cur = db.execute(
                    f"INSERT INTO treatments ({cols}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", values
                )
                return int(cur.lastrowid)
            sets = ", ".join(f"{c.strip()} = ?" for c in cols.split(","))
            if (
                db.execute(f"UPDATE treatments SET {sets} WHERE id = ?", (*values, t.id)).rowcount
                != 1
            ):
                raise NotFound(f"treatment {t.id}")
            refresh_facets(
                db, "id IN (SELECT entry_id FROM entry_treatments WHERE treatment_id = ?)", (t.id,)
            )
            return t.id

    def treatment_by_name(self, name: str) -> Treatment | None:
        """The treatment called ``name`` (any case, spaces folded), if there is one."""
        wanted = " ".join(name.split()).casefold()
        return next((t for t in self.treatments() if t.name.casefold() == wanted), None)

    def ensure_treatment(self, name: str, kind: str = "medication") -> Treatment:
        """The treatment with this name, created (started today) if it is new."""
        found = self.treatment_by_name(_name(name, "treatment"))
        if found is not None:
            return found
        return self.treatment(
            self.save_treatment(Treatment(" ".join(name.split()), kind, start_day=dt.date.today()))
        )

    def add_dose_change(self, treatment_id: int, change: DoseChange) -> int:
        """Record a new dose from ``change.day`` on; the treatment's current dose follows."""
        _check_dose(change)
        with self._j.transaction() as db:
            if (
                db.execute("SELECT 1 FROM treatments WHERE id = ?", (treatment_id,)).fetchone()
                is None
            ):
                raise NotFound(f"treatment {treatment_id}")
            cur = db.execute(
                "INSERT INTO dose_changes (treatment_id, day, dose_amount, dose_unit, schedule, "
                "note) VALUES (?,?,?,?,?,?)",
                (
                    treatment_id,
                    change.day.isoformat(),
                    change.dose_amount,
                    clean_text(change.dose_unit, 40),
                    clean_text(change.schedule, 200),
                    clean_text(change.note, 2000),
                ),
            )
            _follow_latest_dose(db, treatment_id)
            return int(cur.lastrowid)

    def update_dose_change(self, change: DoseChange) -> None:
        """Correct a recorded dose change (its date, amount, unit, schedule or note)."""
        _check_dose(change)
        with self._j.transaction() as db:
            row = db.execute(
                "SELECT treatment_id FROM dose_changes WHERE id = ?", (change.id,)
            ).fetchone()
            if row is None:
                raise NotFound(f"dose change {change.id}")
            db.execute(
                "UPDATE dose_changes SET day = ?, dose_amount = ?, dose_unit = ?, "
                "schedule = ?, note = ? WHERE id = ?",
                (
                    change.day.isoformat(),
                    change.dose_amount,
                    clean_text(change.dose_unit, 40),
                    clean_text(change.schedule, 200),
                    clean_text(change.note, 2000),
                    change.id,
                ),
            )
            _follow_latest_dose(db, row[0])

    def delete_dose_change(self, change_id: int) -> DoseChange:
        """Remove a dose change (returned, for undo); the current dose follows the latest left."""
        with self._j.transaction() as db:
            row = db.execute(
                "SELECT treatment_id, day, dose_amount, dose_unit, schedule, note "
                "FROM dose_changes WHERE id = ?",
                (change_id,),
            ).fetchone()
            if row is None:
                raise NotFound(f"dose change {change_id}")
            db.execute("DELETE FROM dose_changes WHERE id = ?", (change_id,))
            _follow_latest_dose(db, row[0])
        return DoseChange(dt.date.fromisoformat(row[1]), row[2], row[3], row[4], row[5], change_id)

    def sync_dose_changes(self, treatment_id: int, changes: list[DoseChange]) -> None:
        """Make the dose history exactly ``changes``: new ones (no id) are added, changed
        ones updated, and ones no longer listed removed; all in one transaction."""
        with self._j.transaction() as db:
            have = {c.id: c for c in self.treatment(treatment_id).dose_changes}
            keep = {c.id for c in changes if c.id is not None}
            for gone in set(have) - keep:
                self.delete_dose_change(gone)
            for change in changes:
                if change.id is None:
                    self.add_dose_change(treatment_id, change)
                elif change.id in have and have[change.id] != change:
                    self.update_dose_change(change)
            _follow_latest_dose(db, treatment_id)

    def log_dose(self, treatment_id: int, event: DoseEvent) -> int:
        if event.status not in DOSE_STATUSES:
            raise InvalidInput(user_message="A dose is either taken or skipped.")
        with self._j.transaction() as db:
            cur = db.execute(
                "INSERT INTO dose_events (treatment_id, day, time, status, note) "
                "VALUES (?,?,?,?,?)",
                (
                    treatment_id,
                    event.day.isoformat(),
                    event.time.strftime("%H:%M") if event.time else None,
                    event.status,
                    clean_text(event.note, 2000),
                ),
            )
            return int(cur.lastrowid)

    def dose_events(self, treatment_id: int) -> list[DoseEvent]:
        return [
            DoseEvent(dt.date.fromisoformat(d), s, dt.time.fromisoformat(t) if t else None, n, i)
            for i, d, t, s, n in self._j.db.execute(
                "SELECT id, day, time, status, note FROM dose_events "
                "WHERE treatment_id = ? ORDER BY day, time, id",
                (treatment_id,),
            )
        ]

    # -- conditions --------------------------------------------------------

    def conditions(self) -> list[Condition]:
        return [
            Condition(n, _day(d), notes, i)
            for i, n, d, notes in self._j.db.execute(
                "SELECT id, name, diagnosed_day, notes FROM conditions ORDER BY name COLLATE NOCASE"
            )
        ]

    def save_condition(self, c: Condition) -> int:
        values = (_name(c.name, "condition"), _iso(c.diagnosed_day), clean_text(c.notes, 20000))
        with self._j.transaction() as db:
            clash = db.execute("SELECT id FROM conditions WHERE name = ?", (values[0],)).fetchone()
            if clash and clash[0] != c.id:
                if c.id is None:
                    return int(clash[0])
                raise InvalidInput(user_message=f"You already have a condition {values[0]!r}.")
            if c.id is None:
                return int(
                    db.execute(
                        "INSERT INTO conditions (name, diagnosed_day, notes) VALUES (?,?,?)", values
                    ).lastrowid
                )
            db.execute(
                "UPDATE conditions SET name=?, diagnosed_day=?, notes=? WHERE id=?", (*values, c.id)
            )
            refresh_facets(
                db, "id IN (SELECT entry_id FROM entry_conditions WHERE condition_id = ?)", (c.id,)
            )
            return c.id
