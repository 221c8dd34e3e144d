"""A realistic sample journal: for ``fettle --demo``, screenshots, reports and
benchmarks.

The demo person lives with rheumatoid arthritis and migraine. Over the period
they track joint pain, morning stiffness, fatigue, headache, nausea and brain
fog; start methotrexate (later raised from 15 to 20 mg), take folic acid, stop
naproxen because of stomach trouble, and go to physiotherapy. Joint pain eases
after the dose rise, as it often does. Text is generated from sentence pools so
entries read like a diary (about 80 words each) and vocabulary varies the way
real text does. Everything is seeded: the same call gives the same journal.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.journal import kdf
from app.journal.journal import Journal

from .models import Condition, DoseChange, Entry, SymptomReading, Treatment
from .profile import PrivacyProfile, ProfileTerm

DEMO_PASSPHRASE = "demo journal passphrase"

SYMPTOMS = [
    ("Joint pain", "hands"),
    ("Morning stiffness", "hands"),
    ("Fatigue", ""),
    ("Headache", "head"),
    ("Nausea", "stomach"),
    ("Brain fog", ""),
]

PROFILE = PrivacyProfile.of(
    [
        ProfileTerm("self", "Alex Morgan"),
        ProfileTerm("self", "Alex"),
        ProfileTerm("person", "Dr Priya Shah", "my rheumatologist"),
        ProfileTerm("person", "Sam", "my partner"),
        ProfileTerm("person", "Jo", "my sister"),
        ProfileTerm("place", "Leeds", "my town"),
        ProfileTerm("place", "St James's Hospital", "the hospital"),
        ProfileTerm("employer", "Hargreaves & Co", "work"),
    ],
    region="GB",
    display_name="Alex Morgan",
)

OPENINGS = [
    "Woke up at {hour} with {symptom} already there.",
    "A slow start today.",
    "Rough night, up twice with {symptom}.",
    "Better morning than yesterday.",
    "The {symptom} crept in after lunch.",
    "Bad day from the moment I got up.",
    "Fairly ordinary day, all things considered.",
    "The weather turned cold and damp again.",
]
MIDDLES = [
    "My fingers were stiff for about {minutes} minutes before I could open the jar.",
    "Worked from home so I could pace myself between calls.",
    "Walked to the shop and back, which felt like enough.",
    "Had to cancel plans with {person} because I could not face the noise.",
    "Heat pad on the hands helped more than the tablets did.",
    "Sat in the garden for a while and the sunshine lifted my mood.",
    "Screen time made it worse by the evening, as usual.",
    "Ate a proper breakfast this time and the nausea stayed away.",
    "Tried the hand exercises the physio showed me, ten repetitions each.",
    "Drank more water than usual and kept the caffeine to one cup.",
    "Typing was painful so I used dictation for the afternoon.",
    "The brain fog meant I reread the same email four times.",
    "Slept for an hour after lunch and woke up groggy.",
    "Cooked a simple dinner and left the washing up for tomorrow.",
    "Climbed the stairs slowly, holding the rail the whole way.",
    "Noticed swelling in the knuckles of my right hand again.",
]
ENDINGS = [
    "Going to bed early.",
    "Hoping tomorrow is kinder.",
    "Noting it here to mention at the next appointment.",
    "Overall a {feel} day.",
    "Will see how the weekend goes.",
    "Took the evening off and read instead.",
    "Pain settled down by about {hour}.",
]
RARE = [
    "hydrotherapy",
    "acupuncture",
    "turmeric",
    "paraffin wax bath",
    "compression gloves",
    "splints",
    "TENS machine",
    "mindfulness course",
]
TAGS = [
    "work",
    "sleep",
    "weather",
    "screen",
    "exercise",
    "diet",
    "stress",
    "social",
    "meds",
    "pacing",
    "travel",
    "period",
]
PEOPLE = ["Sam", "Jo", "a friend", "my neighbour", "the kids"]
FEELS = ["manageable", "tiring", "decent", "frustrating", "good", "long"]
LESSONS = [
    (
        "Rest before the crash, not after",
        "Pacing works when I stop *before* I am exhausted. "
        "On days I pushed through, the next two days were lost.",
    ),
    (
        "Take methotrexate on Friday evening",
        "Nausea lands on the weekend instead of a work day, "
        "and folic acid the next morning takes the edge off.",
    ),
    (
        "Warm water first thing",
        "Running my hands under warm water for five minutes shortens "
        "morning stiffness by about half.",
    ),
    (
        "Keep a dose reminder",
        "Two missed doses in a month were enough to bring the joint pain "
        "back. The phone reminder fixed it.",
    ),
    (
        "Screens before bed mean headaches",
        "Headaches follow late evenings on the laptop. "
        "Blue light filter plus stopping at nine helps.",
    ),
]


def _sentence(rng: random.Random, pool: list[str], symptom: str) -> str:
    return rng.choice(pool).format(
        hour=f"{rng.randint(5, 10)}am",
        symptom=symptom.lower(),
        minutes=rng.choice([20, 30, 45, 60, 90]),
        person=rng.choice(PEOPLE),
        feel=rng.choice(FEELS),
    )


def diary_text(rng: random.Random, symptom: str = "pain", words: int = 80) -> str:
    parts = [_sentence(rng, OPENINGS, symptom)]
    middles = rng.sample(MIDDLES, len(MIDDLES))
    while middles and sum(len(p.split()) for p in parts) < words - 8:
        parts.append(_sentence(rng, [middles.pop()], symptom))
    if rng.random() < 0.02:
        parts.append(f"Read about {rng.choice(RARE)} and might ask about it.")
    parts.append(_sentence(rng, ENDINGS, symptom))
    return " ".join(parts)


def _severity(name: str, day: int, days: int, rng: random.Random) -> int | None:
    """A plausible severity for symptom ``name`` on day ``day`` (None: not felt)."""
    progress = day / max(days, 1)
    if name in ("Joint pain", "Morning stiffness"):
        base = 6.5 - 3.5 * max(0.0, progress - 0.45) / 0.55  # eases after the dose rise
        return max(0, min(10, round(rng.gauss(base, 1.3))))
    if name == "Fatigue":
        return max(0, min(10, round(rng.gauss(4.5, 1.8)))) if rng.random() < 0.7 else None
    if name == "Headache":
        return rng.randint(3, 8) if rng.random() < 0.18 else None
    if name == "Nausea":
        return rng.randint(2, 6) if (day % 7 in (5, 6) and progress > 0.1) else None
    return rng.randint(2, 6) if rng.random() < 0.15 else None


def populate(
    journal: Journal, *, days: int = 365, end: dt.date | None = None, seed: int = 1
) -> None:
    """Fill an empty journal with ``days`` of diary ending on ``end`` (default today)."""
    rng = random.Random(seed)
    end = end or dt.date.today()
    start = end - dt.timedelta(days=days - 1)
    cat = journal.catalog
    ids = {name: cat.ensure_symptom(name, area).id for name, area in SYMPTOMS}
    ra = cat.save_condition(
        Condition(
            "Rheumatoid arthritis",
            start - dt.timedelta(days=200),
            "Seropositive. Diagnosed after a year of hand pain.",
        )
    )
    migraine = cat.save_condition(Condition("Migraine", start - dt.timedelta(days=3000)))
    d = lambda n: start + dt.timedelta(days=min(n, days - 1))  # noqa: E731
    mtx = cat.save_treatment(
        Treatment(
            "Methotrexate",
            dose_amount=15,
            dose_unit="mg",
            route="oral",
            schedule="weekly",
            start_day=d(days // 10),
            effect_rating=7,
            side_effects="Nausea the day after",
        )
    )
    cat.add_dose_change(mtx, DoseChange(d(days // 10), 15, "mg", "weekly", "Started"))
    cat.add_dose_change(
        mtx,
        DoseChange(
            d(int(days * 0.45)), 20, "mg", "weekly", "Raised at review: joints still active"
        ),
    )
    folic = cat.save_treatment(
        Treatment(
            "Folic acid",
            dose_amount=5,
            dose_unit="mg",
            route="oral",
            schedule="weekly, day after MTX",
            start_day=d(days // 10),
        )
    )
    naproxen = cat.save_treatment(
        Treatment(
            "Naproxen",
            dose_amount=500,
            dose_unit="mg",
            route="oral",
            schedule="twice daily",
            start_day=start - dt.timedelta(days=60),
            stop_day=d(int(days * 0.3)),
            effect_rating=4,
            side_effects="Heartburn, stomach pain",
        )
    )
    physio = cat.save_treatment(
        Treatment(
            "Hand physiotherapy",
            kind="therapy",
            schedule="weekly",
            start_day=d(int(days * 0.6)),
            effect_rating=6,
        )
    )
    journal.profile.set(PROFILE)
    entries: list[Entry] = []
    for n in range(days):
        day = start + dt.timedelta(days=n)
        readings = []
        for name, _ in SYMPTOMS:
            sev = _severity(name, n, days, rng)
            if sev is not None:
                readings.append(
                    SymptomReading(
                        ids[name],
                        sev,
                        rng.choice([None, 30, 60, 120, 240]),
                        rng.choice(["", "", "cold weather", "stress", "long day at work"]),
                    )
                )
        if readings and rng.random() < 0.92:
            top = max(readings, key=lambda r: r.severity)
            name = next(k for k, v in ids.items() if v == top.symptom_id)
            entries.append(
                Entry(
                    "symptom",
                    day,
                    "",
                    diary_text(rng, name),
                    dt.time(rng.randint(7, 22), 0),
                    rng.sample(TAGS, rng.randint(0, 2)),
                    readings,
                    condition_ids=[migraine if name == "Headache" else ra],
                )
            )
    events = [
        (
            d(days // 10),
            "Started methotrexate",
            "First **15 mg** weekly dose today with folic acid the day after. "
            "Dr Priya Shah said it can take 8–12 weeks to work.",
            [mtx, folic],
        ),
        (
            d(int(days * 0.3)),
            "Stopped naproxen",
            "Stopped naproxen because of heartburn and stomach pain. Discussed with the GP.",
            [naproxen],
        ),
        (
            d(int(days * 0.45)),
            "Methotrexate raised to 20 mg",
            "Review at St James's Hospital. Joints still active, so the dose goes up to 20 mg "
            "weekly. Blood tests every month for now.",
            [mtx],
        ),
        (
            d(int(days * 0.6)),
            "First hand physio session",
            "Exercises for grip and finger range. Ten repetitions, three times a day.",
            [physio],
        ),
    ]
    for day, title, body, treatments in events:
        entries.append(
            Entry(
                "treatment",
                day,
                title,
                body,
                dt.time(18, 0),
                ["meds"],
                treatment_ids=treatments,
                condition_ids=[ra],
            )
        )
    for i, (title, body) in enumerate(LESSONS):
        entries.append(
            Entry(
                "lesson",
                d(int(days * (0.2 + 0.15 * i))),
                title,
                body,
                tags=["pacing"] if i == 0 else [],
            )
        )
    for i in range(max(1, days // 30)):
        entries.append(
            Entry(
                "note",
                d(i * 30 + 15),
                rng.choice(
                    ["Questions for next time", "Blood test results", "Insurance forms", "Holiday"]
                ),
                diary_text(rng, "fatigue", 50),
                tags=rng.sample(TAGS, 1),
            )
        )
    entries.sort(key=lambda e: (e.day, e.time or dt.time.min))
    journal.entries.add_many(entries)


def create_demo_journal(
    folder: Path | None = None, *, days: int = 365, profile: kdf.KdfProfile = kdf.FAST_TEST_PROFILE
) -> tuple[Path, str]:
    """Make a fresh demo journal; returns (path, passphrase).

    The demo holds no real data, so it uses the quick KDF profile to open fast.
    """
    folder = Path(folder or tempfile.mkdtemp(prefix="fettle-demo-"))
    path = folder / "demo.fettle"
    with Journal.create(path, DEMO_PASSPHRASE, profile=profile) as journal:
        populate(journal, days=days)
    return path, DEMO_PASSPHRASE


def bulk_entries(
    count: int, symptom_ids: list[int], *, seed: int = 1, end: dt.date = dt.date(2026, 6, 30)
) -> Iterator[Entry]:
    """``count`` realistic entries for benchmarks, several a day going back in time."""
    rng = random.Random(seed)
    per_day = 3
    for i in range(count):
        day = end - dt.timedelta(days=i // per_day)
        kind = rng.choices(("symptom", "treatment", "lesson", "note"), (70, 10, 5, 15))[0]
        readings = []
        if kind == "symptom":
            for sid in rng.sample(symptom_ids, rng.randint(1, 3)):
                readings.append(SymptomReading(sid, rng.randint(0, 10)))
        yield Entry(
            kind,
            day,
            rng.choice(["", "", "Flare", "Better day", "Appointment", "Bad night", "Pacing"]),
            diary_text(rng, rng.choice(SYMPTOMS)[0]),
            dt.time(rng.randint(6, 23), 0),
            rng.sample(TAGS, rng.randint(0, 3)),
            readings,
        )
