"""A planned n-of-1 experiment: the user picks a change to test (a supplement, an
earlier bedtime, a dose split), Fettle proposes a randomised A/B schedule, says which
block today is in, and at the end compares the two with an interval and a plain
verdict ("no clear difference" is a valid answer).

The schedule is made of pairs of blocks; each pair is AB or BA at random, so both
arms get the same number of days and a slow drift in symptoms falls on both alike.
It is reproducible from its seed. The plan is kept inside the encrypted journal
(the ``meta`` table, as JSON), never in a settings file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from app.errors import InvalidInput

if TYPE_CHECKING:
    from app.journal.journal import Journal
    from app.report.insight_stats import Estimate

# numpy (and the statistics on it) load when a plan is drawn or analysed, not with this
# module: the reminders ask at every unlock whether a plan is kept, and numpy held the
# journal's first page back by some 80 ms (issue 19).

META_KEY = "experiment"


@dataclass(frozen=True)
class Experiment:
    """``a`` and ``b`` are the user's words for the two arms ("as usual", "magnesium")."""

    a: str
    b: str
    symptom_id: int
    start: dt.date
    block_days: int
    blocks: tuple[str, ...]  # "A" or "B" per block, in order
    seed: int
    # What B tries: "treatment" (take it), "factor" (a yes/no factor) or "" (free words);
    # the name is ``b``'s subject. Kept so a reminder can say "take Magnesium".
    subject_kind: str = ""
    subject: str = ""

    @property
    def end(self) -> dt.date:
        """The last day of the last block."""
        return self.start + dt.timedelta(days=self.block_days * len(self.blocks) - 1)

    def block_on(self, day: dt.date) -> tuple[int, str] | None:
        """(block index from 0, "A" or "B") for ``day``, or None outside the plan."""
        offset = (day - self.start).days
        if offset < 0 or day > self.end:
            return None
        index = offset // self.block_days
        return index, self.blocks[index]

    def arm_name(self, arm: str) -> str:
        return self.a if arm == "A" else self.b


def plan(
    a: str,
    b: str,
    symptom_id: int,
    start: dt.date,
    *,
    pairs: int = 2,
    block_days: int = 14,
    seed: int | None = None,
    subject_kind: str = "",
    subject: str = "",
) -> Experiment:
    """A balanced random schedule: ``pairs`` pairs of blocks, each AB or BA."""
    a, b = a.strip(), b.strip()
    if not a or not b or a.casefold() == b.casefold():
        raise InvalidInput(
            user_message="Name the two things to compare, for example "
            "'as usual' and 'magnesium at night'."
        )
    if not 1 <= pairs <= 12:
        raise InvalidInput(user_message="Choose from 1 to 12 pairs of blocks.")
    if not 3 <= block_days <= 60:
        raise InvalidInput(user_message="A block is from 3 to 60 days long.")
    import numpy as np

    if seed is None:
        seed = int(np.random.SeedSequence().generate_state(1)[0])
    rng = np.random.default_rng(seed)
    blocks: list[str] = []
    for _ in range(pairs):
        blocks.extend(("A", "B") if rng.random() < 0.5 else ("B", "A"))
    return Experiment(
        a, b, symptom_id, start, block_days, tuple(blocks), seed, subject_kind, subject
    )


def plan_for(
    subject_kind: str,
    subject: str,
    symptom_id: int,
    start: dt.date,
    *,
    blocks: int = 4,
    block_days: int = 14,
    seed: int | None = None,
) -> Experiment:
    """A plan testing a treatment or a yes/no factor: A is a block without it, B a block
    with it. ``blocks`` must be even, so both get the same number of days."""
    if blocks % 2 or not 2 <= blocks <= 24:
        raise InvalidInput(
            user_message="Choose an even number of blocks from 2 to 24, so "
            "both halves of the test get the same days."
        )
    return plan(
        f"without {subject}",
        f"with {subject}",
        symptom_id,
        start,
        pairs=blocks // 2,
        block_days=block_days,
        seed=seed,
        subject_kind=subject_kind,
        subject=subject,
    )


def block_ranges(exp: Experiment) -> list[tuple[dt.date, dt.date, str]]:
    """(first day, last day, "A" or "B") for each block, in order."""
    return [
        (
            exp.start + dt.timedelta(days=i * exp.block_days),
            exp.start + dt.timedelta(days=(i + 1) * exp.block_days - 1),
            arm,
        )
        for i, arm in enumerate(exp.blocks)
    ]


def todo(exp: Experiment, arm: str, tr: Callable[[str], str] = lambda text: text) -> str:
    """What the user does in a block of ``arm``, in a few words ("take Magnesium",
    "no Magnesium"); for a plan of free words, the arm's name. ``tr`` translates the
    words around the name (see ``experiment_words``)."""
    if not exp.subject:
        return exp.arm_name(arm)
    if exp.subject_kind == "treatment":
        return (tr("take {name}") if arm == "B" else tr("no {name}")).format(name=exp.subject)
    return (tr("{name}: yes") if arm == "B" else tr("{name}: no")).format(name=exp.subject)


