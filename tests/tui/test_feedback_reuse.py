"""One feedback screen serves a whole session: each answer's feedback shows that answer only."""

from __future__ import annotations

import gc
import weakref

from tui_helpers import app_for, press, screen_text, session_of, type_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.screens.feedback import FeedbackScreen


async def test_each_feedback_shows_its_own_answer_and_nothing_of_the_last(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "boiling", "author", clock=clock, question_time=60)
    app = app_for(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await press(pilot, "1")  # Lyon: wrong
        first = app.screen
        assert isinstance(first, FeedbackScreen)
        text = screen_text(app)
        assert "Wrong" in text and "Your answer  Lyon" in text and "Expected     Paris" in text
        assert first.query_one("#verdict-banner").has_class("-wrong")

        await press(pilot, "enter", "1")  # True: right
        assert app.screen is first
        text = screen_text(app)
        assert "Correct" in text and "Question 2 of 3" in text
        assert "Water boils" in text and "Your answer  True" in text
        assert "Lyon" not in text and "Expected" not in text and "Paris" not in text
        assert first.query_one("#verdict-banner").has_class("-correct")
        assert not first.query_one("#verdict-banner").has_class("-wrong")

        await press(pilot, "enter")
        await type_text(pilot, "Orw")
        clock.advance(60)
        app.screen.tick()  # type: ignore[attr-defined]
        await pilot.pause()
        assert app.screen is first
        text = screen_text(app)
        assert "Timed out" in text and "ran out; it scores 0" in text
        assert "Your answer  Orw" in text and "Water boils" not in text
        assert first.query_one("#verdict-banner").has_class("-timed-out")


async def test_feedback_shown_again_takes_a_new_theme(every_type: Bank, clock: FakeClock) -> None:
    """The feedback screen skips restyling when it is shown again, unless the styles
    changed while it was hidden: a theme chosen meanwhile must reach it."""
    session = session_of(every_type, "capital", "capital", "capital", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.theme = "textual-dark"
        await press(pilot, "2")  # Paris: right
        feedback = app.screen
        assert isinstance(feedback, FeedbackScreen)
        dark = feedback.query_one("#verdict-banner").styles.background
        await press(pilot, "enter", "2")
        assert app.screen is feedback
        assert feedback.query_one("#verdict-banner").styles.background == dark

        await press(pilot, "enter")
        app.theme = "textual-light"
        await pilot.pause()
        await press(pilot, "2")
        assert app.screen is feedback
        light = feedback.query_one("#verdict-banner").styles.background
        assert light != dark
    assert light == await _first_banner_background(every_type, clock, "textual-light")


async def _first_banner_background(bank: Bank, clock: FakeClock, theme: str) -> object:
    """The verdict banner's background on a feedback screen styled for the first time
    under ``theme``: what a reused one must match."""
    app = app_for(session_of(bank, "capital", clock=clock))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.theme = theme
        await press(pilot, "2")
        assert isinstance(app.screen, FeedbackScreen)
        return app.screen.query_one("#verdict-banner").styles.background


async def test_a_footer_lets_go_of_the_keys_it_replaces(every_type: Bank, clock: FakeClock) -> None:
    """Each kind of answer has its own keys, so the question screen's footer remakes
    them; the ones it removed must be freed, not kept alive by the footer."""
    session = session_of(every_type, "capital", "author", "capital", "author", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        question_screen = app.screen
        first_keys = [weakref.ref(key) for key in question_screen.query("FooterKey")]
        assert first_keys
        for keys in (["2", "enter"], [*"Orwell", "enter", "enter"], ["2", "enter"]):
            await press(pilot, *keys)
        assert app.screen is question_screen
        assert question_screen.query("FooterKey")
        gc.collect()
        assert [ref for ref in first_keys if ref() is not None] == []
