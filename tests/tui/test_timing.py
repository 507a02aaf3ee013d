"""Timed sessions driven by a fake clock: countdown, question timeouts, the session limit."""

from __future__ import annotations

from tui_helpers import app_for, press, screen_text, session_of, type_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.question import QuestionScreen, is_timed
from quizapp.tui.screens.results import ResultsScreen
from quizapp.tui.widgets.countdown import Countdown


def countdown(screen: QuestionScreen, which: str = "question") -> Countdown:
    return screen.query_one(f"#{which}-countdown", Countdown)


async def test_countdown_is_read_from_the_clock_and_turns_urgent(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", clock=clock, question_time=20)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        assert "20.0 s" in screen_text(app)
        clock.advance(3.25)
        screen.tick()
        for _ in range(5):  # more ticks without time passing change nothing
            screen.tick()
        await pilot.pause()
        assert countdown(screen).seconds_left == 16.75
        assert "16.8 s" in screen_text(app)
        assert not countdown(screen).has_class("-urgent")
        clock.advance(11.75)
        screen.tick()
        await pilot.pause()
        assert "5.0 s" in screen_text(app)
        assert countdown(screen).has_class("-urgent")


async def test_question_timeout_in_practice_shows_timed_out_first(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "author", "legs", clock=clock, question_time=10)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_text(pilot, "Orw")
        clock.advance(9.9)
        app.screen.tick()  # type: ignore[attr-defined]
        assert isinstance(app.screen, QuestionScreen)
        clock.advance(0.1)
        app.screen.tick()  # type: ignore[attr-defined]
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        assert app.screen.query_one("#verdict-banner").has_class("-timed-out")
        text = screen_text(app)
        assert "Timed out" in text and "Your answer  Orw" in text
        [outcome] = session.outcomes
        assert outcome.timed_out and outcome.points == 0 and outcome.response == "Orw"
        assert outcome.elapsed_ms == 10_000
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)
        assert "Question 2 of 2" in screen_text(app)
        assert "10.0 s" in screen_text(app)  # the next question has its full time


async def test_question_timeout_in_exam_moves_on(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capital", "legs", clock=clock, question_time=10, mode="exam")
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        clock.advance(10)
        app.screen.tick()  # type: ignore[attr-defined]
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert "Question 2 of 2" in screen_text(app)
        assert session.outcomes[0].timed_out
        await type_text(pilot, "8")
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultsScreen)
        assert "◷" in screen_text(app)  # the timed-out question is marked as such


async def test_session_time_running_out_ends_with_unanswered(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(
        every_type, "capital", "boiling", "legs", clock=clock, session_time=30, mode="exam"
    )
    app = app_for(session)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert "0:30" not in screen_text(app) and "30.0 s" in screen_text(app)
        clock.advance(12)
        await press(pilot, "2")
        assert "18.0 s" in screen_text(app)  # the session's clock kept running
        clock.advance(18)
        app.screen.tick()  # type: ignore[attr-defined]
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        assert "The time ran out: 2 questions unanswered, scoring 0." in text
        assert text.count("Unanswered") == 2
        assert "Water boils at 100 degrees" in text


async def test_untimed_sessions_show_no_countdown(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capital", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        assert screen._timer is None
        assert not countdown(screen).display and not countdown(screen, "session").display
        assert "◷" not in screen_text(app)


async def test_a_timed_out_choice_records_only_a_choice_the_learner_moved_to(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(
        every_type, "capital", "boiling", clock=clock, question_time=5, mode="exam"
    )
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        clock.advance(5)
        app.screen.tick()  # type: ignore[attr-defined]
        await pilot.pause()
        await press(pilot, "down")  # highlights False, not answered
        clock.advance(5)
        app.screen.tick()  # type: ignore[attr-defined]
        await pilot.pause()
        assert [(o.response, o.timed_out) for o in session.outcomes] == [
            ("", True),
            ("False", True),
        ]


async def test_a_blank_cloze_timing_out_shows_nothing_entered(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "colours", clock=clock, question_time=5)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        clock.advance(5)
        app.screen.tick()  # type: ignore[attr-defined]
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        assert "Your answer  (nothing)" in screen_text(app)


async def test_a_sprint_ends_by_its_clock_and_the_results_show_the_personal_best(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "author", "legs", "capital", clock=clock, sprint=30)
    assert is_timed(session)  # so the screen runs the ticking timer
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        assert "30.0 s" in screen_text(app)  # the sprint's clock is on screen
        clock.advance(30)
        screen.tick()
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        assert "Sprint: 0 in 30 s" in text
        assert "first sprint of this length" in text
