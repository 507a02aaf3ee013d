"""An answer the progress file refuses mid-session: said in one line, results, exit 1."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from tui_helpers import app_for, press, screen_text, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.store import Store
from quizapp.tui.screens.results import ResultsScreen


@pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr")
async def test_an_answer_that_cannot_be_saved_ends_the_session_with_results(
    every_type: Bank, clock: FakeClock, tmp_path: Path
) -> None:
    """It crashed the study app with a traceback, and the process exited 0."""
    progress = tmp_path / "p.sqlite3"
    log = Path(f"{progress}-wal")
    store = Store.open(progress)
    session = session_of(every_type, "capital", "legs", "boiling", clock=clock, store=store)
    app = app_for(session, store)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await press(pilot, "2")  # Paris: right, and saved
            await press(pilot, "enter")
            if subprocess.run(["chattr", "+i", str(log)], capture_output=True).returncode:
                pytest.skip("this filesystem cannot make a file immutable")
            await press(pilot, "8", "enter")  # right, but cannot be saved
            assert isinstance(app.screen, ResultsScreen)
            assert app.save_failure is not None
            assert app.save_failure.startswith(f"cannot write the progress file {progress}")
            (note,) = [n for n in app._notifications if n.title.startswith("Your answer")]
            assert note.message.endswith("The session ends here; these results are not all saved.")
            assert "2 of 2 points" in screen_text(app) or "2 of 3" in screen_text(app)
    finally:
        subprocess.run(["chattr", "-i", str(log)], check=False)
        store.close()
    conn = sqlite3.connect(progress)
    assert conn.execute("SELECT question_id FROM answers").fetchall() == [("capital",)]
    conn.close()
