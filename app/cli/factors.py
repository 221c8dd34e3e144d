"""``fettle factor``: daily factors from the command line.

fettle factor [list]
fettle factor add NAME --kind number|yesno|scale [--unit U]
fettle factor set NAME VALUE [--date D]       yes/no also takes yes, no, y, n
fettle factor clear NAME [--date D]           the day becomes "not recorded"
"""

from __future__ import annotations

import datetime as dt

from ..errors import InvalidInput
from ..models import FACTOR_KINDS, Factor
from .base import UsageError, parse_day, unlock

ACTIONS = ("list", "add", "set", "clear")
_ARITY = {"list": (0, 0), "add": (1, 1), "set": (2, 2), "clear": (1, 1)}
_YES = {"yes": 1.0, "y": 1.0, "true": 1.0, "1": 1.0, "no": 0.0, "n": 0.0, "false": 0.0, "0": 0.0}


def register(sub, parents) -> dict:
    p = sub.add_parser(
        "factor",
        parents=[parents.common],
        help="list, add and record daily factors",
        description="Daily factors are things you track once a day besides symptoms, "
        "e.g. sleep hours, steps, alcohol (yes/no), stress (0-10). Actions: "
        "list (default); add NAME --kind number|yesno|scale [--unit U]; "
        "set NAME VALUE [--date D]; clear NAME [--date D].",
    )
    p.add_argument(
        "factor_action",
        nargs="?",
        default="list",
        choices=ACTIONS,
        metavar="ACTION",
        help=", ".join(ACTIONS),
    )
    p.add_argument(
        "values", nargs="*", metavar="ARG", help="add: NAME; set: NAME VALUE; clear: NAME"
    )
    p.add_argument("--kind", choices=FACTOR_KINDS, help="add: number, yesno or scale")
    p.add_argument("--unit", default="", help="add: e.g. hours, steps, ml")
    p.add_argument(
        "--date",
        type=parse_day,
        metavar="DATE",
        help="set/clear: the day (YYYY-MM-DD, today, yesterday; default today)",
    )
    return {"factor": cmd_factor}


def parse_value(kind: str, text: str) -> float:
    """A value typed for a factor of ``kind`` ("yes" for yes/no factors)."""
    word = text.strip().lower()
    if kind == "yesno":
        if word not in _YES:
            raise InvalidInput(user_message=f"Answer yes or no (not {text!r}).")
        return _YES[word]
    try:
        return float(word)
    except ValueError:
        raise InvalidInput(user_message=f"{text!r} is not a number.") from None


def _check_usage(args) -> None:
    low, high = _ARITY[args.factor_action]
    if not low <= len(args.values) <= high:
        shape = {
            "add": "add NAME --kind KIND",
            "set": "set NAME VALUE",
            "clear": "clear NAME",
            "list": "list",
        }[args.factor_action]
        raise UsageError(user_message=f"Usage: fettle factor {shape}")
    if args.factor_action == "add" and not args.kind:
        raise UsageError(
            user_message="Say what kind of factor it is: --kind number, yesno or scale."
        )
    if args.factor_action != "add" and (args.kind or args.unit):
        raise UsageError(user_message="--kind and --unit are for fettle factor add.")
    if args.factor_action in ("list", "add") and args.date:
        raise UsageError(user_message="--date is for fettle factor set and clear.")


def _describe(f: Factor) -> str:
    kind = {"number": "number", "yesno": "yes/no", "scale": "0-10"}[f.kind]
    unit = f" ({f.unit})" if f.unit else ""
    return f"{f.name}{unit}, {kind}" + (", archived" if f.archived else "")


def _show(f: Factor, value: float) -> str:
    if f.kind == "yesno":
        return "yes" if value else "no"
    return f"{value:g}" + (f" {f.unit}" if f.unit else "")


def cmd_factor(args, secrets) -> int:
    _check_usage(args)
    action = args.factor_action
    with unlock(args.journal, secrets) as journal:
        store = journal.factors
        if action == "list":
            factors = store.list(include_archived=True)
            today = store.day_values(dt.date.today())
            for f in factors:
                value = f"  today: {_show(f, today[f.id])}" if f.id in today else ""
                print(_describe(f) + value)
            if not factors:
                print(
                    "No daily factors yet. Add one: fettle factor add Sleep --kind number "
                    "--unit hours"
                )
            return 0
        if action == "add":
            existing = store.by_name(args.values[0])
            f = store.ensure(args.values[0], args.kind, args.unit)
            if existing is not None and existing.kind != args.kind:
                print(f"{f.name} already exists as a {_describe(f)}; its kind was kept.")
            else:
                print(f"Tracking {_describe(f)}.")
            return 0
        f = store.by_name(args.values[0])
        if f is None:
            raise InvalidInput(
                user_message=(
                    f"There is no daily factor called {args.values[0]!r}. "
                    "See them with: fettle factor list"
                )
            )
        day = args.date or dt.date.today()
        if action == "set":
            value = parse_value(f.kind, args.values[1])
            store.set_value(f.id, day, value)
            print(f"{f.name} on {day.isoformat()}: {_show(f, value)}.")
        else:
            store.set_value(f.id, day, None)
            print(f"{f.name} on {day.isoformat()}: not recorded.")
    return 0
