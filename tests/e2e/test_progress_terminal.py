"""The installed ``quizapp`` in a real terminal, on a progress file it cannot use as is:
a read-only file is refused before the study app starts, and an answer that cannot be
read is left out with a note on the home screen. Neither crashes."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from tmux_terminal import Terminal, flat

from quizapp.store import Store
from quizapp.store.rows import AnswerRecord

pytestmark = pytest.mark.e2e

OpenTerminal = Callable[..., Terminal]
T0 = "2026-03-02T09:00:00.000+00:00"


def with_answers(progress: Path) -> None:
    from datetime import datetime

    with Store.open(progress) as store:
        for question in ("call-date", "call-length"):
            store.record_answer(
                AnswerRecord(1, "xi-zelensky-call", question, "h", "r", 1.0, True, 20_000,
                             False, datetime.fromisoformat(T0))
            )  # fmt: skip


@pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr")
def test_a_read_only_progress_file_is_refused_before_the_study_app_starts(
    open_terminal: OpenTerminal, quizapp_exe: Path, progress_file: Path
) -> None:
    with_answers(progress_file)
    if subprocess.run(["chattr", "+i", str(progress_file)], capture_output=True).returncode:
        pytest.skip("this filesystem cannot make a file immutable")
    try:
        term = open_terminal([quizapp_exe])
        shown = flat(term.wait_for("read-only"))
        assert term.wait_exit() == 1
        assert f"{progress_file}isread-only:answerscannotbesaved" in shown.replace(" ", "")
        assert "Traceback" not in term.screen()
    finally:
        subprocess.run(["chattr", "-i", str(progress_file)], check=True)


def test_an_unreadable_answer_is_noted_on_the_home_screen(
    open_terminal: OpenTerminal, quizapp_exe: Path, progress_file: Path
) -> None:
    with_answers(progress_file)
    conn = sqlite3.connect(progress_file)
    conn.execute("UPDATE answers SET rating = 99 WHERE id = 2")
    conn.commit()
    conn.close()
    term = open_terminal([quizapp_exe], width=100, height=30)
    shown = term.wait_for("Start", "Progress file")  # the note's title
    note = flat(shown.replace("▌", ""))  # the note's border, on every line
    assert "1 answer in the progress file" in note
    assert "cannot be read and was left out; 'quizapp doctor' lists it" in note
    assert "(1 changed)" in shown  # the readable answer counts (its question since edited)
    assert "Traceback" not in shown
    term.send("C-q")
    assert term.wait_exit() == 0
