"""The share log (what was disclosed, where, when, word for word) and
appointments (main concern and questions, kept for the next summary)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.journal.entries import clean_text
from app.models import Appointment, ShareRecord

if TYPE_CHECKING:
    from app.journal.journal import Journal


class ShareLog:
    def __init__(self, journal: Journal) -> None:
        self._j = journal

    def record(self, destination: str, method: str, final_text: str, entry_ids: list[int]) -> int:
        shared_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._j.transaction() as db:
            share_id = int(
                db.execute(
                    "INSERT INTO shares (shared_at, destination, method, final_text) "
                    "VALUES (?,?,?,?)",
                    (shared_at, destination, method, final_text),
                ).lastrowid
            )
            db.executemany(
                "INSERT OR IGNORE INTO share_entries VALUES (?, ?)",
                [(share_id, e) for e in entry_ids],
            )
        return share_id

    def all(self) -> list[ShareRecord]:
        db = self._j.db
        links: dict[int, list[int]] = {}
        for share_id, entry_id in db.execute(
            "SELECT share_id, entry_id FROM share_entries ORDER BY entry_id"
        ):
            links.setdefault(share_id, []).append(entry_id)
        return [
            ShareRecord(at, dest, method, text, tuple(links.get(i, ())), i)
            for i, at, dest, method, text in db.execute(
                "SELECT id, shared_at, destination, method, final_text FROM shares "
                "ORDER BY shared_at DESC, id DESC"
            )
        ]

    def delete(self, share_id: int) -> None:
        with self._j.transaction() as db:
            db.execute("DELETE FROM shares WHERE id = ?", (share_id,))


class Appointments:
    def __init__(self, journal: Journal) -> None:
        self._j = journal

    def save(self, a: Appointment) -> int:
        values = (
            a.day.isoformat(),
            clean_text(a.clinician, 200),
            clean_text(a.main_concern, 5000),
            "\n".join(clean_text(q, 1000).strip() for q in a.questions if q.strip()),
        )
        with self._j.transaction() as db:
            if a.id is None:
                now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
                return int(
                    db.execute(
                        "INSERT INTO appointments (day, clinician, main_concern, questions, "
                        "created_at) VALUES (?,?,?,?,?)",
                        (*values, now),
                    ).lastrowid
                )
            db.execute(
                "UPDATE appointments SET day=?, clinician=?, main_concern=?, "
                "questions=? WHERE id=?",
                (*values, a.id),
            )
            return a.id

    def all(self) -> list[Appointment]:
        return [
            Appointment(dt.date.fromisoformat(d), c, m, tuple(q for q in qs.split("\n") if q), i)
            for i, d, c, m, qs in self._j.db.execute(
                "SELECT id, day, clinician, main_concern, questions FROM appointments "
                "ORDER BY day DESC, id DESC"
            )
        ]

    def latest_before(self, day: dt.date) -> Appointment | None:
        for a in self.all():
            if a.day <= day:
                return a
        return None
