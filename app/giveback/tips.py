"""Tips read in a community, to try or to check with the doctor first.

A tip is a lesson entry (its text is the tip, nothing else) tagged ``tip``, plus a
record of where it came from and what became of it: the site, an optional link, the
day it was read, a status (to try, ask my doctor, tried) and what happened or what
the doctor said. That record lives in the encrypted journal's ``meta`` table under
``tip.<entry id>`` as JSON, and not in the lesson's body: a lesson can be shared, and
the link and site must never ride along into a post (nor into search snippets or
exports of the entry text). The schema (v4) has no column for it and gets no
migration for it; ``meta`` is the journal's key-value store. A tip whose lesson was
deleted is simply not listed (its record is removed with ``remove``).

Tips marked "ask my doctor" that have no answer yet are put among the questions of
the next appointment summary (``app.report.summary``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from app.errors import InvalidInput, NotFound
from app.journal.entries import clean_text
from app.models import Entry

if TYPE_CHECKING:
    from app.journal.journal import Journal

STATUSES = ("to_try", "ask_doctor", "tried")
STATUS_WORDS = {"to_try": "to try", "ask_doctor": "ask my doctor", "tried": "tried"}
TAG = "tip"
_KEY = "tip."
SITES = {
    "reddit": "Reddit",
    "mastodon": "Mastodon",
    "facebook": "Facebook",
    "healthunlocked": "HealthUnlocked",
    "patientslikeme": "PatientsLikeMe",
    "inspire": "Inspire",
    "x": "X",
    "twitter": "X",
    "bluesky": "Bluesky",
    "discord": "Discord",
    "forum": "a forum",
}


@dataclass(frozen=True)
class Tip:
    entry_id: int
    text: str
    site: str = ""
    link: str = ""
    read_on: dt.date | None = None
    status: str = "to_try"
    outcome: str = ""  # what happened (tried), or what the doctor said (ask_doctor)

    @property
    def site_name(self) -> str:
        return SITES.get(self.site.casefold(), self.site)

    @property
    def open_question(self) -> bool:
        return self.status == "ask_doctor" and not self.outcome

    def question(self) -> str:
        """As it goes among an appointment's questions."""
        where = f" (read on {self.site_name})" if self.site else ""
        return f"A tip{where}: “{self.text.strip()}” Is this right for me?"


def _meta(tip: Tip) -> str:
    data = asdict(tip)
    data.pop("entry_id")
    data.pop("text")
    data["read_on"] = tip.read_on.isoformat() if tip.read_on else None
    return json.dumps(data, ensure_ascii=False)


def _from_meta(entry: Entry, raw: str) -> Tip:
    try:
        data = json.loads(raw)
        read_on = dt.date.fromisoformat(data["read_on"]) if data.get("read_on") else None
    except (ValueError, TypeError, KeyError):
        data, read_on = {}, None
    status = data.get("status") if data.get("status") in STATUSES else "to_try"
    return Tip(
        int(entry.id or 0),
        entry.body,
        str(data.get("site") or ""),
        str(data.get("link") or ""),
        read_on,
        status,
        str(data.get("outcome") or ""),
    )


def check(status: str, site: str, link: str) -> None:
    if status not in STATUSES:
        raise InvalidInput(user_message="A tip is to try, to ask your doctor about, or tried.")
    if link and not link.startswith(("https://", "http://")):
        raise InvalidInput(user_message="A link starts with https:// (or leave it out).")
    if len(site) > 100 or len(link) > 2000:
        raise InvalidInput(user_message="The site or link is too long.")


class TipStore:
    def __init__(self, journal: Journal) -> None:
        self._j = journal

    def add(
        self,
        text: str,
        *,
        site: str = "",
        link: str = "",
        read_on: dt.date | None = None,
        status: str = "to_try",
        outcome: str = "",
        day: dt.date | None = None,
    ) -> int:
        """A new lesson holding the tip, and its record; returns the entry id."""
        text, site, link = text.strip(), " ".join(site.split()), link.strip()
        if not text:
            raise InvalidInput(user_message="Write the tip itself.")
        check(status, site, link)
        day = day or dt.date.today()
        with self._j.transaction():
            entry_id = self._j.entries.add(Entry("lesson", day, body=text, tags=[TAG]))
            self._write(
                Tip(
                    entry_id,
                    text,
                    site,
                    link,
                    read_on or day,
                    status,
                    clean_text(outcome, 5000).strip(),
                )
            )
        return entry_id

    def _write(self, tip: Tip) -> None:
        with self._j.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (f"{_KEY}{tip.entry_id}", _meta(tip)),
            )

    def get(self, entry_id: int) -> Tip:
        row = self._j.db.execute(
            "SELECT value FROM meta WHERE key = ?", (f"{_KEY}{int(entry_id)}",)
        ).fetchone()
        found = self._j.entries.get_many([int(entry_id)]) if row else []
        if not found:
            raise NotFound(f"tip {entry_id}", user_message=f"There is no tip {entry_id}.")
        return _from_meta(found[0], row[0])

    def all(self) -> list[Tip]:
        """Every tip whose lesson still exists, newest first."""
        raw = {
            int(k[len(_KEY) :]): v
            for k, v in self._j.db.execute("SELECT key, value FROM meta WHERE key LIKE 'tip.%'")
            if k[len(_KEY) :].isdigit()
        }
        entries = self._j.entries.get_many(list(raw)) if raw else []
        tips = [_from_meta(e, raw[int(e.id or 0)]) for e in entries]
        return sorted(tips, key=lambda t: (t.read_on or dt.date.min, t.entry_id), reverse=True)

    def set_status(self, entry_id: int, status: str, outcome: str | None = None) -> Tip:
        """A new status (and what happened); ``outcome=None`` keeps the one there."""
        tip = self.get(entry_id)
        check(status, tip.site, tip.link)
        tip = replace(
            tip,
            status=status,
            outcome=tip.outcome if outcome is None else clean_text(outcome, 5000).strip(),
        )
        self._write(tip)
        return tip

    def questions(self) -> list[str]:
        """Tips to ask the doctor about, not yet answered, oldest first."""
        return [t.question() for t in reversed(self.all()) if t.open_question]

    def remove(self, entry_id: int) -> None:
        with self._j.transaction() as db:
            db.execute("DELETE FROM meta WHERE key = ?", (f"{_KEY}{int(entry_id)}",))


__all__ = ["SITES", "STATUSES", "STATUS_WORDS", "TAG", "Tip", "TipStore"]
