"""Phrases both front ends (the study app and ``--plain``) say the same way."""

from __future__ import annotations

CHANGED = "changed since you last answered it"
"""How both front ends flag a question whose content changed since it was last answered."""


def format_points(value: float) -> str:
    """1, 1.5, 0.33 — never 1.0 or 0.3333333 (a speed bonus gives any fraction)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def points_worth(value: float) -> str:
    """ "1 point", "2 points", "1.5 points": what a question is worth."""
    return f"{format_points(value)} point{'' if value == 1 else 's'}"


def points_of(got: float, of: float) -> str:
    """ "1.5 of 2 points", "1 of 1 point": a score out of what it could have been."""
    return f"{format_points(got)} of {points_worth(of)}"
