"""Match: a side another row has swaps rather than being given twice; answering with rows
left empty asks first."""

from __future__ import annotations

from tui_helpers import app_for, press, screen_text, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.screens.confirm import ConfirmScreen
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.question import QuestionScreen
from quizapp.tui.widgets.answers.match import MatchBoard

# sides shown as 1 Madrid, 2 Rome, 3 Paris; rows France, Italy, Spain


async def test_a_side_in_use_swaps_with_the_row_that_had_it(
    every_type: Bank, clock: FakeClock
) -> None:
    """It gave Paris to France and Italy both."""
    session = session_of(every_type, "capitals", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        board = app.screen.query_one(MatchBoard)
        await press(pilot, "3", "2")  # France Paris, Italy Rome; Spain is current
        await press(pilot, "3")  # Paris to Spain: France had it and had nothing before
        assert board.response() == {"Italy": "Rome", "Spain": "Paris"}
        await press(pilot, "up", "up", "2")  # Rome to France: Italy takes France's nothing
        assert board.response() == {"France": "Rome", "Spain": "Paris"}
        await press(pilot, "1")  # Madrid to Italy (current after the 2): unused, no swap
        await press(pilot, "up", "3")  # Paris to Italy: Spain takes Italy's Madrid
        assert board.response() == {"France": "Rome", "Italy": "Paris", "Spain": "Madrid"}
        await press(pilot, "up", "up", "right")  # France cycles Rome -> Paris, Italy gets Rome
        assert board.response() == {"France": "Paris", "Italy": "Rome", "Spain": "Madrid"}
        assert sorted(board.response().values()) == ["Madrid", "Paris", "Rome"]
        await press(pilot, "enter")  # every row answered: no question asked
        assert isinstance(app.screen, FeedbackScreen)
        assert session.outcomes[0].verdict.correct


async def test_answering_with_rows_empty_asks_first(every_type: Bank, clock: FakeClock) -> None:
    """It answered at once, scoring the empty rows 0 without a word."""
    session = session_of(every_type, "capitals", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "3", "enter")  # France -> Paris, two rows empty
        assert isinstance(app.screen, ConfirmScreen)
        assert "Answer with 2 rows empty?" in screen_text(app)
        await press(pilot, "n")  # keep going: nothing recorded, the rows stay as they were
        assert isinstance(app.screen, QuestionScreen) and not session.outcomes
        board = app.screen.query_one(MatchBoard)
        assert board.has_focus
        await press(pilot, "2", "enter")  # Italy -> Rome; one row still empty
        assert "Answer with 1 row empty?" in screen_text(app)
        await press(pilot, "y")
        assert isinstance(app.screen, FeedbackScreen)
        assert session.outcomes[0].verdict.status == "partial"
        assert session.outcomes[0].points == 2 / 3


async def test_the_match_help_says_a_side_in_use_swaps(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capitals", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "swaps if used" in screen_text(app)  # the hint under the board
