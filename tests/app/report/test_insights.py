"""Insights: planted effects are found at the right lag, no effect yields no
"unlikely to be chance" at the nominal false-discovery rate, missing days move no
mean, autocorrelation widens intervals, treatment changes leave out the wash-in,
and the n-of-1 schedule is balanced, reproducible and analysed as by hand."""

from __future__ import annotations

import datetime as dt
import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import DoseChange, Entry, SymptomReading, Treatment
from app.report import experiment
from app.report.insight_stats import compare, lag1, shift
from app.report.insight_words import association_sentence, headline
from app.report.insights import FactorSeries, build_insights, scan, treatment_effects
from tests.support.journals import make_journal

CAUSAL = ("cause", "trigger", "because", "leads to", "due to")


def _ar1(rng: np.random.Generator, n: int, rho: float, sd: float = 1.0) -> np.ndarray:
    """AR(1) noise with marginal standard deviation ``sd``."""
    e = np.empty(n)
    e[0] = rng.normal(0, sd)
    scale = sd * math.sqrt(1 - rho * rho)
    for t in range(1, n):
        e[t] = rho * e[t - 1] + rng.normal(0, scale)
    return e


def _factor(key: str, x: np.ndarray) -> FactorSeries:
    return FactorSeries(key, key, "factor", "yesno", "", None, x)


# -- statistics on plain series ------------------------------------------------------


def test_planted_next_day_effect_is_found_at_lag_one() -> None:
    rng = np.random.default_rng(7)
    n = 365
    alcohol = (rng.random(n) < 0.3).astype(float)
    other = (rng.random(n) < 0.4).astype(float)
    fatigue = 4 + _ar1(rng, n, 0.5) + 2 * np.nan_to_num(shift(alcohol, 1))
    fatigue[rng.random(n) < 0.2] = np.nan  # a fifth of days not recorded
    result, tested = scan(
        {1: fatigue}, {1: "Fatigue"}, [_factor("alcohol", alcohol), _factor("other", other)]
    )
    assert tested == 8
    shown = [a for a in result if a.passes]
    assert [a.factor.key for a in shown] == ["alcohol"]
    lag, e = shown[0].best
    assert lag == 1
    assert e.low < 2 < e.high and e.diff > 1.3
    # The curve has every lag, and only the next day stands out.
    assert [x.significant() for x in shown[0].lags] == [False, True, False, False]
    sentence = association_sentence(shown[0])
    assert sentence.startswith("On days after alcohol, Fatigue was ")
    assert "points higher" in sentence and f"from {e.n_with} and {e.n_without} days" in sentence
    assert not any(word in sentence.lower() for word in CAUSAL)


def test_no_effect_keeps_the_false_discovery_rate() -> None:
    """Under no effect at all, BH bounds P(any discovery) by alpha: over 200 journals
    with autocorrelated symptoms and factors that run in streaks, at most about 5%
    may show anything. Without the AR(1) correction this fails (77 of 200)."""
    rng = np.random.default_rng(2024)
    runs = 200
    with_any = 0
    for _ in range(runs):
        n = 240
        symptoms = {i: 5 + _ar1(rng, n, 0.6, 1.5) for i in range(2)}
        factors = []
        for k in range(4):
            x = (_ar1(rng, n, 0.7) > 0.5).astype(float)
            x[rng.random(n) < 0.1] = np.nan
            factors.append(_factor(f"f{k}", x))
        result, _ = scan(symptoms, {0: "a", 1: "b"}, factors)
        with_any += any(a.passes for a in result)
    # Binomial(200, 0.05): mean 10, sd ~3.1; 20 is ~3 sd above.
    assert with_any <= 20, with_any


def test_interval_covers_the_truth_with_autocorrelation() -> None:
    """95% intervals cover a known effect about 95% of the time even when days come in
    runs (a plain t interval covers far less)."""
    rng = np.random.default_rng(11)
    covered = 0
    runs = 300
    for _ in range(runs):
        n = 200
        x = (_ar1(rng, n, 0.8) > 0).astype(float)
        y = 3 + 1.0 * x + _ar1(rng, n, 0.7)
        e = compare(y, x)
        covered += e.low <= 1.0 <= e.high
    assert covered / runs >= 0.9, covered


def test_interval_widens_when_days_are_autocorrelated() -> None:
    rng = np.random.default_rng(3)
    n = 400
    x = np.repeat([0.0, 1.0], n // 2)  # a before/after step
    iid = compare(3 + rng.normal(size=n), x)
    runs = compare(3 + _ar1(rng, n, 0.8), x)
    assert (runs.high - runs.low) > 2 * (iid.high - iid.low)
    assert runs.n_eff < n / 4 < iid.n_eff


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 10), min_size=24, max_size=60), st.data())
def test_missing_days_do_not_move_a_mean(values: list[int], data) -> None:
    """Adding days that were not recorded changes no mean and no n; they are counted
    as missing instead (never as 0)."""
    x = np.array([i % 2 for i in range(len(values))], dtype=float)
    y = np.array(values, dtype=float)
    gaps = data.draw(st.integers(1, 20))
    y2 = np.concatenate([y, np.full(gaps, np.nan)])
    x2 = np.concatenate([x, np.array([i % 2 for i in range(gaps)], dtype=float)])
    a, b = compare(y, x), compare(y2, x2)
    if a is None:
        assert b is None
        return
    assert (b.mean_with, b.mean_without) == pytest.approx((a.mean_with, a.mean_without))
    assert (b.n_with, b.n_without, b.missing) == (a.n_with, a.n_without, gaps)


