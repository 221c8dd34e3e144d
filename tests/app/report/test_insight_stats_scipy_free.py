"""The insights' statistics without scipy.stats: the Benjamini-Hochberg correction in
numpy and the t distribution from scipy.special give what scipy.stats gives, and a
scan never imports scipy.stats (the bundle leaves it out: importing it there would
fail, and in the venv it costs about a second)."""

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


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.floats(min_value=0.0, max_value=60.0, allow_nan=False), min_size=1, max_size=20),
    DF,
)
def test_t_upper_tail_matches_scipy_stats(ts: list[float], df: float) -> None:
    t = np.asarray(ts)
    np.testing.assert_allclose(t_sf(t, np.full(t.shape, df)), stats.t.sf(t, df), rtol=1e-10)


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=0.5, max_value=0.9999, allow_nan=False), DF)
def test_t_quantile_matches_scipy_stats(q: float, df: float) -> None:
    ours = t_quantile(q, np.array([df]))
    np.testing.assert_allclose(ours, stats.t.ppf(q, df), rtol=1e-10, atol=1e-12)


def test_a_scan_never_imports_scipy_stats() -> None:
    """compare_many and adjust, as the insights scan runs them, in a fresh interpreter."""
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
