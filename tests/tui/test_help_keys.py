"""Help lists the home screen's keys; the palette's Keys opens help, which Escape closes."""

from __future__ import annotations

from tui_helpers import app_for, press, screen_text, session_of, type_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.app import make_app
from quizapp.tui.screens.help import HelpScreen
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.question import QuestionScreen


async def test_help_on_home_lists_ticking_and_mode_keys(every_type: Bank, clock: FakeClock) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.pause()
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "Home screen" in text
        assert "Space" in text and "tick or untick" in text
        assert "← →" in text and "choose the mode" in text
        assert "? / F1" in text  # one line for help, with both its keys


async def test_palette_keys_opens_help_and_escape_goes_back(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "boiling", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "ctrl+p")
        await type_text(pilot, "Keys")
        await press(pilot, "enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, QuestionScreen)  # not "End this session?"
        assert "End this session?" not in screen_text(app)
        assert not session.finished


async def test_home_space_ticks_and_arrows_choose_the_mode(
    every_type: Bank, clock: FakeClock
) -> None:
    """The keys the help names do what it says."""
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        await press(pilot, "tab")  # the mode
        await press(pilot, "right", "space")
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.session.options.mode == "exam"
