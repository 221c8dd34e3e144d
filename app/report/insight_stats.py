"""The statistics behind the insights, on plain daily series (numpy arrays, one slot
per calendar day, NaN where nothing was recorded).

Why these choices:

- **Missing is not zero.** A day without a value is NaN and takes no part in any
  mean; it is counted as missing instead.
- **Autocorrelation.** Symptoms run in streaks: a bad week is seven days that are not
  independent, and a plain t interval would be far too narrow. Every interval here is
  an *AR(1)-corrected* 95% interval: the difference in means (the slope of the
  symptom on a 0/1 indicator) has its variance inflated by (1 + r) / (1 - r), where
  r = rho_x * rho_e is the product of the lag-1 autocorrelations of the indicator and
  of the symptom's residuals (Bartlett's effective sample size, as in Bretherton et
  al. 1999, J. Climate 12:1990). For a before/after step rho_x is 1, so this is the
  usual AR(1) correction of the residuals. r is never taken below 0: the interval is
  never narrower than the one for independent days. The t quantile uses the effective
  number of days. (A moving-block bootstrap would give similar widths but costs ~1000
  resamples per test; the scan runs thousands of tests.)
- **Many tests.** p-values from the whole scan are corrected together with
  Benjamini-Hochberg (``benjamini_hochberg``: the step-up rule in a few lines of numpy,
  checked against ``scipy.stats.false_discovery_control``); a result is shown as
  "unlikely to be chance" only when its adjusted value is below ``ALPHA``.
- **scipy.special, not scipy.stats.** The t distribution comes from
  ``scipy.special.stdtr``/``stdtrit`` (the same routines scipy.stats.t calls, checked
  against it to 1e-10): scipy.stats imports sparse, linalg, optimize, integrate and
  more (~0.5 s of CPU more than scipy.special), and the bundle would have to carry
  them all (~35 MiB). scipy, not hand-written numerics: the stack's chosen library.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

ALPHA = 0.05
MIN_DAYS = 10  # days with and without, each, below which nothing is shown
MAX_R = 0.95  # an inflation cap: r near 1 would make every interval infinite
METHOD = "AR(1)-corrected 95% interval"


@dataclass(frozen=True)
class Estimate:
    """Mean of ``y`` on "with" days minus on "without" days, with its interval.

    ``n_with``/``n_without``: days each mean rests on; ``missing``: days in the window
    where either value was not recorded. ``n_eff``: the effective number of days after
    the autocorrelation correction."""

    diff: float
    low: float
    high: float
    p: float
    n_with: int
    n_without: int
    missing: int
    mean_with: float
    mean_without: float
    n_eff: float
    q: float | None = None  # Benjamini-Hochberg adjusted p, once corrected

    @property
    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0

    def significant(self, alpha: float = ALPHA) -> bool:
        """Unlikely to be chance after correction (or, uncorrected, when never tested
        with others: a single treatment change)."""
        return (self.q if self.q is not None else self.p) < alpha


def lag1(z: np.ndarray) -> np.ndarray | float:
    """Lag-1 autocorrelation from consecutive days both recorded, per row of ``z`` (a
    1-D series gives a float). 0 where it cannot be estimated: fewer than 3 pairs, or
    no variation. One mean per series, as for an AR(1) fit."""
    rows = np.atleast_2d(z)
    a, b = rows[:, :-1], rows[:, 1:]
    ok = ~(np.isnan(a) | np.isnan(b))
    pairs = ok.sum(axis=1)
    a0, b0 = np.where(ok, a, 0.0), np.where(ok, b, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = (a0.sum(axis=1) + b0.sum(axis=1)) / (2 * pairs)
        da = np.where(ok, a - mean[:, None], 0.0)
        db = np.where(ok, b - mean[:, None], 0.0)
        denom = np.sqrt((da * da).sum(axis=1) * (db * db).sum(axis=1))
        r = (da * db).sum(axis=1) / denom
    r = np.where((pairs >= 3) & (denom > 0), r, 0.0)
    return float(r[0]) if z.ndim == 1 else r


def compare(
    y: np.ndarray,
    x: np.ndarray,
    *,
    min_days: int = MIN_DAYS,
    level: float = 0.95,
    window: np.ndarray | None = None,
) -> Estimate | None:
    """``y`` on days where ``x`` is 1 against days where it is 0 (NaN in either: the day
    is missing). None when either side has fewer than ``min_days`` days. ``window``
    (a boolean mask, default every day) is where missing days are counted."""
    return compare_many(y, x[None, :], min_days=min_days, level=level, window=window)[0]


def compare_many(
    y: np.ndarray,
    xs: np.ndarray,
    *,
    min_days: int = MIN_DAYS,
    level: float = 0.95,
    window: np.ndarray | None = None,
    rho_x: np.ndarray | None = None,
) -> list[Estimate | None]:
    """``compare`` for each row of ``xs`` at once (the scan runs thousands). ``rho_x``:
    the rows' own lag-1 autocorrelations, when the caller has them already (the
    indicator's, over every day it is known)."""
    ok = ~np.isnan(y)[None, :] & ~np.isnan(xs)
    on = ok & (xs == 1)
    off = ok & (xs == 0)
    n1, n0 = on.sum(axis=1), off.sum(axis=1)
    enough = (n1 >= max(min_days, 2)) & (n0 >= max(min_days, 2))
    out: list[Estimate | None] = [None] * len(xs)
    if not enough.any():
        return out
    keep = np.flatnonzero(enough)
    on, off, ok, n1, n0 = on[keep], off[keep], ok[keep], n1[keep], n0[keep]
    rho_x = lag1(xs[keep]) if rho_x is None else np.asarray(rho_x)[keep]
    y0 = np.nan_to_num(y)
    fon, foff = on.astype(float), off.astype(float)
    m1 = (fon @ y0) / n1
    m0 = (foff @ y0) / n0
    diff = m1 - m0
    # Residuals from each group's mean, 0 where the day is missing; built in place
    # (the scan passes ~160 rows of 3,650 days per symptom: temporaries cost time).
    present = fon + foff
    resid = np.multiply(fon, m1[:, None])
    resid += foff * m0[:, None]
    np.subtract(present * y0[None, :], resid, out=resid)
    ss = np.einsum("ij,ij->i", resid, resid)
    n = n1 + n0
    r = np.clip(rho_x * _residual_lag1(resid, present), 0.0, MAX_R)
    inflation = (1 + r) / (1 - r)
    n_eff = n / inflation
    df = np.maximum(n_eff - 2, 1.0)
    se = np.sqrt(ss / np.maximum(n - 2, 1) * (1 / n1 + 1 / n0) * inflation)
    quantile = t_quantile(0.5 + level / 2, df)
    with np.errstate(divide="ignore", invalid="ignore"):
        tval = np.abs(diff) / se
    p = np.where(se > 0, 2 * t_sf(tval, df), np.where(diff != 0, 0.0, 1.0))
    missing = (~ok).sum(axis=1) if window is None else (window[None, :] & ~ok).sum(axis=1)
    for j, row in enumerate(keep):
        out[row] = Estimate(
            float(diff[j]),
            float(diff[j] - quantile[j] * se[j]),
            float(diff[j] + quantile[j] * se[j]),
            float(p[j]),
            int(n1[j]),
            int(n0[j]),
            int(missing[j]),
            float(m1[j]),
            float(m0[j]),
            float(n_eff[j]),
        )
    return out


