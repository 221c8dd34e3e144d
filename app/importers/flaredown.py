"""Flaredown's CSV data export (the file Flaredown e-mails from "Export my data").

Its shape, from Flaredown's own code (``backend/app/jobs/data_export_job.rb`` in
rubyforgood/Flaredown): one row per check-in, ordered by date::

    Date, <condition names…>, <symptom names…>, <treatment names…>, Tags, Foods

Conditions and symptoms hold a rating from 0 to 4 (or nothing); treatments hold
the dose text, ``Taken`` or ``Not Taken``; tags and foods are joined with ``"; "``.

The header does not say which columns are conditions, which symptoms and which
treatments, so a column is read as a rating when every value in it is a whole
number from 0 to 4, and as a treatment otherwise. Ratings (conditions too) become
symptom readings scaled to Fettle's 0-10 (x 2.5, rounded); taken treatments are
linked to the entry with their dose in the text; foods go in the text.
"""

from __future__ import annotations

from .common import Draft, ImportPlan, plan_from_drafts, reject, tags_of
from .csv_generic import DateReader, read_rows

FORMAT = "flaredown"
NOT_TAKEN = "not taken"


def looks_like(header: list[str]) -> bool:
    return (
        len(header) >= 3
        and header[0].strip().lower() == "date"
        and [h.strip().lower() for h in header[-2:]] == ["tags", "foods"]
    )


def _is_rating(value: str) -> bool:
    return value.strip() in ("0", "1", "2", "3", "4")


def parse(text: str) -> ImportPlan:
    header, rows = read_rows(text)
    if not looks_like(header):
        raise reject(
            "Line 1",
            "this is not a Flaredown export: its columns should start "
            "with Date and end with Tags and Foods.",
        )
    tags_at = len(header) - 2  # then Foods; the columns between are ratings or treatments
    for i in range(1, tags_at):
        if not header[i].strip():
            raise reject("Line 1", f"column {i + 1} has no name.")
    names = [" ".join(h.split()) for h in header]
    # The loops below visit only the cells a row has (a row may stop early), never
    # columns x rows, which a wide header over many short rows made take minutes.
    treatments: set[int] = set()  # columns holding anything but a rating from 0 to 4
    for _, r in rows:
        for i in range(1, min(len(r), tags_at)):
            if r[i].strip() and not _is_rating(r[i]):
                treatments.add(i)
    dates = DateReader([r[0] for _, r in rows[:5000] if r])
    drafts = []
    for line, row in rows:
        where = f"Line {line}"
        if any(cell.strip() for cell in row[len(header) :]):
            raise reject(where, "this row has more cells than the first line has columns.")
        day, time = dates.read(row[0], where)
        readings: dict[str, int] = {}
        taken: list[str] = []
        doses: list[str] = []
        for i in range(1, min(len(row), tags_at)):
            value, name = row[i].strip(), names[i]
            if not value:
                continue
            if i not in treatments:
                readings[name] = round(int(value) * 2.5)
            elif value.lower() != NOT_TAKEN:
                taken.append(name)
                doses.append(name if value.lower() == "taken" else f"{name}: {value}")
        tag_cell = row[tags_at] if len(row) > tags_at else ""
        food_cell = row[tags_at + 1] if len(row) > tags_at + 1 else ""
        foods = [f.strip() for f in food_cell.split(";") if f.strip()]
        body = []
        if doses:
            body.append("Treatments: " + "; ".join(doses))
        if foods:
            body.append("Foods: " + "; ".join(foods))
        tags = tags_of([t for t in tag_cell.split(";") if t.strip()], where)
        drafts.append(
            Draft(
                where,
                "symptom" if readings else "note",
                day,
                time,
                "Flaredown check-in",
                "\n\n".join(body),
                tags,
                readings,
                taken,
            ).check()
        )
    warnings = [
        (
            "Flaredown rates from 0 to 4; the ratings were scaled to 0-10. Conditions "
            "are imported as symptoms, because the export does not tell them apart."
        )
    ]
    return plan_from_drafts(FORMAT, drafts, warnings)
