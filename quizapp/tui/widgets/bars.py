"""Small shared pieces: the title bar at the top of each screen, text meters and lines of
counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from quizapp.session import Item, Session
from quizapp.wording import REVIEW_STATES, points_worth, score_so_far

if TYPE_CHECKING:
    from quizapp.store.study import StudyCounts

EIGHTHS = " ▏▎▍▌▋▊▉"
MUTED = "$foreground-muted"
"""Secondary text inside Content (``$text-muted`` is an "auto" colour that only CSS resolves)."""


def meter(fraction: float, width: int) -> tuple[str, str]:
    """A horizontal meter as (filled part, empty part), to an eighth of a cell."""
    fraction = max(0.0, min(1.0, fraction))
    eighths = round(fraction * width * 8)
    full, part = divmod(eighths, 8)
    filled = "█" * full + (EIGHTHS[part] if part else "")
    return filled, "█" * (width - len(filled))


TRACK = "on $foreground 12%"


def meter_content(fraction: float, width: int, style: str = "$text-success") -> Content:
    """A meter in colour on a faint track (a partly filled cell sits on the track too)."""
    filled, _ = meter(fraction, width)
    full = filled.rstrip(EIGHTHS[1:])
    part = filled[len(full) :]
    return Content.assemble(
        (full, style), (part, f"{style} {TRACK}"), (" " * (width - len(filled)), TRACK)
    )


def question_header(session: Session, number: int) -> Content:
    """ "Question 2 of 10 · Score 1/1" over a question and its feedback. No score in an exam,
    where a score that moved or did not would tell the learner whether an answer was right."""
    where = Content.assemble(
        ("Question ", MUTED), (f"{number}", "bold"), (f" of {len(session.items)}", MUTED)
    )
    if session.options.mode == "exam":
        return where
    answered_max = sum(o.max_points for o in session.outcomes)
    return Content.assemble(
        where, ("  ·  Score ", MUTED), (score_so_far(session.score, answered_max), "bold")
    )


REVIEW_STYLES = {
    "new": "$text-accent",
    "due": "$text-warning",
    "learning": "$text-primary",
    "learned": "$text-success",
}
"""How each review state is shown above a question."""


def question_title(item: Item | None) -> Content:
    """The bank a question comes from, for the line above it."""
    return Content.assemble((item.bank.title, "bold")) if item else Content("")


def question_tags(item: Item | None) -> Content:
    """Whether the question is new, due or being learned, what it is worth, and its tags."""
    if item is None:
        return Content("")
    question = item.question
    # The review state goes first: a narrow header cuts the end of this line.
    state = (
        ((REVIEW_STATES[item.review], f"bold {REVIEW_STYLES[item.review]}"), ("  ·  ", ""))
        if item.review
        else ()
    )
    return Content.assemble(
        *state,
        (points_worth(question.points), ""),
        *((("  ·  ", ""), (" · ".join(question.tags), "")) if question.tags else ()),
    )


def study_line(counts: StudyCounts) -> Content:
    """Where a bank's questions stand, "N new · N learning · N due · N learned", as the home
    screen and the stats screen both show it."""
    return Content.assemble(
        (str(counts.new), "bold"),
        " new · ",
        (str(counts.learning), "bold"),
        " learning · ",
        (str(counts.due), "bold $text-warning" if counts.due else "bold"),
        " due · ",
        (str(counts.learned), "bold $text-success"),
        " learned",
    )


def accuracy_style(fraction: float) -> str:
    """Colour for a share right over many answers: green from 80%, amber from 50%, else red."""
    if fraction >= 0.8:
        return "$text-success"
    return "$text-warning" if fraction >= 0.5 else "$text-error"


class TitleBar(Horizontal):
    """A line across the top: what this is on the left, where you are on the right."""

    def __init__(
        self, left: Content | str, right: Content | str = "", *, id: str | None = None
    ) -> None:
        super().__init__(id=id, classes="title-bar")
        self._left = left if isinstance(left, Content) else Content(left)
        self._right = right if isinstance(right, Content) else Content(right)

    def compose(self) -> ComposeResult:
        yield Static(self._left, classes="title-left")
        yield Static(self._right, classes="title-right")

    def set_right(self, right: Content | str) -> None:
        self.query_one(".title-right", Static).update(
            right if isinstance(right, Content) else Content(right)
        )

    def set_left(self, left: Content | str) -> None:
        self.query_one(".title-left", Static).update(
            left if isinstance(left, Content) else Content(left)
        )
