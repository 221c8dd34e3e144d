"""Insights in words a patient reads: one sentence per result, with its uncertainty
and the days it rests on. No causal words ("causes", "triggers", "because"): the
figures say what went together, never why.

Every template passes through ``tr`` (identity by default) so the Qt app can hand
in its translator and the command line prints the English text.
"""

from __future__ import annotations

from collections.abc import Callable

from app.report.insight_stats import Estimate
from app.report.insights import Association, FactorSeries, TreatmentEffect

Tr = Callable[[str], str]


def _same(text: str) -> str:
    return text


def _num(value: float) -> str:
    return f"{abs(value):.1f}"


def interval_text(e: Estimate, tr: Tr = _same) -> str:
    """ "0.6 to 2.2" when the interval lies on one side of 0, else both directions."""
    if e.excludes_zero:
        lo, hi = sorted((abs(e.low), abs(e.high)))
        return tr("{lo} to {hi}").format(lo=f"{lo:.1f}", hi=f"{hi:.1f}")
    return tr("between {lo} lower and {hi} higher").format(lo=_num(e.low), hi=_num(e.high))


def direction(diff: float, tr: Tr = _same) -> str:
    return tr("higher") if diff > 0 else tr("lower")


def change_words(effect: TreatmentEffect, tr: Tr = _same) -> str:
    """ "since starting Amitriptyline", "since Sumatriptan 20 mg", "since stopping X"."""
    c = effect.change
    if c.kind == "started":
        return tr("since starting {name}").format(name=c.treatment)
    if c.kind == "stopped":
        return tr("since stopping {name}").format(name=c.treatment)
    return tr("since {name} {dose}").format(name=c.treatment, dose=c.dose).strip()


def days_text(e: Estimate, first: int, second: int, tr: Tr = _same) -> str:
    text = tr("from {a} and {b} days").format(a=first, b=second)
    if e.missing == 1:
        text += tr(" (1 day not recorded)")
    elif e.missing:
        text += tr(" ({n} days not recorded)").format(n=e.missing)
    return text


def headline(effect: TreatmentEffect, tr: Tr = _same) -> str:
    """ "Headache 0.8 points lower since Sumatriptan 20 mg (0.2 to 1.4), from 41 and
    77 days; lower is better." The first count is before, the second after."""
    e = effect.mean
    since = change_words(effect, tr)
    counts = days_text(e, e.n_without, e.n_with, tr)
    if e.significant():
        text = tr("{symptom} {d} points {dir} {since} ({ci}), {counts}; lower is better.")
        return text.format(
            symptom=effect.symptom,
            d=_num(e.diff),
            dir=direction(e.diff, tr),
            since=since,
            ci=interval_text(e, tr),
            counts=counts,
        )
    text = tr("{symptom}: no clear change {since} ({ci}), {counts}. This could be chance.")
    return text.format(symptom=effect.symptom, since=since, ci=interval_text(e, tr), counts=counts)


def washin_note(effect: TreatmentEffect, tr: Tr = _same) -> str:
    if not effect.washin:
        return ""
    if effect.washin == 1:
        return tr("The first day after the change is left out (wash-in).")
    return tr("The first {n} days after the change are left out (wash-in).").format(n=effect.washin)


def washin_summary(
    effects: list[TreatmentEffect] | tuple[TreatmentEffect, ...], tr: Tr = _same
) -> str:
    """ "Days left out after each change while a treatment starts to work (wash-in):
    Methotrexate 56, Naproxen 14." Each treatment has its own."""
    seen: dict[str, int] = {}
    for e in effects:
        seen.setdefault(e.change.treatment, e.washin)
    if not seen:
        return ""
    parts = ", ".join(f"{name} {days}" for name, days in sorted(seen.items()))
    return tr(
        "Days left out after each change while a treatment starts to work (wash-in): {parts}."
    ).format(parts=parts)


