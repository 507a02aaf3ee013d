"""``quizapp grade``: a teacher tries how an answer is graded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from quizapp.cli import cli

BANK = """\
[bank]
id = "grading-cli"
title = "Grading from the command line"

[[questions]]
id = "spokesman"
type = "short"
prompt = "Who is Zelensky's spokesman?"
answers = ["Nykyforov", "Nikiforov"]

[[questions]]
id = "call-date"
type = "date"
prompt = "When did they speak?"
answer = 2023-04-26

[[questions]]
id = "fire"
type = "cloze"
prompt = "Complete the pledge."
text = "neither watch the {{fire}}, nor add {{fuel}}, nor take advantage to {{profit}}"

[[questions]]
id = "values"
type = "multi"
prompt = "Which did the first point name?"
choices = ["Sovereignty", "Independence", "Territorial integrity", "Neutrality"]
answers = ["Sovereignty", "Independence", "Territorial integrity"]

[[questions]]
id = "timeline"
type = "order"
prompt = "Put in order."
items = ["paper", "visit", "call"]

[[questions]]
id = "roles"
type = "match"
prompt = "Match."
pairs = [["Xi", "China"], ["Zelensky", "Ukraine"]]

[[questions]]
id = "who"
type = "choice"
prompt = "Who said it?"
choices = ["Xi Jinping", "Vladimir Putin"]
answer = "Xi Jinping"

[[questions]]
id = "length"
type = "number"
prompt = "How long, in minutes?"
answer = 60
tolerance = 10
unit = "minutes"

[[questions]]
id = "first"
type = "truefalse"
prompt = "Their first call since the invasion?"
answer = true
"""


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    path = tmp_path / "bank.toml"
    path.write_text(BANK, encoding="utf-8")
    return path


def run(*args: object) -> Result:
    return CliRunner().invoke(cli, ["grade", *(str(a) for a in args)])


def test_a_correct_answer_prints_status_score_expected_and_note(bank: Path) -> None:
    result = run(bank, "spokesman", "Nykiforov")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "correct: score 1",
        "expected: Nykyforov",
        "note: accepted with 1 typo",
    ]


def test_words_of_one_answer_may_come_unquoted(bank: Path) -> None:
    result = run(bank, "call-date", "Wednesday,", "April", "26")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == [
        "correct: score 1",
        "expected: 2023-04-26 (April 26, 2023)",
    ]


def test_json_output(bank: Path) -> None:
    result = run(bank, "fire", "fire", "oil", "profit", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "score": pytest.approx(2 / 3),
        "correct": False,
        "expected": "fire; fuel; profit",
        "note": "2 of 3 blanks",
    }


@pytest.mark.parametrize(
    ("args", "score"),
    [
        (["values", "Sovereignty", "Independence", "Territorial integrity"], 1),
        (["values", "1", "2"], 2 / 3),
        (["values", "1", "2", "3", "4"], 2 / 3),
        (["timeline", "visit", "paper", "call"], 2 / 3),
        (["timeline", "3", "2", "1"], 0),
        (["roles", "Xi=China", "Zelensky=Ukraine"], 1),
        (["roles", "Xi=Ukraine", "Zelensky=China"], 0),
        (["roles", "Xi=China"], 0.5),
        (["who", "1"], 1),
        (["who", "vladimir", "putin"], 0),
        (["length", "about", "sixty", "minutes"], 1),
        (["length", "--", "-60"], 0),
        (["first", "yes"], 1),
    ],
)
def test_every_type_grades_from_arguments(bank: Path, args: list[str], score: float) -> None:
    result = run(bank, *args[:1], "--json", *args[1:])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["score"] == pytest.approx(score)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["spokesmen", "x"], "no question with id 'spokesmen' (did you mean 'spokesman'?)"),
        (["nothing-like-it", "x"], "no question with id 'nothing-like-it'"),
        (
            ["roles", "Xi", "China"],
            "roles: cannot grade this answer: 'Xi' is not a pair: write left=right",
        ),
        (["roles", "Mao=China"], "'Mao' is not one of the left items"),
        (["roles", "Xi=Mars"], "'Mars' is not one of the right-hand options"),
        (["fire", "fire", "fuel"], "this question has 3 blanks; give one answer per blank (got 2)"),
        (["values", "1", "bananas"], "'bananas' is not one of the choices"),
        (["timeline", "paper", "paper"], "'paper' given twice"),
        (["who", "7"], "there is no choice 7 (1 to 2)"),
        (["length", "a", "while"], "'a while' is not a number"),
        (["call-date", "last", "spring"], "cannot read 'last spring' as a date"),
        (["first", "perhaps"], "'perhaps' is neither true nor false"),
    ],
)
def test_unusable_answers_and_unknown_ids_are_one_line_exit_1(
    bank: Path, args: list[str], message: str
) -> None:
    result = run(bank, *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("quizapp: ")
    assert message in lines[0]


def test_a_bad_bank_prints_its_located_problems(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        BANK.replace('answers = ["Nykyforov"', 'answr = ["Nykyforov"'), encoding="utf-8"
    )
    result = run(path, "spokesman", "Nykyforov")
    assert result.exit_code == 1
    assert f"{path}:9:" in result.stderr
    assert "answr" in result.stderr


def test_a_missing_bank_is_exit_1(tmp_path: Path) -> None:
    result = run(tmp_path / "nope.toml", "q", "a")
    assert result.exit_code == 1
    assert "nope.toml" in result.stderr


def test_no_answer_is_a_usage_error(bank: Path) -> None:
    result = run(bank, "spokesman")
    assert result.exit_code == 2


def test_the_installed_command_runs_without_a_traceback(bank: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "grade", str(bank), "roles", "Xi"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == (
        "quizapp: roles: cannot grade this answer: 'Xi' is not a pair: write left=right"
    )
