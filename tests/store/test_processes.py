"""Real processes on one progress file: killed with SIGKILL, and two writing at once.

Processes are synchronised through their pipes (a line per answer), never by sleeping.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import pytest

from quizapp.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

# Records one answer per line read from stdin (or, given "flood", as fast as it can),
# printing "recorded N" once record_answer has returned, i.e. once the answer is committed.
RECORDER = r"""
import sys
from datetime import UTC, datetime
from pathlib import Path
from quizapp.store import Store
from quizapp.store.rows import AnswerRecord

path, name, mode = sys.argv[1], sys.argv[2], sys.argv[3]
print("ready", flush=True)
if mode != "flood" and sys.stdin.readline() != "go\n":
    sys.exit(3)
store = Store.open(Path(path))
session = store.start_session("practice", ["demo"], datetime.now(UTC))
lines = iter(int, 1) if mode == "flood" else sys.stdin
count = int(mode) if mode.isdigit() else None
n = 0
for line in lines:
    n += 1
    store.record_answer(AnswerRecord(
        session_id=session, bank_id="demo", question_id=f"q{n % 7}", content_hash="h",
        response=f"{name}-{n}", score=1.0, correct=True, elapsed_ms=1000, timed_out=False,
        answered_at=datetime.now(UTC)))
    if n % 50 == 0:
        store.refresh()  # derive cards while the other process writes
    print(f"recorded {name}-{n}", flush=True)
    if count is not None and n == count:
        break
store.close()
"""


def start_recorder(path: Path, name: str, mode: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", RECORDER, str(path), name, mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "ready\n"
    return process


def stored_responses(path: Path) -> list[str]:
    with Store.open(path) as store:
        return [a.response for a in store.iter_answers()]


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("k", [1, 5])
def test_sigkill_loses_no_answer_shown_as_graded(progress_file: Path, k: int) -> None:
    process = start_recorder(progress_file, "a", "lines")
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("go\n")
    for n in range(1, k + 1):
        process.stdin.write(f"answer {n}\n")
        assert process.stdout.readline() == f"recorded a-{n}\n"
    # The process now waits for answer k+1; kill it without warning.
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert stored_responses(progress_file) == [f"a-{n}" for n in range(1, k + 1)]
    assert integrity(progress_file) == "ok"


def test_sigkill_mid_flood_keeps_every_confirmed_answer(progress_file: Path) -> None:
    """Killed while writing as fast as it can: everything it confirmed is there, what it
    had not confirmed may or may not be, and the file and its derived tables are sound."""
    process = start_recorder(progress_file, "f", "flood")
    assert process.stdout is not None
    confirmed = [process.stdout.readline().split()[1] for _ in range(300)]
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = stored_responses(progress_file)
    assert stored[:300] == confirmed
    assert stored == [f"f-{n}" for n in range(1, len(stored) + 1)]
    assert integrity(progress_file) == "ok"
    with Store.open(progress_file, tz=UTC) as store:
        assert sum(row.answers for row in store.card_rows()) == len(stored)


def test_two_processes_on_one_file_both_record_every_answer(tmp_path: Path) -> None:
    path = tmp_path / "shared" / "progress.sqlite3"  # neither exists yet: both create it
    per_process = 300
    first = start_recorder(path, "a", str(per_process))
    second = start_recorder(path, "b", str(per_process))
    for process in (first, second):
        assert process.stdin is not None
        process.stdin.write("go\n" + "answer\n" * per_process)
        process.stdin.close()
    for process in (first, second):
        assert process.stdout is not None
        out = process.stdout.read()
        assert process.wait() == 0
        assert out.count("recorded") == per_process
    stored = stored_responses(path)
    assert sorted(stored) == sorted(
        [f"{name}-{n}" for name in "ab" for n in range(1, per_process + 1)]
    )
    with Store.open(path, tz=UTC) as store:
        assert sum(row.answers for row in store.card_rows()) == 2 * per_process
        assert sum(row[2] for row in store.activity()) == 2 * per_process
