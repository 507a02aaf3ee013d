"""``short``: a typed answer."""

from __future__ import annotations

from quizapp.tui.widgets.answers._typed import TypedAnswer


class ShortAnswer(TypedAnswer, question_type="short"):
    """One text field."""

    TITLE = "Short answer"
