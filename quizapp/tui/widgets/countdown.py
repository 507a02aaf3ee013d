"""The countdown on the question screen: seconds left and a shrinking bar.

It only draws what it is told; the question screen reads the time left from
the session's clock several times a second, so the display never drifts.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from quizapp.tui.widgets.bars import MUTED

BAR_WIDTH = 16
EIGHTHS = " ▏▎▍▌▋▊▉"
URGENT_SECONDS = 5.0


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    """A bar ``fraction`` full, to an eighth of a cell, so it shrinks smoothly."""
    fraction = max(0.0, min(1.0, fraction))
    eighths = round(fraction * width * 8)
    full, part = divmod(eighths, 8)
    text = "█" * full + (EIGHTHS[part] if part else "")
    return text.ljust(width)


def format_seconds(seconds: float) -> str:
    """12.3 s below a minute, 4:05 above."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{seconds:4.1f} s"
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"


class Countdown(Static):
    """Time left until the nearer deadline; turns urgent in the last five seconds."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", id=id, classes=classes)
        self.seconds_left: float | None = None

    def show(
        self, left: float | None, total: float | None, label: str = "", *, paused: bool = False
    ) -> None:
        """Draw ``left`` of ``total`` seconds (``paused``: the clock is stopped while a
        dialog is open); None hides the countdown."""
        self.seconds_left = left
        self.display = left is not None
        if left is None:
            return
        self.set_class(left <= URGENT_SECONDS, "-urgent")
        fraction = left / total if total else 0.0
        self.update(
            Content.assemble(
                (f"{label} " if label else "", MUTED),
                ("⏸ " if paused else "◷ ", ""),
                (format_seconds(left), "bold"),
                " ",
                bar(fraction),
            )
        )
