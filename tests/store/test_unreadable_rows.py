"""Answer rows that cannot be read, injected into a real progress file: every command
leaves them out, says how many in one line, and counts every other answer;
``quizapp doctor`` lists them and ``--fix`` moves them out, a copy kept first.

One such row used to stop ``play`` and ``stats`` on every run with "internal error".
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from store_helpers import T0, answer, days

from quizapp.cli import cli
from quizapp.store import Store
from quizapp.store.readable import (
    SELECT_ANSWERS,
    UnreadableAnswer,
    answer_problem,
    is_readable,
    skipped_message,
)

BANK = Path(__file__).resolve().parents[2] / "questions" / "xi-zelensky-call.toml"

BAD_ROWS = {
    # kind: (column, SQL value, what the problem names)
    "bad timestamp": ("answered_at", "'garbage'", "answered_at 'garbage' is not a time"),
    "rating 99": ("rating", "99", "rating 99 is out of range (1 to 4)"),
    "NULL": ("answered_at", "NULL", "answered_at is missing (NULL)"),
    "invalid UTF-8": ("response", "CAST(X'FF41' AS TEXT)", "response '\ufffdA' is not UTF-8"),
    "wrong type": ("score", "'abc'", "score 'abc' is not a number"),
    "time out of range": ("answered_at", "'9999-12-31T23:59:59+00:00'", "is not a time between"),
    "negative time taken": ("elapsed_ms", "-5", "elapsed_ms -5 is negative"),
}


def damage(path: Path, answer_id: int, column: str, value: str) -> None:
    """Write ``value`` into one answer as a damaged disk or another program could: past
    the table's CHECK and NOT NULL constraints."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    if value == "NULL":
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'answers'").fetchone()
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = ? WHERE name = 'answers'",
            (re.sub(rf"({column}\s+\w+) NOT NULL", r"\1", sql),),
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.commit()
        conn.close()
        conn = sqlite3.connect(path)
    conn.execute(f"UPDATE answers SET {column} = {value} WHERE id = ?", (answer_id,))
    conn.commit()
    conn.close()


def answers_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM answers").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "QUIZAPP_PROGRESS": str(tmp_path / "p.sqlite3"),
        "QUIZAPP_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def three_answers(path: Path, read_first: bool = False) -> None:
    """Three answers to three questions of the bundled bank (``read_first``: the cards
    are derived from them before any is damaged)."""
    with Store.open(path) as store:
        for number, question in enumerate(("call-date", "call-length", "first-call")):
            store.record_answer(answer(question, bank_id="xi-zelensky-call", at=T0 + days(number)))
        if read_first:
            store.refresh()


def run(env: dict[str, str], *args: str, given: str = "") -> Result:
    result = CliRunner().invoke(cli, list(args), env=env, input=given)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


@pytest.mark.parametrize("kind", BAD_ROWS)
def test_answer_problem_names_the_column_and_why(kind: str, tmp_path: Path) -> None:
    column, value, problem = BAD_ROWS[kind]
    path = tmp_path / "p.sqlite3"
    three_answers(path)
    damage(path, 2, column, value)
    conn = sqlite3.connect(path)
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    rows = conn.execute(SELECT_ANSWERS + " ORDER BY id").fetchall()
    conn.close()
    assert answer_problem(rows[0]) is None and answer_problem(rows[2]) is None
    found = answer_problem(rows[1]) if kind != "invalid UTF-8" else None
    if kind != "invalid UTF-8":  # told apart only by the store's own text factory
        assert found is not None and problem in found


def test_is_readable_sets_an_unreadable_row_aside_once(tmp_path: Path) -> None:
    """The one skip rule of the export, the derived tables and ``doctor``."""
    path = tmp_path / "p.sqlite3"
    three_answers(path)
    damage(path, 2, "rating", "99")
    conn = sqlite3.connect(path)
    rows = conn.execute(SELECT_ANSWERS + " ORDER BY id").fetchall()
    conn.close()
    skipped: list[UnreadableAnswer] = []
    assert [is_readable(row, skipped) for row in rows] == [True, False, True]
    assert [(s.id, s.bank_id, s.question_id) for s in skipped] == [
        (2, "xi-zelensky-call", "call-length")
    ]
    assert "rating 99" in skipped[0].problem
    assert is_readable(rows[1], None) is False  # nothing to add it to: skipped all the same


