"""``quizapp report`` over a class folder of a million answers: sixty learners, two banks.

Timed as the command does it: read every progress file, analyse, render a table
(the HTML page over the same figures costs about the same).
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import Result, median_seconds

from quizapp.report import analyse, read_sources
from quizapp.report.render import to_table
from quizapp.report.sources import READERS
from quizapp.serve.learners import learner_in
from quizapp.store import Store
from quizapp.store.schema import iso_utc

ANSWERS = 1_000_000
LEARNERS = 60
BANKS = 2
QUESTIONS_PER_BANK = 50
WRONG_RESPONSES = 12
START = datetime(2026, 1, 5, 8, tzinfo=UTC)
TARGET_S = 2.0

_INSERT = (
    "INSERT INTO answers (session_id, bank_id, question_id, content_hash, response, score,"
    " correct, elapsed_ms, timed_out, time_limit_ms, rating, answered_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _rows(learner: int, count: int) -> Iterator[tuple[object, ...]]:
    for n in range(count):
        question = (n * 7 + learner) % (BANKS * QUESTIONS_PER_BANK)
        correct = (n + learner) % 3 != 0
        yield (
            1,
            f"bank-{question // QUESTIONS_PER_BANK}",
            f"q{question % QUESTIONS_PER_BANK}",
            "0123456789abcdef",
            "right" if correct else f"wrong {(n * 5 + learner) % WRONG_RESPONSES}",
            1.0 if correct else 0.0,
            correct,
            1000 + (n * 37 + learner * 11) % 30000,
            n % 50 == 0,
            None,
            3 if correct else 1,
            iso_utc(START + timedelta(seconds=learner * 100_000 + n * 5)),
        )


def make_class(folder: Path) -> None:
    per_learner = ANSWERS // LEARNERS
    for learner in range(LEARNERS):
        count = per_learner + (ANSWERS % LEARNERS if learner == 0 else 0)
        path = learner_in(folder, f"Learner {learner}").progress
        Store.open(path).close()
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN")
        conn.executemany(_INSERT, _rows(learner, count))
        conn.execute("COMMIT")
        conn.close()


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="quizbench-") as name:
        folder = Path(name) / "class"
        make_class(folder)

        def report() -> str:
            return to_table(analyse(read_sources([folder]), []))

        value = median_seconds(report)
        cpu = time.process_time()
        result = analyse(read_sources([folder]), [])
        cpu = time.process_time() - cpu
    assert result.attempts == ANSWERS, result.attempts
    assert len(result.learners) == LEARNERS
    note = f"{LEARNERS} progress files; {cpu:.1f} s of CPU over {READERS} threads"
    return [Result("report-1m", value, "s", TARGET_S, note=note)]
