"""Blank home fields stay valid, a refused start's toast goes, the footer's help key works."""

from __future__ import annotations

from textual.widgets import Input
from tui_helpers import app_for, press, screen_text, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.app import make_app
from quizapp.tui.screens.help import HelpScreen
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.question import QuestionScreen


def footer_text(app: object) -> str:
    return screen_text(app).splitlines()[-1]  # type: ignore[arg-type]


async def test_blank_fields_mean_all_and_untimed_and_stay_valid(
    every_type: Bank, clock: FakeClock
) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        home.query_one("#count", Input).value = ""
        for _ in range(8):  # through every field and out again
            await press(pilot, "tab")
        for field in ("count", "question-time", "session-time"):
            widget = home.query_one(f"#{field}", Input)
            assert widget.value == ""
            assert not widget.has_class("-invalid"), field
        # while a field that is not blank and not a number still shows it is wrong
        home.query_one("#count", Input).focus()
        await press(pilot, "minus", "tab")
        assert home.query_one("#count", Input).has_class("-invalid")


async def test_a_refused_start_leaves_no_toast_over_the_next_session(
    every_type: Bank, clock: FakeClock
) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        home.query_one("#question-time", Input).value = "-3"
        await press(pilot, "enter")
        await pilot.pause()
        assert "Can't start" in screen_text(app)
        home.query_one("#question-time", Input).value = ""
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)
        await pilot.pause()
        assert "Can't start" not in screen_text(app)


async def test_the_footer_shows_the_help_key_that_works(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capital", "author", "colours", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert "? Help" in footer_text(app)  # a choice: ? opens help
        await press(pilot, "2", "enter")
        await pilot.pause()
        # a typed answer: ? is typed, so the footer offers F1
        assert "F1 Help" in footer_text(app) and "? Help" not in footer_text(app)
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape", "O", "r", "w", "e", "l", "l", "enter", "enter")
        await pilot.pause()
        # a cloze: typing goes into the blanks, ? too
        assert "F1 Help" in footer_text(app) and "? Help" not in footer_text(app)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.answer is not None and "?" in str(app.screen.answer.response())