def _residual_lag1(resid: np.ndarray, present: np.ndarray) -> np.ndarray:
    """Lag-1 autocorrelation of residuals (mean 0 by construction; 0 where missing)
    over consecutive days both present, per row."""
    pairs = present[:, :-1] * present[:, 1:]
    a, b = resid[:, :-1], resid[:, 1:]
    num = np.einsum("ij,ij->i", a, b)  # 0 unless both days are present
    squares = resid * resid
    denom = np.sqrt(
        np.einsum("ij,ij->i", squares[:, :-1], pairs) * np.einsum("ij,ij->i", squares[:, 1:], pairs)
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        r = num / denom
    return np.where((pairs.sum(axis=1) >= 3) & (denom > 0), r, 0.0)


def shift(x: np.ndarray, lag: int) -> np.ndarray:
    """``x`` moved ``lag`` days later: the value at day t is ``x`` at day t - lag."""
    if lag <= 0:
        return x
    out = np.full_like(x, np.nan)
    out[lag:] = x[:-lag]
    return out


def t_sf(t: np.ndarray, df: np.ndarray) -> np.ndarray:
    """P(T > t) for Student's t with ``df`` degrees of freedom (scipy.stats.t.sf)."""
    from scipy.special import stdtr  # ~0.3 s to import: only when something is compared

    return stdtr(df, -np.asarray(t, dtype=float))


def t_quantile(q: float | np.ndarray, df: np.ndarray) -> np.ndarray:
    """The t value below which a share ``q`` of the distribution lies (scipy.stats.t.ppf)."""
    from scipy.special import stdtrit

    return stdtrit(df, q)


def benjamini_hochberg(p: np.ndarray | list[float]) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values, in the order given: the i-th smallest of m
    p-values becomes the smallest p_(j) * m / j over j >= i, capped at 1 (what
    scipy.stats.false_discovery_control(p, method="bh") returns)."""
    p = np.asarray(p, dtype=float)
    if p.ndim != 1:
        raise ValueError("p-values must be a flat list")
    if p.size == 0:
        return p.copy()
    if np.isnan(p).any() or (p < 0).any() or (p > 1).any():
        raise ValueError("p-values must lie between 0 and 1")
    order = np.argsort(p, kind="stable")
    m = p.size
    scaled = p[order] * (m / np.arange(1, m + 1))
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.clip(adjusted, 0.0, 1.0)
    return out


def adjust(estimates: list[Estimate]) -> list[Estimate]:
    """The same estimates with Benjamini-Hochberg adjusted p-values (``q``)."""
    if not estimates:
        return []
    q = benjamini_hochberg([e.p for e in estimates])
    return [_with_q(e, float(v)) for e, v in zip(estimates, q, strict=True)]


def _with_q(e: Estimate, q: float) -> Estimate:
    from dataclasses import replace

    return replace(e, q=q)


def split_value(values: np.ndarray, kind: str) -> float | None:
    """The cut that turns a number or 0-10 factor into "at or above" (1) and "below"
    (0): the median of the recorded values, or None when every day is the same.
    A yes/no factor needs none (1 is yes)."""
    if kind == "yesno":
        return None
    recorded = values[~np.isnan(values)]
    if len(recorded) == 0:
        return None
    cut = float(np.median(recorded))
    if np.all(recorded >= cut):  # most days at the lowest value: split above it
        above = recorded[recorded > cut]
        if len(above) == 0:
            return None
        cut = float(above.min())
    return cut


def indicator(values: np.ndarray, kind: str, cut: float | None) -> np.ndarray:
    """1 where the factor is present / at or above ``cut``, 0 where not, NaN if unknown."""
    out = np.full_like(values, np.nan)
    ok = ~np.isnan(values)
    threshold = 1.0 if cut is None else cut
    out[ok] = (values[ok] >= threshold).astype(float)
    return out
