"""``date``: a typed date, in whatever common form the learner writes dates."""

from __future__ import annotations

from quizapp.tui.widgets.answers._typed import TypedAnswer

# Examples use a date unrelated to any bank, so a placeholder never gives an answer away.
EXAMPLES = {
    "day": "e.g. 3 March 2021 or 2021-03-03",
    "month": "e.g. March 2021",
    "year": "e.g. 2021",
}


class DateAnswer(TypedAnswer, question_type="date"):
    """A text field for a date."""

    TITLE = "Date"

    HINT = "type a date · Enter answer"

    def placeholder(self) -> str:
        precision = str(getattr(self.question, "precision", "day"))
        return f"A date ({EXAMPLES.get(precision, EXAMPLES['day'])})"
