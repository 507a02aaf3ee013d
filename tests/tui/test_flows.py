"""Whole sessions: practice and exam, results, retry-missed, leaving, quitting, help."""

from __future__ import annotations

import gc

from tui_helpers import app_for, press, screen_text, session_of, type_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.collector import pause_collection
from quizapp.store import Store
from quizapp.tui.screens.confirm import ConfirmScreen
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.help import HelpScreen
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.question import QuestionScreen
from quizapp.tui.screens.results import ResultsScreen
from quizapp.tui.widgets.answers import all_answer_widget_classes


async def test_practice_shows_feedback_after_each_answer(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "legs", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Question 1 of 2" in screen_text(app)
        await press(pilot, "2")  # Paris: right
        assert isinstance(app.screen, FeedbackScreen)
        text = screen_text(app)
        assert "Correct" in text and "1 of 1 point" in text
        assert "Expected" not in text  # nothing to correct
        assert "Paris has been the capital" in text
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)
        assert "Question 2 of 2" in screen_text(app)
        assert "Score 1/1" in screen_text(app)
        await type_text(pilot, "6")
        await press(pilot, "enter")
        text = screen_text(app)
        assert "Wrong" in text and "0 of 1 point" in text
        assert "Expected" in text and "8" in text
        assert "Spiders are arachnids" in text
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultsScreen)


async def test_exam_gives_feedback_only_at_the_end(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capital", "boiling", "legs", clock=clock, mode="exam")
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "1")  # Lyon: wrong
        assert isinstance(app.screen, QuestionScreen)
        assert "Question 2 of 3" in screen_text(app)
        await press(pilot, "t")
        assert isinstance(app.screen, QuestionScreen)
        await type_text(pilot, "8")
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        assert "2 of 3 points" in text and "67%" in text
        # exam results explain what was missed
        assert "Paris has been the capital" in text


async def test_results_list_every_question_with_answers_and_times(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "author", "legs", clock=clock, mode="exam")
    app = app_for(session)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        clock.advance(2.5)
        await press(pilot, "2")
        clock.advance(7)
        await type_text(pilot, "Huxley")
        await press(pilot, "enter")
        clock.advance(4)
        await type_text(pilot, "8")
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        assert "2 of 3 points" in text
        assert "2 of 3 answered right" in text and "1 to retry" in text
        assert "average 4.5 s" in text and "fastest 2.5 s" in text and "slowest 7.0 s" in text
        assert "Who wrote Nineteen Eighty-Four? (surname)" in text
        assert "Your answer Huxley" in text and "Expected Orwell" in text
        assert "7.0 s" in text and "0/1" in text
        lines = text.splitlines()
        geo = next(line for line in lines if line.strip().startswith("geo "))
        assert "100%" in geo and "1 of 1" in geo
        books = next(line for line in lines if line.strip().startswith("books "))
        assert "0%" in books and "0 of 1" in books


async def test_retry_missed_asks_only_the_missed_questions(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "boiling", "legs", clock=clock, mode="exam")
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "1")  # wrong
        await press(pilot, "t")  # right
        await type_text(pilot, "3")
        await press(pilot, "enter")  # wrong
        assert isinstance(app.screen, ResultsScreen)
        assert "Retry missed" in screen_text(app)  # in the footer
        await press(pilot, "r")
        assert isinstance(app.screen, QuestionScreen)
        retry = app.screen.session
        assert [item.question.id for item in retry.items] == ["capital", "legs"]
        assert "Question 1 of 2" in screen_text(app)
        await press(pilot, "2")
        await type_text(pilot, "8")
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultsScreen)
        assert "2 of 2 points" in screen_text(app) and "100%" in screen_text(app)
        assert "Retry missed" not in screen_text(app)  # nothing missed: not offered
        await press(pilot, "r")
        assert isinstance(app.screen, ResultsScreen) and app.screen.session is retry