def test_too_few_days_show_nothing() -> None:
    y = np.arange(30, dtype=float)
    x = np.zeros(30)
    x[:9] = 1  # nine days with: below the minimum of ten
    assert compare(y, x) is None
    x[9] = 1
    assert compare(y, x) is not None


def test_lag1_ignores_missing_days() -> None:
    z = np.array([1.0, 2, np.nan, 3, 4, np.nan, 5, 6, 7])
    assert lag1(z) == pytest.approx(lag1(np.array([1.0, 2, 3, 4, 5, 6, 7])), abs=0.3)
    assert lag1(np.array([1.0, np.nan, 2.0])) == 0.0


# -- a real journal --------------------------------------------------------------


def _rate(journal, day: dt.date, sid: int, severity: int, tags=()) -> None:
    journal.entries.add(
        Entry("symptom", day, tags=list(tags), readings=[SymptomReading(sid, severity)])
    )


@pytest.fixture
def journal(tmp_path):
    j = make_journal(tmp_path / "j.fettle")
    yield j
    j.lock()


def test_treatment_change_leaves_out_the_washin(journal) -> None:
    """Headache 6 before a dose change, 6 during its 14-day wash-in, 4 after: the
    after window starts after the wash-in, so the drop is the full 2 points."""
    sid = journal.catalog.ensure_symptom("Headache").id
    start = dt.date(2026, 1, 1)
    change = start + dt.timedelta(days=60)
    tid = journal.catalog.save_treatment(
        Treatment("Topiramate", dose_amount=10, dose_unit="mg", start_day=start)
    )
    journal.catalog.add_dose_change(tid, DoseChange(change, 20, "mg"))
    rng = np.random.default_rng(5)
    for i in range(120):
        day = start + dt.timedelta(days=i)
        if i % 5 == 3:
            continue  # not recorded
        level = 6 if day < change + dt.timedelta(days=14) else 4
        _rate(journal, day, sid, int(level + rng.integers(-1, 2)))
    end = start + dt.timedelta(days=119)
    (effect,) = [e for e in treatment_effects(journal, start, end) if e.change.kind == "dose"]
    assert effect.washin == 14
    assert effect.after[0] == change + dt.timedelta(days=14)
    assert effect.before[0] == start + dt.timedelta(days=14)  # after the start's wash-in
    assert effect.mean.diff == pytest.approx(-2, abs=0.4)
    assert effect.mean.high < 0
    assert effect.mean.n_with + effect.mean.n_without + effect.mean.missing == (
        (effect.before[1] - effect.before[0]).days
        + 1
        + (effect.after[1] - effect.after[0]).days
        + 1
    )
    text = headline(effect)
    assert re.match(
        r"Headache 2\.\d points lower since Topiramate 20 mg \(\d\.\d to \d\.\d\), "
        rf"from {effect.mean.n_without} and {effect.mean.n_with} days "
        rf"\({effect.mean.missing} days not recorded\)",
        text,
    ), text
    assert text.endswith("; lower is better.")
    # A longer wash-in set on the treatment moves the after window.
    with journal.transaction() as db:
        db.execute("UPDATE treatments SET washin_days = 30 WHERE id = ?", (tid,))
    (later,) = [e for e in treatment_effects(journal, start, end) if e.change.kind == "dose"]
    assert later.after[0] == change + dt.timedelta(days=30)


def test_journal_scan_finds_a_daily_factor_and_a_tag(journal) -> None:
    sid = journal.catalog.ensure_symptom("Fatigue").id
    sleep = journal.factors.ensure("Sleep", "number", "h")
    rng = np.random.default_rng(9)
    start = dt.date(2025, 1, 1)
    short = {}
    for i in range(200):
        day = start + dt.timedelta(days=i)
        short[day] = rng.random() < 0.4
        if i % 7 != 6:  # Sundays without a sleep record
            journal.factors.set_value(sleep.id, day, 5.0 if short[day] else 8.0)
    for i in range(1, 200):
        day = start + dt.timedelta(days=i)
        base = 3 + (3 if short[day - dt.timedelta(days=1)] else 0)
        _rate(
            journal,
            day,
            sid,
            int(min(10, base + rng.integers(0, 2))),
            tags=("work",) if rng.random() < 0.5 else (),
        )
    result = build_insights(journal, start, start + dt.timedelta(days=199))
    shown = result.shown
    assert [(a.factor.name, a.best[0]) for a in shown] == [("Sleep", 1)]
    e = shown[0].best[1]
    assert e.diff < -2.5  # days after 8 h or more: lower fatigue
    assert e.missing >= 28  # the Sundays (and the first day) are counted as missing
    assert result.tested > 0 and any(a.factor.source == "tag" for a in result.associations)


