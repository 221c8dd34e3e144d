"""Fettle's own JSON export (``fettle-journal`` version 1, see ``app.exporters.json``).

Every record is checked (types, ranges, dates, links between records) before the
journal is touched. Into an empty journal the import is lossless: ids, timestamps
and the privacy profile come back exactly, and with the file's settings (passed to
``commit``) exporting again gives the same document (apart from ``exported_at``).
Into a journal that already has data it merges: symptoms and conditions with the
same name are shared, everything else is added under new ids, and the journal's own
profile region is kept.

Settings (how soon the journal locks, where backups go, …) are never applied
silently: ``FettlePlan.setting_changes`` lists each change for the preview, and
``commit`` writes only the changes it is given (see ``imported_settings``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from app.exporters.json import FORMAT as FETTLE_FORMAT
from app.exporters.json import VERSION

from ..errors import InvalidInput
from ..models import (
    DOSE_STATUSES,
    ENTRY_KINDS,
    FACTOR_KINDS,
    MAX_WASHIN_DAYS,
    TREATMENT_KINDS,
    Entry,
    SymptomReading,
)
from ..profile import MAX_TOPIC, TERM_KINDS, PrivacyProfile, ProfileTerm, clean_topic
from . import imported_settings
from .common import (
    MAX_NAME,
    MAX_TITLE,
    ImportPlan,
    day_of,
    int_of,
    list_of,
    load_json,
    reject,
    tags_of,
    text_of,
    time_of,
)
from .imported_settings import SettingChange

if TYPE_CHECKING:
    from app.journal.journal import Journal

FORMAT = "fettle-json"


@dataclass
class _Doc:
    profile: dict[str, Any]
    symptoms: list[dict]
    conditions: list[dict]
    treatments: list[dict]
    entries: list[dict]
    appointments: list[dict]
    shares: list[dict]
    factors: list[dict] = field(default_factory=list)  # absent from older exports


def _obj(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise reject(where, "this record is not an object.")
    return value


def _ids(records: list[dict], what: str) -> set[int]:
    seen: set[int] = set()
    for n, r in enumerate(records, 1):
        i = int_of(r.get("id"), f"{what} {n}", "its id", 1, 2**62)
        if i in seen:
            raise reject(f"{what} {n}", f"the id {i} is used twice.")
        seen.add(i)
    return seen


def _float(value: Any, where: str, what: str) -> float | None:
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not 0 <= value < float("inf")
    ):
        raise reject(where, f"{what} should be a number of at least 0.")
    return float(value)


@dataclass
class FettlePlan(ImportPlan):
    """An import of a Fettle JSON file, whose checked settings are applied only when
    the user agreed to the changes ``setting_changes`` listed."""

    settings: dict[str, Any] = field(default_factory=dict)
    profile_terms: int = 0  # a file may hold only a profile: that is still an import
    profile_topics: int = 0  # topics whose sentences never leave, added to the user's

    def describe(self) -> str:
        text = super().describe()
        if self.profile_terms:
            noun = "term" if self.profile_terms == 1 else "terms"
            text += (
                f" It also holds a privacy profile of {self.profile_terms} {noun}, "
                "which are added to yours."
            )
        if self.profile_topics:
            noun = "topic" if self.profile_topics == 1 else "topics"
            text += (
                f" It holds {self.profile_topics} private {noun} too (sentences that "
                "mention them never leave), which are added to yours."
            )
        return text

    def setting_changes(self, journal: Journal | None = None) -> list[SettingChange]:
        """The settings this import would change in ``journal``, in plain words; with
        no journal (a dry run), every setting the file holds."""
        current = journal.settings.all() if journal is not None else None
        return imported_settings.changes(self.settings, current)

    def commit(self, journal: Journal, settings: Sequence[SettingChange] = ()) -> int:
        """Add the entries; also write ``settings``, the changes the user agreed to
        (from ``setting_changes``), in the same transaction. By default none."""
        agreed = list(settings)
        for change in agreed:
            if change.name not in self.settings or self.settings[change.name] != change.value:
                raise ValueError(f"{change.name} is not a setting from this file")
        if not agreed:
            return super().commit(journal)
        entries = self._commit

        def entries_and_settings(j: Journal) -> int:
            with j.transaction():
                count = entries(j)
                imported_settings.apply(j, agreed)
                return count

        return ImportPlan.commit(replace(self, _commit=entries_and_settings), journal)


def parse(text: str) -> FettlePlan:
    raw = load_json(text)
    if not isinstance(raw, dict) or raw.get("format") != FETTLE_FORMAT:
        raise reject(
            "", f'This is not a Fettle JSON export (its "format" is not "{FETTLE_FORMAT}").'
        )
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise reject(
            "", "This export was made by a newer version of Fettle. Update Fettle to import it."
        )
    if version != VERSION:
        raise reject("", f"Unknown Fettle export version {version!r}.")
    settings, notes = imported_settings.check(raw.get("settings"))
    doc = _Doc(
        _obj(raw.get("profile") or {}, "The profile"),
        *(
            list_of(raw.get(k), "", f'"{k}"')
            for k in ("symptoms", "conditions", "treatments", "entries", "appointments", "shares")
        ),
        list_of(raw.get("factors"), "", '"factors"'),
    )
    _check(doc)
    days = [dt.date.fromisoformat(e["day"]) for e in doc.entries]
    return FettlePlan(
        FORMAT,
        len(doc.entries),
        min(days, default=None),
        max(days, default=None),
        notes,
        lambda journal: _commit(journal, doc),
        settings,
        len(doc.profile.get("terms") or ()),
        len(doc.profile.get("topics") or ()),
    )


def _check(doc: _Doc) -> None:
    for name, records in (
        ("Symptom", doc.symptoms),
        ("Condition", doc.conditions),
        ("Treatment", doc.treatments),
        ("Entry", doc.entries),
        ("Appointment", doc.appointments),
        ("Share", doc.shares),
    ):
        for n, r in enumerate(records, 1):
            _obj(r, f"{name} {n}")
    symptoms = _ids(doc.symptoms, "Symptom")
    conditions = _ids(doc.conditions, "Condition")
    treatments = _ids(doc.treatments, "Treatment")
    entries = _ids(doc.entries, "Entry")
    _ids(doc.appointments, "Appointment")
    _ids(doc.shares, "Share")
    for n, s in enumerate(doc.symptoms, 1):
        w = f"Symptom {n}"
        if not text_of(s.get("name"), w, "its name", MAX_NAME, optional=False).strip():
            raise reject(w, "it has no name.")
        text_of(s.get("body_area"), w, "the body area", 100)
        if not isinstance(s.get("archived", False), bool):
            raise reject(w, '"archived" should be true or false.')
    for n, c in enumerate(doc.conditions, 1):
        w = f"Condition {n}"
        if not text_of(c.get("name"), w, "its name", MAX_NAME, optional=False).strip():
            raise reject(w, "it has no name.")
        day_of(c.get("diagnosed_day"), w, "the diagnosis date", optional=True)
        text_of(c.get("notes"), w, "the notes", 20000)
    for n, t in enumerate(doc.treatments, 1):
        w = f"Treatment {n}"
        if not text_of(t.get("name"), w, "its name", MAX_NAME, optional=False).strip():
            raise reject(w, "it has no name.")
        if t.get("kind", "medication") not in TREATMENT_KINDS:
            raise reject(w, "a treatment is a medication or a therapy.")
        _float(t.get("dose_amount"), w, "the dose")
        for k, limit in (
            ("dose_unit", 40),
            ("route", 80),
            ("schedule", 200),
            ("side_effects", 5000),
            ("notes", 20000),
        ):
            text_of(t.get(k), w, f"the {k.replace('_', ' ')}", limit)
        start = day_of(t.get("start_day"), w, "the start date", optional=True)
        stop = day_of(t.get("stop_day"), w, "the stop date", optional=True)
        if start and stop and stop < start:
            raise reject(w, "it stops before it starts.")
        int_of(t.get("effect_rating"), w, "the effect rating", 0, 10, optional=True)
        int_of(
            t.get("washin_days"), w, "the days it takes to work", 0, MAX_WASHIN_DAYS, optional=True
        )  # absent in older exports: the default, 14
        for c in list_of(t.get("dose_changes"), w, "the dose changes"):
            _obj(c, w)
            day_of(c.get("day"), w, "a dose change date")
            _float(c.get("dose_amount"), w, "a dose")
            for k, limit in (("dose_unit", 40), ("schedule", 200), ("note", 2000)):
                text_of(c.get(k), w, f"a dose change's {k.replace('_', ' ')}", limit)
        for e in list_of(t.get("dose_events"), w, "the doses taken"):
            _obj(e, w)
            day_of(e.get("day"), w, "a dose date")
            time_of(e.get("time"), w)
            if e.get("status") not in DOSE_STATUSES:
                raise reject(w, "a dose is either taken or skipped.")
            text_of(e.get("note"), w, "a dose note", 2000)
    for n, e in enumerate(doc.entries, 1):
        w = f"Entry {n}"
        if e.get("kind") not in ENTRY_KINDS:
            raise reject(w, f"unknown entry kind {e.get('kind')!r:.30}.")
        day_of(e.get("day"), w)
        time_of(e.get("time"), w)
        text_of(e.get("title"), w, "the title", MAX_TITLE)
        text_of(e.get("body"), w, "the text")
        e["tags"] = tags_of(list_of(e.get("tags"), w, "the tags", 1000), w, marks="")
        seen: set[int] = set()
        for r in list_of(e.get("readings"), w, "the ratings", 1000):
            _obj(r, w)
            sid = int_of(r.get("symptom_id"), w, "a symptom id")
            if sid not in symptoms or sid in seen:
                raise reject(w, f"it rates symptom {sid}, which is missing or rated twice.")
            seen.add(sid)
            int_of(r.get("severity"), w, "a severity", 0, 10)
            int_of(r.get("duration_min"), w, "a duration", 0, 10**7, optional=True)
            text_of(r.get("triggers"), w, "the triggers", 2000)
        for key, known, what in (
            ("treatment_ids", treatments, "treatment"),
            ("condition_ids", conditions, "condition"),
            ("source_ids", entries, "entry"),
        ):
            for i in list_of(e.get(key), w, key, 10000):
                if int_of(i, w, f"a {what} id") not in known:
                    raise reject(w, f"it links to {what} {i}, which is not in the file.")
        for k in ("created_at", "updated_at"):
            text_of(e.get(k), w, k, 40)
    for n, a in enumerate(doc.appointments, 1):
        w = f"Appointment {n}"
        day_of(a.get("day"), w)
        text_of(a.get("clinician"), w, "the clinician", 200)
        text_of(a.get("main_concern"), w, "the main concern", 5000)
        for q in list_of(a.get("questions"), w, "the questions", 1000):
            text_of(q, w, "a question", 1000, optional=False)
    for n, s in enumerate(doc.shares, 1):
        w = f"Share {n}"
        for k, limit in (("shared_at", 40), ("destination", 100), ("method", 40)):
            text_of(s.get(k), w, k, limit, optional=False)
        text_of(s.get("final_text"), w, "the shared text", optional=False)
        for i in list_of(s.get("entry_ids"), w, "entry_ids", 100000):
            int_of(i, w, "an entry id", 1, 2**62)
    _check_factors(doc.factors)
    p = doc.profile
    text_of(p.get("region", "GB"), "The profile", "the region", 2)
    text_of(p.get("display_name"), "The profile", "the display name", 200)
    for t in list_of(p.get("terms"), "The profile", "the terms", 10000):
        _obj(t, "The profile")
        if t.get("kind") not in TERM_KINDS:
            raise reject("The profile", f"unknown kind of term {t.get('kind')!r:.30}.")
        text_of(t.get("text"), "The profile", "a term", 200, optional=False)
        text_of(t.get("role"), "The profile", "a term's role", 100)
    for topic in list_of(p.get("topics"), "The profile", "the topics", 10000):
        text_of(topic, "The profile", "a topic", MAX_TOPIC, optional=False)


def _check_factors(factors: list[dict]) -> None:
    from app.journal.factors import MAX_NAME as MAX_FACTOR_NAME
    from app.journal.factors import MAX_UNIT, check_value

    _ids([_obj(f, f"Daily factor {n}") for n, f in enumerate(factors, 1)], "Daily factor")
    names: set[str] = set()
    for n, f in enumerate(factors, 1):
        w = f"Daily factor {n}"
        name = " ".join(
            text_of(f.get("name"), w, "its name", MAX_FACTOR_NAME, optional=False).split()
        )
        if not name:
            raise reject(w, "it has no name.")
        if name.casefold() in names:
            raise reject(w, f"the name {name!r} is used twice.")
        names.add(name.casefold())
        if f.get("kind") not in FACTOR_KINDS:
            raise reject(w, "a daily factor is a number, a yes/no or a scale from 0 to 10.")
        text_of(f.get("unit"), w, "the unit", MAX_UNIT)
        if not isinstance(f.get("archived", False), bool):
            raise reject(w, '"archived" should be true or false.')
        int_of(f.get("position", 0), w, "its position", 0, 2**31)
        days: set[str] = set()
        for v in list_of(f.get("values"), w, "its values"):
            _obj(v, w)
            day = day_of(v.get("day"), w, "a day").isoformat()
            if day in days:
                raise reject(w, f"it has two values for {day}.")
            days.add(day)
            value = v.get("value")
            try:
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise InvalidInput(user_message="a value should be a number.")
                check_value(f["kind"], value)
            except InvalidInput as exc:
                raise reject(w, f"the value for {day}: {exc.user_message}") from None


def _max_id(db, table: str) -> int:
    return int(db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])


def _commit(journal: Journal, doc: _Doc) -> int:
    with journal.transaction() as db:
        empty = all(
            _max_id(db, t) == 0
            for t in ("entries", "symptoms", "treatments", "conditions", "appointments", "shares")
        )
        off = {
            t: _max_id(db, t)
            for t in ("entries", "symptoms", "treatments", "conditions", "appointments", "shares")
        }
        sym = _merge_named(
            db,
            "symptoms",
            doc.symptoms,
            off["symptoms"],
            "INSERT INTO symptoms (id, name, body_area, archived) VALUES (?,?,?,?)",
            lambda s: (s.get("body_area") or "", int(s.get("archived", False))),
        )
        cond = _merge_named(
            db,
            "conditions",
            doc.conditions,
            off["conditions"],
            "INSERT INTO conditions (id, name, diagnosed_day, notes) VALUES (?,?,?,?)",
            lambda c: (c.get("diagnosed_day"), c.get("notes") or ""),
        )
        treat: dict[int, int] = {}
        for t in doc.treatments:
            tid = t["id"] + off["treatments"]
            treat[t["id"]] = tid
            db.execute(
                "INSERT INTO treatments (id, name, kind, dose_amount, dose_unit, route, "
                "schedule, start_day, stop_day, effect_rating, side_effects, notes, "
                "washin_days) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    tid,
                    " ".join(t["name"].split()),
                    t.get("kind", "medication"),
                    t.get("dose_amount"),
                    t.get("dose_unit") or "",
                    t.get("route") or "",
                    t.get("schedule") or "",
                    t.get("start_day"),
                    t.get("stop_day"),
                    t.get("effect_rating"),
                    t.get("side_effects") or "",
                    t.get("notes") or "",
                    t.get("washin_days"),
                ),
            )
            db.executemany(
                "INSERT INTO dose_changes (treatment_id, day, dose_amount, dose_unit, "
                "schedule, note) VALUES (?,?,?,?,?,?)",
                [
                    (
                        tid,
                        c["day"],
                        c.get("dose_amount"),
                        c.get("dose_unit") or "",
                        c.get("schedule") or "",
                        c.get("note") or "",
                    )
                    for c in t.get("dose_changes") or []
                ],
            )
            db.executemany(
                "INSERT INTO dose_events (treatment_id, day, time, status, note) "
                "VALUES (?,?,?,?,?)",
                [
                    (tid, e["day"], e.get("time"), e["status"], e.get("note") or "")
                    for e in t.get("dose_events") or []
                ],
            )
        eoff = off["entries"]
        entries = [
            Entry(
                e["kind"],
                dt.date.fromisoformat(e["day"]),
                e.get("title") or "",
                e.get("body") or "",
                time_of(e.get("time"), ""),
                e["tags"],
                [
                    SymptomReading(
                        sym[r["symptom_id"]],
                        r["severity"],
                        r.get("duration_min"),
                        r.get("triggers") or "",
                    )
                    for r in e.get("readings") or []
                ],
                list(dict.fromkeys(treat[i] for i in e.get("treatment_ids") or [])),
                list(dict.fromkeys(cond[i] for i in e.get("condition_ids") or [])),
                [],
                e["id"] + eoff,
                e.get("created_at") or "",
                e.get("updated_at") or "",
            )
            for e in doc.entries
        ]
        try:
            count = journal.entries.add_many(entries, keep_ids=True)
        except InvalidInput as exc:
            raise reject("", exc.user_message) from None
        db.executemany(
            "INSERT OR IGNORE INTO lesson_sources VALUES (?, ?)",
            [
                (e["id"] + eoff, s + eoff)
                for e in doc.entries
                for s in e.get("source_ids") or []
                if s != e["id"]
            ],
        )
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        for a in doc.appointments:
            db.execute(
                "INSERT INTO appointments (id, day, clinician, main_concern, "
                "questions, created_at) VALUES (?,?,?,?,?,?)",
                (
                    a["id"] + off["appointments"],
                    a["day"],
                    a.get("clinician") or "",
                    a.get("main_concern") or "",
                    "\n".join(q.strip() for q in a.get("questions") or [] if q.strip()),
                    now,
                ),
            )
        for s in doc.shares:
            sid = s["id"] + off["shares"]
            db.execute(
                "INSERT INTO shares (id, shared_at, destination, method, final_text) "
                "VALUES (?,?,?,?,?)",
                (sid, s["shared_at"], s["destination"], s["method"], s["final_text"]),
            )
            db.executemany(
                "INSERT OR IGNORE INTO share_entries VALUES (?, ?)",
                [(sid, i + eoff) for i in s.get("entry_ids") or []],
            )
        _commit_factors(db, doc.factors)
        _profile(journal, doc, empty)
        return count


def _commit_factors(db, factors: list[dict]) -> None:
    """Factors merge by name (any case); a day the journal already has keeps its value."""
    position = int(db.execute("SELECT coalesce(max(position), -1) + 1 FROM factors").fetchone()[0])
    for f in sorted(factors, key=lambda f: f.get("position", 0)):
        name = " ".join(f["name"].split())
        found = db.execute("SELECT id FROM factors WHERE name = ?", (name,)).fetchone()
        if found:
            fid = int(found[0])
        else:
            fid = int(
                db.execute(
                    "INSERT INTO factors (name, kind, unit, archived, position) VALUES (?,?,?,?,?)",
                    (
                        name,
                        f["kind"],
                        " ".join((f.get("unit") or "").split()),
                        int(f.get("archived", False)),
                        position,
                    ),
                ).lastrowid
            )
            position += 1
        kind = db.execute("SELECT kind FROM factors WHERE id = ?", (fid,)).fetchone()[0]
        if kind != f["kind"]:
            continue  # a same-named factor of another kind: its values would not fit
        db.executemany(
            "INSERT OR IGNORE INTO factor_values (factor_id, day, value) VALUES (?,?,?)",
            [
                (fid, dt.date.fromisoformat(v["day"]).isoformat(), float(v["value"]))
                for v in f.get("values") or []
            ],
        )


def _merge_named(
    db, table: str, records: list[dict], offset: int, sql: str, extra
) -> dict[int, int]:
    """Old id → id in this journal; a name already there (any case) is shared."""
    out: dict[int, int] = {}
    for r in records:
        name = " ".join(r["name"].split())
        found = db.execute(f"SELECT id FROM {table} WHERE name = ?", (name,)).fetchone()
        if found:
            out[r["id"]] = int(found[0])
        else:
            out[r["id"]] = r["id"] + offset
            db.execute(sql, (out[r["id"]], name, *extra(r)))
    return out


def merge_topics(have, new) -> list[str]:
    """``have`` and then the new topics not already there in any case or spacing."""
    seen = {clean_topic(t).casefold() for t in have}
    out = list(have)
    for topic in new:
        if clean_topic(topic) and clean_topic(topic).casefold() not in seen:
            seen.add(clean_topic(topic).casefold())
            out.append(clean_topic(topic))
    return out


def _profile(journal: Journal, doc: _Doc, empty: bool) -> None:
    p = doc.profile
    terms = [ProfileTerm(t["kind"], t["text"], t.get("role") or "") for t in p.get("terms") or []]
    try:
        if empty:  # terms already in the profile stay: losing one would leak it
            kept = journal.profile.get().terms
            journal.profile.set(
                PrivacyProfile(
                    tuple(dict.fromkeys((*kept, *terms))),
                    p.get("region") or "GB",
                    p.get("display_name") or "",
                )
            )
        else:
            for term in terms:
                journal.profile.add_term(term)
        topics = [str(t) for t in p.get("topics") or []]
        if topics:  # added, never taken away: losing one would let its sentences leave
            have = journal.profile.get().topics
            journal.profile.set_topics(merge_topics(have, topics))
    except InvalidInput as exc:
        raise reject("The profile", exc.user_message) from None
