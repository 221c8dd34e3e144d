"""Lossless JSON export (format ``fettle-journal``, version 1).

The document is one JSON object::

    {
      "format": "fettle-journal", "version": 1, "exported_at": ISO-8601 UTC,
      "profile":      {"region": "GB", "display_name": str,
                       "terms": [{"kind", "text", "role"}], "topics": [str]},
      "settings":     {name: value},                      # see app.settings.OPTIONS
      "symptoms":     [{"id", "name", "body_area", "archived"}],
      "conditions":   [{"id", "name", "diagnosed_day", "notes"}],
      "treatments":   [{"id", "name", "kind", "dose_amount", "dose_unit", "route",
                        "schedule", "start_day", "stop_day", "effect_rating",
                        "side_effects", "notes", "washin_days",   # null: 14 days
                        "dose_changes": [{"day", "dose_amount", "dose_unit", "schedule",
                                          "note"}],
                        "dose_events":  [{"day", "time", "status", "note"}]}],
      "entries":      [{"id", "kind", "day", "time", "title", "body", "tags",
                        "readings": [{"symptom_id", "severity", "duration_min",
                                      "triggers"}],
                        "treatment_ids", "condition_ids", "source_ids",
                        "created_at", "updated_at"}],
      "factors":      [{"id", "name", "kind", "unit", "archived", "position",
                        "values": [{"day", "value"}]}],   # absent day: not recorded
      "appointments": [{"id", "day", "clinician", "main_concern", "questions"}],
      "shares":       [{"id", "shared_at", "destination", "method", "final_text",
                        "entry_ids"}]
    }

Dates are ``YYYY-MM-DD``, times ``HH:MM``, absent values ``null``. Ids are the
journal's own and only link records within one document. Entries are streamed, so
exporting 100,000 of them needs little memory.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app.journal.private_file import file_write_failed, open_private

if TYPE_CHECKING:
    from app.journal.journal import Journal

FORMAT = "fettle-journal"
VERSION = 1


def _iso(value: Any) -> Any:
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _header(journal: Journal) -> dict[str, Any]:
    profile = journal.profile.get()
    treatments = []
    for t in journal.catalog.treatments():
        treatments.append(
            {
                "id": t.id,
                "name": t.name,
                "kind": t.kind,
                "dose_amount": t.dose_amount,
                "dose_unit": t.dose_unit,
                "route": t.route,
                "schedule": t.schedule,
                "start_day": _iso(t.start_day),
                "stop_day": _iso(t.stop_day),
                "effect_rating": t.effect_rating,
                "side_effects": t.side_effects,
                "notes": t.notes,
                "washin_days": t.washin_days,
                "dose_changes": [
                    {
                        "day": _iso(c.day),
                        "dose_amount": c.dose_amount,
                        "dose_unit": c.dose_unit,
                        "schedule": c.schedule,
                        "note": c.note,
                    }
                    for c in t.dose_changes
                ],
                "dose_events": [
                    {"day": _iso(e.day), "time": _iso(e.time), "status": e.status, "note": e.note}
                    for e in journal.catalog.dose_events(t.id)
                ],
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "profile": {
            "region": profile.region,
            "display_name": profile.display_name,
            "terms": [{"kind": t.kind, "text": t.text, "role": t.role} for t in profile.terms],
            "topics": list(profile.topics),
        },
        "settings": journal.settings.all(),
        "symptoms": [
            {"id": s.id, "name": s.name, "body_area": s.body_area, "archived": s.archived}
            for s in journal.catalog.symptoms(include_archived=True)
        ],
        "conditions": [
            {"id": c.id, "name": c.name, "diagnosed_day": _iso(c.diagnosed_day), "notes": c.notes}
            for c in journal.catalog.conditions()
        ],
        "treatments": treatments,
        "factors": _factors(journal),
    }


def _factors(journal: Journal) -> list[dict[str, Any]]:
    values: dict[int, list[dict[str, Any]]] = {}
    for factor_id, day, value in journal.factors.all_values():
        values.setdefault(factor_id, []).append({"day": _iso(day), "value": value})
    return [
        {
            "id": f.id,
            "name": f.name,
            "kind": f.kind,
            "unit": f.unit,
            "archived": f.archived,
            "position": f.position,
            "values": values.get(f.id, []),
        }
        for f in journal.factors.list(include_archived=True)
    ]


def _entry(e) -> dict[str, Any]:
    return {
        "id": e.id,
        "kind": e.kind,
        "day": _iso(e.day),
        "time": _iso(e.time),
        "title": e.title,
        "body": e.body,
        "tags": e.tags,
        "readings": [
            {
                "symptom_id": r.symptom_id,
                "severity": r.severity,
                "duration_min": r.duration_min,
                "triggers": r.triggers,
            }
            for r in e.readings
        ],
        "treatment_ids": e.treatment_ids,
        "condition_ids": e.condition_ids,
        "source_ids": e.source_ids,
        "created_at": e.created_at,
        "updated_at": e.updated_at,
    }


def dump(journal: Journal, out: IO[str]) -> None:
    """Stream the whole journal as one JSON document to ``out``."""
    header = _header(journal)
    out.write(json.dumps(header, ensure_ascii=False, indent=1)[:-2])
    out.write(',\n "entries": [')
    first = True
    for entry in journal.entries.iter_all():
        out.write(("\n  " if first else ",\n  ") + json.dumps(_entry(entry), ensure_ascii=False))
        first = False
    out.write("\n ],\n")
    appointments = [
        {
            "id": a.id,
            "day": _iso(a.day),
            "clinician": a.clinician,
            "main_concern": a.main_concern,
            "questions": list(a.questions),
        }
        for a in journal.appointments.all()
    ]
    shares = [
        {
            "id": s.id,
            "shared_at": s.shared_at,
            "destination": s.destination,
            "method": s.method,
            "final_text": s.final_text,
            "entry_ids": list(s.entry_ids),
        }
        for s in journal.shares.all()
    ]
    out.write(' "appointments": ' + json.dumps(appointments, ensure_ascii=False) + ",\n")
    out.write(' "shares": ' + json.dumps(shares, ensure_ascii=False) + "\n}\n")


def write_json(journal: Journal, target: Path | IO[str]) -> None:
    """Write to a file (atomically, private permissions) or a text stream.

    A failed file write leaves nothing behind, and ``ExportIncomplete`` says so."""
    if not isinstance(target, Path):
        dump(journal, target)
        return
    existed = target.exists()
    try:
        with open_private(target, replace_existing=True) as fh:  # the CLI asked before
            dump(journal, fh)
    except OSError as exc:
        raise file_write_failed(exc, target, existed) from exc
