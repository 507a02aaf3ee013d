"""``stats`` and ``export`` read the progress file and never change, move or create it;
``export -o`` never writes over the progress file, nor over any file without --force."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_helpers import answer

from quizapp.cli import cli
from quizapp.replace_file import WriteThenReplace
from quizapp.store import Store
from quizapp.store import schema as store_schema

ANSWERS = 5


def progress_with_answers(path: Path, answers: int = ANSWERS) -> Path:
    """A progress file whose derived tables are behind its answers (as after a session)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with Store.open(path, tz=UTC) as store:
        for n in range(answers):
            store.record_answer(answer(f"q{n}"))
    return path


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` and a hash of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "?"
        for p in sorted(folder.iterdir())
    }


def answer_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM answers").fetchone()[0])
    finally:
        conn.close()


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("target", ["", "-wal", "-shm"])
def test_export_refuses_to_write_over_the_progress_file(tmp_path: Path, target: str) -> None:
    progress = progress_with_answers(tmp_path / "p.sqlite3")
    before = fingerprint(tmp_path)
    code, _, err = run("export", "--progress", str(progress), "-o", f"{progress}{target}")
    assert code == 1
    assert err == (
        f"quizapp: {progress}{target} is the progress file being exported;"
        " write the export elsewhere\n"
    )
    assert fingerprint(tmp_path) == before
    assert answer_count(progress) == ANSWERS


def test_export_refuses_the_progress_file_under_another_name(tmp_path: Path) -> None:
    progress = progress_with_answers(tmp_path / "p.sqlite3")
    (tmp_path / "link").symlink_to(progress)
    code, _, err = run("export", "--progress", str(progress), "-o", str(tmp_path / "link"))
    assert code == 1
    assert "is the progress file being exported" in err
    code, _, err = run(
        "export", "--progress", str(progress), "-o", str(tmp_path / "link"), "--force"
    )
    assert code == 1, "--force never reaches the progress file"
    assert answer_count(progress) == ANSWERS


def test_export_refuses_an_existing_file_without_force(tmp_path: Path) -> None:
    progress = progress_with_answers(tmp_path / "p.sqlite3")
    out = tmp_path / "answers.csv"
    out.write_text("a teacher's notes\n")
    code, _, err = run("export", "--progress", str(progress), "-o", str(out))
    assert code == 1
    assert err == f"quizapp: {out} already exists; use --force to replace it\n"
    assert out.read_text() == "a teacher's notes\n"
    code, _, err = run("export", "--progress", str(progress), "-o", str(out), "--force")
    assert code == 0, err
    assert len(out.read_text().splitlines()) == 1 + ANSWERS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.csv", "p.sqlite3"]


def test_a_failed_export_leaves_the_old_file(tmp_path: Path) -> None:
    """--force replaces the file only once the new one is complete."""
    out = tmp_path / "answers.csv"
    out.write_text("the last good export\n")
    with pytest.raises(OSError), WriteThenReplace(out) as handle:
        handle.write("half of a new export")
        raise OSError("the disk filled up")
    assert out.read_text() == "the last good export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.csv"]
    with WriteThenReplace(out) as handle:
        handle.write("a new export\n")
    assert out.read_text() == "a new export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.csv"]


def test_export_writes_to_a_device_without_force(tmp_path: Path) -> None:
    progress = progress_with_answers(tmp_path / "p.sqlite3")
    code, _, err = run("export", "--progress", str(progress), "-o", "/dev/null")
    assert (code, err) == (0, "")
    code, _, err = run("export", "--progress", str(progress), "-o", "/dev/full")
    assert code == 1
    assert err == "quizapp: cannot write /dev/full: No space left on device\n"


@pytest.mark.parametrize("command", ["stats", "export", "doctor"])
def test_reading_commands_change_nothing(tmp_path: Path, command: str) -> None:
    """Not even the derived tables, which are behind the answers here: they are brought
    up to date in memory."""
    progress = progress_with_answers(tmp_path / "p.sqlite3")
    before = fingerprint(tmp_path)
    code, out, err = run(command, "--progress", str(progress))
    assert (code, err) == (0, "")
    assert fingerprint(tmp_path) == before
    if command == "stats":
        assert f"Answers: {ANSWERS}" in out


def test_stats_reads_answers_the_derived_tables_have_not_seen(tmp_path: Path) -> None:
    progress = progress_with_answers(tmp_path / "p.sqlite3", answers=3)
    with Store.open(progress, tz=UTC) as store:
        store.refresh()  # the derived tables cover three answers
        store.record_answer(answer("late"))
    code, out, _ = run("stats", "--json", "--progress", str(progress))
    assert code == 0
    assert json.loads(out)["answers"] == 4
    with Store.open_for_reading(progress) as store:
        assert {row.question_id for row in store.card_rows()} == {"q0", "q1", "q2", "late"}
    with Store.open(progress) as store:  # the file's own tables are as they were
        assert store._conn.execute("SELECT through_answer_id FROM derived_state").fetchone() == (3,)


def not_progress_files(folder: Path) -> Iterator[tuple[str, Path]]:
    text = folder / "notes.txt"
    text.write_text("my notes\n")
    yield "not an SQLite database", text
    bank = folder / "bank.toml"
    bank.write_text('[bank]\nid = "b"\ntitle = "B"\n')
    yield "not an SQLite database", bank
    other = folder / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    yield "another program's SQLite database", other
    odd = folder / "odd.sqlite3"
    progress_with_answers(odd)
    conn = sqlite3.connect(odd)
    conn.execute("PRAGMA user_version = -1")
    conn.commit()
    conn.close()
    yield "impossible schema version -1", odd


@pytest.mark.parametrize("command", ["stats", "export", "doctor"])
def test_reading_commands_refuse_what_is_not_a_progress_file(tmp_path: Path, command: str) -> None:
    for reason, path in not_progress_files(tmp_path):
        before = fingerprint(tmp_path)
        code, out, err = run(command, "--progress", str(path))
        assert code == 1
        assert out == ""
        assert err == f"quizapp: {path} is not a progress file ({reason}); left it untouched\n"
        assert fingerprint(tmp_path) == before


def test_play_names_an_impossible_schema_version(tmp_path: Path) -> None:
    """user_version = -1 used to fail as 'table sessions already exists'."""
    progress = progress_with_answers(tmp_path / "p.sqlite3")
    conn = sqlite3.connect(progress)
    conn.execute("PRAGMA user_version = -1")
    conn.commit()
    conn.close()
    with Store.open(progress) as store:
        assert store.notice is not None
        assert "impossible schema version -1" in store.notice
    moved = [p for p in tmp_path.iterdir() if ".broken-" in p.name]
    assert len(moved) == 1
    assert answer_count(moved[0]) == ANSWERS


needs_chattr = pytest.mark.skipif(
    shutil.which("chattr") is None, reason="chattr is needed to make a file immutable"
)


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Path]:
    """A progress file that nobody may write, not even root (chattr +i)."""
    progress = progress_with_answers(tmp_path / "p.sqlite3")
    if subprocess.run(["chattr", "+i", str(progress)], capture_output=True).returncode:
        pytest.skip("this filesystem cannot make a file immutable")
    yield progress
    subprocess.run(["chattr", "-i", str(progress)], check=True)


@needs_chattr
def test_a_read_only_progress_file_can_still_be_read(immutable: Path) -> None:
    code, out, err = run("stats", "--json", "--progress", str(immutable))
    assert (code, err) == (0, "")
    assert json.loads(out)["answers"] == ANSWERS
    code, out, err = run("export", "--progress", str(immutable))
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 1 + ANSWERS


@needs_chattr
def test_a_read_only_progress_file_is_refused_for_study(immutable: Path) -> None:
    """SQLite opens it read-only without a word; reading derived tables then failed."""
    code, _, err = run("play", "--plain", "--progress", str(immutable))
    assert code == 1
    assert err == (
        f"quizapp: the progress file {immutable} is read-only: answers cannot be saved there"
        " (make it writable, or name another file with --progress)\n"
    )
    assert answer_count(immutable) == ANSWERS


def test_stats_reads_a_file_from_an_older_quizapp(tmp_path: Path) -> None:
    progress = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(progress, isolation_level=None)
    store_schema.migrate(conn, store_schema.MIGRATIONS[:1])
    conn.execute(
        "INSERT INTO answers (session_id, bank_id, question_id, content_hash, response, score,"
        " correct, elapsed_ms, timed_out, rating, answered_at)"
        " VALUES (1, 'demo', 'q', 'h', 'r', 1, 1, 10, 0, 3, '2026-03-02T09:00:00.000+00:00')"
    )
    conn.close()
    code, out, err = run("stats", "--json", "--progress", str(progress))
    assert (code, err) == (0, "")
    assert json.loads(out)["answers"] == 1
