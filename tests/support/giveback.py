"""A made-up journal for the giveback tests: one drug treatment with lessons and
ratings around its start, and entries that have nothing to do with it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.journal.journal import Journal
from app.models import Condition, DoseChange, Entry, SymptomReading, Treatment
from app.profile import PrivacyProfile, ProfileTerm
from tests.support.journals import make_journal

START = dt.date(2026, 1, 5)
TODAY = dt.date(2026, 4, 1)
PROFILE = PrivacyProfile.of(
    [
        ProfileTerm("self", "Priya Raman"),
        ProfileTerm("person", "Sarah Okafor", "my sister"),
        ProfileTerm("place", "Harrogate"),
        ProfileTerm("employer", "Northwind Logistics"),
    ]
)
PROFILE_WORDS = ("Priya", "Raman", "Okafor", "Harrogate", "Northwind")


def build(path: Path) -> tuple[Journal, dict[str, int]]:
    """The journal (open) and the ids a test looks for."""
    j = make_journal(path)
    j.profile.set(PROFILE)
    cond = j.catalog.save_condition(Condition("fibromyalgia"))
    tid = j.catalog.save_treatment(
        Treatment(
            "Amitriptyline",
            dose_amount=10,
            dose_unit="mg",
            schedule="nightly",
            start_day=START,
            effect_rating=7,
            side_effects="dry mouth, groggy mornings for the first two weeks",
        )
    )
    j.catalog.add_dose_change(tid, DoseChange(START, 10, "mg", "nightly"))
    j.catalog.add_dose_change(tid, DoseChange(START + dt.timedelta(days=28), 20, "mg", "nightly"))
    other = j.catalog.save_treatment(
        Treatment("Hand physiotherapy", "therapy", start_day=TODAY - dt.timedelta(days=3))
    )
    pain = j.catalog.ensure_symptom("Joint pain")
    for i in range(-30, 60):  # 30 days before the start, 60 after: 6 then 3
        day = START + dt.timedelta(days=i)
        j.entries.add(
            Entry(
                "symptom",
                day,
                readings=[SymptomReading(pain.id, 6 if i < 0 else 3)],
                tags=["check-in"],
            )
        )
    ids = {"treatment": tid, "other_treatment": other, "condition": cond}
    ids["lesson"] = j.entries.add(
        Entry(
            "lesson",
            START + dt.timedelta(days=20),
            "Take it early",
            "Take amitriptyline by 8pm, not at bedtime, or the morning grogginess is awful. "
            "Priya Raman learned that the hard way while working at Northwind Logistics.",
            treatment_ids=[tid],
            condition_ids=[cond],
        )
    )
    ids["brand_note"] = j.entries.add(
        Entry(
            "note",
            START + dt.timedelta(days=3),
            "Pharmacy",
            "Sarah Okafor collected the Elavil from the pharmacy in Harrogate. Dry mouth already.",
            condition_ids=[cond],
        )
    )
    ids["unrelated"] = j.entries.add(
        Entry(
            "note",
            START + dt.timedelta(days=40),
            "Garden",
            "Planted tomatoes with my sister. Felt fine, good sleep.",
        )
    )
    ids["unrelated2"] = j.entries.add(
        Entry(
            "lesson",
            START + dt.timedelta(days=45),
            "Pacing",
            "Rest before the crash, not after; a timer helps.",
        )
    )
    ids["hand_lesson"] = j.entries.add(
        Entry(
            "lesson",
            TODAY - dt.timedelta(days=1),
            "Putty",
            "The therapy putty is worth it.",
            treatment_ids=[other],
        )
    )
    return j, ids
