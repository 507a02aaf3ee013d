"""The progress file: one SQLite database holding every answer and the review schedule.

Every answer is committed before ``record_answer`` returns, in WAL mode with
``synchronous=NORMAL``: a commit survives the process being killed at any point
(only a power cut can lose the last commits). Recording is a single INSERT into the
answer log; the FSRS cards and the counters that stats read are derived from that
log and brought up to date before anything reads them (``refresh``), so recording
costs no more than the INSERT itself and a crash can never leave the two out of step.

A file that is not a valid progress database is moved aside, never overwritten; a
file from a newer quizapp is refused and left untouched (``quizapp.store.file``).
``Store.open_for_reading`` never writes the file: the derived tables are brought up to
date in copies held by the connection (``derive.shadow_derived_tables``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from types import TracebackType

from quizapp.scheduling import CardStatus, order_for_review, rating_for
from quizapp.store import schema as store_schema
from quizapp.store.derive import apply_override, catch_up, shadow_derived_tables
from quizapp.store.file import (
    BUSY_TIMEOUT_S,
    StoreError,
    decode_text,
    open_connection,
    open_for_reading,
)
from quizapp.store.readable import SELECT_ANSWERS, UnreadableAnswer, is_readable
from quizapp.store.rows import AnswerRecord, AnswerRow, CardRow
from quizapp.store.schema import is_behind, iso_utc

__all__ = ["Store", "StoreError", "iso_utc"]

_INSERT_ANSWER = (
    "INSERT INTO answers (session_id, bank_id, question_id, content_hash, response, score,"
    " correct, elapsed_ms, timed_out, time_limit_ms, rating, answered_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class Store:
    """An open progress file. Use ``Store.open``; safe to share between threads."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        tz: tzinfo | None,
        notice: str | None,
        read_only: bool = False,
    ) -> None:
        self._conn = conn
        self.read_only = read_only
        """Opened to read only: recording raises StoreError; the file is never written."""
        self._shadowed = False
        self._lock = threading.Lock()
        self.path = path
        self.tz = tz
        """Time zone whose calendar days count for activity and streaks (None: the system's)."""
        self.notice = notice
        """One line to show the user about the file (it was moved aside), or None."""

    @classmethod
    def open(
        cls, path: Path, *, tz: tzinfo | None = None, busy_timeout: float = BUSY_TIMEOUT_S
    ) -> Store:
        """Open (creating or upgrading as needed) the progress file at ``path``."""
        path = Path(path)
        conn, notice = open_connection(path, busy_timeout)
        return cls(conn, path, tz, notice)

    @classmethod
    def open_for_reading(
        cls, path: Path, *, tz: tzinfo | None = None, busy_timeout: float = BUSY_TIMEOUT_S
    ) -> Store:
        """Open the existing progress file at ``path`` to read it; nothing there is created,
        moved or written. Raises StoreError when it is missing or not a progress file."""
        path = Path(path)
        return cls(open_for_reading(path, busy_timeout), path, tz, None, read_only=True)

    @classmethod
    def empty(cls, *, tz: tzinfo | None = None) -> Store:
        """A store in memory with nothing recorded: reading commands use it when there is
        no progress file yet, rather than create one."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.text_factory = decode_text
        store_schema.migrate(conn)
        return cls(conn, Path(":memory:"), tz, None)

    # -- sessions and answers -------------------------------------------------------

    def start_session(
        self,
        mode: str,
        bank_ids: list[str],
        started_at: datetime,
        sprint_seconds: float | None = None,
    ) -> int:
        """Record the start of a session (``sprint_seconds``: a sprint's length); its id."""
        import json  # deferred: quizapp/SPEED.md

        cursor = self._write(
            "INSERT INTO sessions (mode, bank_ids, started_at, sprint_seconds) VALUES (?, ?, ?, ?)",
            (mode, json.dumps(bank_ids), iso_utc(started_at), sprint_seconds),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def record_answer(self, record: AnswerRecord) -> int:
        """Record one graded answer; it is committed when this returns. Its id."""
        rating = rating_for(record.score, record.correct, record.elapsed_ms, record.time_limit_ms)
        cursor = self._write(
            _INSERT_ANSWER,
            (
                record.session_id,
                record.bank_id,
                record.question_id,
                record.content_hash,
                record.response,
                record.score,
                record.correct,
                record.elapsed_ms,
                record.timed_out,
                record.time_limit_ms,
                int(rating),
                iso_utc(record.answered_at),
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def override_answer(self, answer_id: int) -> None:
        """The learner judged answer ``answer_id``, graded wrong, to be right ("I was right"):
        it counts as right, with full marks, and is marked as overridden for whoever reads
        the file later. Committed when this returns.

        This is the one change ever made to a recorded answer. It comes while the answer's
        feedback is on screen, usually before anything has read the answer into the cards;
        if something has, that question's card is replayed with the corrected answer.
        """
        with self._lock:
            try:
                apply_override(self._conn, self.tz, answer_id)
            except sqlite3.Error as error:
                raise StoreError(f"cannot write the progress file {self.path}: {error}") from None

    def best_sprint(
        self, bank_ids: list[str], seconds: float, before_session: int | None = None
    ) -> float | None:
        """The best score of the finished sprints of ``seconds`` on these banks (leaving out
        session ``before_session`` and later ones), or None if there was none."""
        import json  # deferred: quizapp/SPEED.md

        # The file is untrusted: a best is a number from 0 up to any real score (far below
        # 1e15), never text, bytes, a negative or an infinite one.
        rows = self._read(
            "SELECT max(score) FROM sessions WHERE sprint_seconds = ? AND bank_ids = ?"
            " AND finished_at IS NOT NULL AND id < ?"
            " AND typeof(score) IN ('integer', 'real') AND score >= 0 AND score < 1e15",
            (seconds, json.dumps(bank_ids), before_session or 2**62),
        )
        return None if rows[0][0] is None else float(rows[0][0])

    def override_counts(self) -> dict[str, int]:
        """Answers the learner overrode ("I was right"), per bank id."""
        return dict(
            self._read(
                "SELECT bank_id, count(*) FROM answers WHERE overridden = 1 GROUP BY bank_id", ()
            )
        )

    def finish_session(
        self, session_id: int, finished_at: datetime, score: float, max_score: float
    ) -> None:
        """Record how a session ended."""
        self._write(
            "UPDATE sessions SET finished_at = ?, score = ?, max_score = ? WHERE id = ?",
            (iso_utc(finished_at), score, max_score, session_id),
        )

    # -- scheduling -----------------------------------------------------------------

    def review_order(
        self, bank_id: str, questions: Sequence[tuple[str, str]], now: datetime
    ) -> list[str]:
        """(question_id, content_hash) pairs -> question ids in review order.

        Due first (most overdue first), then new (never answered, or changed since the
        last answer), then the rest by due date. See ``scheduling.order_for_review``.
        """
        return order_for_review(questions, self.card_statuses(bank_id), iso_utc(now))

    def card_statuses(self, bank_id: str) -> dict[str, CardStatus]:
        """Question id -> what review needs to know of its card, for each question answered."""
        return {row.question_id: row.status() for row in self.card_rows(bank_id)}

    def miss_counts(self, bank_id: str) -> dict[str, int]:
        """Wrong or partial answers per question id, for questions missed at least once."""
        return {row.question_id: row.misses for row in self.card_rows(bank_id) if row.misses}

    def answered_hashes(self, bank_id: str) -> dict[str, str]:
        """Question id -> the question's content hash when it was last answered, for every
        question of ``bank_id`` answered before (a different hash now: it has changed)."""
        self.refresh()
        return dict(
            self._read("SELECT question_id, content_hash FROM cards WHERE bank_id = ?", (bank_id,))
        )

    # -- reading --------------------------------------------------------------------

    def refresh(self) -> int:
        """Bring cards and counters up to date with the answer log; answers applied.

        Every read does this itself. It replays only answers recorded since the last
        refresh (by any process), so it is cheap after the first time; FSRS is imported
        only when there is something to replay.
        """
        with self._lock:
            try:
                if not is_behind(self._conn):  # the common case: a read, no write lock
                    return 0
                if self.read_only and not self._shadowed:  # never write the file
                    shadow_derived_tables(self._conn)
                    self._shadowed = True
                return catch_up(self._conn, self.tz)
            except sqlite3.Error as error:
                raise StoreError(f"cannot update the progress file {self.path}: {error}") from None

    def card_rows(self, bank_id: str | None = None) -> list[CardRow]:
        """The derived state of every question answered (in ``bank_id``, or in all banks)."""
        self.refresh()
        sql = (
            "SELECT bank_id, question_id, content_hash, due_at, state, answers, correct,"
            " misses FROM cards"
        )
        if bank_id is None:
            rows = self._read(sql + " ORDER BY bank_id, question_id", ())
        else:
            rows = self._read(sql + " WHERE bank_id = ? ORDER BY question_id", (bank_id,))
        return [CardRow(*row) for row in rows]

    def card_memories(self) -> list[tuple[str, str, str]]:
        """(bank_id, question_id, the fsrs card as JSON) for every question answered: what
        the stats need to tell how well each is remembered now."""
        self.refresh()
        return self._read("SELECT bank_id, question_id, card FROM cards", ())

    def activity(self, since_day: str | None = None) -> list[tuple[str, str, int, int]]:
        """(day, bank_id, answers, correct) per local day and bank, newest day first."""
        self.refresh()
        sql = "SELECT day, bank_id, answers, correct FROM activity"
        if since_day is None:
            return self._read(sql + " ORDER BY day DESC", ())
        return self._read(sql + " WHERE day >= ? ORDER BY day DESC", (since_day,))

    def active_days(self) -> list[str]:
        """Every local day with at least one answer, newest first."""
        self.refresh()
        return [
            row[0] for row in self._read("SELECT DISTINCT day FROM activity ORDER BY day DESC", ())
        ]

    def unreadable_count(self) -> int:
        """How many answers cannot be read (``quizapp.store.readable``) and are left out of
        the cards and stats."""
        self.refresh()
        return int(self._read("SELECT count(*) FROM skipped_answers", ())[0][0])

    def iter_answers(self, skipped: list[UnreadableAnswer] | None = None) -> Iterator[AnswerRow]:
        """Every stored answer that can be read, in the order recorded; those that cannot
        are added to ``skipped``. Streams: memory stays flat."""
        sql = f"{SELECT_ANSWERS} ORDER BY id"
        with self._lock:
            try:
                cursor = self._conn.execute(sql)
            except sqlite3.Error as error:
                raise StoreError(f"cannot read the progress file {self.path}: {error}") from None
        while True:
            with self._lock:
                try:
                    rows = cursor.fetchmany(1000)
                except sqlite3.Error as error:
                    raise StoreError(
                        f"cannot read the progress file {self.path}: {error}"
                    ) from None
            if not rows:
                return
            for r in rows:
                if not is_readable(r, skipped):
                    continue
                yield AnswerRow(
                    r[0], r[1], r[2], r[3], r[5], r[6], bool(r[7]), r[8], bool(r[9]), r[10],
                    r[12], bool(r[13]),
                )  # fmt: skip

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------

    def _write(self, sql: str, params: tuple[object, ...]) -> sqlite3.Cursor:
        if self.read_only:
            raise StoreError(f"the progress file {self.path} was opened to read only")
        # One statement in autocommit mode: its own transaction, committed on return.
        with self._lock:
            try:
                return self._conn.execute(sql, params)
            except sqlite3.Error as error:
                raise StoreError(f"cannot write the progress file {self.path}: {error}") from None

    def _read(self, sql: str, params: tuple[object, ...]) -> list[tuple]:  # type: ignore[type-arg]
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as error:
                raise StoreError(f"cannot read the progress file {self.path}: {error}") from None
