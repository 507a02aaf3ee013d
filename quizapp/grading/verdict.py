"""What the grader says about one answer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

# What a front end hands the grader. Which shape fits which question type is
# described on ``quizapp.grading.grade``; any other value grades as wrong.
Response = str | bool | Sequence[str] | Mapping[str, str]

Status = Literal["correct", "partial", "wrong"]


@dataclass(frozen=True)
class Verdict:
    """The grade of one answer."""

    score: float
    """From 0 (nothing right) to 1 (full marks)."""
    correct: bool
    """Full marks."""
    expected: str
    """The expected answer, formatted for display."""
    note: str = ""
    """A short remark where it helps: "accepted with 1 typo", "2 of 3 blanks"."""

    @property
    def status(self) -> Status:
        if self.correct:
            return "correct"
        return "partial" if self.score > 0 else "wrong"


class UnusableAnswer(ValueError):
    """An answer that cannot be read as an answer to the question at all.

    Graders raise it internally; ``grade`` turns it into a wrong verdict whose
    note is the message, and only the command line lets it through.
    """


def quoted(text: str, limit: int = 40) -> str:
    """A learner's text quoted in a note, cut short so a pasted page stays one line."""
    text = " ".join(text.split())
    return f"'{text}'" if len(text) <= limit else f"'{text[: limit - 1]}…'"
