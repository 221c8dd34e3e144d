"""The appointment summary as data: what page one and the appendix show.

    options = SummaryOptions(start, end, main_concern=..., questions=(...))
    summary = build_summary(journal, options)      # worker thread or CLI
    ui.report_render.render_pdf(summary)            # how it looks (Qt)

Nothing here decides layout or words beyond the user's own text; ``ui/`` draws it.
The one exception, the insights' sentences, are written through ``tr`` (identity by
default, for the CLI): the GUI passes ``ui.core_text.core_tr``, so they come in the
interface's language (``app/report/insight_words.py``).
Figures are descriptive: averages and counts of self-reported ratings, never a claim
that a treatment caused a change.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from app.models import Appointment, Treatment
from app.report import trends

if TYPE_CHECKING:
    from app.journal.journal import Journal

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class SummaryOptions:
    """What the user chose. ``None`` for a selection means "all"."""

    start: dt.date
    end: dt.date
    symptom_ids: tuple[int, ...] | None = None  # None: every symptom rated in the period
    treatment_ids: tuple[int, ...] | None = None
    condition_ids: tuple[int, ...] | None = None
    appendix: bool = False
    main_concern: str = ""
    questions: tuple[str, ...] = ()
    include_name: bool = True
    weeks: int = 4  # before/after window
    moving_days: int = 7

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class SymptomTrend:
    symptom_id: int
    name: str
    daily: tuple[trends.DailyStat, ...]
    moving: tuple[trends.Rolling, ...]  # trailing mean with the low/high of that window

    @property
    def n(self) -> int:
        return sum(s.n for s in self.daily)


@dataclass(frozen=True)
class MonthCount:
    month: dt.date  # first of the month
    days: int  # days with a rating above 0
    of_days: int  # days of this month inside the period


@dataclass(frozen=True)
class SymptomDays:
    name: str
    months: tuple[MonthCount, ...]
    total: int
    previous: int  # in the previous period of the same length

    @property
    def change(self) -> int:
        return self.total - self.previous


@dataclass(frozen=True)
class CurrentTreatment:
    name: str
    kind: str
    dose: str
    since: dt.date | None
    dose_since: dt.date | None  # the latest dose change, if after the start


@dataclass(frozen=True)
class TreatmentChange:
    """``kind`` is started, stopped or dose. Doses are display text ("20 mg weekly")."""

    day: dt.date
    treatment: str
    kind: str
    dose: str = ""
    previous_dose: str = ""


@dataclass(frozen=True)
class Comparison:
    """Ratings around one day on which one or more treatments changed."""

    day: dt.date
    changes: tuple[TreatmentChange, ...]
    results: tuple[tuple[str, trends.BeforeAfter], ...]  # (symptom name, figures)


@dataclass(frozen=True)
class Note:
    day: dt.date
    kind: str  # treatment, note, lesson
    text: str


@dataclass(frozen=True)
class DiaryEntry:
    day: dt.date
    time: dt.time | None
    kind: str
    title: str
    body: str
    ratings: tuple[tuple[str, int], ...]
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Summary:
    start: dt.date
    end: dt.date
    generated: dt.date
    patient_name: str
    main_concern: str
    questions: tuple[str, ...]
    trends: tuple[SymptomTrend, ...]
    changes: tuple[TreatmentChange, ...]  # within the period, oldest first (chart markers)
    current: tuple[CurrentTreatment, ...]
    comparisons: tuple[Comparison, ...]
    symptom_days: tuple[SymptomDays, ...]
    events: tuple[Note, ...]
    lessons: tuple[Note, ...]
    days_with_entries: int
    previous_entry_days: int  # days with entries in the previous period of the same length
    gaps: tuple[tuple[dt.date, dt.date], ...]
    weeks: int = 4
    moving_days: int = 7
    date_format: str = "d MMM yyyy"
    appendix: tuple[DiaryEntry, ...] | None = None
    conditions: tuple[str, ...] = field(default=())
    # Insight sentences that pass the thresholds (clear treatment changes, then
    # associations unlikely to be chance), for one short block on page one.
    insights: tuple[str, ...] = ()

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def previous_start(self) -> dt.date:
        return self.start - dt.timedelta(days=self.days)

    @property
    def previous_days(self) -> int:
        return self.days

    @property
    def gap_days(self) -> int:
        return self.days - self.days_with_entries


# -- periods and saved appointments -------------------------------------------


def last_days(days: int, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    today = today or dt.date.today()
    return today - dt.timedelta(days=days - 1), today


def since_last_appointment(
    journal: Journal, today: dt.date | None = None
) -> tuple[dt.date, dt.date] | None:
    """From the most recent past appointment to today (None if there was none)."""
    today = today or dt.date.today()
    past = [a for a in journal.appointments.all() if a.day < today]
    return (past[0].day, today) if past else None


def appointment_for(journal: Journal, end: dt.date) -> Appointment | None:
    """The appointment a summary ending on ``end`` is for: the first one on or after
    that day, else the latest before it (its concern and questions are a start)."""
    appointments = journal.appointments.all()  # newest first
    upcoming = [a for a in appointments if a.day >= end]
    if upcoming:
        return upcoming[-1]
    return appointments[0] if appointments else None


# -- building -----------------------------------------------------------------


def build_summary(
    journal: Journal,
    options: SummaryOptions,
    *,
    today: dt.date | None = None,
    tr: Callable[[str], str] = lambda text: text,
) -> Summary:
    """Everything page one and the appendix show. Reads only; runs on the worker."""
    if options.end < options.start:
        options = replace(options, start=options.end, end=options.start)
    db = journal.db
    start, end = options.start, options.end
    symptoms = {s.id: s.name for s in journal.catalog.symptoms(include_archived=True)}
    symptom_ids = _chosen_symptoms(db, options, symptoms)
    names = {sid: symptoms[sid] for sid in symptom_ids}

    daily = trends.daily_stats(db, symptom_ids, start, end)
    trend_list = tuple(
        SymptomTrend(
            sid,
            names[sid],
            tuple(daily[sid]),
            tuple(trends.rolling(daily[sid], options.moving_days)),
        )
        for sid in symptom_ids
    )

    treatments = [
        t
        for t in journal.catalog.treatments()
        if options.treatment_ids is None or t.id in options.treatment_ids
    ]
    changes = tuple(
        sorted(
            (c for t in treatments for c in _changes(t, start, end)),
            key=lambda c: (c.day, c.treatment),
        )
    )
    comparisons = tuple(
        Comparison(
            day,
            tuple(c for c in changes if c.day == day),
            tuple(
                (names[r.symptom_id], r)
                for r in trends.before_after(db, symptom_ids, day, weeks=options.weeks, until=end)
            ),
        )
        for day in sorted({c.day for c in changes})
    )

    previous = (start - dt.timedelta(days=options.days), start - DAY)
    now_days = trends.symptom_days(db, symptom_ids, start, end)
    before_days = trends.symptom_days(db, symptom_ids, *previous)
    by_month = trends.symptom_days_by_month(db, symptom_ids, start, end)
    symptom_days = tuple(
        SymptomDays(
            names[sid],
            tuple(
                MonthCount(m, by_month[sid].get(f"{m:%Y-%m}", 0), n) for m, n in _months(start, end)
            ),
            now_days[sid],
            before_days[sid],
        )
        for sid in symptom_ids
    )

    kept = _entries(journal, options)
    events = tuple(
        Note(e.day, e.kind, e.title) for e in kept if e.kind in ("treatment", "note") and e.title
    )
    lessons = tuple(Note(e.day, e.kind, e.title) for e in kept if e.kind == "lesson")
    with_entries = trends.entry_days(db, start, end)
    conditions = tuple(
        c.name
        for c in journal.catalog.conditions()
        if options.condition_ids is None or c.id in options.condition_ids
    )

    return Summary(
        start=start,
        end=end,
        generated=today or dt.date.today(),
        patient_name=journal.profile.get().display_name if options.include_name else "",
        main_concern=options.main_concern.strip(),
        questions=_with_tips(journal, options.questions),
        trends=trend_list,
        changes=changes,
        current=tuple(_current(t, end) for t in treatments if t.is_current(end)),
        comparisons=comparisons,
        symptom_days=symptom_days,
        events=events,
        lessons=lessons,
        days_with_entries=len(with_entries),
        previous_entry_days=len(trends.entry_days(db, *previous)),
        gaps=tuple(trends.gaps(with_entries, start, end)),
        weeks=options.weeks,
        moving_days=options.moving_days,
        date_format=journal.settings.get("date_format"),
        appendix=tuple(kept) if options.appendix else None,
        conditions=conditions,
        insights=insight_lines(journal, start, end, symptom_ids, tr),
    )


def _with_tips(journal: Journal, questions: tuple[str, ...]) -> tuple[str, ...]:
    """The user's questions, then the tips they marked "ask my doctor" and have no
    answer for yet (``app.giveback.tips``); page one shows what fits and the rest
    follows on the next page, as for any long list of questions."""
    from app.giveback.tips import TipStore

    mine = [q.strip() for q in questions if q.strip()]
    return tuple(dict.fromkeys([*mine, *TipStore(journal).questions()]))


def insight_lines(
    journal: Journal,
    start: dt.date,
    end: dt.date,
    symptom_ids: list[int],
    tr: Callable[[str], str] = lambda text: text,
) -> tuple[str, ...]:
    """Only what passes: clear treatment changes and associations that stay unlikely
    to be chance after correction, for the chosen symptoms."""
    from app.report.insight_words import association_sentence, headline
    from app.report.insights import build_insights

    result = build_insights(journal, start, end)
    chosen = set(symptom_ids)
    lines = [
        headline(e, tr) for e in result.effects if e.symptom_id in chosen and e.mean.significant()
    ]
    lines += [association_sentence(a, tr) for a in result.shown if a.symptom_id in chosen]
    return tuple(lines)


def _chosen_symptoms(db, options: SummaryOptions, symptoms: dict[int, str]) -> list[int]:
    if options.symptom_ids is not None:
        return [sid for sid in options.symptom_ids if sid in symptoms]
    lo, hi = options.start.isoformat(), (options.end + DAY).isoformat()
    return [
        sid
        for (sid,) in db.execute(
            "SELECT r.symptom_id FROM entries e JOIN symptom_readings r ON r.entry_id = e.id "
            "WHERE e.at >= ? AND e.at < ? GROUP BY r.symptom_id ORDER BY count(*) DESC, "
            "r.symptom_id",
            (lo, hi),
        )
    ]


def _months(start: dt.date, end: dt.date) -> list[tuple[dt.date, int]]:
    """Each month touching the range, with how many of its days are inside it."""
    out = []
    month = start.replace(day=1)
    while month <= end:
        following = (month + dt.timedelta(days=32)).replace(day=1)
        first, last = max(month, start), min(following - DAY, end)
        out.append((month, (last - first).days + 1))
        month = following
    return out


def dose_on(t: Treatment, day: dt.date) -> str:
    """The treatment's dose as text on ``day`` (its dose history, else its current dose)."""
    earlier = [c for c in t.dose_changes if c.day <= day]
    if not earlier:
        first = t.dose_changes[0] if t.dose_changes else None
        if first is not None and t.start_day is not None and first.day <= t.start_day:
            earlier = [first]
    if earlier:
        c = earlier[-1]
        return Treatment(
            t.name,
            dose_amount=c.dose_amount,
            dose_unit=c.dose_unit or t.dose_unit,
            schedule=c.schedule or t.schedule,
        ).dose_text()
    return t.dose_text()


