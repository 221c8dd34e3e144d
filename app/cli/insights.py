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
    p = sub.add_parser(
        "insights",
        parents=[parents.common],
        help="what seems to go with your symptoms, with intervals",
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=parse_day,
        metavar="DATE",
        help=f"first day (default: {DEFAULT_DAYS} days before --to)",
    )
    p.add_argument(
        "--to", dest="date_to", type=parse_day, metavar="DATE", help="last day (default: today)"
    )
    p.add_argument("--all", action="store_true", help="also list results that could be chance")
    return {"insights": cmd_insights}


def cmd_insights(args, secrets) -> int:
    from ..report import experiment
    from ..report.insight_words import (
        association_sentence,
        comparisons_text,
        headline,
        method_note,
        washin_summary,
    )
    from ..report.insights import build_insights

    end = args.date_to or dt.date.today()
    start = args.date_from or end - dt.timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise UsageError(user_message="--from is after --to; give the earlier day first.")
    with unlock(args.journal, secrets) as journal:
        result = build_insights(journal, start, end)
        plan = experiment.load(journal)
        ratings = experiment.ratings(journal, plan) if plan else {}
        symptom = ""
        if plan:
            names = {s.id: s.name for s in journal.catalog.symptoms(include_archived=True)}
            symptom = names.get(plan.symptom_id, "the symptom")
    print(f"Insights from {start.isoformat()} to {end.isoformat()}")
    print()
    print("Treatment changes (lower is better):")
    effects = [e for e in result.effects if args.all or e.mean.significant()]
    for effect in effects:
        print(f"  {effect.change.day.isoformat()}  {headline(effect)}")
    if not effects:
        print(
            "  none with a clear change"
            if result.effects
            else f"  none with at least {result.min_days} rated days on each side"
        )
    if result.effects:
        print(f"  {washin_summary(result.effects)}")
    print()
    print("What went together:")
    shown = result.associations if args.all else result.shown
    for a in shown:
        print(f"  {association_sentence(a)}")
    if not shown:
        looked = "1 comparison" if result.tested == 1 else f"{result.tested} comparisons"
        print(f"  nothing unlikely to be chance ({looked} looked at)")
    else:
        print(f"  {comparisons_text(result.tested, len(result.shown))}")
    if plan:
        _print_plan(plan, ratings, end, symptom)
    print()
    print(method_note())
    return 0


def _print_plan(plan, ratings, today: dt.date, symptom: str) -> None:
    from ..report import experiment
    from ..report.experiment_words import progress_line, today_line, verdict_line

    print()
    print(
        f"Planned experiment: {plan.b} against {plan.a}, watching {symptom}, "
        f"{len(plan.blocks)} blocks of {plan.block_days} days "
        "(fettle experiment status for the dates)"
    )
    line = today_line(plan, today)
    if line:
        print(f"  {line}")
    if today >= plan.start:
        print(f"  {progress_line(*experiment.rated_days(plan, ratings, today), plan)}")
    if today > plan.end:
        print(f"  {verdict_line(plan, experiment.analyse(plan, ratings), symptom)}")
