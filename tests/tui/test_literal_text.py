"""Bank text is data: markup and variables in it are shown exactly as typed."""

from __future__ import annotations

from tui_helpers import app_for, press, screen_text, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.app import make_app
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.results import ResultsScreen

PROMPT = "Is [bold]this[/bold] or [link=x]that[/link] or $variable shown as typed?"


async def test_markup_in_a_bank_is_shown_literally(literal_bank: Bank, clock: FakeClock) -> None:
    session = session_of(literal_bank, "markup", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert PROMPT in text
        assert "Literal [b]text[/b] $title" in text
        assert "[tag]" in text
        for choice in ("[red]yes[/red]", "$no", "[@click=app.quit]quit[/]"):
            assert choice in text
        await press(pilot, "1")
        assert isinstance(app.screen, FeedbackScreen)
        text = screen_text(app)
        assert PROMPT in text
        assert "Your answer  [red]yes[/red]" in text
        assert "Markup like [i]this[/i] and $vars stay literal." in text
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        assert PROMPT in text and "Your answer [red]yes[/red]" in text


async def test_a_click_on_markup_text_does_nothing(literal_bank: Bank, clock: FakeClock) -> None:
    """A choice written as "[@click=app.quit]" is text, not an action."""
    session = session_of(literal_bank, "markup", clock=clock, mode="exam")
    app = app_for(session)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await press(pilot, "3")  # answers with that choice: wrong, and the app keeps running
        assert app.is_running
        assert isinstance(app.screen, ResultsScreen)
        assert "[@click=app.quit]quit[/]" in screen_text(app)


async def test_bank_titles_and_tags_on_home_are_literal(
    literal_bank: Bank, clock: FakeClock
) -> None:
    app = make_app([literal_bank], None, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Literal [b]text[/b] $title" in text
        assert "[tag]" in text
