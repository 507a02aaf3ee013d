"""Phrases every front end (the study app, ``--plain``, the command line) says the same way."""

from __future__ import annotations

CHANGED = "changed since you last answered it"
"""How both front ends flag a question whose content changed since it was last answered."""

REVIEW_STATES = {
    "new": "New",
    "due": "Due for review",
    "learning": "Being learned",
    "learned": "Learned",
}
"""How both front ends say where a question stands in spaced review (``ReviewState``)."""

NOTHING_ANSWERED = "Nothing was answered, so there is no score."
"""The results of a session that ended before its first answer (a sprint, say), instead of
a score of 0 out of 0 points."""


def format_points(value: float) -> str:
    """1, 1.5, 0.33 — never 1.0 or 0.3333333 (a speed bonus gives any fraction)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def plural(count: float, noun: str, many: str = "") -> str:
    """ "1 answer", "2 answers", "0.5 points", "3 matches" (``many`` where adding an s is
    wrong). The one rule for every count shown anywhere."""
    return f"{format_points(count)} {noun if count == 1 else many or noun + 's'}"


def points_worth(value: float) -> str:
    """ "1 point", "2 points", "1.5 points": what a question is worth."""
    return plural(value, "point")


def points_of(got: float, of: float) -> str:
    """ "1.5 of 2 points", "1 of 1 point": a score out of what it could have been."""
    return f"{format_points(got)} of {points_worth(of)}"


def score_so_far(got: float, of: float) -> str:
    """ "2/3": the running score in a header, where a whole phrase does not fit."""
    return f"{format_points(got)}/{format_points(of)}"


def answers_saved(answered: int) -> str:
    """What is kept when a session is left early, said by every dialog that leaves one."""
    return f"{plural(answered, 'answer')} so far {'is' if answered == 1 else 'are'} saved."


def sprint_result(score: float, seconds: float, best: float | None) -> str:
    """A sprint's score against the learner's best of the same length on the same banks."""
    if best is None:
        verdict = "your first sprint of this length on these banks"
    elif score > best:
        verdict = f"a new personal best (was {format_points(best)})"
    else:
        verdict = f"personal best {format_points(best)}"
    return (
        f"Sprint: {format_points(score)} in {seconds:g} s ({verdict}); "
        "questions not reached are left out of the score."
    )
