"""Keys typed right after an answer, as the next question appears, go to its answer: none
is lost to the screen that was closing or to a focus that moved a moment late."""

from __future__ import annotations

from textual import events
from tui_helpers import app_for, press, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.question import QuestionScreen


def typed_at_once(app: QuizApp, *keys: str) -> None:
    """Keys that arrive together, as from a fast typist (``pilot.press`` waits after each)."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def settle(app: QuizApp) -> None:
    for _ in range(5):
        await app.wait_for_refresh()


async def test_keys_typed_as_the_feedback_closes_answer_the_next_question(
    every_type: Bank, clock: FakeClock
) -> None:
    """The 8 went to the feedback as it closed, or to the old answer, and was lost."""
    session = session_of(every_type, "capital", "legs", "author", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "2")
        assert isinstance(app.screen, FeedbackScreen)
        typed_at_once(app, "enter", "8", "enter")
        await pilot.pause()
        await settle(app)
        await pilot.pause()
        assert [o.response for o in session.outcomes] == ["Paris", "8"]
        assert isinstance(app.screen, FeedbackScreen)
        typed_at_once(app, "enter", *"orwell", "enter")
        await pilot.pause()
        await settle(app)
        await pilot.pause()
        assert [o.response for o in session.outcomes] == ["Paris", "8", "orwell"]


async def test_in_an_exam_keys_typed_after_an_answer_go_to_the_next_question(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "legs", "author", "capital", clock=clock, mode="exam")
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "8")
        typed_at_once(app, "enter", *"orwell", "enter", "2")
        await pilot.pause()
        await settle(app)
        await pilot.pause()
        assert [o.response for o in session.outcomes] == ["8", "orwell", "Paris"]


async def test_the_first_question_has_the_focus_when_it_is_drawn(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "author", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, QuestionScreen) and screen.answer is not None
        assert app.focused is screen.answer.control
        typed_at_once(app, *"orwell", "enter")
        await pilot.pause()
        await settle(app)
        assert [o.response for o in session.outcomes] == ["orwell"]
