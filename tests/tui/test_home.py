"""The home screen (banks, counts, settings, Enter starts) and the stats screen."""

from __future__ import annotations

from textual.widgets import Input, RadioSet
from tui_helpers import notices, press, screen_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.session import SessionOptions
from quizapp.store import Store
from quizapp.tui.app import make_app
from quizapp.tui.screens.confirm import ConfirmScreen
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.question import QuestionScreen
from quizapp.tui.screens.results import ResultsScreen
from quizapp.tui.screens.stats import StatsScreen
from quizapp.tui.widgets.checklist import CheckList


async def set_field(home: HomeScreen, field_id: str, value: str) -> None:
    home.query_one(f"#{field_id}", Input).value = value


async def test_home_lists_banks_with_progress_counts(
    every_type: Bank, literal_bank: Bank, clock: FakeClock, store: Store
) -> None:
    app = make_app([every_type, literal_bank], store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        text = screen_text(app)
        assert "Every question type" in text
        assert "9 questions  ·  9 new · 0 learning · 0 due · 0 learned" in text
        assert "1 question  ·  1 new · 0 learning · 0 due · 0 learned" in text
        assert "2 banks, 10 questions" in text
        # a question answered in a session moves the counts on when home comes back
        await press(pilot, "down", "space")  # untick the second bank: only the first is played
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.answer is not None
        # whatever the (shuffled) first question is, as it stands (submitting a match with
        # its rows empty would ask first)
        app.screen.hand_in(app.screen.answer.response())
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        # One key at a time, each once the screen before it is up: a key pressed while the
        # feedback screen is still leaving would go to it.
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, ConfirmScreen)
        await press(pilot, "y")
        assert isinstance(app.screen, ResultsScreen)
        await press(pilot, "h")
        assert isinstance(app.screen, HomeScreen)
        assert "9 questions  ·  8 new · 1 learning · 0 due · 0 learned" in screen_text(app)


async def test_enter_starts_a_session_with_the_chosen_settings(
    every_type: Bank, clock: FakeClock
) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "new" not in screen_text(app)  # no progress file: no counts
        home.query_one("#mode", RadioSet).query("RadioButton")[1].value = True  # exam
        await set_field(home, "count", "1")
        await set_field(home, "question-time", "15")
        await set_field(home, "session-time", "120")
        tags: CheckList[str] = home.query_one("#tag-list", CheckList)
        tags.set_ticked("geo", True)
        await pilot.pause()
        await press(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        options = screen.session.options
        assert (options.mode, options.count, options.tags) == ("exam", 1, ("geo",))
        assert (options.question_time, options.session_time) == (15, 120)
        assert screen.session.current is not None
        assert "geo" in screen.session.current.question.tags
        text = screen_text(app)
        assert "Question 1 of 1" in text and "15.0 s" in text and "2:00" in text


async def test_the_keyboard_alone_sets_up_a_session(every_type: Bank, clock: FakeClock) -> None:
    app = make_app([every_type], None, SessionOptions(count=2), clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # banks -> mode: right arrow moves to Exam, space picks it
        await press(pilot, "tab", "right", "space")
        await press(pilot, "tab", "backspace", "3", "tab", *"20")
        await press(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        options = screen.session.options
        assert (options.mode, options.count, options.question_time) == ("exam", 3, 20)


async def test_bad_settings_say_what_is_wrong_and_do_not_start(
    every_type: Bank, clock: FakeClock
) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        await set_field(home, "question-time", "0")
        await press(pilot, "enter")
        assert isinstance(app.screen, HomeScreen)
        assert app.focused is home.query_one("#question-time")
        assert any("more than 0 seconds" in n for n in notices(app))
        await set_field(home, "question-time", "")
        home.query_one("#bank-list", CheckList).set_ticked(0, False)
        await press(pilot, "enter")
        assert isinstance(app.screen, HomeScreen)
        assert any("at least one bank" in n for n in notices(app))


async def test_stats_screen_shows_banks_days_and_tags(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    app = make_app([every_type], store, SessionOptions(shuffle=False, count=2), clock=clock)
    async with app.run_test(size=(80, 70)) as pilot:  # tall enough for every section
        await pilot.pause()
        await press(pilot, "enter")  # capital, then boiling (bank order)
        await press(pilot, "2", "enter", "f", "enter")
        assert isinstance(app.screen, ResultsScreen)
        await press(pilot, "h", "s")
        assert isinstance(app.screen, StatsScreen)
        text = screen_text(app)
        assert "2 answers" in text and "50% right" in text and "1-day streak" in text
        assert "Every question type" in text
        assert "Last 14 days" in text
        lines = text.splitlines()
        geo = next(line for line in lines if line.strip().startswith("geo "))
        assert "100%" in geo and "1 of 1 right" in geo
        science = next(line for line in lines if line.strip().startswith("science "))
        assert "0%" in science and "0 of 1 right" in science
        await press(pilot, "escape")
        assert isinstance(app.screen, HomeScreen)
        assert "1 new" not in text


async def test_stats_without_a_progress_file(every_type: Bank, clock: FakeClock) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "s")
        assert isinstance(app.screen, StatsScreen)
        assert "No progress file" in screen_text(app)
