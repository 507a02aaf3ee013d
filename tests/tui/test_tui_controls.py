"""The learner's everyday controls in the study app, pressed as keys: skip, end from the
feedback, and "I was right"."""

from __future__ import annotations

from tui_helpers import app_for, press, screen_text, session_of, type_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.store import Store
from quizapp.tui.screens.confirm import ConfirmScreen
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.question import QuestionScreen
from quizapp.tui.screens.results import ResultsScreen


async def test_ctrl_n_skips_a_question_to_the_end(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    session = session_of(every_type, "capital", "legs", clock=clock, store=store)
    app = app_for(session, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Skip" in screen_text(app)  # in the footer
        await press(pilot, "ctrl+n")
        text = screen_text(app)
        assert "How many legs" in text and "Question 1 of 2" in text
        await type_text(pilot, "8")
        await press(pilot, "enter", "enter")
        assert "Question 2 of 2" in screen_text(app)  # the skipped one came back
        await press(pilot, "ctrl+n")  # the last question left: it stays
        assert isinstance(app.screen, QuestionScreen)
        assert "Skip" not in screen_text(app)  # nor offered in the footer
        await press(pilot, "2")
        assert isinstance(app.screen, FeedbackScreen), screen_text(app)
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultsScreen)
    assert [a.question_id for a in store.iter_answers()] == ["legs", "capital"]


async def test_e_on_the_feedback_ends_the_session_after_confirming(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "boiling", "legs", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "2")
        assert isinstance(app.screen, FeedbackScreen)
        assert "End session" in screen_text(app)
        await press(pilot, "e")
        assert isinstance(app.screen, ConfirmScreen)
        assert "2 questions left unanswered will score 0" in screen_text(app)
        await press(pilot, "n")
        assert isinstance(app.screen, FeedbackScreen) and not session.finished
        await press(pilot, "e", "y")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        assert "You ended the session: 2 questions unanswered, scoring 0." in text
        assert "1 of 3 points" in text


async def test_i_was_right_counts_a_typed_answer_and_marks_it(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    session = session_of(every_type, "legs", "capital", clock=clock, store=store)
    app = app_for(session, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_text(pilot, "7")
        await press(pilot, "enter")
        assert isinstance(app.screen, FeedbackScreen)
        assert "Wrong" in screen_text(app) and "I was right" in screen_text(app)
        await press(pilot, "i")
        text = screen_text(app)
        assert "Correct" in text and "1 of 1 point" in text and "judged right by you" in text
        assert "I was right" not in text.split("\n")[-1]  # once only: gone from the footer
        await press(pilot, "enter", "3")  # on to the choice, answered wrong
        assert "Wrong" in screen_text(app)
        assert "I was right" not in screen_text(app)  # a picked answer: nothing to misread
    assert [(a.question_id, a.correct, a.overridden) for a in store.iter_answers()] == [
        ("legs", True, True),
        ("capital", False, False),
    ]
