"""Which of many ranges a span overlaps, in logarithmic time.

The finders that run last ask, for every candidate word or number, whether another
finder already took it. A scan of every span for every candidate is quadratic, and
pasted letters or long diaries of 100 KB hold thousands of each; sorted starts with
the running maximum of ends answer the same question with one bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class OverlapIndex:
    """Ranges ``(a, b)``, asked whether any overlaps or contains a span."""

    __slots__ = ("_starts", "_max_end")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(ranges)
        self._starts = [a for a, _ in pairs]
        # the running maximum of the ends, in one C-level pass
        self._max_end = list(accumulate([b for _, b in pairs], max, initial=-1))[1:]

    def overlaps(self, start: int, end: int) -> bool:
        """Any range with ``a < end`` and ``start < b``."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._max_end[i - 1] > start

    def contains(self, start: int, end: int) -> bool:
        """Any range with ``a <= start`` and ``end <= b``."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._max_end[i - 1] >= end
