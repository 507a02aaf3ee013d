"""``quizapp play --plain`` through a pipe: verdicts, results, end of input, exit codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from line_process import exported_json, run, verdict_of

pytestmark = pytest.mark.e2e


def plain(quizapp: Path, repo: Path, *options: str) -> list[str]:
    return [str(quizapp), "play", str(repo / "questions"), "--plain", *options]


def verdicts(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith("Verdict: ")]


def test_answers_from_a_pipe_are_graded_and_the_results_printed(
    quizapp_exe: Path, repo: Path, app_env: dict[str, str], workdir: Path, progress_file: Path
) -> None:
    done = run(
        plain(quizapp_exe, repo, "--no-shuffle", "--count", "3"),
        app_env,
        workdir,
        stdin="26 April 2023\nTuesday\nfebruary\n",
    )

    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert [verdict_of(line) for line in verdicts(done.stdout)] == [
        ("correct", "2", "2"),
        ("wrong", "0", "1"),
        ("correct", "1", "1"),
    ]
    lines = done.stdout.splitlines()
    assert "Expected: Wednesday" in lines
    assert lines.index(
        "In which month did China issue its position paper on the war?"
    ) > lines.index(verdicts(done.stdout)[1])
    assert "Results: 3 of 4 points (75%), 3 answered" in lines
    assert "End of input." not in lines  # the session ended by running out of questions
    answers = exported_json(quizapp_exe, progress_file, app_env, workdir)
    assert [(a["question"], a["correct"]) for a in answers] == [
        ("call-date", True),
        ("call-weekday-typed", False),
        ("paper-month", True),
    ]


def test_the_same_seed_asks_the_same_questions(
    quizapp_exe: Path, repo: Path, app_env: dict[str, str], workdir: Path
) -> None:
    # The issue's own example: one answer per question, whatever they turn out to be.
    command = plain(quizapp_exe, repo, "--seed", "3", "--count", "2")
    first = run(command, app_env, workdir, stdin="1\n26 April 2023\n")
    again = run(command, app_env, workdir, stdin="1\n26 April 2023\n")

    assert first.returncode == 0, first.stderr
    assert len(verdicts(first.stdout)) == 2
    assert re.search(
        r"^Results: \S+ of \S+ points? \(\d+%\), 2 answered$", first.stdout, re.MULTILINE
    )
    # Reproducible: the same questions, choices in the same order, the same verdicts.
    assert again.stdout == first.stdout


def test_end_of_input_mid_session_ends_cleanly_with_the_results(
    quizapp_exe: Path, repo: Path, app_env: dict[str, str], workdir: Path, progress_file: Path
) -> None:
    done = run(
        plain(quizapp_exe, repo, "--no-shuffle", "--count", "3"),
        app_env,
        workdir,
        stdin="26 April 2023\n",
    )

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert [verdict_of(line) for line in verdicts(done.stdout)] == [("correct", "2", "2")]
    lines = done.stdout.splitlines()
    # The second question was asked, the input ended, and the results still came.
    assert lines.index("End of input.") > lines.index(
        "On which day of the week did the two presidents speak?"
    )
    assert "Results: 2 of 4 points (50%), 1 answered, 2 unanswered" in lines
    answers = exported_json(quizapp_exe, progress_file, app_env, workdir)
    assert [a["question"] for a in answers] == ["call-date"]


def test_no_input_at_all_asks_one_question_and_ends(
    quizapp_exe: Path, repo: Path, app_env: dict[str, str], workdir: Path
) -> None:
    done = run(plain(quizapp_exe, repo, "--no-shuffle"), app_env, workdir, stdin="")

    assert done.returncode == 0, done.stderr
    assert verdicts(done.stdout) == []
    assert "Question 1 of " in done.stdout
    assert "End of input." in done.stdout
    assert "0 answered" in done.stdout
