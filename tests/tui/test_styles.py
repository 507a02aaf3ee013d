"""Each screen's stylesheet (its CSS_PATH) is read when the screen is first shown, the first
screen's included, and not before."""

from __future__ import annotations

from textual.color import Color
from tui_helpers import app_for, press, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui import STYLES
from quizapp.tui.app import make_app
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.question import QuestionScreen
from quizapp.tui.widgets.answers import ANSWER_STYLESHEETS


def read(app: object, name: str) -> bool:
    return app.stylesheet.has_source(str(STYLES / name), "")  # type: ignore[attr-defined]


async def test_the_first_screen_is_styled_by_its_own_stylesheet(
    every_type: Bank, clock: FakeClock
) -> None:
    app = app_for(session_of(every_type, "capital", "boiling", clock=clock))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert read(app, "question.tcss")
        # question.tcss gives the header the panel's colour and room for its text.
        header = app.screen.query_one("#question-header")
        assert header.styles.background == Color.parse(app.theme_variables["panel"])
        assert header.styles.padding.left == 1
        # Every kind of answer is styled, whichever comes first.
        assert all(app.stylesheet.has_source(str(path), "") for path in ANSWER_STYLESHEETS)
        assert ANSWER_STYLESHEETS


async def test_a_screen_not_shown_yet_has_not_had_its_stylesheet_read(
    every_type: Bank, clock: FakeClock
) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert read(app, "home.tcss")
        assert not read(app, "question.tcss")
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)
        assert read(app, "question.tcss")
        assert not read(app, "outcomes.tcss")
