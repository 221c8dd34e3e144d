"""``fettle experiment``: plan, follow and end an n-of-1 experiment.

    fettle experiment start TREATMENT_OR_FACTOR [--symptom NAME] [--blocks N]
                                               [--block-days D] [--start DATE] [--seed N]
    fettle experiment status
    fettle experiment stop

``start`` draws a balanced random schedule (each pair of blocks is "with" then
"without" or the other way round) and keeps it inside the journal; ``status`` says
which block today is in, how many days are rated, and the verdict once it is over;
``stop`` forgets the plan (entries are kept). One plan at a time.
"""

from __future__ import annotations

import datetime as dt

from ..errors import InvalidInput
from .base import UsageError, parse_day, unlock

ACTIONS = ("start", "status", "stop")


def register(sub, parents) -> dict:
    p = sub.add_parser(
        "experiment",
        parents=[parents.common],
        help="plan, follow and end an n-of-1 experiment",
        description="Test one change on yourself: blocks of days with it and without it, "
        "in a random order, while you rate one symptom daily. Actions: "
        "start TREATMENT_OR_FACTOR [--symptom NAME] [--blocks N] "
        "[--block-days D] [--start DATE]; status (default); stop. "
        "Agree any change to a medication with your doctor first.",
    )
    p.add_argument(
        "experiment_action",
        nargs="?",
        default="status",
        choices=ACTIONS,
        metavar="ACTION",
        help=", ".join(ACTIONS),
    )
    p.add_argument(
        "subject",
        nargs="?",
        metavar="TREATMENT_OR_FACTOR",
        help="start: a treatment or a yes/no daily factor already in the journal",
    )
    p.add_argument(
        "--symptom",
        help="start: the symptom to rate daily (default: the one "
        "rated on most of the last 90 days)",
    )
    p.add_argument(
        "--blocks",
        type=int,
        default=4,
        metavar="N",
        help="start: an even number of blocks (default 4)",
    )
    p.add_argument(
        "--block-days",
        type=int,
        default=14,
        metavar="D",
        help="start: days in each block, 3 to 60 (default 14)",
    )
    p.add_argument(
        "--start",
        dest="start_day",
        type=parse_day,
        metavar="DATE",
        help="start: the first day (default today)",
    )
    p.add_argument("--seed", type=int, help="start: the random seed (to repeat a schedule)")
    return {"experiment": cmd_experiment}


def cmd_experiment(args, secrets) -> int:
    action = args.experiment_action
    if action != "start":
        given = [
            o
            for o, v in (
                ("TREATMENT_OR_FACTOR", args.subject),
                ("--symptom", args.symptom),
                ("--start", args.start_day),
                ("--seed", args.seed),
            )
            if v is not None
        ]
        if given:
            raise UsageError(user_message=f"{given[0]} is for fettle experiment start.")
    elif not args.subject:
        raise UsageError(
            user_message="Say what to test, for example: fettle experiment "
            "start Magnesium --blocks 4 --block-days 14"
        )
    today = dt.date.today()
    with unlock(args.journal, secrets) as journal:
        if action == "start":
            return _start(journal, args, today)
        if action == "stop":
            return _stop(journal, today)
        return _status(journal, today)


def _start(journal, args, today: dt.date) -> int:
    from ..report import experiment
    from ..report.experiment_words import DOCTOR_WARNING, commitment, schedule_lines

    current = experiment.load(journal)
    if current is not None and current.end >= today:
        raise InvalidInput(
            user_message=f"An experiment is already planned until "
            f"{current.end.isoformat()}. See it with 'fettle "
            "experiment status', or end it with 'fettle "
            "experiment stop' first."
        )
    kind, subject = find_subject(journal, args.subject)
    symptom_id, symptom = _symptom(journal, args.symptom, today)
    start = args.start_day or today
    if start < today - dt.timedelta(days=7):
        raise UsageError(
            user_message="An experiment starts today or later (at most a week "
            "back), so the order is drawn before the days happen."
        )
    plan = experiment.plan_for(
        kind,
        subject,
        symptom_id,
        start,
        blocks=args.blocks,
        block_days=args.block_days,
        seed=args.seed,
    )
    experiment.save(journal, plan)
    print(f"Planned: {plan.b} against {plan.a}, watching {symptom}.")
    print(commitment(plan, symptom))
    print()
    for line in schedule_lines(plan):
        print(f"  {line}")
    print()
    if kind == "treatment":
        print(f"Important: {DOCTOR_WARNING}")
    print(f"(Seed {plan.seed}; the same seed and dates give the same schedule.)")
    return 0


