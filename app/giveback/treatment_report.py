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
The report's own words are the post language's (``lang``, ``app.posts.words``), and so
are its figures' decimal points ("4,2" in German) and the doses'.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import NotFound
from app.models import EntryFilter, Treatment
from app.posts.words import ENGLISH, Ranges, Writer, decimals, number, post_words
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
    lang: str = ENGLISH

    def line(self) -> str:
        return self.line_parts()[0]

    def line_parts(self) -> tuple[str, Ranges]:
        """The line and where Fettle's words are in it (all but the symptom's name)."""
        words = post_words(self.lang)
        unit = words[f"figure.{self.unit}"]
        out = Writer()
        if self.before is None or self.after is None:
            out.fill(
                words["figure.too_few"],
                ("symptom",),
                symptom=self.symptom,
                before=self.n_before,
                after=self.n_after,
                unit=unit,
                least=MIN_DAYS,
            )
            return out.text, out.own
        out.fill(
            words["figure.line"],
            ("symptom",),
            symptom=self.symptom,
            mean_before=number(self.before, self.lang),
            mean_after=number(self.after, self.lang),
            before=self.n_before,
            after=self.n_after,
            unit=unit,
        )
        out.add(f"; {self.interval}." if self.interval else ".", True)
        return out.text, out.own


@dataclass(frozen=True)
class TreatmentReport:
    treatment: Treatment
    title: str
    facts: str
    figures: tuple[SymptomFigure, ...]
    lessons: tuple  # Entry, oldest first
    entry_ids: tuple[int, ...]
    lang: str = ENGLISH
    facts_own: Ranges = ()  # where Fettle's own words are in ``facts``

    def figure_lines(self, *, enough_only: bool = False) -> Writer:
        """ "- Pain: 6.0 before (30 days), …" one a line, with Fettle's words marked."""
        out = Writer()
        for f in self.figures:
            if enough_only and f.before is None:
                continue
            if out.text:
                out.add("\n", True)
            out.add("- ", True).add(*f.line_parts())
        return out

    def sections(self) -> list[Section]:
        words = post_words(self.lang)
        start = self.treatment.start_day
        out = [Section(self.facts, start, own=self.facts_own)]
        if self.figures:
            lines = Writer().add(words["report.figures"] + "\n", True)
            figures = self.figure_lines()
            lines.add(figures.text, figures.own).add("\n" + words["report.caveat"], True)
            out.append(Section(lines.text, start, own=lines.own))
        if self.lessons:
            heading = words["report.lessons"]
            out.append(Section(heading, start, own=((0, len(heading)),)))
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