# -- n-of-1 -------------------------------------------------------------------------


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 6), st.integers(3, 21))
def test_schedule_is_balanced_and_reproducible(seed: int, pairs: int, days: int) -> None:
    start = dt.date(2026, 3, 1)
    exp = experiment.plan(
        "as usual", "magnesium", 1, start, pairs=pairs, block_days=days, seed=seed
    )
    assert exp == experiment.plan(
        "as usual", "magnesium", 1, start, pairs=pairs, block_days=days, seed=seed
    )
    assert exp.blocks.count("A") == exp.blocks.count("B") == pairs
    assert all(set(exp.blocks[i : i + 2]) == {"A", "B"} for i in range(0, 2 * pairs, 2))
    assert exp.block_on(start) == (0, exp.blocks[0])
    assert exp.block_on(exp.end) == (2 * pairs - 1, exp.blocks[-1])
    assert exp.block_on(exp.end + dt.timedelta(days=1)) is None


def test_experiment_analysis_matches_a_hand_computed_example(journal) -> None:
    """Blocks of 5 days, ABBA; A days rate 4,6,4,6,4 and B days 3,5,3,5,3 (alternating,
    so no positive autocorrelation: the interval is the plain pooled t interval)."""
    exp = experiment.Experiment(
        "as usual", "magnesium", 1, dt.date(2026, 1, 1), 5, ("A", "B", "B", "A"), 1
    )
    pattern = {"A": [4, 6, 4, 6, 4], "B": [3, 5, 3, 5, 3]}
    ratings = {}
    for b, arm in enumerate(exp.blocks):
        for i, value in enumerate(pattern[arm]):
            ratings[exp.start + dt.timedelta(days=5 * b + i)] = float(value)
    e = experiment.analyse(exp, ratings)
    # By hand: means 4.8 and 3.8; each arm's squared deviations, two blocks of
    # (0.64*3 + 1.44*2) = 9.6; pooled variance (9.6 + 9.6) / 18; se = sqrt(var * (1/10 + 1/10)).
    var = (9.6 + 9.6) / 18
    se = math.sqrt(var * 0.2)
    from scipy import stats

    q = stats.t.ppf(0.975, 18)
    assert e.diff == pytest.approx(-1.0)
    assert (e.low, e.high) == pytest.approx((-1 - q * se, -1 + q * se))
    assert experiment.verdict(e) == "lower"
    experiment.save(journal, exp)
    assert experiment.load(journal) == exp
    experiment.save(journal, None)
    assert experiment.load(journal) is None


# -- the command line --------------------------------------------------------------


def test_cli_insights_prints_headlines_and_refuses_a_backwards_period(tmp_path) -> None:
    from app.demo import populate
    from tests.app.cli.test_cli import assert_clean_failure, fettle
    from tests.support.journals import PASSPHRASE

    path = tmp_path / "demo.fettle"
    j = make_journal(path)
    populate(j, days=365, end=dt.date(2026, 6, 30))
    j.lock()
    proc = fettle(
        "insights", "--journal", str(path), "--to", "2026-06-30", passphrases=[PASSPHRASE]
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Treatment changes (lower is better):" in out
    assert re.search(
        r"Joint pain \d\.\d points lower since Methotrexate 20 mg weekly "
        r"\(\d\.\d to \d\.\d\), from \d+ and \d+ days",
        out,
    ), out
    assert "AR(1)-corrected" in out and "Benjamini" in out
    assert not any(word in out.lower() for word in CAUSAL)
    bad = fettle(
        "insights",
        "--journal",
        str(path),
        "--from",
        "2026-06-30",
        "--to",
        "2026-01-01",
        passphrases=[PASSPHRASE],
    )
    assert_clean_failure(bad, "earlier day first")


def test_a_superseded_scan_stops_between_steps(journal) -> None:
    """The view makes ``cancelled`` say yes when a newer period is chosen or the journal
    locks; the scan then stops at its next step instead of running to the end."""
    from app.report.insights import Superseded

    sid = journal.catalog.ensure_symptom("Fatigue").id
    start = dt.date(2025, 1, 1)
    for i in range(60):
        _rate(journal, start + dt.timedelta(days=i), sid, i % 7)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # yes once the scan is under way

    with pytest.raises(Superseded):
        build_insights(journal, start, start + dt.timedelta(days=59), cancelled=cancelled)
    assert len(asked) == 3
    assert build_insights(
        journal, start, start + dt.timedelta(days=59), cancelled=lambda: False
    ).symptoms == ((sid, "Fatigue"),)
