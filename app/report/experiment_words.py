"""A planned n-of-1 experiment in words a patient reads: what it is, what they commit
to, which block today is in, and the verdict at the end. Shared by ``fettle
experiment`` and the Insights tab, so both say the same thing.

Every template passes through ``tr`` (identity by default), as in ``insight_words``.
"""

from __future__ import annotations

import datetime as dt

from app.report.experiment import Experiment, block_ranges, todo, verdict
from app.report.insight_stats import Estimate
from app.report.insight_words import Tr, _same, days_text, interval_text

DOCTOR_WARNING = (
    "Starting, stopping or changing a medication, its dose or when you take it must be "
    "agreed with your doctor or pharmacist first. Some medicines are dangerous to stop "
    "suddenly. A supplement or a habit (an earlier bedtime) is safer to test."
)


def explanation(tr: Tr = _same) -> str:
    """What an n-of-1 trial is, in two short paragraphs."""
    return tr(
        "An experiment on yourself (an “n-of-1 trial”) answers one question for you "
        "alone: does this change make a difference to how I feel? Instead of guessing "
        "from the days that happened, you switch the change on and off in blocks of "
        "days, in an order drawn at random, and rate your symptom every day.\n\n"
        "Because each pair of blocks has one of each, in a random order, both sides get "
        "the same number of days, and a slow improvement or a bad month falls on both "
        "alike. At the end Fettle compares the two with a 95% interval. “No clear "
        "difference” is a real answer too."
    )


def commitment(exp: Experiment, symptom: str, tr: Tr = _same) -> str:
    """What the user agrees to do, with the dates."""
    days = exp.block_days * len(exp.blocks)
    return tr(
        "For {days} days, from {start} to {end}, follow the plan below block by block "
        "({n} blocks of {d} days), and rate {symptom} every day, even on good days. "
        "A day you miss is left out, never counted as 0, but many missed days leave too "
        "little to compare."
    ).format(
        days=days,
        start=_date(exp.start, tr),
        end=_date(exp.end, tr),
        n=len(exp.blocks),
        d=exp.block_days,
        symptom=symptom,
    )


def schedule_lines(exp: Experiment, tr: Tr = _same) -> list[str]:
    """ "Block 1, 2 Mar to 15 Mar: take Magnesium" for each block."""
    return [
        tr("Block {i}, {first} to {last}: {todo}").format(
            i=i + 1, first=_date(first, tr), last=_date(last, tr), todo=todo(exp, arm, tr)
        )
        for i, (first, last, arm) in enumerate(block_ranges(exp))
    ]


def today_line(exp: Experiment, today: dt.date, tr: Tr = _same) -> str | None:
    """ "Today: take Magnesium (block 2 of 4, until 29 Mar)", "Starts on 2 Mar", or None
    once the plan is over."""
    block = exp.block_on(today)
    if block is None:
        if today < exp.start:
            return tr("The experiment starts on {day}: {todo} first.").format(
                day=_date(exp.start, tr), todo=todo(exp, exp.blocks[0], tr)
            )
        return None
    index, arm = block
    last = block_ranges(exp)[index][1]
    return tr("Today: {todo} (block {i} of {n}, until {last})").format(
        todo=todo(exp, arm, tr), i=index + 1, n=len(exp.blocks), last=_date(last, tr)
    )


def progress_line(a_days: int, b_days: int, passed: int, exp: Experiment, tr: Tr = _same) -> str:
    """How many days are rated so far on each side."""
    text = (
        tr("So far {rated} of {passed} day is rated: {a} {without} and {b} {with_}.")
        if passed == 1
        else tr("So far {rated} of {passed} days are rated: {a} {without} and {b} {with_}.")
    )
    return text.format(
        rated=a_days + b_days,
        passed=passed,
        a=a_days,
        b=b_days,
        without=_arm_words(exp, "A", tr),
        with_=_arm_words(exp, "B", tr),
    )


def verdict_line(exp: Experiment, estimate: Estimate | None, symptom: str, tr: Tr = _same) -> str:
    """The plain verdict of a finished plan, with its interval and days."""
    word = verdict(estimate)
    if estimate is None:
        return tr(
            "Finished; not enough rated days to compare (at least 5 on each side are needed)."
        )
    counts = days_text(estimate, estimate.n_with, estimate.n_without, tr)
    if word == "no clear difference":
        return tr(
            "Finished: no clear difference in {symptom} between {b} and {a} ({ci}), "
            "{counts}. This could be chance."
        ).format(
            symptom=symptom,
            a=_arm_name(exp, "A", tr),
            b=_arm_name(exp, "B", tr),
            ci=interval_text(estimate, tr),
            counts=counts,
        )
    return tr("Finished: {symptom} was {d} points {dir} {b} than {a} ({ci}), {counts}.").format(
        symptom=symptom,
        d=f"{abs(estimate.diff):.1f}",
        dir=tr("lower") if word == "lower" else tr("higher"),
        a=_arm_words(exp, "A", tr),
        b=_arm_words(exp, "B", tr),
        ci=interval_text(estimate, tr),
        counts=counts,
    )


def _arm_name(exp: Experiment, arm: str, tr: Tr = _same) -> str:
    """ "without Magnesium" / "with Magnesium" for a plan testing something (said again
    through ``tr``, not read from the stored English); a free plan's own words."""
    if not exp.subject:
        return exp.arm_name(arm)
    return (tr("without {name}") if arm == "A" else tr("with {name}")).format(name=exp.subject)


def _arm_words(exp: Experiment, arm: str, tr: Tr = _same) -> str:
    """ "without Magnesium"; a plan of free words ("as usual") reads "with as usual"."""
    if exp.subject:
        return _arm_name(exp, arm, tr)
    return tr("with {name}").format(name=exp.arm_name(arm))


def _date(day: dt.date, tr: Tr = _same) -> str:
    """ "2 Mar 2026": day first, month in letters, never ambiguous; the month's name
    and the order through ``tr``."""
    months = (
        tr("Jan"),
        tr("Feb"),
        tr("Mar"),
        tr("Apr"),
        tr("May"),
        tr("Jun"),
        tr("Jul"),
        tr("Aug"),
        tr("Sep"),
        tr("Oct"),
        tr("Nov"),
        tr("Dec"),
    )
    return tr("{day} {month} {year}").format(
        day=day.day, month=months[day.month - 1], year=day.year
    )
