"""Exam mode: nothing before the results tells the learner whether an answer was right."""

from __future__ import annotations

from tui_helpers import app_for, press, screen_text, session_of, type_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.screens.question import QuestionScreen
from quizapp.tui.screens.results import ResultsScreen


async def test_exam_header_shows_no_running_score(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capital", "boiling", "legs", clock=clock, mode="exam")
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen = [screen_text(app)]
        await press(pilot, "1")  # Lyon: wrong
        seen.append(screen_text(app))
        await press(pilot, "t")  # right
        assert isinstance(app.screen, QuestionScreen)
        seen.append(screen_text(app))
        for text in seen:
            assert "Score" not in text and "0/1" not in text and "1/2" not in text
        assert "Question 2 of 3" in seen[1] and "Question 3 of 3" in seen[2]
        await type_text(pilot, "8")
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultsScreen)
        assert "2 of 3 points" in screen_text(app)


async def test_practice_header_keeps_the_running_score(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capital", "boiling", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "1", "enter")
        assert "Score 0/1" in screen_text(app)
