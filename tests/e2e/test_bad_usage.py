"""Mistakes on the command line of the installed quizapp: one clear line, the right exit code.

Exit 2 is bad usage, exit 1 bad data; never a traceback, and never a session
started on a half-loaded bank.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from line_process import run

pytestmark = pytest.mark.e2e


def assert_one_line_error(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got:\n{stderr}"
    return lines[0]


def test_count_zero_is_bad_usage(quizapp_exe: Path, app_env: dict[str, str], workdir: Path) -> None:
    done = run([str(quizapp_exe), "play", "--count", "0"], app_env, workdir)
    assert done.returncode == 2
    assert "--count" in assert_one_line_error(done.stderr)
    assert done.stdout == ""


def test_an_unknown_tag_is_bad_usage_naming_the_known_ones(
    quizapp_exe: Path, app_env: dict[str, str], workdir: Path
) -> None:
    done = run([str(quizapp_exe), "play", "--plain", "--tag", "nope"], app_env, workdir)
    assert done.returncode == 2
    line = assert_one_line_error(done.stderr)
    assert "'nope'" in line and "dates" in line
    assert "Question" not in done.stdout  # nothing was asked


@pytest.mark.parametrize("plain", [[], ["--plain"]])
def test_a_missing_bank_is_named_in_one_line(
    quizapp_exe: Path, app_env: dict[str, str], workdir: Path, plain: list[str]
) -> None:
    done = run([str(quizapp_exe), "play", "missing.toml", *plain], app_env, workdir)
    assert done.returncode in (1, 2)
    assert "missing.toml" in assert_one_line_error(done.stderr)
    assert done.stdout == ""


def test_the_study_app_without_a_terminal_points_at_plain(
    quizapp_exe: Path, repo: Path, app_env: dict[str, str], workdir: Path
) -> None:
    done = run([str(quizapp_exe), "play", str(repo / "questions")], app_env, workdir)
    assert done.returncode == 2
    assert "--plain" in assert_one_line_error(done.stderr)


MISSPELT_LINE = 40


def bank_with_a_misspelt_key() -> str:
    """A bank whose only mistake, ``answr`` for ``answers``, is on line 40."""
    head = [
        "[bank]",
        'id = "e2e-misspelt"',
        'title = "A misspelt key"',
        "",
        "[[questions]]",
        'id = "fine"',
        'type = "short"',
        'prompt = "A fine question?"',
        'answers = ["yes"]',
        "",
    ]
    tail = [
        "[[questions]]",
        'id = "misspelt"',
        'type = "short"',
        'prompt = "Which key is misspelt?"',
        'answr = ["this one"]',
        "",
    ]
    padding = [f"# line {n}" for n in range(len(head) + 1, MISSPELT_LINE - len(tail) + 2)]
    lines = head + padding + tail
    assert lines.index('answr = ["this one"]') + 1 == MISSPELT_LINE
    return "\n".join(lines)


def test_check_reports_a_misspelt_key_at_its_line_with_a_suggestion(
    quizapp_exe: Path, app_env: dict[str, str], workdir: Path
) -> None:
    (workdir / "misspelt.toml").write_text(bank_with_a_misspelt_key(), encoding="utf-8")

    done = run([str(quizapp_exe), "check", "misspelt.toml"], app_env, workdir)

    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    problems = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        if line.startswith("misspelt.toml:")
    ]
    assert len(problems) == 1
    assert re.match(rf"misspelt\.toml:{MISSPELT_LINE}:1: .*unknown key 'answr'", problems[0])
    assert "did you mean 'answers'" in problems[0]
    assert "1 error" in done.stdout


def test_play_refuses_a_bank_that_fails_check_before_asking_anything(
    quizapp_exe: Path, app_env: dict[str, str], workdir: Path
) -> None:
    (workdir / "misspelt.toml").write_text(bank_with_a_misspelt_key(), encoding="utf-8")

    done = run(
        [str(quizapp_exe), "play", "misspelt.toml", "--plain"], app_env, workdir, stdin="yes\n"
    )

    assert done.returncode == 1
    assert f"misspelt.toml:{MISSPELT_LINE}:1:" in assert_one_line_error(done.stderr)
    assert done.stdout == ""  # not even the fine question was asked
