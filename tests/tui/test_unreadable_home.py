"""The home screen says when answers in the progress file cannot be read (and were left
out), instead of failing as it did on every start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tui_helpers import notices, press, screen_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.serve.config import ClassConfig
from quizapp.serve.learners import learner_in
from quizapp.store import Store
from quizapp.store.readable import skipped_message
from quizapp.store.rows import AnswerRecord
from quizapp.tui.app import make_app
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.join import ServedApp


def progress_with_a_bad_row(path: Path, bank: Bank, clock: FakeClock) -> None:
    with Store.open(path) as store:
        for question in bank.questions[:3]:
            store.record_answer(
                AnswerRecord(1, bank.id, question.id, question.content_hash(), "r", 1.0, True,
                             20_000, False, clock.now())
            )  # fmt: skip
    conn = sqlite3.connect(path)
    conn.execute("UPDATE answers SET answered_at = 'garbage' WHERE id = 2")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("size", [(40, 15), (80, 24), (200, 60)])
async def test_home_says_how_many_answers_were_left_out(
    every_type: Bank, clock: FakeClock, tmp_path: Path, size: tuple[int, int]
) -> None:
    path = tmp_path / "p.sqlite3"
    progress_with_a_bad_row(path, every_type, clock)
    store = Store.open(path)
    app = make_app([every_type], store, clock=clock)
    try:
        async with app.run_test(size=size, notifications=True) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            (note,) = [n for n in notices(app) if n.startswith("Progress file\n")]
            assert note == f"Progress file\n{skipped_message(1, path)}"
            assert "9 questions" in screen_text(app)
            if size != (40, 15):  # there the note covers the banks until it goes
                assert "cannot be read" in screen_text(app)
                # the two good answers count: 7 of the 9 questions are still new
                assert "7 new" in screen_text(app)
    finally:
        store.close()


async def test_home_says_the_count_taken_when_the_file_was_opened_once(
    every_type: Bank, clock: FakeClock, tmp_path: Path
) -> None:
    """The command line counts the unreadable answers as it opens the file and hands the
    count on: the home screen does not read the whole log again, and says it once a run."""
    path = tmp_path / "p.sqlite3"
    progress_with_a_bad_row(path, every_type, clock)
    store = Store.open(path)
    app = make_app([every_type], store, clock=clock, unreadable=2)
    try:
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await pilot.pause()
            notes = [n for n in notices(app) if n.startswith("Progress file\n")]
            assert notes == [f"Progress file\n{skipped_message(2, path)}"]
            app.clear_notifications()
            app.push_screen(HomeScreen())
            await pilot.pause()
            assert not [n for n in notices(app) if n.startswith("Progress file\n")]
    finally:
        store.close()


async def test_a_learner_joining_a_class_is_told_too(
    every_type: Bank, clock: FakeClock, tmp_path: Path
) -> None:
    """A served class opens each learner's file only when they join: the count is taken
    then (the home screen once read it itself; counted at start, it was lost here)."""
    config = ClassConfig(class_dir=str(tmp_path / "class"))
    path = learner_in(tmp_path / "class", "Ana").progress
    path.parent.mkdir(parents=True, exist_ok=True)
    progress_with_a_bad_row(path, every_type, clock)
    app = ServedApp([every_type], config, None)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        app.screen.query_one("#join-name").focus()
        await press(pilot, *"Ana", "enter")
        assert isinstance(app.screen, HomeScreen)
        assert notices(app) == [f"Progress file\n{skipped_message(1, path)}"]
