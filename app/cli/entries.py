"""Entry commands: ``add``, ``list``, ``search``, ``show``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from ..errors import InvalidInput
from ..models import ENTRY_KINDS, EntryFilter
from .base import STDIN_HELP, Secrets, UsageError, parse_day, parse_time, unlock

TYPE_CHECKING = False  # typing's, without importing typing (2 ms a command, issue 19)
if TYPE_CHECKING:  # loaded by unlock(), while the keystore answers
    from app.journal.journal import Journal


def register(sub, parents) -> dict:
    common, filters = parents.common, parents.filters
    add = sub.add_parser(
        "add",
        parents=[common],
        help="log an entry",
        description="Examples: fettle add symptom headache 6 --note 'after "
        "screen time'; fettle add lesson 'Pacing works'",
        epilog=STDIN_HELP,
    )
    add.add_argument(
        "entry_kind",
        choices=(*ENTRY_KINDS, "tip"),
        metavar="KIND",
        help="symptom, treatment, lesson, note, or tip (a lesson read in a "
        "community: fettle add tip 'Take it by 8pm' --site reddit "
        "--ask-doctor)",
    )
    add.add_argument(
        "words",
        nargs="*",
        help="symptom: NAME SEVERITY pairs; "
        "treatment: its name; others: a title; "
        "- reads them from stdin",
    )
    add.add_argument(
        "--note",
        help="Markdown text; use - to read it from stdin (text given "
        "here shows in the process list and shell history)",
    )
    add.add_argument("--title", help="a title; - reads it from stdin")
    add.add_argument(
        "--tag",
        action="append",
        help="add a tag (repeatable); - reads tags from stdin, one per line",
    )
    add.add_argument("--date", type=parse_day, help="when it happened (YYYY-MM-DD)")
    add.add_argument("--time", type=parse_time, help="time of day (HH:MM)")
    med = add.add_argument_group(
        "a new treatment",
        "fettle add treatment NAME with any of these adds NAME to your "
        "treatments (a name Fettle does not know yet is added too); change a dose later "
        "with: fettle dose NAME AMOUNT",
    )
    med.add_argument("--dose", type=_amount, help="how much, e.g. 10")
    med.add_argument("--unit", help="e.g. mg, ml, puffs")
    med.add_argument("--schedule", help="when, e.g. nightly, twice a day")
    med.add_argument("--start", type=parse_day, help="first day taken (YYYY-MM-DD; default today)")
    med.add_argument(
        "--therapy", action="store_true", help="a therapy (physio, CBT, …) rather than a medication"
    )
    from .tip_arguments import add_tip_arguments

    add_tip_arguments(add)
    sub.add_parser("list", parents=[common, filters], help="list recent entries", epilog=STDIN_HELP)
    search = sub.add_parser(
        "search", parents=[common, filters], help="full-text search", epilog=STDIN_HELP
    )
    search.add_argument(
        "query",
        nargs="+",
        help="words to find, dates too ('headache "
        "november', 'last month'); - reads them "
        "from stdin",
    )
    search.add_argument(
        "--newest-first",
        dest="order",
        action="store_const",
        const="date",
        default="relevance",
        help="newest matches first, not best first",
    )
    show = sub.add_parser("show", parents=[common], help="show one entry")
    show.add_argument("id", type=int)
    return {"add": cmd_add, "list": cmd_list, "search": cmd_search, "show": cmd_show}


def parse_readings(words: list[str]) -> list[tuple[str, int]]:
    """``headache 6 "joint pain" 4`` → [("headache", 6), ("joint pain", 4)].

    A name may be several words before its number: ``joint pain 4`` works too.
    """
    if not words:
        raise UsageError(
            user_message="Name at least one symptom and its severity, "
            "e.g. fettle add symptom headache 6"
        )
    readings: list[tuple[str, int]] = []
    name: list[str] = []
    for word in words:
        if word.isdigit() or (word.startswith("-") and word[1:].isdigit()):
            if not name:
                raise UsageError(user_message=f"Severity {word} has no symptom name before it.")
            severity = int(word)
            if not 0 <= severity <= 10:
                raise UsageError(user_message=f"Severity must be 0 to 10, not {severity}.")
            readings.append((" ".join(name), severity))
            name = []
        else:
            name.append(word)
    if name:
        raise UsageError(user_message=f"Give a severity from 0 to 10 for {' '.join(name)!r}.")
    return readings


def _amount(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount like 10 or 2.5") from None
    if value < 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError("a dose is a positive number")
    return value


def _filter(args) -> EntryFilter:
    return EntryFilter(
        kinds=tuple(args.kind or ()),
        tag=args.tag,
        symptom_id=getattr(args, "_symptom_id", None),
        date_from=args.date_from,
        date_to=args.date_to,
    )


def _resolve_symptom(journal: Journal, args) -> None:
    args._symptom_id = None
    if args.symptom:
        found = journal.catalog.symptom_by_name(args.symptom)
        if found is None:
            raise InvalidInput(user_message=f"You do not track a symptom called {args.symptom!r}.")
        args._symptom_id = found.id


def _row_line(row) -> str:
    when = row.day.isoformat() + (f" {row.time:%H:%M}" if row.time else "      ")
    sev = "  ".join(f"{n} {s}" for n, s in row.severities)
    return f"{row.id:>7}  {when}  {row.kind:<9}  {row.title}" + (f"  [{sev}]" if sev else "")


# -- commands ------------------------------------------------------------------


def cmd_add(args, secrets: Secrets) -> int:
    body = args.note or ""  # "-" was replaced by standard input in main()
    if args.entry_kind == "tip":
        from .giveback import cmd_add_tip

        return cmd_add_tip(args, secrets)
    from ..entry_models import Entry, SymptomReading  # not for a list or a search (issue 19)

    with unlock(args.journal, secrets) as journal:
        entry = Entry(
            args.entry_kind,
            args.date or dt.date.today(),
            title=args.title or "",
            body=body,
            time=args.time,
            tags=args.tag or [],
        )
        if args.entry_kind == "symptom":
            for name, severity in parse_readings(args.words):
                symptom = journal.catalog.ensure_symptom(name)
                entry.readings.append(SymptomReading(symptom.id, severity))
        elif args.entry_kind == "treatment":
            name = " ".join(args.words)
            if not name:
                raise UsageError(
                    user_message="Name the treatment, e.g. "
                    "fettle add treatment ibuprofen --note ..."
                )
            found = journal.catalog.treatment_by_name(name)
            described = (
                any(getattr(args, k) is not None for k in ("dose", "unit", "schedule", "start"))
                or args.therapy
            )
            if found is not None and described:
                import shlex

                raise UsageError(
                    user_message=(
                        f"You already have {found.name!r}. To change its dose: "
                        f"fettle dose {shlex.quote(found.name)} AMOUNT --date YYYY-MM-DD"
                    )
                )
            if found is None:
                found = _add_treatment(journal, name, args)
                if not (entry.title or entry.body):
                    return 0  # only the treatment was asked for, not a diary entry
            entry.treatment_ids.append(found.id)
        elif args.words and not entry.title:
            entry.title = " ".join(args.words)
        if not (entry.title or entry.body or entry.readings or entry.treatment_ids):
            raise UsageError(user_message="Nothing to log: add a title or --note.")
        entry_id = journal.entries.add(entry)
    print(f"Logged {args.entry_kind} entry {entry_id}.")
    return 0


def _add_treatment(journal: Journal, name: str, args):
    from ..models import DoseChange, Treatment  # the catalog's types: only here (issue 19)

    start = args.start or dt.date.today()
    tid = journal.catalog.save_treatment(
        Treatment(
            name,
            "therapy" if args.therapy else "medication",
            args.dose,
            args.unit or "",
            schedule=args.schedule or "",
            start_day=start,
        )
    )
    if args.dose is not None:  # the first line of its dose history
        journal.catalog.add_dose_change(
            tid, DoseChange(start, args.dose, args.unit or "", args.schedule or "")
        )
    added = journal.catalog.treatment(tid)
    dose = added.dose_text()
    print(
        f"Added treatment {added.name}"
        + (f" ({dose})" if dose else "")
        + f", from {start.isoformat()}."
    )
    return added


def cmd_list(args, secrets: Secrets) -> int:
    with unlock(args.journal, secrets) as journal:
        _resolve_symptom(journal, args)
        page = journal.entries.page(_filter(args), limit=args.limit)
        for row in page.rows:
            print(_row_line(row))
        if not page.rows:
            print("No entries match.", file=sys.stderr)
    return 0


def cmd_search(args, secrets: Secrets) -> int:
    # here, not at the top: its date patterns take 4-9 ms to compile, on every command
    from app.journal.query_words import understand
    from app.journal.search import plain_snippet

    with unlock(args.journal, secrets) as journal:
        _resolve_symptom(journal, args)
        said = understand(" ".join(args.query))
        hits = journal.search(
            said.text, said.apply(_filter(args)), limit=args.limit, order=args.order
        )
        for hit in hits:
            print(_row_line(hit.row))
            print(f"{'':9}{plain_snippet(hit.snippet)}")
        if not hits:
            print("Nothing found.", file=sys.stderr)
    return 0


def cmd_show(args, secrets: Secrets) -> int:
    with unlock(args.journal, secrets) as journal:
        entry = journal.entries.get(args.id)
        treatments = {t.id: t for t in journal.catalog.treatments()}
        conditions = {c.id: c.name for c in journal.catalog.conditions()}
    when = entry.day.isoformat() + (f" {entry.time:%H:%M}" if entry.time else "")
    print(f"# {entry.display_title() or '(untitled)'}")
    print(f"{entry.kind}, {when}")
    for r in entry.readings:
        extra = f", {r.duration_min} min" if r.duration_min else ""
        extra += f", triggers: {r.triggers}" if r.triggers else ""
        print(f"- {r.name}: {r.severity}/10{extra}")
    for tid in entry.treatment_ids:
        t = treatments.get(tid)
        if t:
            print(f"- treatment: {t.name} {t.dose_text()}".rstrip())
    for cid in entry.condition_ids:
        print(f"- condition: {conditions.get(cid, cid)}")
    if entry.source_ids:
        print("- learned from entries: " + ", ".join(map(str, entry.source_ids)))
    if entry.tags:
        print("tags: " + " ".join("#" + t for t in entry.tags))
    if entry.body:
        print()
        print(entry.body)
    return 0
