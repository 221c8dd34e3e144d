"""``fettle dose``: change a treatment's dose, or show its dose history.

fettle dose sertraline 100 --date 2026-03-01      the dose from that day on
fettle dose sertraline                            the history, date first
"""

from __future__ import annotations

import datetime as dt
import sys
from argparse import ArgumentTypeError

from ..errors import InvalidInput
from ..models import DoseChange
from .base import Secrets, parse_day, unlock
from .entries import _amount


def register(sub, parents) -> dict:
    dose = sub.add_parser(
        "dose",
        parents=[parents.common],
        help="change a treatment's dose, or list its doses",
        description="Examples: fettle dose sertraline 100 --date 2026-03-01;"
        " fettle dose sertraline (shows the dose history)",
    )
    dose.add_argument("name", nargs="+", help="the treatment's name (several words are fine)")
    dose.add_argument("--unit", help="e.g. mg (default: the unit it has)")
    dose.add_argument("--schedule", help="e.g. nightly (default: the schedule it has)")
    dose.add_argument("--date", type=parse_day, help="from when (YYYY-MM-DD; default today)")
    dose.add_argument("--note", help="why it changed (optional)")
    return {"dose": cmd_dose}


def _split(words: list[str]) -> tuple[str, float | None]:
    """``sertraline 100`` → ("sertraline", 100.0); a last word that is a number is the dose."""
    *rest, last = words
    try:
        amount = _amount(last)
    except ArgumentTypeError:  # not a number: all of it is the name
        return " ".join(words), None
    if not rest:
        raise InvalidInput(
            user_message="Name the treatment before the dose, e.g. fettle dose sertraline 100"
        )
    return " ".join(rest), amount


def cmd_dose(args, secrets: Secrets) -> int:
    name, amount = _split(args.name)
    with unlock(args.journal, secrets) as journal:
        found = journal.catalog.treatment_by_name(name)
        if found is None:
            raise InvalidInput(
                user_message=(
                    f"You have no treatment called {name!r}. Add it with: "
                    f"fettle add treatment {name!r} --dose AMOUNT --unit mg"
                )
            )
        if amount is None and args.unit is None and args.schedule is None:
            _print_history(journal.catalog.treatment(found.id))
            return 0
        change = DoseChange(
            args.date or dt.date.today(),
            amount if amount is not None else found.dose_amount,
            args.unit if args.unit is not None else found.dose_unit,
            args.schedule if args.schedule is not None else found.schedule,
            args.note or "",
        )
        journal.catalog.add_dose_change(found.id, change)
        now = journal.catalog.treatment(found.id)
    print(
        f"{now.name}: {_dose_of(change)} from {change.day.isoformat()}. "
        f"Now taking {now.dose_text() or 'no set dose'}."
    )
    return 0


def _dose_of(change: DoseChange) -> str:
    amount = "" if change.dose_amount is None else f"{change.dose_amount:g}"
    return " ".join(p for p in (amount, change.dose_unit, change.schedule) if p) or "no dose"


def _print_history(treatment) -> None:
    print(
        f"{treatment.name} ({treatment.kind}), now {treatment.dose_text() or 'no set dose'}"
        + (f", since {treatment.start_day.isoformat()}" if treatment.start_day else "")
    )
    if not treatment.dose_changes:
        print("No dose changes recorded.", file=sys.stderr)
    for change in reversed(treatment.dose_changes):
        note = f"  ({change.note})" if change.note else ""
        print(f"{change.day.isoformat()}  {_dose_of(change)}{note}")
