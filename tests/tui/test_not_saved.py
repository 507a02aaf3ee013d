"""An answer the progress file refuses mid-session: a dialog says why and offers to try
saving again (after freeing space, say) or to end with the results; nothing answered is lost,
and the command exits 1 if an answer was never saved."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from tui_helpers import app_for, press, screen_text, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.store import Store
from quizapp.tui.screens.confirm import ConfirmScreen
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.results import ResultsScreen

pytestmark = pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr")


class Immutable:
    """Makes the progress file's write-ahead log immutable (chattr +i) and back, as another
    program or an administrator might."""

    def __init__(self, progress: Path) -> None:
        self.log = Path(f"{progress}-wal")

    def __enter__(self) -> Immutable:
        return self

    def __exit__(self, *exc: object) -> None:
        self.allow()

    def forbid(self) -> None:
        if subprocess.run(["chattr", "+i", str(self.log)], capture_output=True).returncode:
            pytest.skip("this filesystem cannot make a file immutable")

    def allow(self) -> None:
        subprocess.run(["chattr", "-i", str(self.log)], check=False)


@pytest.fixture
def progress(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "p.sqlite3"


def saved(progress: Path) -> list[str]:
    conn = sqlite3.connect(progress)
    try:
        return [row[0] for row in conn.execute("SELECT question_id FROM answers ORDER BY id")]
    finally:
        conn.close()


async def test_ending_after_a_failed_save_shows_the_results_and_fails_the_command(
    every_type: Bank, clock: FakeClock, progress: Path
) -> None:
    """It crashed the study app with a traceback, and the process exited 0."""
    store = Store.open(progress)
    session = session_of(every_type, "capital", "legs", "boiling", clock=clock, store=store)
    app = app_for(session, store)
    with Immutable(progress) as file:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await press(pilot, "2", "enter")  # Paris: right, and saved
            file.forbid()
            await press(pilot, "8", "enter")  # right, but cannot be saved
            assert isinstance(app.screen, ConfirmScreen)
            assert "Your answer could not be saved" in screen_text(app)
            assert app.screen.detail.startswith(f"cannot write the progress file {progress}")
            await press(pilot, "n")  # end with the results
            assert isinstance(app.screen, ResultsScreen)
            assert app.save_failure is not None
            assert app.save_failure.startswith(f"cannot write the progress file {progress}")
            assert "2 of 3 points" in screen_text(app)  # both answers are in the results
        store.close()
    assert saved(progress) == ["capital"]


async def test_trying_again_after_the_fault_is_cleared_saves_and_goes_on(
    every_type: Bank, clock: FakeClock, progress: Path
) -> None:
    """The session could only end: a learner who freed some disk space lost the rest of it."""
    store = Store.open(progress)
    session = session_of(every_type, "capital", "legs", "boiling", clock=clock, store=store)
    app = app_for(session, store)
    with Immutable(progress) as file:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await press(pilot, "2", "enter")
            file.forbid()
            await press(pilot, "8", "enter")
            dialog = app.screen
            assert isinstance(dialog, ConfirmScreen)
            await press(pilot, "y")  # still refused: asked again
            assert isinstance(app.screen, ConfirmScreen) and app.screen is not dialog
            assert "Your answer could not be saved" in screen_text(app)
            file.allow()  # the learner frees the file
            await press(pilot, "y")
            assert isinstance(app.screen, FeedbackScreen)  # the answer's feedback, as usual
            assert "Correct" in screen_text(app)
            await press(pilot, "enter", "t")
            assert isinstance(app.screen, FeedbackScreen)
            await press(pilot, "enter")
            assert isinstance(app.screen, ResultsScreen)
            assert app.save_failure is None  # everything was saved in the end: exit 0
        store.close()
    assert saved(progress) == ["capital", "legs", "boiling"]
    conn = sqlite3.connect(progress)
    assert conn.execute("SELECT score, max_score FROM sessions").fetchall() == [(3.0, 3.0)]
    conn.close()


async def test_quitting_with_an_answer_unsaved_fails_the_command(
    every_type: Bank, clock: FakeClock, progress: Path
) -> None:
    store = Store.open(progress)
    session = session_of(every_type, "capital", "legs", clock=clock, store=store)
    app = app_for(session, store)
    with Immutable(progress) as file:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await press(pilot, "2", "enter")
            file.forbid()
            await press(pilot, "8", "enter")
            assert isinstance(app.screen, ConfirmScreen)
            await press(pilot, "ctrl+q")  # over a dialog, ctrl+q quits at once
        store.close()
    assert app.save_failure is not None
    assert saved(progress) == ["capital"]
