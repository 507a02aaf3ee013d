"""Review from home with nothing due: a box says so and offers the new questions or
practice; either starts, with the home screen's banks and count."""

from __future__ import annotations

import pytest
from textual.widgets import Input, RadioSet, Static
from tui_helpers import press, screen_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.session import Session, SessionOptions
from quizapp.store import Store
from quizapp.tui.app import QuizApp, make_app
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.nothing_due import NothingDueScreen
from quizapp.tui.screens.question import QuestionScreen


def answer_some(bank: Bank, store: Store, clock: FakeClock, count: int) -> set[str]:
    """Answer ``count`` questions right now (none of them is due again yet); their ids."""
    from quizapp.grading import expected_answer

    session = Session([bank], SessionOptions(count=count, shuffle=False), clock, store)
    answered = set()
    while session.current is not None:
        session.begin_question()
        answered.add(session.current.question.id)
        session.submit(expected_answer(session.current.question))
    return answered


async def review_from_home(app: QuizApp, pilot: object) -> None:
    home = app.screen
    assert isinstance(home, HomeScreen)
    home.query_one("#mode", RadioSet).query("RadioButton")[2].value = True  # review
    home.query_one("#count", Input).value = "3"
    await press(pilot, "enter")  # type: ignore[arg-type]


@pytest.mark.parametrize(("key", "new_only"), [("n", True), ("p", False)])
async def test_review_with_nothing_due_offers_new_questions_or_practice(
    every_type: Bank, clock: FakeClock, store: Store, key: str, new_only: bool
) -> None:
    answered = answer_some(every_type, store, clock, 2)
    app = make_app([every_type], store, clock=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await review_from_home(app, pilot)
        assert isinstance(app.screen, NothingDueScreen)
        text = " ".join(screen_text(app).split())
        assert "Nothing is due for review" in text
        detail = str(app.screen.query_one("#nothing-due-detail", Static).render())
        assert detail.startswith("The next is due 2026-")
        assert "7 questions never answered yet. Play instead:" in detail
        assert "New questions (n)" in text and "Practice (p)" in text
        assert "Can't start" not in text  # no toast instead of the box
        await press(pilot, key)
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        options = screen.session.options
        assert (options.mode, options.new_only, options.count) == ("practice", new_only, 3)
        asked = {item.question.id for item in screen.session.items}
        assert len(asked) == 3
        if new_only:
            assert not asked & answered


async def test_escape_goes_back_home_and_practice_is_offered_when_nothing_is_new(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    answer_some(every_type, store, clock, len(every_type.questions))
    app = make_app([every_type], store, clock=clock)
    async with app.run_test(size=(40, 15)) as pilot:
        await pilot.pause()
        await review_from_home(app, pilot)
        assert isinstance(app.screen, NothingDueScreen)
        text = " ".join(screen_text(app).split())
        detail = str(app.screen.query_one("#nothing-due-detail", Static).render())
        assert "Every question has been answered." in detail
        assert "New questions" not in text
        # every button is on the screen at 40 columns
        assert "Practice (p)" in text and "Back (Esc)" in text
        await press(pilot, "n")  # nothing new: stays
        assert isinstance(app.screen, NothingDueScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, HomeScreen)
        await review_from_home(app, pilot)
        await press(pilot, "enter")  # the focused button: practice
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.session.options.mode == "practice"


async def test_help_over_the_box_names_its_keys(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    answer_some(every_type, store, clock, 2)
    app = make_app([every_type], store, clock=clock)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        await review_from_home(app, pilot)
        assert isinstance(app.screen, NothingDueScreen)
        await press(pilot, "question_mark")
        text = screen_text(app)
        assert "Nothing due screen" in text
        assert "New questions" in text and "Practice" in text
        await press(pilot, "escape")
        assert isinstance(app.screen, NothingDueScreen)
