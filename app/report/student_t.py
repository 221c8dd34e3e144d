"""Student's t distribution in numpy: the upper tail and the quantile the insights'
intervals need, so the bundle carries no scipy (scipy.special alone, for these two
functions, brought 33 MiB: its own OpenBLAS, which scipy.special._ufuncs links).

The tail is the regularized incomplete beta function, P(T > t) = I_x(df/2, 1/2) / 2
with x = df / (df + t^2), evaluated by its continued fraction (modified Lentz; Press
et al., Numerical Recipes, 6.4) on whichever side converges fast, with x and 1 - x
each computed without cancellation. The quantile is Newton's method on that tail,
kept inside a bracket, started from Hill's (1970) expansion around the normal
quantile. Both agree with scipy.stats.t to 1e-10 relative
(tests/app/report/test_insight_stats_scipy_free.py).
"""

from __future__ import annotations

import math

import numpy as np

_EPS = 4e-16  # twice the double's machine epsilon: the fraction's last terms are 1 +- that
_TINY = 1e-300
_MAX_TERMS = 2000
_lgamma = np.frompyfunc(math.lgamma, 1, 1)


def _log_gamma(x: np.ndarray) -> np.ndarray:
    return np.asarray(_lgamma(x), dtype=float)


def _stirling_tail(w: np.ndarray) -> np.ndarray:
    """log Gamma(w) minus its Stirling approximation, for w >= 20 (error < 1e-15)."""
    w2 = w * w
    return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * w2)) / w2) / w2) / w


