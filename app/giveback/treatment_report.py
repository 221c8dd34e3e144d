"""One treatment as a structured post, in the manner of PatientsLikeMe.

What it is and for which condition; the dose over time with its changes; how long;
side effects; the user's rating of its effect; for each tracked symptom the mean before
and after starting it, each with the number of days it rests on; and the user's lessons
linked to it, as "what I'd tell someone starting it".

The figures are the honest ones of the insights (``app.report.insights``: wash-in left
out, days not recorded not counted as 0, an AR(1)-corrected interval) wherever there
are enough days on both sides (``MIN_DAYS``); otherwise the appointment summary's plain
before/after windows, but only with at least ``MIN_DAYS`` ratings on each side. Fewer
than that and the report says so instead of a mean: a mean of three days is noise.

Dates are written relative to the start ("from week 5"), as in every post; the lessons
keep their own text and go through redaction with the rest (``ShareDraft`` sections).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import NotFound
from app.models import EntryFilter, Treatment
from app.report import trends
from app.report.insight_stats import MIN_DAYS
from app.report.summary import dose_on
from app.share import Section

if TYPE_CHECKING:
    from app.journal.journal import Journal


@dataclass(frozen=True)
class SymptomFigure:
    symptom: str
    before: float | None
    after: float | None
    n_before: int
    n_after: int
    unit: str  # "days" (insights) or "ratings" (summary windows)
    interval: str = ""  # "0.3 to 1.1 points lower", insights only

    def line(self) -> str:
        if self.before is None or self.after is None:
            return (
                f"{self.symptom}: too few days to compare ({self.n_before} {self.unit} "
                f"before, {self.n_after} after; Fettle needs {MIN_DAYS} on each side)."
            )
        text = (
            f"{self.symptom}: {self.before:.1f} before ({self.n_before} {self.unit}), "
            f"{self.after:.1f} after ({self.n_after} {self.unit})"
        )
        return text + (f"; {self.interval}." if self.interval else ".")


@dataclass(frozen=True)
class TreatmentReport:
    treatment: Treatment
    title: str
    facts: str
    figures: tuple[SymptomFigure, ...]
    lessons: tuple  # Entry, oldest first
    entry_ids: tuple[int, ...]

    def sections(self) -> list[Section]:
        out = [Section(self.facts, self.treatment.start_day)]
        if self.figures:
            lines = ["My daily ratings (0 = none, 10 = worst), before and after starting it:"]
            lines += [f"- {f.line()}" for f in self.figures]
            lines.append("These are my own ratings, not a trial; other things changed too.")
            out.append(Section("\n".join(lines), self.treatment.start_day))
        if self.lessons:
            out.append(Section("What I'd tell someone starting it:", self.treatment.start_day))
            out += [
                Section(e.body.strip() or e.title.strip(), e.day, e.id)
                for e in self.lessons
                if (e.body.strip() or e.title.strip())
            ]
        return out


def find_treatment(journal: Journal, name: str) -> Treatment:
    wanted = " ".join(name.split()).casefold()
    for t in journal.catalog.treatments():
        if t.name.casefold() == wanted:
            return t
    from app.giveback.drugs import canonical

    for t in journal.catalog.treatments():  # "Zoloft" finds a treatment called Sertraline
        if canonical(t.name) == canonical(wanted):
            return t
    raise NotFound(
        f"treatment {name!r}",
        user_message=(f"There is no treatment called “{name}” in this journal (see: fettle dose)."),
    )


def _week(start: dt.date | None, day: dt.date) -> str:
    if start is None:
        return "later"
    days = (day - start).days
    if days < 7:
        return f"from day {days + 1}"
    return f"from week {days // 7 + 1}"


def _duration(start: dt.date | None, stop: dt.date | None, today: dt.date) -> str:
    if start is None:
        return ""
    end = stop or today
    days = max(0, (end - start).days) + 1
    if days < 14:
        span = f"{days} day{'s' * (days != 1)}"
    elif days < 120:
        span = f"{days // 7} weeks"
    else:
        span = f"about {round(days / 30.44)} months"
    return f"{span}, then I stopped" if stop and stop <= today else f"{span} so far"


def _dose_lines(t: Treatment) -> list[str]:
    if not t.dose_changes and not t.dose_text():
        return []
    first = dose_on(t, t.start_day) if t.start_day else t.dose_text()
    lines = [f"Dose: started at {first}." if first else "Dose: not recorded at the start."]
    for change in t.dose_changes:
        if t.start_day is not None and change.day <= t.start_day:
            continue
        dose = dose_on(t, change.day)
        before = dose_on(t, change.day - dt.timedelta(days=1))
        if dose != before:
            lines.append(f"- {_week(t.start_day, change.day)}: {dose} (was {before})")
    if len(lines) == 1 and t.dose_changes:
        lines[0] += " No changes since."
    return lines


def _facts(journal: Journal, t: Treatment, conditions: list[str], today: dt.date) -> str:
    kind = "a therapy" if t.kind == "therapy" else "a medication"
    what = f"What it is: {t.name}, {kind}"
    what += f", for {', '.join(conditions)}." if conditions else "."
    lines = [what, *_dose_lines(t)]
    how_long = _duration(t.start_day, t.stop_day, today)
    if how_long:
        lines.append(f"How long: {how_long}.")
    side = " ".join(t.side_effects.split())
    lines.append(
        f"Side effects: {side}" + ("" if side.endswith(".") else ".")
        if side
        else "Side effects: none that I noted."
    )
    if t.effect_rating is not None:
        lines.append(f"How well it worked for me: {t.effect_rating} out of 10.")
    return "\n".join(lines)


def _figures(journal: Journal, t: Treatment, today: dt.date) -> list[SymptomFigure]:
    if t.start_day is None:
        return []
    from app.report.insight_words import interval_text
    from app.report.insights import treatment_effects

    db = journal.db
    end = min(today, t.stop_day or today)
    names = {s.id: s.name for s in journal.catalog.symptoms(include_archived=True)}
    rated = [
        sid for sid in names if trends.window(db, sid, t.start_day - dt.timedelta(days=56), end).n
    ]
    honest = {
        e.symptom_id: e
        for e in treatment_effects(journal, t.start_day, end)
        if e.change.treatment == t.name and e.change.kind == "started" and e.mean is not None
    }
    out = []
    for sid in sorted(rated, key=lambda s: names[s].casefold()):
        effect = honest.get(sid)
        if effect is not None:
            e = effect.mean
            way = "lower" if e.diff < 0 else "higher"
            out.append(
                SymptomFigure(
                    names[sid],
                    e.mean_without,
                    e.mean_with,
                    e.n_without,
                    e.n_with,
                    "days",
                    f"{interval_text(e)} points {way} (95% interval)",
                )
            )
            continue
        ba = trends.before_after(db, [sid], t.start_day, until=end)[0]
        enough = ba.before.n >= MIN_DAYS and ba.after.n >= MIN_DAYS
        out.append(
            SymptomFigure(
                names[sid],
                ba.before.mean if enough else None,
                ba.after.mean if enough else None,
                ba.before.n,
                ba.after.n,
                "ratings",
            )
        )
    return out


def build_report(journal: Journal, name: str, *, today: dt.date | None = None) -> TreatmentReport:
    """Everything the post says about the treatment called ``name``. Reads only."""
    today = today or dt.date.today()
    t = find_treatment(journal, name)
    linked = journal.entries.page(EntryFilter(treatment_id=t.id), limit=500).rows
    entries = journal.entries.get_many([r.id for r in linked]) if linked else []
    lessons = sorted((e for e in entries if e.kind == "lesson"), key=lambda e: (e.day, e.id))
    condition_names = {c.id: c.name for c in journal.catalog.conditions()}
    conditions = sorted(
        {condition_names[c] for e in entries for c in e.condition_ids if c in condition_names}
    )
    if not conditions and len(condition_names) == 1:
        conditions = list(condition_names.values())
    return TreatmentReport(
        t,
        f"My experience with {t.name}",
        _facts(journal, t, conditions, today),
        tuple(_figures(journal, t, today)),
        tuple(lessons),
        tuple(e.id for e in lessons if e.id is not None),
    )


def report_draft(journal: Journal, name: str, *, today: dt.date | None = None, **kw):
    """A ``ShareDraft`` of the report, ready for the review (or ``fettle share``)."""
    from app.share import ShareDraft

    report = build_report(journal, name, today=today)
    return ShareDraft(
        list(report.lessons),
        journal.profile.get(),
        title=report.title,
        sections=report.sections(),
        **kw,
    )


__all__ = ["SymptomFigure", "TreatmentReport", "build_report", "find_treatment", "report_draft"]
