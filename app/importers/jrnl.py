"""jrnl's JSON export (``jrnl --export json``).

The format, as jrnl writes it (``jrnl/plugins/exporter/json.py`` in jrnl-org/jrnl)::

    {"tags": {"@tag": count, ...},
     "entries": [{"title": str, "body": str, "date": "YYYY-MM-DD", "time": "HH:MM",
                  "tags": ["@tag", ...], "starred": bool, ...}]}

Entries from Day One journals may carry ``uuid`` and ``creator``; they are ignored.
Each entry becomes a note; tags lose their ``@``; starred entries get the tag
``starred``.
"""

from __future__ import annotations

from .common import (
    MAX_TITLE,
    Draft,
    ImportPlan,
    day_of,
    list_of,
    load_json,
    plan_from_drafts,
    reject,
    tags_of,
    text_of,
    time_of,
)

FORMAT = "jrnl"


def parse(text: str) -> ImportPlan:
    doc = load_json(text)
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise reject(
            "",
            'This is not a jrnl JSON export: it has no list of "entries". '
            "Export with: jrnl --export json",
        )
    drafts = []
    for n, raw in enumerate(list_of(doc["entries"], "", "entries"), 1):
        where = f"Entry {n}"
        if not isinstance(raw, dict):
            raise reject(where, "this entry is not an object.")
        tags = tags_of(list_of(raw.get("tags"), where, "the tags", 1000), where)
        starred = raw.get("starred", False)
        if not isinstance(starred, bool):
            raise reject(where, '"starred" should be true or false.')
        if starred and "starred" not in tags:
            tags.append("starred")
        title = text_of(raw.get("title"), where, "the title", MAX_TITLE).strip()
        drafts.append(
            Draft(
                where,
                "note",
                day_of(raw.get("date"), where),
                time_of(raw.get("time"), where),
                title,
                text_of(raw.get("body"), where, "the text").strip("\n"),
                tags,
            ).check()
        )
    return plan_from_drafts(FORMAT, drafts, [])
