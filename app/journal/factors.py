"""Daily factors: things tracked once a day besides symptoms (sleep hours, steps,
"alcohol" yes/no, stress 0-10), one value per factor and day.

A day with no row is "not recorded". That is different from 0 (no alcohol, no
steps), so clearing a value deletes its row instead of storing a zero, and the
insights never mistake a forgotten day for a good one.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING

from app.errors import InvalidInput, NotFound
from app.journal.entries import clean_text
from app.models import FACTOR_KINDS, Factor

if TYPE_CHECKING:
    from app.journal.journal import Journal

MAX_NAME = 100
MAX_UNIT = 20
MAX_NUMBER = 1e12  # steps, ml, minutes: anything larger is a typo

_COLUMNS = "id, name, kind, unit, archived, position"


def _factor(row) -> Factor:
    return Factor(int(row[0]), row[1], row[2], row[3], bool(row[4]), int(row[5]))


def _name(text: str) -> str:
    name = " ".join(clean_text(text, MAX_NAME).split())
    if not name:
        raise InvalidInput(user_message="Give the daily factor a name, e.g. Sleep.")
    return name


def _kind(kind: str) -> str:
    if kind not in FACTOR_KINDS:
        raise InvalidInput(
            user_message="A daily factor is a number, a yes/no, or a scale from 0 to 10."
        )
    return kind


def check_value(kind: str, value: float) -> float:
    """``value`` as stored for a factor of ``kind``, or ``InvalidInput`` in plain words."""
    if isinstance(value, bool):
        value = float(value)
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidInput(user_message="Enter a number.")
    value = float(value)
    if kind == "yesno" and value not in (0.0, 1.0):
        raise InvalidInput(user_message="Answer yes or no.")
    if kind == "scale" and not 0 <= value <= 10:
        raise InvalidInput(user_message="Choose a value from 0 to 10.")
    if kind == "number" and abs(value) > MAX_NUMBER:
        raise InvalidInput(user_message="That number is too large.")
    return value


class FactorStore:
    """``journal.factors``: the factors and their daily values."""

    def __init__(self, journal: Journal) -> None:
        self._j = journal

    def list(self, include_archived: bool = False) -> list[Factor]:
        sql = f"SELECT {_COLUMNS} FROM factors"
        if not include_archived:
            sql += " WHERE archived = 0"
        return [
            _factor(r)
            for r in self._j.db.execute(sql + " ORDER BY position, name COLLATE NOCASE, id")
        ]

    def get(self, factor_id: int) -> Factor:
        row = self._j.db.execute(
            f"SELECT {_COLUMNS} FROM factors WHERE id = ?", (factor_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"factor {factor_id}")
        return _factor(row)

    def by_name(self, name: str) -> Factor | None:
        row = self._j.db.execute(
            f"SELECT {_COLUMNS} FROM factors WHERE name = ?", (" ".join(name.split()),)
        ).fetchone()
        return _factor(row) if row else None

    def ensure(self, name: str, kind: str, unit: str = "") -> Factor:
        """The factor with this name (any case), created if new and un-archived if
        archived. An existing factor keeps its kind: its values were recorded as that."""
        name, kind = _name(name), _kind(kind)
        unit = " ".join(clean_text(unit, MAX_UNIT).split())
        with self._j.transaction() as db:
            row = db.execute(f"SELECT {_COLUMNS} FROM factors WHERE name = ?", (name,)).fetchone()
            if row is not None:
                if row[4]:
                    db.execute("UPDATE factors SET archived = 0 WHERE id = ?", (row[0],))
                return Factor(int(row[0]), row[1], row[2], row[3], False, int(row[5]))
            position = db.execute("SELECT coalesce(max(position), -1) + 1 FROM factors").fetchone()[
                0
            ]
            cur = db.execute(
                "INSERT INTO factors (name, kind, unit, position) VALUES (?, ?, ?, ?)",
                (name, kind, unit, position),
            )
        return Factor(int(cur.lastrowid), name, kind, unit, False, int(position))

    def update(self, factor: Factor) -> None:
        """Rename, re-unit, re-order or (un)archive. Changing the kind is refused once
        values exist that the new kind cannot hold."""
        name, kind = _name(factor.name), _kind(factor.kind)
        unit = " ".join(clean_text(factor.unit, MAX_UNIT).split())
        with self._j.transaction() as db:
            old = db.execute("SELECT kind FROM factors WHERE id = ?", (factor.id,)).fetchone()
            if old is None:
                raise NotFound(f"factor {factor.id}")
            clash = db.execute(
                "SELECT 1 FROM factors WHERE name = ? AND id != ?", (name, factor.id)
            ).fetchone()
            if clash:
                raise InvalidInput(user_message=f"You already track a factor called {name!r}.")
            if kind != old[0]:
                for (value,) in db.execute(
                    "SELECT value FROM factor_values WHERE factor_id = ?", (factor.id,)
                ):
                    try:
                        check_value(kind, value)
                    except InvalidInput:
                        raise InvalidInput(
                            user_message=(
                                f"{name} already has values that do not fit the new kind, "
                                "so its kind was not changed."
                            )
                        ) from None
            db.execute(
                "UPDATE factors SET name = ?, kind = ?, unit = ?, archived = ?, "
                "position = ? WHERE id = ?",
                (name, kind, unit, int(factor.archived), int(factor.position), factor.id),
            )

    def archive(self, factor_id: int) -> None:
        """Stop asking for it; its values stay for the trends and insights."""
        with self._j.transaction() as db:
            if (
                db.execute("UPDATE factors SET archived = 1 WHERE id = ?", (factor_id,)).rowcount
                != 1
            ):
                raise NotFound(f"factor {factor_id}")

    def set_value(self, factor_id: int, day: dt.date, value: float | None) -> None:
        """Record one day's value; ``None`` means not recorded (the row is deleted)."""
        with self._j.transaction() as db:
            row = db.execute("SELECT kind FROM factors WHERE id = ?", (factor_id,)).fetchone()
            if row is None:
                raise NotFound(f"factor {factor_id}")
            if value is None:
                db.execute(
                    "DELETE FROM factor_values WHERE factor_id = ? AND day = ?",
                    (factor_id, day.isoformat()),
                )
                return
            db.execute(
                "INSERT OR REPLACE INTO factor_values (factor_id, day, value) VALUES (?, ?, ?)",
                (factor_id, day.isoformat(), check_value(row[0], value)),
            )

    def values(self, factor_id: int, start: dt.date, end: dt.date) -> dict[dt.date, float]:
        """Recorded values from ``start`` to ``end`` inclusive; missing days are absent."""
        return {
            dt.date.fromisoformat(d): float(v)
            for d, v in self._j.db.execute(
                "SELECT day, value FROM factor_values WHERE factor_id = ? AND day BETWEEN ? AND ? "
                "ORDER BY day",
                (factor_id, start.isoformat(), end.isoformat()),
            )
        }

    def day_values(self, day: dt.date) -> dict[int, float]:
        """Every factor's value on one day (archived factors too), by factor id."""
        return {
            int(f): float(v)
            for f, v in self._j.db.execute(
                "SELECT factor_id, value FROM factor_values WHERE day = ?", (day.isoformat(),)
            )
        }

    def all_values(self) -> list[tuple[int, dt.date, float]]:
        """Every recorded value, for the lossless export."""
        return [
            (int(f), dt.date.fromisoformat(d), float(v))
            for f, d, v in self._j.db.execute(
                "SELECT factor_id, day, value FROM factor_values ORDER BY factor_id, day"
            )
        ]