def _changes(t: Treatment, start: dt.date, end: dt.date) -> list[TreatmentChange]:
    out = []
    if t.start_day is not None and start <= t.start_day <= end:
        out.append(TreatmentChange(t.start_day, t.name, "started", dose_on(t, t.start_day)))
    for c in t.dose_changes:
        if start <= c.day <= end and c.day != t.start_day:
            out.append(
                TreatmentChange(c.day, t.name, "dose", dose_on(t, c.day), dose_on(t, c.day - DAY))
            )
    if t.stop_day is not None and start <= t.stop_day <= end:
        out.append(TreatmentChange(t.stop_day, t.name, "stopped", dose_on(t, t.stop_day)))
    return out


def _current(t: Treatment, end: dt.date) -> CurrentTreatment:
    changed = [
        c.day
        for c in t.dose_changes
        if c.day <= end and (t.start_day is None or c.day > t.start_day)
    ]
    return CurrentTreatment(
        t.name, t.kind, dose_on(t, end), t.start_day, changed[-1] if changed else None
    )


_MARKUP = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def plain_text(markdown: str) -> str:
    """Markdown as plain reading text for print: emphasis marks, heading hashes and
    link targets go; the words stay."""
    text = _LINK.sub(r"\1", markdown)
    text = _HEADING.sub("", text)
    return _MARKUP.sub("", text).strip()


