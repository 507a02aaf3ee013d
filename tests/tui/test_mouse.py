"""The mouse works too: clicks answer, tick, move, match, pick a blank and start."""

from __future__ import annotations

from textual.widgets import OptionList
from tui_helpers import app_for, press, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.app import make_app
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.question import QuestionScreen
from quizapp.tui.widgets.answers.cloze import ClozeText
from quizapp.tui.widgets.answers.match import MatchBoard, MatchRow, MatchSide
from quizapp.tui.widgets.answers.multi import TickList

# Options start one row down, inside the list's border.
FIRST_OPTION = 1


async def test_a_click_highlights_a_choice_and_a_second_click_on_it_answers(
    every_type: Bank, clock: FakeClock
) -> None:
    """A single click answered at once: a slip of the mouse was an answer."""
    session = session_of(every_type, "capital", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click(OptionList, offset=(6, FIRST_OPTION))  # Lyon: only highlighted
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and not session.outcomes
        assert app.screen.query_one(OptionList).highlighted == 0
        assert app.screen.answer is not None and app.screen.answer.response() == "Lyon"
        await pilot.click(OptionList, offset=(6, FIRST_OPTION + 1))  # Paris: highlighted instead
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and not session.outcomes
        await pilot.click(OptionList, offset=(6, FIRST_OPTION + 1))  # Paris again: answers
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        assert session.outcomes[0].response == "Paris" and session.outcomes[0].verdict.correct


async def test_the_first_option_needs_a_click_to_be_chosen_then_another_to_answer(
    every_type: Bank, clock: FakeClock
) -> None:
    """The list starts on True; a click on it chooses it (it was not chosen), a second answers."""
    session = session_of(every_type, "boiling", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click(OptionList, offset=(6, FIRST_OPTION))
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and not session.outcomes
        await pilot.click(OptionList, offset=(6, FIRST_OPTION))
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        assert session.outcomes[0].response == "True"


async def test_a_click_then_enter_answers_with_the_clicked_choice(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click(OptionList, offset=(6, FIRST_OPTION + 2))  # Marseille
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await press(pilot, "enter")
        assert isinstance(app.screen, FeedbackScreen)
        assert session.outcomes[0].response == "Marseille"


async def test_clicks_tick_several_choices(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "primes", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for row in (0, 1, 3, 3):  # 2, 3, 5 and 5 again (unticked)
            await pilot.click(TickList, offset=(6, FIRST_OPTION + row))
        await pilot.pause()
        assert app.screen.answer is not None
        assert app.screen.answer.response() == ["2", "3"]


async def test_buttons_move_the_highlighted_item(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "sizes", clock=clock)  # shown as horse, cat, mouse
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("#move-down")  # horse down
        await pilot.click("#move-down")  # and down again
        await pilot.pause()
        assert app.screen.answer is not None
        assert app.screen.answer.response() == ["cat", "mouse", "horse"]
        assert isinstance(app.screen, QuestionScreen)


async def test_clicks_match_rows_with_sides(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capitals", clock=clock)  # sides Madrid, Rome, Paris
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        board = app.screen.query_one(MatchBoard)
        sides = list(board.query(MatchSide))
        rows = list(board.query(MatchRow))
        await pilot.click(sides[2])  # France (the current row) -> Paris, then Italy is current
        await pilot.click(rows[2])  # Spain
        await pilot.click(sides[0])  # -> Madrid
        await pilot.click(rows[1])  # Italy
        await pilot.click(rows[1].query_one(".match-right"))  # cycles Italy to the first unused
        await pilot.pause()
        assert board.response() == {"France": "Paris", "Italy": "Rome", "Spain": "Madrid"}


async def test_a_click_on_a_blank_types_there(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "colours", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = app.screen.query_one(ClozeText)
        # "The sky is " (11 cells) + the first blank (8) + " and the grass is " (18)
        await pilot.click(ClozeText, offset=(3 + 11 + 8 + 18 + 1, 2))
        await press(pilot, *"green")
        assert text.values == ["", "green"]


async def test_the_start_button_starts(every_type: Bank, clock: FakeClock) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("#start")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