def rated_days(
    exp: Experiment, ratings: dict[dt.date, float], today: dt.date
) -> tuple[int, int, int]:
    """Days rated so far in A and in B, and days gone by in the plan up to ``today``."""
    a = b = passed = 0
    for day in ratings:
        block = exp.block_on(day)
        if block is None or day > today:
            continue
        if block[1] == "A":
            a += 1
        else:
            b += 1
    if today >= exp.start:
        passed = (min(today, exp.end) - exp.start).days + 1
    return a, b, passed


def analyse(
    exp: Experiment, ratings: dict[dt.date, float], *, min_days: int = 5
) -> Estimate | None:
    """B minus A in the symptom's daily mean over the plan's days (missing days are
    left out, never counted as 0), with the AR(1)-corrected interval. None when an
    arm has fewer than ``min_days`` rated days."""
    import numpy as np

    from app.report.insight_stats import compare

    days = (exp.end - exp.start).days + 1
    y = np.full(days, np.nan)
    x = np.empty(days)
    for i in range(days):
        day = exp.start + dt.timedelta(days=i)
        value = ratings.get(day)
        if value is not None:
            y[i] = value
        x[i] = 1.0 if exp.block_on(day)[1] == "B" else 0.0
    return compare(y, x, min_days=min_days)


def verdict(estimate: Estimate | None) -> str:
    """ "lower", "higher", "no clear difference" or "not enough days" (B against A)."""
    if estimate is None:
        return "not enough days"
    if not estimate.excludes_zero:
        return "no clear difference"
    return "higher" if estimate.diff > 0 else "lower"


def save(journal: Journal, exp: Experiment | None) -> None:
    """Keep the plan inside the journal (None: forget it)."""
    with journal.transaction() as db:
        if exp is None:
            db.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
            return
        payload = asdict(exp)
        payload["start"] = exp.start.isoformat()
        payload["blocks"] = list(exp.blocks)
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (META_KEY, json.dumps(payload, sort_keys=True)),
        )


def load(journal: Journal) -> Experiment | None:
    """The saved plan, or None (also for a damaged one: it is only a plan)."""
    row = journal.db.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    if row is None:
        return None
    try:
        d = json.loads(row[0])
        blocks = tuple(str(b) for b in d["blocks"])
        if not blocks or set(blocks) - {"A", "B"} or int(d["block_days"]) < 1:
            return None
        return Experiment(
            str(d["a"]),
            str(d["b"]),
            int(d["symptom_id"]),
            dt.date.fromisoformat(d["start"]),
            int(d["block_days"]),
            blocks,
            int(d["seed"]),
            str(d.get("subject_kind", "")),
            str(d.get("subject", "")),
        )
    except (ValueError, KeyError, TypeError):
        return None


def ratings(journal: Journal, exp: Experiment) -> dict[dt.date, float]:
    """The experiment's symptom, mean rating per day over the plan's days."""
    rows = journal.db.execute(
        "SELECT substr(e.at, 1, 10), avg(r.severity) FROM entries e JOIN symptom_readings r "
        "ON r.entry_id = e.id WHERE r.symptom_id = ? AND e.at >= ? AND e.at < ? GROUP BY 1",
        (exp.symptom_id, exp.start.isoformat(), (exp.end + dt.timedelta(days=1)).isoformat()),
    )
    return {dt.date.fromisoformat(d): float(v) for d, v in rows}


@dataclass(frozen=True)
class Choices:
    """What a new plan can test and watch, and the plan already kept (for the dialog)."""

    treatments: tuple[str, ...]
    factors: tuple[str, ...]  # yes/no daily factors
    symptoms: tuple[tuple[int, str], ...]
    current: Experiment | None
    symptom: str  # the current plan's symptom, by name ("" without a plan)
    rated: tuple[int, int, int]  # the current plan's rated_days
    estimate: Estimate | None = None  # the current plan's analysis, once it is over


def choices(journal: Journal, today: dt.date) -> Choices:
    """Read what the experiment dialog offers (on the worker thread)."""
    symptoms = tuple((s.id, s.name) for s in journal.catalog.symptoms())
    current = load(journal)
    symptom, rated, estimate = "", (0, 0, 0), None
    if current is not None:
        names = {s.id: s.name for s in journal.catalog.symptoms(include_archived=True)}
        symptom = names.get(current.symptom_id, "")
        rated_by_day = ratings(journal, current)
        rated = rated_days(current, rated_by_day, today)
        if today > current.end:
            estimate = analyse(current, rated_by_day)
    treatments = tuple(
        t.name for t in journal.catalog.treatments() if t.stop_day is None or t.stop_day >= today
    )
    factors = tuple(f.name for f in journal.factors.list() if f.kind == "yesno")
    return Choices(treatments, factors, symptoms, current, symptom, rated, estimate)