def _week(start: dt.date | None, day: dt.date, lang: str = ENGLISH) -> str:
    words = post_words(lang)
    if start is None:
        return words["report.later"]
    days = (day - start).days
    if days < 7:
        return words["report.from_day"].format(n=days + 1)
    return words["report.from_week"].format(n=days // 7 + 1)


def _duration(
    start: dt.date | None, stop: dt.date | None, today: dt.date, lang: str = ENGLISH
) -> str:
    if start is None:
        return ""
    words = post_words(lang)
    end = stop or today
    days = max(0, (end - start).days) + 1
    if days < 14:
        span = words["report.one_day" if days == 1 else "report.days"].format(n=days)
    elif days < 120:
        span = words["report.weeks"].format(n=days // 7)
    else:
        span = words["report.about_months"].format(n=round(days / 30.44))
    stopped = stop and stop <= today
    return words["report.stopped" if stopped else "report.so_far"].format(span=span)


def _dose_lines(t: Treatment, out: Writer, lang: str = ENGLISH) -> None:
    """The dose at the start and each change, a line each, onto ``out``: the doses are
    the user's words (a dose and its schedule can be anything), the rest Fettle's."""
    if not t.dose_changes and not t.dose_text():
        return
    words = post_words(lang)
    first = dose_on(t, t.start_day) if t.start_day else t.dose_text()
    out.add("\n", True)
    if first:
        out.fill(words["report.dose_start"], ("dose",), dose=decimals(first, lang))
    else:
        out.add(words["report.dose_unknown"], True)
    changed = False
    for change in t.dose_changes:
        if t.start_day is not None and change.day <= t.start_day:
            continue
        dose = dose_on(t, change.day)
        before = dose_on(t, change.day - dt.timedelta(days=1))
        if dose != before:
            changed = True
            out.add("\n", True).fill(
                words["report.dose_change"],
                ("dose", "before"),
                when=_week(t.start_day, change.day, lang),
                dose=decimals(dose, lang),
                before=decimals(before, lang),
            )
    if not changed and t.dose_changes:
        out.add(words["report.no_changes"], True)


def _facts(
    journal: Journal, t: Treatment, conditions: list[str], today: dt.date, lang: str = ENGLISH
) -> tuple[str, Ranges]:
    """The report's facts, and where Fettle's own words are in them."""
    words = post_words(lang)
    kind = words["report.therapy" if t.kind == "therapy" else "report.medication"]
    out = Writer().fill(words["report.what"], ("name",), name=t.name, kind=kind)
    if conditions:
        out.fill(words["report.for"], ("conditions",), conditions=", ".join(conditions))
    else:
        out.add(".", True)
    _dose_lines(t, out, lang)
    how_long = _duration(t.start_day, t.stop_day, today, lang)
    if how_long:
        out.add("\n", True).fill(words["report.how_long"], span=how_long)
    side = " ".join(t.side_effects.split())
    out.add("\n", True)
    if side:
        out.fill(words["report.side_effects"], ("side",), side=side)
        out.add("" if side.endswith(".") else ".", True)
    else:
        out.add(words["report.no_side_effects"], True)
    if t.effect_rating is not None:
        out.add("\n", True).fill(words["report.rating"], n=t.effect_rating)
    return out.text, out.own


def _figures(
    journal: Journal, t: Treatment, today: dt.date, lang: str = ENGLISH
) -> list[SymptomFigure]:
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
            words = post_words(lang)
            way = words["figure.lower" if e.diff < 0 else "figure.higher"]
            interval = decimals(interval_text(e, _figure_words(lang)), lang)
            out.append(
                SymptomFigure(
                    names[sid],
                    e.mean_without,
                    e.mean_with,
                    e.n_without,
                    e.n_with,
                    "days",
                    words["figure.interval"].format(interval=interval, way=way),
                    lang,
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
                lang=lang,
            )
        )
    return out


def _figure_words(lang: str):
    """``interval_text``'s two templates in the post's language."""
    words = post_words(lang)
    table = {
        "{lo} to {hi}": words["figure.to"],
        "between {lo} lower and {hi} higher": words["figure.between"],
    }
    return lambda text: table.get(text, text)


def build_report(
    journal: Journal, name: str, *, today: dt.date | None = None, lang: str = ENGLISH
) -> TreatmentReport:
    """Everything the post says about the treatment called ``name``, in the post
    language ``lang``. Reads only."""
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
    facts, facts_own = _facts(journal, t, conditions, today, lang)
    return TreatmentReport(
        t,
        post_words(lang)["report.title"].format(name=t.name),
        facts,
        tuple(_figures(journal, t, today, lang)),
        tuple(lessons),
        tuple(e.id for e in lessons if e.id is not None),
        lang,
        facts_own,
    )


def report_draft(
    journal: Journal, name: str, *, today: dt.date | None = None, lang: str = ENGLISH, **kw
):
    """A ``ShareDraft`` of the report, ready for the review (or ``fettle share``)."""
    from app.share import ShareDraft

    report = build_report(journal, name, today=today, lang=lang)
    return ShareDraft(
        list(report.lessons),
        journal.profile.get(),
        title=report.title,
        sections=report.sections(),
        lang=lang,
        **kw,
    )


__all__ = ["SymptomFigure", "TreatmentReport", "build_report", "find_treatment", "report_draft"]