@pytest.mark.parametrize("read_first", [False, True], ids=["new rows", "rows read before"])
@pytest.mark.parametrize("kind", BAD_ROWS)
def test_every_command_leaves_the_row_out_says_so_and_counts_the_rest(
    kind: str, read_first: bool, tmp_path: Path, env: dict[str, str]
) -> None:
    column, value, _ = BAD_ROWS[kind]
    path = Path(env["QUIZAPP_PROGRESS"])
    three_answers(path, read_first)
    damage(path, 2, column, value)
    line = f"quizapp: {skipped_message(1, path)}\n"

    exported = run(env, "export", "--format", "json")
    assert exported.exit_code == 0
    assert [a["question"] for a in json.loads(exported.stdout)] == ["call-date", "first-call"]
    assert exported.stderr == line

    stats = run(env, "stats", "--json", str(BANK))
    assert stats.exit_code == 0
    found = json.loads(stats.stdout)
    # Rows the cards were derived from before they were damaged still count there.
    assert found["answers"] == (3 if read_first else 2)
    assert found["unreadable_answers"] == (0 if read_first else 1)
    assert stats.stderr == ("" if read_first else line)

    played = run(env, "play", "--plain", "--count", "1", "--no-shuffle", str(BANK), given="x\n")
    assert played.exit_code == 0
    assert "Results:" in played.stdout
    assert played.stderr == ("" if read_first else line)
    assert answers_in(path) == 4  # nothing lost, the new answer saved

    # The class report sums inside SQLite, which cannot tell text that is not UTF-8:
    # such a response is counted, its bad bytes shown as U+FFFD.
    reported = run(env, "report", str(path), "--format", "json")
    assert reported.exit_code == 0
    [learner] = json.loads(reported.stdout)["learners"]
    if kind == "invalid UTF-8":
        assert (learner["attempts"], reported.stderr) == (4, "")
    else:
        assert learner["attempts"] == 3
        assert reported.stderr == f"quizapp: {skipped_message(1, path.resolve())}\n"

    listed = run(env, "doctor")
    assert listed.exit_code == 1
    assert "4 answers, 1 of them cannot be read:" in listed.stdout
    assert f"  answer 2 (bank 'xi-zelensky-call', question 'call-length'): {column}" in (
        listed.stdout
    ) or (kind == "invalid UTF-8" and "  answer 2 " in listed.stdout)
    assert "quizapp doctor --fix" in listed.stdout


def test_doctor_fix_keeps_a_copy_and_moves_only_unreadable_rows_out(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = Path(env["QUIZAPP_PROGRESS"])
    three_answers(path)
    damage(path, 1, "rating", "99")
    damage(path, 3, "bank_id", "CAST(X'FF41' AS TEXT)")
    assert run(env, "stats", str(BANK)).stderr == f"quizapp: {skipped_message(2, path)}\n"
    reported = run(env, "report", str(path), "--format", "json")
    assert [learner["attempts"] for learner in json.loads(reported.stdout)["learners"]] == [1]
    assert reported.stderr == f"quizapp: {skipped_message(2, path.resolve())}\n"

    fixed = run(env, "doctor", "--fix")
    assert fixed.exit_code == 0
    (backup,) = tmp_path.glob("p.sqlite3.backup-*")
    assert f"kept a copy of the file as {backup}; removed 2 unreadable answers" in fixed.stdout
    assert answers_in(backup) == 3
    assert answers_in(path) == 1

    assert run(env, "doctor").stdout == (
        f"the progress file {path} is sound: 1 answer, all readable\n"
    )
    stats = run(env, "stats", "--json", str(BANK))
    assert (stats.stderr, json.loads(stats.stdout)["answers"]) == ("", 1)


def test_doctor_on_a_sound_file_writes_nothing(tmp_path: Path, env: dict[str, str]) -> None:
    path = Path(env["QUIZAPP_PROGRESS"])
    three_answers(path)
    before = path.read_bytes()
    result = run(env, "doctor", "--fix")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"the progress file {path} is sound: 3 answers, all readable\n"
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*.backup-*")) == []


def test_doctor_without_a_progress_file_is_one_line(tmp_path: Path, env: dict[str, str]) -> None:
    result = run(env, "doctor")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "there is no progress file at" in result.stderr


@pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr")
def test_a_read_only_file_with_a_bad_row_is_read_and_the_row_reported(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = Path(env["QUIZAPP_PROGRESS"])
    three_answers(path)
    damage(path, 2, "rating", "99")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("this filesystem cannot make a file immutable")
    try:
        stats = run(env, "stats", "--json", str(BANK))
        assert stats.exit_code == 0
        assert json.loads(stats.stdout)["answers"] == 2
        assert stats.stderr == f"quizapp: {skipped_message(1, path)}\n"
        fixed = run(env, "doctor", "--fix")
        assert fixed.exit_code == 1
        assert "read-only" in fixed.stderr and fixed.stderr.count("\n") == 1
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    assert answers_in(path) == 3
