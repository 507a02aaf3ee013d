"""Time, injected: the session and the scheduler ask a Clock, tests drive a FakeClock."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Two readings: a monotonic one for durations, a wall-clock one for records."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (for limits and elapsed times)."""
        ...

    def now(self) -> datetime:
        """The current time, timezone-aware UTC (for what is stored)."""
        ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that moves only when told: tests never sleep."""

    def __init__(self, start: datetime | None = None) -> None:
        self._seconds = 0.0
        self._start = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        return self._seconds

    def now(self) -> datetime:
        return self._start + timedelta(seconds=self._seconds)

    def advance(self, seconds: float) -> None:
        self._seconds += seconds
