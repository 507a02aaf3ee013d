"""``date``: a typed date, in whatever common form the learner writes dates."""

from __future__ import annotations

from quizapp.bank.models import DateQuestion
from quizapp.grading.dates import date_wanted
from quizapp.tui.widgets.answers._typed import TypedAnswer


class DateAnswer(TypedAnswer[DateQuestion], question_type="date"):
    """A text field for a date."""

    TITLE = "Date"

    HINT = "type a date · Enter answer"

    def placeholder(self) -> str:
        wanted = date_wanted(self.question.precision, self.question.require_year)
        return wanted[:1].upper() + wanted[1:]
