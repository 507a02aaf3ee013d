"""``short``: a typed answer."""

from __future__ import annotations

from quizapp.bank.models import ShortQuestion
from quizapp.tui.widgets.answers._typed import TypedAnswer


class ShortAnswer(TypedAnswer[ShortQuestion], question_type="short"):
    """One text field."""

    TITLE = "Short answer"
