"""Timers and dialogs: practice pauses the clock while help or a question asked is open; an
exam and a sprint run on, and a deadline that passes meanwhile never closes the dialog the
learner is reading: it is said over the dialog, and takes effect when the dialog closes."""

from __future__ import annotations

from tui_helpers import app_for, notices, press, screen_text, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.confirm import ConfirmScreen
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.help import HelpScreen
from quizapp.tui.screens.question import QuestionScreen
from quizapp.tui.screens.results import ResultsScreen
from quizapp.tui.widgets.countdown import Countdown


def question_screen(app: QuizApp) -> QuestionScreen:
    (screen,) = [s for s in app.screen_stack if isinstance(s, QuestionScreen)]
    return screen


async def test_practice_pauses_the_question_clock_while_help_is_open(
    every_type: Bank, clock: FakeClock
) -> None:
    """The clock ran on behind the help, and the question timed out once it closed."""
    session = session_of(every_type, "capital", "legs", clock=clock, question_time=20)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = question_screen(app)
        clock.advance(5)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "the clock is paused" in screen_text(app)
        clock.advance(100)  # reading the help for a long while
        screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and not session.outcomes
        assert "⏸" in str(screen.query_one("#question-countdown", Countdown).render())
        await press(pilot, "escape")
        assert app.screen is screen
        assert session.question_time_left() == 15
        clock.advance(1)
        screen.tick()
        await pilot.pause()
        assert "14.0 s" in screen_text(app) and "⏸" not in screen_text(app)
        await press(pilot, "2")
        assert isinstance(app.screen, FeedbackScreen)
        assert session.outcomes[0].elapsed_ms == 6000 and not session.outcomes[0].timed_out


async def test_practice_pauses_the_session_clock_while_a_confirm_dialog_is_open(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "legs", clock=clock, session_time=60)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = question_screen(app)
        clock.advance(10)
        await press(pilot, "escape")  # "End this session?"
        assert isinstance(app.screen, ConfirmScreen)
        clock.advance(120)
        screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and not session.finished
        await press(pilot, "n")
        assert app.screen is screen
        assert session.session_time_left() == 50
        await press(pilot, "ctrl+q")  # the quit dialog pauses it too
        clock.advance(120)
        await press(pilot, "n")
        assert session.session_time_left() == 50


async def test_practice_pauses_the_session_clock_while_help_is_open_over_the_feedback(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "legs", clock=clock, session_time=60)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "2")
        assert isinstance(app.screen, FeedbackScreen)
        clock.advance(10)  # reading the feedback counts
        await press(pilot, "question_mark")
        clock.advance(300)  # reading the help does not
        await press(pilot, "escape", "enter")
        assert isinstance(app.screen, QuestionScreen)
        assert session.session_time_left() == 50


async def test_an_exam_runs_on_behind_help_and_a_timeout_waits_for_it_to_close(
    every_type: Bank, clock: FakeClock
) -> None:
    """A deadline passing behind a dialog never closes the dialog the learner is reading."""
    session = session_of(every_type, "capital", "legs", clock=clock, question_time=20, mode="exam")
    app = app_for(session)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        screen = question_screen(app)
        await press(pilot, "question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        assert "paused" not in screen_text(app)
        clock.advance(12)
        screen.tick()
        await pilot.pause()
        countdown = screen.query_one("#question-countdown", Countdown)
        assert countdown.seconds_left == 8  # the countdown behind the help runs on
        clock.advance(10)
        screen.tick()
        await pilot.pause()
        assert app.screen is help_screen  # still open
        [outcome] = session.outcomes  # recorded at its deadline
        assert outcome.timed_out and outcome.elapsed_ms == 20_000
        assert any("Time is up for this question" in note for note in notices(app))
        await press(pilot, "down")  # the help is still the learner's to read and scroll
        assert app.screen is help_screen
        await press(pilot, "escape")
        assert app.screen is screen
        assert "Question 2 of 2" in screen_text(app)
        assert session.question_time_left() == 20  # the next question starts when shown


async def test_a_sprint_ending_behind_the_quit_dialog_leaves_it_open_then_shows_results(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "legs", clock=clock, sprint=30)
    app = app_for(session)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        screen = question_screen(app)
        await press(pilot, "ctrl+q")
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        clock.advance(31)
        screen.tick()
        await pilot.pause()
        assert app.screen is dialog and session.ended_by_time
        assert any("The sprint's time is up" in note for note in notices(app))
        await press(pilot, "n")  # not quitting after all: the results, as time is up
        assert isinstance(app.screen, ResultsScreen)


async def test_the_session_running_out_behind_end_session_then_yes_shows_the_results(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "legs", clock=clock, session_time=30, mode="exam")
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = question_screen(app)
        await press(pilot, "escape")
        clock.advance(30)
        screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await press(pilot, "y")
        assert isinstance(app.screen, ResultsScreen)
        assert "The time ran out: 2 questions unanswered" in screen_text(app)
