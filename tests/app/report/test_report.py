"""Summary content: before/after figures on a journal whose averages are known, the
treatment list and changes, filters, gaps, and saved appointments."""

from __future__ import annotations

import datetime as dt

import pytest

from app.journal.journal import Journal
from app.models import Appointment, Condition, DoseChange, Entry, SymptomReading, Treatment
from app.report.summary import (
    SummaryOptions,
    appointment_for,
    build_summary,
    plain_text,
    since_last_appointment,
)

D = dt.date(2026, 3, 1)  # the day the dose changes
START_DAY = D - dt.timedelta(days=60)


def day(offset: int) -> dt.date:
    return D + dt.timedelta(days=offset)


@pytest.fixture
def known(journal: Journal) -> Journal:
    """Pain alternates 4 and 6 for the 28 days before D (mean 5, n 28); from D on it
    is 2 on 20 of the next 28 days (mean 2, n 20). A 10 on day D-29 falls outside
    both windows. Fatigue is rated twice on each of three days after D only."""
    cat = journal.catalog
    pain = cat.ensure_symptom("Pain").id
    fatigue = cat.ensure_symptom("Fatigue").id
    ra = cat.save_condition(Condition("RA"))
    migraine = cat.save_condition(Condition("Migraine"))
    drug = cat.save_treatment(
        Treatment("Drugamol", dose_amount=10, dose_unit="mg", schedule="daily", start_day=START_DAY)
    )
    cat.add_dose_change(drug, DoseChange(START_DAY, 10, "mg", "daily"))
    cat.add_dose_change(drug, DoseChange(D, 25, "mg", "daily"))
    cat.save_treatment(
        Treatment(
            "Oldpill", dose_amount=1, dose_unit="tablet", start_day=START_DAY, stop_day=day(5)
        )
    )
    entries = [Entry("symptom", day(-29), readings=[SymptomReading(pain, 10)])]
    for i in range(1, 29):
        entries.append(
            Entry(
                "symptom",
                day(-i),
                readings=[SymptomReading(pain, 4 if i % 2 else 6)],
                condition_ids=[ra],
            )
        )
    for i in range(20):
        entries.append(
            Entry("symptom", day(i), readings=[SymptomReading(pain, 2)], condition_ids=[ra])
        )
    for i in (2, 3, 4):
        for sev in (3, 7):
            entries.append(Entry("symptom", day(i), readings=[SymptomReading(fatigue, sev)]))
    entries.append(
        Entry(
            "treatment", D, "Dose up", "Raised at review.", treatment_ids=[drug], condition_ids=[ra]
        )
    )
    entries.append(
        Entry("note", day(1), "Headache clinic", "Migraine day.", condition_ids=[migraine])
    )
    entries.append(Entry("lesson", day(3), "Pace the week", "**Rest** before the crash."))
    journal.entries.add_many(entries)
    return journal


def test_before_after_figures_are_the_known_averages(known: Journal) -> None:
    s = build_summary(known, SummaryOptions(day(-40), day(27)))
    (comp,) = [c for c in s.comparisons if c.day == D]
    assert [(ch.treatment, ch.kind, ch.previous_dose, ch.dose) for ch in comp.changes] == [
        ("Drugamol", "dose", "10 mg daily", "25 mg daily")
    ]
    figures = dict(comp.results)
    pain = figures["Pain"]
    assert (pain.before.mean, pain.before.n) == (5.0, 28)
    assert (pain.after.mean, pain.after.n) == (2.0, 20)
    assert pain.change == -3.0
    assert (pain.before.start, pain.before.end) == (day(-28), day(-1))
    fatigue = figures["Fatigue"]
    assert (fatigue.before.mean, fatigue.before.n) == (None, 0)
    assert (fatigue.after.mean, fatigue.after.n) == (5.0, 6)
    assert fatigue.change is None


def test_after_window_stops_at_the_end_of_the_period(known: Journal) -> None:
    s = build_summary(known, SummaryOptions(day(-40), day(9)))
    (comp,) = [c for c in s.comparisons if c.day == D]
    pain = dict(comp.results)["Pain"]
    assert (pain.after.end, pain.after.n, pain.after.mean) == (day(9), 10, 2.0)


