"""``fettle insights``: what seems to go with your symptoms, in sentences.

    fettle insights [--from DATE] [--to DATE] [--all]

Prints one line per treatment change and symptom (the change in the mean rating,
leaving out the wash-in, with its 95% interval and the days behind it), then the
factor associations that are unlikely to be chance after correcting for everything
tested (``--all`` also lists those that could be chance), then the planned n-of-1
experiment if there is one. The default period is the last 365 days.
"""

from __future__ import annotations

import datetime as dt

from .base import UsageError, parse_day, unlock

DEFAULT_DAYS = 365


def register(sub, parents) -> dict:
    p = sub.add_parser("insights", parents=[parents.common],
                       help="what seems to go with your symptoms, with intervals")
    p.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE",
                   help=f"first day (default: {DEFAULT_DAYS} days before --to)")
    p.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE",
                   help="last day (default: today)")
    p.add_argument("--all", action="store_true",
                   help="also list results that could be chance")
    return {"insights": cmd_insights}


def cmd_insights(args, secrets) -> int:
    from ..report import experiment
    from ..report.insight_words import association_sentence, headline, method_note
    from ..report.insights import build_insights

    end = args.date_to or dt.date.today()
    start = args.date_from or end - dt.timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise UsageError(user_message="--from is after --to; give the earlier day first.")
    with unlock(args.journal, secrets) as journal:
        result = build_insights(journal, start, end)
        plan = experiment.load(journal)
        ratings = experiment.ratings(journal, plan) if plan else {}
    print(f"Insights from {start.isoformat()} to {end.isoformat()}")
    print()
    print("Treatment changes (lower is better):")
    effects = [e for e in result.effects if args.all or e.mean.significant()]
    for effect in effects:
        print(f"  {effect.change.day.isoformat()}  {headline(effect)}")
    if not effects:
        print("  none with a clear change" if result.effects else
              f"  none with at least {result.min_days} rated days on each side")
    print()
    print("What went together:")
    shown = result.associations if args.all else result.shown
    for a in shown:
        print(f"  {association_sentence(a)}")
    if not shown:
        print(f"  nothing unlikely to be chance ({result.tested} comparisons looked at)")
    else:
        print(f"  ({result.tested} comparisons looked at; {len(result.shown)} unlikely to "
              "be chance)")
    if plan:
        _print_plan(plan, ratings, end)
    print()
    print(method_note())
    return 0


def _print_plan(plan, ratings, today: dt.date) -> None:
    from ..report import experiment

    print()
    print(f"Planned experiment: {plan.a} (A) against {plan.b} (B), blocks of "
          f"{plan.block_days} days: {' '.join(plan.blocks)}")
    block = plan.block_on(today)
    if block is not None:
        print(f"  Today is in block {block[0] + 1} of {len(plan.blocks)}: "
              f"{plan.arm_name(block[1])}.")
    elif today > plan.end:
        e = experiment.analyse(plan, ratings)
        verdict = experiment.verdict(e)
        if e is None:
            print("  Finished; not enough rated days to compare.")
        else:
            said = ("no clear difference between them" if verdict == "no clear difference"
                    else f"ratings {verdict} with {plan.b} than with {plan.a}")
            print(f"  Finished: {said} ({e.diff:+.1f} points, 95% interval {e.low:+.1f} to "
                  f"{e.high:+.1f}), from {e.n_with} and {e.n_without} days.")
