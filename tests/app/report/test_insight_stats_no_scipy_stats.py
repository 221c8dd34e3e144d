"""The insights' statistics without scipy.stats: the Benjamini-Hochberg correction
(numpy) and Student's t distribution (scipy.special's stdtr/stdtrit) give what
scipy.stats gives, and a scan never imports scipy.stats (the bundle leaves it out:
importing it there would fail; in the venv it costs about half a second)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from app.report.insight_stats import benjamini_hochberg, t_quantile, t_sf

ROOT = Path(__file__).resolve().parents[3]

# p-values as a scan makes them: many distinct, some tied (a run of equal p-values),
# some exactly 0 or 1.
P_VALUE = st.one_of(
    st.floats(min_value=0.0, max_value=1.0, allow_nan=False),
    st.sampled_from([0.0, 1.0, 0.05, 0.01, 1e-12, 0.5]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(P_VALUE, min_size=1, max_size=300))
def test_benjamini_hochberg_matches_scipy(p: list[float]) -> None:
    ours = benjamini_hochberg(p)
    theirs = stats.false_discovery_control(p, method="bh")
    np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=0)
    assert ours.shape == (len(p),)


def test_benjamini_hochberg_by_hand() -> None:
    # m = 4; sorted 0.01, 0.02, 0.03, 0.5 -> 0.04, 0.04, 0.04, 0.5, back in input order
    assert benjamini_hochberg([0.5, 0.03, 0.01, 0.02]).tolist() == pytest.approx(
        [0.5, 0.04, 0.04, 0.04]
    )
    assert benjamini_hochberg([]).shape == (0,)


@pytest.mark.parametrize("bad", [[0.2, float("nan")], [-0.1], [1.5], [[0.1, 0.2]]])
def test_benjamini_hochberg_refuses_what_is_not_a_p_value(bad) -> None:
    with pytest.raises(ValueError):
        benjamini_hochberg(bad)


DF = st.floats(min_value=1.0, max_value=5000.0, allow_nan=False)


# scipy.stats.t.sf (which is stdtr) is off by up to 5e-9 (relative) for |t| < 1e-5 at
# df = 1 (see the closed forms below), so it is the reference from there on.
T_VALUE = st.floats(min_value=-60.0, max_value=60.0, allow_nan=False).filter(
    lambda t: t == 0 or abs(t) >= 1e-5
)


@settings(max_examples=300, deadline=None)
@given(st.lists(T_VALUE, min_size=1, max_size=20), st.lists(DF, min_size=1, max_size=20))
def test_t_upper_tail_matches_scipy_stats(ts: list[float], dfs: list[float]) -> None:
    n = min(len(ts), len(dfs))
    t, df = np.asarray(ts[:n]), np.asarray(dfs[:n])
    # atol: tails below 1e-300 underflow to 0 in both
    np.testing.assert_allclose(t_sf(t, df), stats.t.sf(t, df), rtol=1e-10, atol=1e-300)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(min_value=-60.0, max_value=60.0, allow_nan=False), min_size=1))
def test_t_upper_tail_matches_the_closed_forms(ts: list[float]) -> None:
    """df = 1 (Cauchy) and df = 2 have closed forms, exact near 0 as well. scipy's
    stdtr at df = 1 is off by up to 5e-9 (relative) for |t| < 1e-5, measured on a
    grid: a p-value of 0.5 that reads 0.4999999976, which never decides anything, so
    df = 1 is held to 1e-8 there and to 1e-12 elsewhere; df = 2 to 1e-12 everywhere."""
    t = np.asarray(ts)
    cauchy = 0.5 - np.arctan(t) / np.pi
    two = 0.5 - t / (2 * np.sqrt(2 + t * t))
    near = np.abs(t) < 1e-5
    one = t_sf(t, np.ones_like(t))
    np.testing.assert_allclose(one[~near], cauchy[~near], rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(one[near], cauchy[near], rtol=1e-8, atol=0)
    np.testing.assert_allclose(t_sf(t, np.full_like(t, 2.0)), two, rtol=1e-12, atol=1e-300)


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=1e-9, max_value=1 - 1e-9, allow_nan=False), st.lists(DF, min_size=1))
def test_t_quantile_matches_scipy_stats(q: float, dfs: list[float]) -> None:
    df = np.asarray(dfs)
    np.testing.assert_allclose(t_quantile(q, df), stats.t.ppf(q, df), rtol=1e-10, atol=1e-12)


def test_t_distribution_at_its_edges() -> None:
    """df = 1 is the Cauchy distribution, known in closed form; the middle, the ends
    and impossible inputs."""
    assert t_quantile(0.975, np.array([1.0]))[0] == pytest.approx(np.tan(0.475 * np.pi), rel=1e-13)
    assert t_sf(np.array([1.0]), np.array([1.0]))[0] == pytest.approx(0.25, rel=1e-14)
    assert t_sf(np.array([0.0, np.inf, -np.inf]), np.full(3, 7.0)).tolist() == [0.5, 0.0, 1.0]
    # The intervals ask for upper quantiles only (0.5 + level / 2); stdtrit gives +inf
    # for q = 0 (and 1e-300), so the lower end is not asked of it.
    assert t_quantile(np.array([0.5, 1.0]), np.full(2, 7.0)).tolist() == [0, np.inf]
    assert np.isnan(t_sf(np.array([np.nan, 1.0]), np.array([3.0, 0.0]))).all()
    assert np.isnan(t_quantile(np.array([1.5, 0.3]), np.array([3.0, -1.0]))).all()


def test_a_scan_never_imports_scipy_stats() -> None:
    """compare_many and adjust, as the insights scan runs them, in a fresh interpreter:
    scipy.special is loaded, none of scipy's heavy subpackages is."""
    code = """
import json, sys
import numpy as np
from app.report.insight_stats import adjust, compare
rng = np.random.default_rng(3)
x = (rng.random(200) < 0.5).astype(float)
y = rng.normal(5, 1, 200) + x
e = compare(y, x)
assert e is not None and e.significant()
adjust([e, e])
print(json.dumps(sorted(m for m in sys.modules if m.startswith("scipy"))))
"""
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout)
    assert "scipy.special" in loaded
    heavy = ("stats", "sparse", "optimize", "linalg", "integrate", "interpolate")
    assert not [m for m in loaded if m.split(".")[1:2] and m.split(".")[1] in heavy], loaded
