"""One feedback screen serves a whole session: each answer's feedback shows that answer only."""

from __future__ import annotations

from tui_helpers import app_for, press, screen_text, session_of, type_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.screens.feedback import FeedbackScreen


async def test_each_feedback_shows_its_own_answer_and_nothing_of_the_last(
        every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capital", "boiling", "author", clock=clock,
                         question_time=60)
    app = app_for(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await press(pilot, "1")  # Lyon: wrong
        first = app.screen
        assert isinstance(first, FeedbackScreen)
        text = screen_text(app)
        assert "Wrong" in text and "Your answer  Lyon" in text and "Expected     Paris" in text
        assert first.query_one("#verdict-banner").has_class("-wrong")

        await press(pilot, "enter", "1")  # True: right
        assert app.screen is first
        text = screen_text(app)
        assert "Correct" in text and "Question 2 of 3" in text
        assert "Water boils" in text and "Your answer  true" in text
        assert "Lyon" not in text and "Expected" not in text and "Paris" not in text
        assert first.query_one("#verdict-banner").has_class("-correct")
        assert not first.query_one("#verdict-banner").has_class("-wrong")

        await press(pilot, "enter")
        await type_text(pilot, "Orw")
        clock.advance(60)
        app.screen.tick()  # type: ignore[attr-defined]
        await pilot.pause()
        assert app.screen is first
        text = screen_text(app)
        assert "Timed out" in text and "ran out; it scores 0" in text
        assert "Your answer  Orw" in text and "Water boils" not in text
        assert first.query_one("#verdict-banner").has_class("-timed-out")