def test_treatments_now_and_changes_with_dates(known: Journal) -> None:
    s = build_summary(known, SummaryOptions(day(-10), day(27)))
    assert [(c.day, c.treatment, c.kind) for c in s.changes] == [
        (D, "Drugamol", "dose"),
        (day(5), "Oldpill", "stopped"),
    ]
    (now,) = s.current
    assert (now.name, now.dose, now.since, now.dose_since) == (
        "Drugamol",
        "25 mg daily",
        START_DAY,
        D,
    )
    # A summary ending before the change shows the dose of that time.
    earlier = build_summary(known, SummaryOptions(day(-20), day(-1)))
    assert {t.name: t.dose for t in earlier.current} == {
        "Drugamol": "10 mg daily",
        "Oldpill": "1 tablet",
    }
    assert earlier.changes == ()


def test_symptom_days_and_previous_period(known: Journal) -> None:
    s = build_summary(known, SummaryOptions(D, day(27)))  # 28 days
    pain = next(d for d in s.symptom_days if d.name == "Pain")
    assert (pain.total, pain.previous, pain.change) == (20, 28, -8)
    assert s.previous_entry_days == 28
    assert sum(m.days for m in pain.months) == 20
    assert [(m.month, m.of_days) for m in pain.months] == [(dt.date(2026, 3, 1), 28)]


def test_gaps_are_days_without_any_entry(known: Journal) -> None:
    s = build_summary(known, SummaryOptions(D, day(27)))
    assert s.days_with_entries == 20
    assert s.gaps == ((day(20), day(27)),)


def test_filters_leave_out_entries_of_unchosen_conditions(known: Journal) -> None:
    conditions = {c.name: c.id for c in known.catalog.conditions()}
    pain = known.catalog.symptom_by_name("Pain").id
    everything = build_summary(known, SummaryOptions(D, day(27), appendix=True))
    assert "Headache clinic" in [e.text for e in everything.events]
    assert everything.appendix is not None and len(everything.appendix) == 20 + 6 + 3
    ra_only = build_summary(
        known,
        SummaryOptions(
            D, day(27), appendix=True, condition_ids=(conditions["RA"],), symptom_ids=(pain,)
        ),
    )
    assert "Headache clinic" not in [e.text for e in ra_only.events]
    assert [t.name for t in ra_only.trends] == ["Pain"]
    assert ra_only.appendix is not None
    kinds = [e.kind for e in ra_only.appendix]
    assert kinds.count("symptom") == 20 and "note" not in kinds  # fatigue-only entries go
    assert [n.text for n in ra_only.lessons] == ["Pace the week"]
    lesson = next(e for e in ra_only.appendix if e.kind == "lesson")
    assert lesson.body == "Rest before the crash."
    assert build_summary(known, SummaryOptions(D, day(27))).appendix is None


def test_default_symptoms_are_those_rated_most_in_the_period(known: Journal) -> None:
    s = build_summary(known, SummaryOptions(D, day(27)))
    assert [t.name for t in s.trends] == ["Pain", "Fatigue"]
    assert s.trends[0].n == 20 and len(s.trends[1].daily) == 3


def test_name_is_optional(known: Journal) -> None:
    from app.profile import PrivacyProfile

    known.profile.set(PrivacyProfile((), "GB", "Robin Example"))
    assert build_summary(known, SummaryOptions(D, day(3))).patient_name == "Robin Example"
    assert build_summary(known, SummaryOptions(D, day(3), include_name=False)).patient_name == ""


def test_appointments_give_period_and_saved_questions(journal: Journal) -> None:
    today = dt.date(2026, 5, 20)
    assert since_last_appointment(journal, today) is None
    journal.appointments.save(Appointment(dt.date(2026, 2, 10), "Dr A", "Old concern", ("Old?",)))
    journal.appointments.save(Appointment(dt.date(2026, 5, 25), "Dr A", "Hands", ("Dose?",)))
    assert since_last_appointment(journal, today) == (dt.date(2026, 2, 10), today)
    assert appointment_for(journal, today).main_concern == "Hands"
    assert appointment_for(journal, dt.date(2026, 6, 1)).main_concern == "Hands"
    assert appointment_for(journal, dt.date(2026, 1, 1)).main_concern == "Old concern"


def test_plain_text_drops_markdown_marks() -> None:
    assert (
        plain_text("# Day\nFelt **awful** but _better_ later, see [notes](x).")
        == "Day\nFelt awful but better later, see notes."
    )
    assert plain_text("2 * 3 = 6 and snake_case stays") == "2 * 3 = 6 and snake_case stays"
