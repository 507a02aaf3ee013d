"""The learner's answer on the feedback and results screens is shown with its control
characters made visible: a pasted escape sequence must not drive the terminal."""

from __future__ import annotations

from textual.widgets import Input
from tui_helpers import app_for, press, screen_text, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.screens.feedback import FeedbackScreen

HOSTILE = "x\x1b]0;owned\x07y"


async def test_a_hostile_answer_is_shown_visible_on_the_feedback_screen(
    every_type: Bank, clock: FakeClock
) -> None:
    """It was drawn raw: the escape sequence reached the terminal."""
    app = app_for(session_of(every_type, "author", clock=clock))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one(Input).value = HOSTILE  # as a bracketed paste can give it
        await press(pilot, "enter")
        assert isinstance(app.screen, FeedbackScreen)
        text = screen_text(app)
        assert "Your answer  x\\x1b]0;owned" in text
        assert "\x1b" not in text and "\x07" not in text
