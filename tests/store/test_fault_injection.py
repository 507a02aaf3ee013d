"""Faults, injected: a full disk, a file made unwritable mid-session, special paths.

Each case asserts one clear line, a non-zero exit, no traceback, and every answer shown
as graded still in the progress file.
"""

from __future__ import annotations

import io
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizapp.bank.loader import parse_bank
from quizapp.cli import cli
from quizapp.plain import PlainFrontEnd
from quizapp.session import Session, SessionOptions
from quizapp.store import Store

BANK = "".join(
    f'\n[[questions]]\nid = "q{n}"\ntype = "short"\nprompt = "Word {n}?"\nanswers = ["w{n}"]\n'
    for n in range(1, 7)
)
BANK = '[bank]\nid = "faults"\ntitle = "Faults"\n' + BANK
LONG_ANSWER = "x" * 3000
"""Each answer takes a page of the log of its own, so the disk fills after a few."""


def saved_answers(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM answers").fetchone()[0])
    finally:
        conn.close()


def environment(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QUIZAPP_PROGRESS": str(tmp_path / "p.sqlite3"),
        "QUIZAPP_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def test_a_full_disk_mid_session_ends_it_with_the_answers_saved(tmp_path: Path) -> None:
    """A small file-size limit (RLIMIT_FSIZE) stands in for a full disk."""
    bank = tmp_path / "bank.toml"
    bank.write_text(BANK)

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (44_000, 44_000))

    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "play", "--plain", "--no-shuffle", str(bank)],
        input="\n".join([LONG_ANSWER] * 6) + "\n",
        capture_output=True,
        text=True,
        env=environment(tmp_path),
        preexec_fn=small_files,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(
        f"quizapp: the last answers were not saved: cannot write the progress file {tmp_path}"
    )
    assert "Not saved: cannot write the progress file" in result.stdout
    assert "Results:" in result.stdout
    graded = result.stdout.count("Verdict:")
    assert graded >= 1
    assert saved_answers(tmp_path / "p.sqlite3") == graded


class Learner(io.StringIO):
    """Answers questions 2 to 4 right; before the answer to question 3, the progress log
    is made immutable (chattr +i), as another program or an administrator might."""

    def __init__(self, log: Path) -> None:
        super().__init__("w2\nw3\nw4\n")
        self.log = log
        self.lines = 0

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        self.lines += 1
        if self.lines == 2:
            subprocess.run(["chattr", "+i", str(self.log)], check=True)
        return super().readline()


@pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr")
def test_a_file_made_unwritable_mid_session_ends_it_with_the_answers_saved(
    tmp_path: Path,
) -> None:
    progress = tmp_path / "p.sqlite3"
    log = Path(f"{progress}-wal")
    store = Store.open(progress)
    session = Session(
        [parse_bank(BANK, "bank.toml")], SessionOptions(shuffle=False, count=4), store=store
    )
    out = io.StringIO()
    try:
        session.submit("w1")  # the log exists once something is written
        if subprocess.run(["chattr", "+i", str(log)], capture_output=True).returncode:
            pytest.skip("this filesystem cannot make a file immutable")
        subprocess.run(["chattr", "-i", str(log)], check=True)
        PlainFrontEnd(session, Learner(log), out).run()
    finally:
        subprocess.run(["chattr", "-i", str(log)], check=False)
        store.close()
    assert session.save_failure is not None
    assert session.save_failure.startswith(f"cannot write the progress file {progress}")
    text = out.getvalue()
    assert f"Not saved: {session.save_failure}. The session ends here." in text
    assert text.count("Verdict: correct") == 1  # question 2; question 3 was not saved
    assert "Results: 3 of 4 points" in text  # the fourth was never asked
    assert saved_answers(progress) == 2


def special_paths(tmp_path: Path) -> list[tuple[str, Path, str]]:
    folder = tmp_path / "folder"
    folder.mkdir()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere")
    return [
        ("folder", folder, "is a directory"),
        ("fifo", fifo, f"the progress file {fifo} is not a file"),
        ("device", Path("/dev/full"), "the progress file /dev/full is not a file"),
        ("dangling", dangling, f"the progress file {dangling} is a link to a file that"),
    ]


@pytest.mark.parametrize("command", ["play", "stats", "export"])
def test_special_paths_are_refused_in_one_line(tmp_path: Path, command: str) -> None:
    for _name, path, message in special_paths(tmp_path):
        extra = ["--plain"] if command == "play" else []
        result = subprocess.run(
            [sys.executable, "-m", "quizapp", command, *extra, "--progress", str(path)],
            input="",
            capture_output=True,
            text=True,
            env=environment(tmp_path),
            check=False,
        )
        assert result.returncode in (1, 2), (path, result.stderr)
        assert message in result.stderr
        assert result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "nowhere").exists()


def test_another_programs_sqlite_is_kept(tmp_path: Path) -> None:
    """Refused by the reading commands; moved aside, whole, by a session."""
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    original = other.read_bytes()
    for command in ("stats", "export"):
        result = CliRunner().invoke(cli, [command, "--progress", str(other)])
        assert result.exit_code == 1
        assert "another program's SQLite database" in result.stderr
        assert other.read_bytes() == original
    result = CliRunner().invoke(cli, ["play", "--plain", "--progress", str(other)], input="")
    assert result.exit_code == 0
    assert "moved it to other.db.broken-" in result.stderr
    moved = next(tmp_path.glob("other.db.broken-*"))
    assert moved.read_bytes() == original
