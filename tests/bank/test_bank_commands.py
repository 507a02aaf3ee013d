"""`quizapp check` and `quizapp new` as a teacher runs them: output, exit codes, no traces."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bank_text import bank, question
from click.testing import CliRunner, Result

from quizapp.bank.loader import load_bank
from quizapp.bank.models import QUESTION_TYPES
from quizapp.cli import cli

BAD = Path(__file__).resolve().parent / "bad"
PROBLEM_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): \S")
SUMMARY = re.compile(r"^\d+ banks?, \d+ questions?, \d+ errors?, \d+ warnings?$")


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", sorted(BAD.glob("*.toml")), ids=lambda path: path.stem)
def test_check_reports_each_bad_bank_in_lines_a_tool_can_read(path: Path) -> None:
    result = run("check", path)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    *problems, summary = result.output.splitlines()
    assert problems and SUMMARY.match(summary)
    for line in problems:
        match = PROBLEM_LINE.match(line)
        assert match and match["file"] == str(path), line
    has_error = any(": warning: " not in line for line in problems)
    assert result.exit_code == (1 if has_error else 0)


def test_check_of_a_clean_bank_prints_the_summary_and_exits_0(tmp_path: Path) -> None:
    path = write(tmp_path / "clean.toml", bank(question("truefalse"), question("short", qid="q2")))
    result = run("check", path)
    assert (result.exit_code, result.output) == (0, "1 bank, 2 questions, 0 errors, 0 warnings\n")


def test_warnings_alone_do_not_fail_the_check(tmp_path: Path) -> None:
    path = write(
        tmp_path / "warn.toml", bank(question("truefalse", 'answer = true\ntags = [""]\n'))
    )
    result = run("check", path)
    assert result.exit_code == 0
    assert result.output == (
        f"{path}:10:9: warning: [q1] tag is empty\n1 bank, 1 question, 0 errors, 1 warning\n"
    )


def test_check_walks_folders_and_counts_everything(tmp_path: Path) -> None:
    write(tmp_path / "a.toml", bank(question("truefalse")).replace("test-bank", "a"))
    (tmp_path / "sub").mkdir()
    write(
        tmp_path / "sub" / "b.toml",
        bank(question("order", 'items = ["x"]\n')).replace("test-bank", "b"),
    )
    result = run("check", tmp_path, tmp_path / "a.toml")  # a.toml twice: checked once
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{tmp_path / 'sub' / 'b.toml'}:9:1: [q1] an order question needs at least 2 items, got 1",
        "2 banks, 2 questions, 1 error, 0 warnings",
    ]


def test_two_files_with_one_bank_id_are_an_error_at_the_second_id(tmp_path: Path) -> None:
    first = write(tmp_path / "first.toml", bank(question("truefalse")))
    second = write(tmp_path / "second.toml", bank(question("truefalse")))
    result = run("check", first, second)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{second}:2:1: bank id 'test-bank' is also the id of {first}; progress is kept by bank id"
    )


def test_missing_paths_are_reported_and_the_rest_still_checked(tmp_path: Path) -> None:
    good = write(tmp_path / "good.toml", bank(question("truefalse")))
    result = run("check", tmp_path / "nope.toml", good)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{tmp_path / 'nope.toml'}: no such file or folder",
        "1 bank, 1 question, 1 error, 0 warnings",
    ]


def test_check_without_a_path_is_a_usage_error() -> None:
    result = run("check")
    assert result.exit_code == 2
    assert "Missing argument 'PATH...'" in result.output


def test_new_writes_a_starter_that_passes_check_with_no_warnings(tmp_path: Path) -> None:
    path = tmp_path / "french-verbs.toml"
    result = run("new", path)
    assert result.exit_code == 0 and str(path) in result.output
    checked = run("check", path)
    assert (checked.exit_code, checked.output) == (0, "1 bank, 9 questions, 0 errors, 0 warnings\n")
    starter = load_bank(path)
    assert (starter.id, starter.title) == ("french-verbs", "French verbs")
    assert sorted(q.type for q in starter.questions) == sorted(QUESTION_TYPES)


def test_the_starter_teaches_every_key_it_uses(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    run("new", path)
    text = path.read_text(encoding="utf-8")
    for kind in QUESTION_TYPES:
        assert re.search(rf"^# {kind}: ", text, re.MULTILINE), kind
    comments = sum(1 for line in text.splitlines() if "#" in line)
    assert comments >= 30


def test_new_never_overwrites(tmp_path: Path) -> None:
    path = write(tmp_path / "mine.toml", "# my own work\n")
    result = run("new", path)
    assert result.exit_code == 1
    assert result.output == f"quizapp: {path} already exists; use --force to replace it\n"
    assert path.read_text() == "# my own work\n"
    result = run("new", path, "--force")
    assert result.exit_code == 0
    assert path.read_text().startswith("# ")
    assert "[[questions]]" in path.read_text()


def test_new_into_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    result = run("new", tmp_path / "no" / "such" / "x.toml")
    assert result.exit_code == 1
    assert len(result.output.splitlines()) == 1 and "cannot write" in result.output


def test_new_with_an_awkward_name_still_gives_a_valid_bank(tmp_path: Path) -> None:
    path = tmp_path / 'été "2024"\\.toml'
    assert run("new", path).exit_code == 0
    starter = load_bank(path)
    assert (starter.id, starter.title) == ("ete-2024", 'Été "2024"\\')


def installed_quizapp() -> list[str]:
    found = shutil.which("quizapp") or shutil.which(
        "quizapp", path=str(Path(sys.executable).parent)
    )
    return [found] if found else [sys.executable, "-m", "quizapp"]


def test_the_installed_command_checks_the_bad_corpus_without_a_traceback() -> None:
    result = subprocess.run(
        [*installed_quizapp(), "check", str(BAD)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert SUMMARY.match(lines[-1]) and lines[-1].startswith(
        f"{len(list(BAD.glob('*.toml')))} banks"
    )
    assert all(PROBLEM_LINE.match(line) for line in lines[:-1])


def test_the_bundled_banks_pass_check_with_no_warnings(bundled_dir: Path) -> None:
    result = run("check", bundled_dir)
    assert result.exit_code == 0, result.output
    assert result.output.endswith(" errors, 0 warnings\n") and ", 0 errors," in result.output
    assert len(result.output.splitlines()) == 1