async def test_escape_ends_the_session_after_confirming(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capital", "boiling", "legs", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "2", "enter")  # answer one, leave the feedback
        await press(pilot, "escape")
        assert isinstance(app.screen, ConfirmScreen)
        assert "1 answer so far is saved" in screen_text(app)
        await press(pilot, "n")
        assert isinstance(app.screen, QuestionScreen) and not session.finished
        await press(pilot, "escape", "y")
        assert isinstance(app.screen, ResultsScreen)
        assert session.stopped and len(session.outcomes) == 1
        await press(pilot, "escape")  # results -> home, made now (the app started in a session)
        assert isinstance(app.screen, HomeScreen)


async def test_quitting_mid_session_asks_first(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    session = session_of(every_type, "capital", "boiling", clock=clock, store=store)
    app = app_for(session, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "2", "enter")
        await press(pilot, "ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        assert "Quit quizapp?" in screen_text(app)
        await press(pilot, "escape")
        assert isinstance(app.screen, QuestionScreen)
        assert app.is_running
        await press(pilot, "ctrl+q", "y")
        assert not app.is_running
    assert session.stopped
    assert [a.question_id for a in store.iter_answers()] == ["capital"]


async def test_quitting_outside_a_session_does_not_ask(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capital", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "2", "enter")
        assert isinstance(app.screen, ResultsScreen)
        await press(pilot, "ctrl+q")
        assert not app.is_running


async def test_help_lists_every_key(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capital", "author", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.pause()
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_text = app.screen.query_one("#help-text").render()
        text = str(help_text)
        for binding in (*app.BINDINGS, *QuestionScreen.BINDINGS):
            assert binding.description in text  # type: ignore[union-attr]
        for widget in all_answer_widget_classes().values():
            for keys, what in widget.KEY_HELP:
                assert keys in text and what in text
        assert "ctrl+p" in text
        await press(pilot, "escape")
        assert isinstance(app.screen, QuestionScreen)
        await press(pilot, "2", "enter")
        # in a text field "?" is typed; F1 still opens help
        await press(pilot, "question_mark")
        assert app.screen.answer is not None and app.screen.answer.response() == "?"
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "f1")
        assert isinstance(app.screen, QuestionScreen)


async def test_answers_reach_the_progress_file(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    session = session_of(every_type, "capital", "author", clock=clock, store=store)
    app = app_for(session, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        clock.advance(3)
        await press(pilot, "2")
        answers = list(store.iter_answers())  # committed before the feedback is shown
        assert [(a.question_id, a.correct, a.elapsed_ms) for a in answers] == [
            ("capital", True, 3000)
        ]


async def test_every_theme_draws_every_screen(every_type: Bank, clock: FakeClock) -> None:
    session = session_of(every_type, "capital", "primes", clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "ctrl+p")
        assert type(app.screen).__name__ == "CommandPalette"
        await press(pilot, "escape")
        for keys in ([], ["1"], ["enter", "1", "enter", "enter"]):  # question, feedback, results
            await press(pilot, *keys)
            themes = [
                t
                for t in ("textual-light", "nord", "ansi-dark", "textual-dark")
                if t in app.available_themes
            ]
            assert len(themes) >= 3
            for theme in themes:
                app.theme = theme
                await pilot.pause()
                assert "Every question type" in screen_text(app) or "Results" in screen_text(app)
        assert isinstance(app.screen, ResultsScreen)


async def test_a_changed_question_says_so_in_its_header(every_type: Bank, clock: FakeClock) -> None:
    from dataclasses import replace

    session = session_of(every_type, "capital", "legs", clock=clock)
    session.items[0] = replace(session.items[0], changed=True)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "changed since you last answered it" in screen_text(app)
        await press(pilot, "2", "enter")
        assert "Question 2 of 2" in screen_text(app)
        assert "changed since you last answered it" not in screen_text(app)


async def test_the_app_resumes_the_collector_the_command_line_paused(
    every_type: Bank, clock: FakeClock
) -> None:
    """``quizapp`` pauses the cycle collector for its start; the app, once drawn,
    turns it back on (or every later session's garbage would pile up)."""
    session = session_of(every_type, "capital", clock=clock)
    pause_collection()
    try:
        app = app_for(session)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert "Question 1 of 1" in screen_text(app)
            assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
