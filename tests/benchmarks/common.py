"""What every benchmark shares: a result line, medians, units."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

RUNS = 5
"""Timed runs per measurement (after one untimed warm-up); the median is reported."""


@dataclass(frozen=True)
class Result:
    """One benchmark: its value, the baseline it is held against, and the target.

    With a baseline, the target is a ratio (value / baseline <= target); without one,
    it is an absolute bound in the value's own unit.
    """

    name: str
    value: float
    unit: str
    target: float
    baseline: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    @property
    def ok(self) -> bool:
        measured = self.ratio if self.baseline is not None else self.value
        return measured is not None and measured <= self.target

    def line(self) -> str:
        """``NAME value baseline ratio target ok|MISS`` (a note, if any, after a ``#``)."""
        baseline = "-" if self.baseline is None else _amount(self.baseline, self.unit)
        ratio = "-" if self.ratio is None else f"{self.ratio:.2f}x"
        target = (
            f"<={self.target:g}x"
            if self.baseline is not None
            else f"<={_amount(self.target, self.unit)}"
        )
        fields = [
            self.name,
            _amount(self.value, self.unit),
            baseline,
            ratio,
            target,
            "ok" if self.ok else "MISS",
        ]
        line = " ".join(fields)
        return f"{line}  # {self.note}" if self.note else line


def _amount(value: float, unit: str) -> str:
    if unit == "s":
        if value < 0.1:
            return f"{value * 1000:.2f}ms"
        return f"{value * 1000:.1f}ms" if value < 10 else f"{value:.1f}s"
    if unit == "MiB":
        return f"{value:.1f}MiB"
    return f"{value:g}{unit}"


def _timed(action: Callable[[], object]) -> float:
    """Seconds ``action`` takes. Collected garbage and freeing its result fall outside the
    timing, so one run never pays for the run before it."""
    gc.collect()
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    del result
    return seconds


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    """The median time of ``action`` over ``runs`` runs, after one untimed warm-up."""
    action()
    return statistics.median(_timed(action) for _ in range(runs))


def paired_medians(
    action: Callable[[], object], baseline: Callable[[], object], runs: int = RUNS
) -> tuple[float, float]:
    """Medians of ``action`` and ``baseline``, run alternately so that anything else the
    machine does while they run falls on both alike (after one untimed warm-up each)."""
    action()
    baseline()
    action_times, baseline_times = [], []
    for _ in range(runs):
        action_times.append(_timed(action))
        baseline_times.append(_timed(baseline))
    return statistics.median(action_times), statistics.median(baseline_times)
