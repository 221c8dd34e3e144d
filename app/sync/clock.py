"""Hybrid logical clocks (Kulkarni et al., 2014).

A stamp is wall-clock milliseconds, a counter and the device id, written so that
comparing two stamps as strings orders them. A device whose clock is hours behind
still stamps every change after everything it has seen (``observe`` moves the clock
past each stamp read), so "last writer wins" follows what each device knew, and a
clock that is hours ahead only wins ties it would have won anyway.
"""

from __future__ import annotations

import time
from collections.abc import Callable

_MS_DIGITS = 15
_COUNTER_DIGITS = 6


def format_stamp(ms: int, counter: int, device: str) -> str:
    return f"{ms:0{_MS_DIGITS}d}-{counter:0{_COUNTER_DIGITS}d}-{device}"


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    ms, counter, device = stamp.split("-", 2)
    return int(ms), int(counter), device


def stamp_ms(stamp: str) -> int:
    return parse_stamp(stamp)[0]


class HybridClock:
    """One device's clock. ``now`` reads physical time (tests pass a skewed one)."""

    def __init__(self, device: str, last: str = "", now: Callable[[], int] | None = None) -> None:
        self.device = device
        self._now = now or (lambda: time.time_ns() // 1_000_000)
        self._ms, self._counter = parse_stamp(last)[:2] if last else (0, 0)

    def tick(self) -> str:
        """A new stamp, later than every stamp this clock made or observed."""
        wall = self._now()
        if wall > self._ms:
            self._ms, self._counter = wall, 0
        else:
            self._counter += 1
        return format_stamp(self._ms, self._counter, self.device)

    def observe(self, stamp: str) -> None:
        """Move past a stamp read from another device."""
        ms, counter, _device = parse_stamp(stamp)
        if (ms, counter) > (self._ms, self._counter):
            self._ms, self._counter = ms, counter

    @property
    def last(self) -> str:
        return format_stamp(self._ms, self._counter, self.device)
