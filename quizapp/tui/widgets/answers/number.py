"""``number``: a typed number, with the question's unit shown after the field."""

from __future__ import annotations

from quizapp.bank.models import NumberQuestion
from quizapp.tui.widgets.answers._typed import TypedAnswer


class NumberAnswer(TypedAnswer[NumberQuestion], question_type="number"):
    """A text field for a number ("12", "twelve", "1,000" are all fine)."""

    TITLE = "Number"

    HINT = "type a number · Enter answer"

    def placeholder(self) -> str:
        return "A number"

    def suffix(self) -> str:
        return self.question.unit