def _entries(journal: Journal, options: SummaryOptions) -> list[DiaryEntry]:
    """Entries of the period that pass the chosen symptoms, treatments and conditions,
    oldest first. An entry linked only to things left out is left out."""
    db = journal.db
    lo, hi = options.start.isoformat(), (options.end + DAY).isoformat()
    ids = [
        i
        for (i,) in db.execute(
            "SELECT id FROM entries WHERE at >= ? AND at < ? ORDER BY at, id", (lo, hi)
        )
    ]
    out: list[DiaryEntry] = []
    symptom_ids = options.symptom_ids
    for start in range(0, len(ids), 500):
        for e in sorted(
            journal.entries.get_many(ids[start : start + 500]),
            key=lambda e: (e.day, e.time or dt.time.min, e.id),
        ):
            if (
                not _keep(e.readings and [r.symptom_id for r in e.readings], symptom_ids)
                or not _keep(e.treatment_ids, options.treatment_ids)
                or not _keep(e.condition_ids, options.condition_ids)
            ):
                continue
            ratings = tuple(
                (r.name, r.severity)
                for r in e.readings
                if symptom_ids is None or r.symptom_id in symptom_ids
            )
            out.append(
                DiaryEntry(
                    e.day,
                    e.time,
                    e.kind,
                    e.display_title(),
                    plain_text(e.body),
                    ratings,
                    tuple(e.tags),
                )
            )
    return out


def _keep(linked, chosen: tuple[int, ...] | None) -> bool:
    return chosen is None or not linked or any(i in chosen for i in linked)