def _log_beta(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """log B(a, b). With one of them large (many days: df/2 in the thousands), the
    plain sum of log-gammas loses ~1e-11 to cancellation; there the difference
    log Gamma(big + small) - log Gamma(big) comes from Stirling's series instead."""
    big, small = np.maximum(a, b), np.minimum(a, b)
    plain = _log_gamma(a) + _log_gamma(b) - _log_gamma(a + b)
    large = big >= 20
    if not large.any():
        return plain
    z, s = big[large], small[large]
    rise = (
        (z - 0.5) * np.log1p(s / z)
        + s * np.log(z + s)
        - s
        + _stirling_tail(z + s)
        - _stirling_tail(z)
    )
    out = plain.copy()
    out[large] = _log_gamma(s) - rise
    return out


def _beta_fraction(a: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The continued fraction of I_x(a, b); converges fast for x < (a + 1) / (a + b + 2).
    Each element leaves the loop once its factors are 1 to within rounding."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c = np.ones_like(x)
    d = 1.0 - qab * x / qap
    d[d == 0] = _TINY
    d = 1.0 / d
    h = d.copy()
    active = np.arange(x.size)
    for m in range(1, _MAX_TERMS + 1):
        m2 = 2.0 * m
        aa, bb, xx, ab = a[active], b[active], x[active], qab[active]
        dd, cc = d[active], c[active]
        for step in (
            m * (bb - m) * xx / ((qam[active] + m2) * (aa + m2)),
            -(aa + m) * (ab + m) * xx / ((aa + m2) * (qap[active] + m2)),
        ):
            dd = 1.0 + step * dd
            dd[dd == 0] = _TINY  # Lentz's guard: never divide by zero
            dd = 1.0 / dd
            cc = 1.0 + step / cc
            cc[cc == 0] = _TINY
            delta = dd * cc
            h[active] *= delta
        d[active], c[active] = dd, cc
        active = active[np.abs(delta - 1.0) >= _EPS]
        if active.size == 0:
            break
    return h


def _beta_upper(a: np.ndarray, b: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """I_x(a, b), given x and y = 1 - x each computed accurately."""
    with np.errstate(divide="ignore"):  # x or y 0 (t infinite or 0): the front is 0
        log_front = a * np.log(x) + b * np.log(y) - _log_beta(a, b)
    direct = x < (a + 1.0) / (a + b + 2.0)
    out = np.empty_like(x)
    if direct.any():
        ad, bd = a[direct], b[direct]
        out[direct] = np.exp(log_front[direct]) * _beta_fraction(ad, bd, x[direct]) / ad
    if (~direct).any():
        ar, br = a[~direct], b[~direct]
        other = np.exp(log_front[~direct]) * _beta_fraction(br, ar, y[~direct]) / br
        out[~direct] = 1.0 - other
    return out


def sf(t: np.ndarray | float, df: np.ndarray | float) -> np.ndarray:
    """P(T > t) for Student's t with ``df`` > 0 degrees of freedom."""
    t, df = np.broadcast_arrays(np.asarray(t, dtype=float), np.asarray(df, dtype=float))
    t, df = t.astype(float).ravel(), df.astype(float).ravel()
    out = np.full(t.shape, np.nan)
    ok = ~np.isnan(t) & (df > 0)
    out[ok & np.isposinf(t)] = 0.0
    out[ok & np.isneginf(t)] = 1.0
    finite = ok & np.isfinite(t)
    if finite.any():
        tt, dd = t[finite], df[finite]
        t2 = tt * tt
        x = dd / (dd + t2)
        y = t2 / (dd + t2)
        half = 0.5 * _beta_upper(dd / 2.0, np.full_like(dd, 0.5), x, y)
        out[finite] = np.where(tt > 0, half, 1.0 - half)
    return out.reshape(np.broadcast(np.asarray(t), np.asarray(df)).shape)


def _pdf(t: np.ndarray, df: np.ndarray) -> np.ndarray:
    log_norm = -_log_beta(df / 2.0, np.full_like(df, 0.5)) - 0.5 * np.log(df)
    return np.exp(log_norm - (df + 1.0) / 2.0 * np.log1p(t * t / df))


def _normal_quantile(p: np.ndarray) -> np.ndarray:
    """The standard normal quantile to ~1e-9 (Acklam's rational approximation): only
    the starting point for Newton's method."""
    a = (-39.69683028665376, 220.9460984245205, -275.9285104469687,
         138.3577518672690, -30.66479806614716, 2.506628277459239)  # fmt: skip
    b = (-54.47609879822406, 161.5858368580409, -155.6989798598866,
         66.80131188771972, -13.28068155288572)  # fmt: skip
    c = (-0.007784894002430293, -0.3223964580411365, -2.400758277161838,
         -2.549732539343734, 4.374664141464968, 2.938163982698783)  # fmt: skip
    d = (0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416)
    q = np.minimum(p, 1.0 - p)
    tail = np.sqrt(-2.0 * np.log(np.maximum(q, _TINY)))
    low = (((((c[0] * tail + c[1]) * tail + c[2]) * tail + c[3]) * tail + c[4]) * tail + c[5]) / (
        (((d[0] * tail + d[1]) * tail + d[2]) * tail + d[3]) * tail + 1.0
    )
    r = (p - 0.5) ** 2
    mid = (
        (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
        * (p - 0.5)
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0)
    )
    return np.where(q < 0.02425, np.where(p < 0.5, low, -low), mid)


def ppf(q: np.ndarray | float, df: np.ndarray | float) -> np.ndarray:
    """The t value below which a share ``q`` (0 < q < 1) of the distribution lies."""
    q, df = np.broadcast_arrays(np.asarray(q, dtype=float), np.asarray(df, dtype=float))
    shape = q.shape
    q, df = q.astype(float).ravel(), df.astype(float).ravel()
    out = np.full(q.shape, np.nan)
    ok = (q > 0) & (q < 1) & (df > 0)
    out[ok & (q == 0.5)] = 0.0
    solve = ok & (q != 0.5)
    if solve.any():
        upper = np.where(q[solve] > 0.5, 1.0 - q[solve], q[solve])  # P(T > t), t > 0
        t = _positive_quantile(upper, df[solve])
        out[solve] = np.where(q[solve] > 0.5, t, -t)
    out[(q == 0) & (df > 0)] = -np.inf
    out[(q == 1) & (df > 0)] = np.inf
    return out.reshape(shape)


def _positive_quantile(upper: np.ndarray, df: np.ndarray) -> np.ndarray:
    """The t > 0 with P(T > t) = ``upper`` (< 0.5): Newton inside a bracket."""
    z = np.abs(_normal_quantile(upper))
    # Hill (1970), ACM Algorithm 396: the normal quantile corrected for df
    g1 = (z**3 + z) / 4.0
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96.0
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384.0
    t = z + g1 / df + g2 / df**2 + g3 / df**3
    t = np.where(np.isfinite(t) & (t > 0), t, 1.0)
    low = np.zeros_like(t)
    high = np.full_like(t, np.inf)
    active = np.arange(t.size)  # still moving: the rest have converged
    for _ in range(100):
        if active.size == 0:
            break
        ta, da = t[active], df[active]
        excess = sf(ta, da) - upper[active]  # > 0: t is too small
        low[active] = np.where(excess > 0, ta, low[active])
        high[active] = np.where(excess < 0, ta, high[active])
        lo, hi = low[active], high[active]
        newton = ta + excess / _pdf(ta, da)
        inside = (newton > lo) & (newton < hi)
        step = np.where(inside, newton, np.where(np.isfinite(hi), (lo + hi) / 2.0, 2.0 * ta))
        t[active] = step
        # Newton's error squares each step: once a step is below 1e-7 of t, the t it
        # reached is good to ~1e-14 (the tail itself to ~1e-12), so stop there.
        moving = (np.abs(step - ta) > 1e-7 * np.abs(ta)) & (excess != 0)
        active = active[moving]
    return t