def _stop(journal, today: dt.date) -> int:
    from ..report import experiment

    plan = experiment.load(journal)
    if plan is None:
        print("No experiment is planned.")
        return 0
    _print_status(journal, plan, today)
    experiment.save(journal, None)
    print()
    print("The experiment is ended and its plan forgotten; your entries are kept.")
    return 0


def _status(journal, today: dt.date) -> int:
    from ..report import experiment

    plan = experiment.load(journal)
    if plan is None:
        print(
            "No experiment is planned. Start one with: fettle experiment start TREATMENT_OR_FACTOR"
        )
        return 0
    _print_status(journal, plan, today)
    return 0


def _print_status(journal, plan, today: dt.date) -> None:
    from ..report import experiment
    from ..report.experiment_words import (
        progress_line,
        schedule_lines,
        today_line,
        verdict_line,
    )

    symptom = _symptom_name(journal, plan.symptom_id)
    ratings = experiment.ratings(journal, plan)
    print(
        f"Experiment: {plan.b} against {plan.a}, watching {symptom}, "
        f"{plan.start.isoformat()} to {plan.end.isoformat()}."
    )
    line = today_line(plan, today)
    if line:
        print(line)
    if today >= plan.start:
        print(progress_line(*experiment.rated_days(plan, ratings, today), plan))
    if today > plan.end:
        print(verdict_line(plan, experiment.analyse(plan, ratings), symptom))
    print()
    for text in schedule_lines(plan):
        print(f"  {text}")


def find_subject(journal, name: str) -> tuple[str, str]:
    """("treatment" | "factor", its name as stored) for what the user typed."""
    treatment = journal.catalog.treatment_by_name(name)
    if treatment is not None:
        return "treatment", treatment.name
    factor = journal.factors.by_name(name)
    if factor is not None:
        if factor.kind != "yesno":
            raise InvalidInput(
                user_message=f"{factor.name} is a number, not a yes/no factor; "
                "an experiment switches something on and off."
            )
        return "factor", factor.name
    raise InvalidInput(
        user_message=f"There is no treatment or daily factor called {name!r}. "
        "Add it first ('fettle add treatment NAME' or 'fettle "
        "factor add NAME --kind yesno')."
    )


def _symptom(journal, name: str | None, today: dt.date) -> tuple[int, str]:
    symptoms = [s for s in journal.catalog.symptoms() if not s.archived]
    if name is not None:
        wanted = " ".join(name.split()).casefold()
        for s in journal.catalog.symptoms(include_archived=True):
            if s.name.casefold() == wanted:
                return s.id, s.name
        raise InvalidInput(user_message=f"There is no symptom called {name!r}.")
    if not symptoms:
        raise InvalidInput(
            user_message="Rate a symptom first: an experiment watches one "
            "symptom you rate every day."
        )
    since = (today - dt.timedelta(days=90)).isoformat()
    counts = dict(
        journal.db.execute(
            "SELECT r.symptom_id, count(DISTINCT substr(e.at, 1, 10)) FROM symptom_readings r "
            "JOIN entries e ON e.id = r.entry_id WHERE e.at >= ? GROUP BY r.symptom_id",
            (since,),
        ).fetchall()
    )
    best = max(symptoms, key=lambda s: (counts.get(s.id, 0), -s.id))
    return best.id, best.name


def _symptom_name(journal, symptom_id: int) -> str:
    for s in journal.catalog.symptoms(include_archived=True):
        if s.id == symptom_id:
            return s.name
    return "the symptom"
