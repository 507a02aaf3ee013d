"""The progress file: recording answers one commit at a time, and stats over a million."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from common import RUNS, Result, median_seconds

from quizapp.store import Store
from quizapp.store.rows import AnswerRecord
from quizapp.store.schema import SCHEMA_V1, iso_utc

if TYPE_CHECKING:
    from quizapp.bank.models import Bank

RECORDS = 10_000
STATS_ANSWERS = 1_000_000
STATS_BANKS = 5
STATS_QUESTIONS_PER_BANK = 200
STATS_DAYS = 400
START = datetime(2025, 1, 1, 8, tzinfo=UTC)

_ANSWERS_TABLE = next(statement for statement in SCHEMA_V1 if "CREATE TABLE answers" in statement)
_BARE_INSERT = (
    "INSERT INTO answers (session_id, bank_id, question_id, content_hash, response, score,"
    " correct, elapsed_ms, timed_out, time_limit_ms, rating, answered_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _records(session_id: int, count: int) -> list[AnswerRecord]:
    return [
        AnswerRecord(
            session_id=session_id,
            bank_id="bench",
            question_id=f"q{n % 500}",
            content_hash="0123456789abcdef",
            response=f"answer {n}",
            score=float(n % 3 == 0),
            correct=n % 3 == 0,
            elapsed_ms=1000 + n % 9000,
            timed_out=False,
            answered_at=START + timedelta(seconds=n),
            time_limit_ms=None,
        )
        for n in range(count)
    ]


def record(folder: Path) -> Result:
    """``Store.record_answer`` 10,000 times (each committed) against a bare INSERT + commit
    into a table of the same columns, in the same journal mode (WAL, synchronous NORMAL)."""
    runs = iter(range(1_000_000))
    records = _records(1, RECORDS)
    rows = [
        (
            r.session_id,
            r.bank_id,
            r.question_id,
            r.content_hash,
            r.response,
            r.score,
            r.correct,
            r.elapsed_ms,
            r.timed_out,
            r.time_limit_ms,
            3,
            iso_utc(r.answered_at),
        )
        for r in records
    ]

    def through_store() -> None:
        with Store.open(folder / f"store-{next(runs)}.sqlite3") as store:
            session_id = store.start_session("practice", ["bench"], START)
            assert session_id == 1
            start = time.perf_counter()
            for item in records:
                store.record_answer(item)
            timings.append(time.perf_counter() - start)

    def bare() -> None:
        conn = sqlite3.connect(folder / f"bare-{next(runs)}.sqlite3", isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(_ANSWERS_TABLE)
        start = time.perf_counter()
        for row in rows:
            conn.execute(_BARE_INSERT, row)  # autocommit: each INSERT is its own transaction
        bare_timings.append(time.perf_counter() - start)
        conn.close()

    # Only the loops are timed (into the lists), not opening and creating the files; the
    # two alternate so that whatever else the machine does falls on both alike.
    timings: list[float] = []
    bare_timings: list[float] = []
    for _ in range(RUNS + 1):  # the first of each is a warm-up
        through_store()
        bare()
    value, baseline = _median(timings[1:]), _median(bare_timings[1:])
    return Result(
        "record", value, "s", 1.5, baseline, note=f"{value / RECORDS * 1e6:.0f} us an answer"
    )


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def stats_1m(folder: Path) -> Result:
    """``compute_stats`` (what ``quizapp stats`` runs) on a store of a million answers."""
    from quizapp.bank.files import bank_files
    from quizapp.bank.loader import load_bank
    from quizapp.paths import bundled_banks_dir
    from quizapp.store.stats import compute_stats

    def bundled_banks() -> list[Bank]:
        return [load_bank(path) for path in bank_files([bundled_banks_dir()])]

    path = folder / "million.sqlite3"
    build_start = time.perf_counter()
    _fill(path)
    with Store.open(path) as store:
        store.refresh()  # the derived tables catch up once, as after any session
        built = time.perf_counter() - build_start
        now = START + timedelta(days=STATS_DAYS)
        banks = bundled_banks()  # as `quizapp stats` does: the bundled banks, and the store's
        value = median_seconds(lambda: compute_stats(store, banks, now))
        stats = compute_stats(store, banks, now)
    assert stats.answers == STATS_ANSWERS, stats.answers
    assert len(stats.banks) == STATS_BANKS + len(banks)
    return Result("stats-1m", value, "s", 0.100, note=f"store built and caught up in {built:.0f} s")


def _fill(path: Path) -> None:
    """A million answers over a few banks, questions and days, in bulk (one transaction)."""
    with Store.open(path) as store:
        session_id = store.start_session("practice", ["bench"], START)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(_BARE_INSERT, _million_rows(session_id))
    conn.execute("COMMIT")
    conn.close()


def _million_rows(session_id: int) -> Iterator[tuple[object, ...]]:
    step = timedelta(days=STATS_DAYS) / STATS_ANSWERS
    per_bank = STATS_ANSWERS // STATS_BANKS
    for n in range(STATS_ANSWERS):
        correct = n % 4 != 0
        yield (
            session_id,
            f"bank-{n // per_bank}",
            f"q{n % STATS_QUESTIONS_PER_BANK}",
            "0123456789abcdef",
            "an answer",
            1.0 if correct else 0.0,
            correct,
            1000 + n % 20000,
            False,
            None,
            3 if correct else 1,
            iso_utc(START + step * n),
        )


def run(kind: str) -> Result:
    with tempfile.TemporaryDirectory(prefix="quizbench-") as folder:
        return {"record": record, "stats-1m": stats_1m}[kind](Path(folder))
