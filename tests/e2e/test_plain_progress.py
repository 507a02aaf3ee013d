"""What a ``--plain`` session leaves in the progress file: after SIGKILL, after a timeout.

The test talks to the app line by line and waits for each ``Verdict:`` line before
it goes on, so every step follows the app, never a sleep.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from line_process import LineProcess, exported, exported_json, kill_hard, verdict_of

pytestmark = pytest.mark.e2e

StartLines = Callable[..., LineProcess]

# The bundled bank in bank order: a date, a short answer (with its own 20 s limit), two
# months and a true/false; and a right answer to each of the first three.
FIRST_QUESTIONS = [
    "call-date",
    "call-weekday-typed",
    "paper-month",
    "moscow-visit-month",
    "moscow-before-call",
]
RIGHT_ANSWERS = ["26 April 2023", "Wed", "February"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("answered", [0, 1, 3])
def test_sigkill_loses_no_answer_that_was_shown_as_graded(
    start_lines: StartLines,
    quizapp_exe: Path,
    repo: Path,
    progress_file: Path,
    app_env: dict[str, str],
    workdir: Path,
    answered: int,
) -> None:
    app = start_lines(
        [
            quizapp_exe,
            "play",
            repo / "questions",
            "--plain",
            "--no-shuffle",
            "--count",
            str(len(FIRST_QUESTIONS)),
            "--progress",
            progress_file,
        ]
    )
    for answer in RIGHT_ANSWERS[:answered]:
        app.wait_for_line("Answer:")
        app.send_line(answer)
        assert app.wait_for_line("Verdict: ").startswith("Verdict: correct")
    if not answered:
        app.wait_for_line("Answer:")  # the session is open and waiting

    # Killed at once after the last verdict: no chance to tidy up or flush anything.
    kill_hard(app)
    assert app.process.returncode == -9

    answers = exported_json(quizapp_exe, progress_file, app_env, workdir)
    assert [(a["question"], a["correct"]) for a in answers] == [
        (question, True) for question in FIRST_QUESTIONS[:answered]
    ]
    # The file itself, read without quizapp: the same answers, committed.
    with sqlite3.connect(progress_file) as db:
        rows = db.execute("SELECT question_id, correct FROM answers ORDER BY id").fetchall()
    assert rows == [(question, 1) for question in FIRST_QUESTIONS[:answered]]


def test_a_late_answer_is_timed_out_in_the_store_and_in_export(
    start_lines: StartLines,
    quizapp_exe: Path,
    repo: Path,
    progress_file: Path,
    app_env: dict[str, str],
    workdir: Path,
) -> None:
    # One second for the date; the weekday question has its own 20 s limit, which wins.
    app = start_lines(
        [
            quizapp_exe,
            "play",
            repo / "questions",
            "--plain",
            "--no-shuffle",
            "--count",
            "2",
            "--timed",
            "1",
        ]
    )
    assert app.wait_for_line("Question 1 of 2").endswith("(2 points, 1 s)")
    app.wait_for_line("Answer:")
    # Nothing is sent until the app gives up on the question by itself.
    assert verdict_of(app.wait_for_line("Verdict: ")) == ("timed out", "0", "2")
    assert app.wait_for_line("Expected: ").startswith("Expected: 2023-04-26")

    # The right answer to the first question, late: it can only be read as the
    # answer to the second one (and is wrong there).
    app.send_line("26 April 2023")
    assert app.wait_for_line("Question 2 of 2").endswith("(1 point, 20 s)")
    assert verdict_of(app.wait_for_line("Verdict: ")) == ("wrong", "0", "1")
    assert app.wait_for_line("Results: ").endswith("(0%), 2 answered")
    app.close_input()
    assert app.wait() == 0

    as_json = exported_json(quizapp_exe, progress_file, app_env, workdir)
    assert [
        (a["question"], a["timed_out"], a["score"], a["correct"], a["response"]) for a in as_json
    ] == [
        ("call-date", True, 0.0, False, ""),
        ("call-weekday-typed", False, 0.0, False, "26 April 2023"),
    ]
    # A timed-out question took exactly its limit, however late the process noticed.
    assert as_json[0]["elapsed_ms"] == 1000
    assert as_json[1]["elapsed_ms"] < 20_000

    as_csv = list(
        csv.DictReader(
            io.StringIO(exported(quizapp_exe, progress_file, app_env, workdir, "csv").stdout)
        )
    )
    assert [(row["question"], row["timed_out"], row["elapsed_ms"]) for row in as_csv] == [
        ("call-date", "true", "1000"),
        ("call-weekday-typed", "false", str(as_json[1]["elapsed_ms"])),
    ]