def other_changes_text(n: int, tr: Tr = _same) -> str:
    """How many pairs of a change and a symptom showed no clear change."""
    if n == 0:
        return tr("Every pair of a change and a symptom shown above is clear.")
    if n == 1:
        return tr(
            "1 other pair of a change and a symptom showed no clear change (it could be chance)."
        )
    return tr(
        "{n} other pairs of a change and a symptom showed no clear change (they could be chance)."
    ).format(n=n)


def chance_text(shown: int, chance: int, min_days: int, tr: Tr = _same) -> str:
    """ "1 result is unlikely to be chance. 12 other comparisons could be chance…"."""
    first = (
        tr("No result is unlikely to be chance.")
        if shown == 0
        else tr("1 result is unlikely to be chance.")
        if shown == 1
        else tr("{n} results are unlikely to be chance.").format(n=shown)
    )
    second = (
        ""
        if chance == 0
        else tr("1 other comparison could be chance and is not shown.")
        if chance == 1
        else tr("{n} other comparisons could be chance and are not shown.").format(n=chance)
    )
    third = tr("Nothing is shown with fewer than {n} days with and {n} days without.").format(
        n=min_days
    )
    return " ".join(t for t in (first, second, third) if t)


def condition(f: FactorSeries, lag: int, tr: Tr = _same) -> str:
    """ "On days after alcohol", "On days with Sleep 7 h or more", "2 days after …"."""
    if f.source == "tag":
        what = tr("entries tagged “{name}”").format(name=f.name)
    elif f.source == "trigger":
        what = tr("“{name}” noted").format(name=f.name)
    elif f.source == "skipped":
        what = tr("a skipped dose of {name}").format(name=f.name)
    elif f.cut is not None:
        unit = f" {f.unit}" if f.unit else ""
        what = tr("{name} {cut}{unit} or more").format(name=f.name, cut=f"{f.cut:g}", unit=unit)
    else:
        what = f.name
    if lag == 0:
        return tr("On days with {what}").format(what=what)
    if lag == 1:
        return tr("On days after {what}").format(what=what)
    return tr("{n} days after {what}").format(n=lag, what=what)


def association_sentence(a: Association, tr: Tr = _same) -> str:
    """ "On days after alcohol, Fatigue was 1.4 points higher (0.6 to 2.2), from 41 and
    77 days." (the first count is days with the factor). Adds "This could be chance."
    when it could, and a note when the factor mostly came with another."""
    lag, e = a.best
    text = tr("{cond}, {symptom} was {d} points {dir} ({ci}), {counts}.").format(
        cond=condition(a.factor, lag, tr),
        symptom=a.symptom,
        d=_num(e.diff),
        dir=direction(e.diff, tr),
        ci=interval_text(e, tr),
        counts=days_text(e, e.n_with, e.n_without, tr),
    )
    if not e.significant():
        text += " " + tr("This could be chance.")
    for other, share in a.together:
        text += " " + tr(
            "Most of these days were also days with {other} ({pct}%), so the "
            "two are hard to tell apart."
        ).format(other=other, pct=round(share * 100))
    return text


def lag_label(lag: int, tr: Tr = _same) -> str:
    return (
        tr("same day")
        if lag == 0
        else (tr("next day") if lag == 1 else tr("{n} days later").format(n=lag))
    )


def comparisons_text(tested: int, shown: int, tr: Tr = _same) -> str:
    """ "(1 comparison looked at; 1 unlikely to be chance)" with English plurals."""
    looked = (
        tr("1 comparison looked at")
        if tested == 1
        else tr("{n} comparisons looked at").format(n=tested)
    )
    return tr("({looked}; {shown} unlikely to be chance)").format(looked=looked, shown=shown)


def method_note(tr: Tr = _same) -> str:
    return tr(
        "Intervals are 95% AR(1)-corrected intervals: they allow for good and bad "
        "days coming in runs. A result is called unlikely to be chance only after "
        "correcting for everything tested at once (Benjamini–Hochberg). Results "
        "describe what went together, not why."
    )
