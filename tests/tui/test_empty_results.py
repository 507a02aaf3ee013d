"""A session that ends before its first answer says so, instead of "0 of 0 points 0%"."""

from __future__ import annotations

import pytest
from tui_helpers import app_for, press, screen_text, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.screens.results import ResultsScreen

SIZES = [(40, 15), (60, 20), (80, 24), (200, 60)]


@pytest.mark.parametrize("size", SIZES)
async def test_a_sprint_with_no_answer_says_nothing_was_answered(
    every_type: Bank, clock: FakeClock, size: tuple[int, int]
) -> None:
    session = session_of(every_type, "capital", "legs", clock=clock, sprint=30)
    app = app_for(session)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        clock.advance(30)
        app.screen.tick()  # type: ignore[attr-defined]
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        text = " ".join(screen_text(app).replace("│", " ").split())  # lines wrap in a box
        assert "Nothing was answered, so there is no score." in text
        assert "0 of 0" not in text and "0%" not in text
        assert "Retry missed" not in text  # nothing was missed either
        await press(pilot, "r")
        assert isinstance(app.screen, ResultsScreen)
