"""Derive the FSRS cards and the stats counters from the answer log.

``answers`` is the log; ``cards`` (one FSRS card and answer counters per question)
and ``activity`` (answers per local day and bank) are views of it kept in tables so
that stats and review order read a few hundred rows, never a million answers.
``derived_state.through_answer_id`` says how far the views are current. Catching up
replays the newer answers in the order they were committed, in one write
transaction: a process killed halfway leaves the views as they were, and the next
reader replays again.

Keeping this out of ``record_answer`` keeps recording as cheap as the INSERT itself
(an FSRS review costs more in Python than a committed INSERT in SQLite).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from quizapp.scheduling import Rating, card_from_json, new_card, rating_for, review
from quizapp.store.readable import SELECT_ANSWERS, UnreadableAnswer, is_readable
from quizapp.store.schema import is_behind, iso_utc, rollback

if TYPE_CHECKING:
    from fsrs import Card

_PENDING = f"{SELECT_ANSWERS} WHERE id > ? ORDER BY id"
_LOAD_CARD = (
    "SELECT content_hash, card, answers, correct, misses FROM cards"
    " WHERE bank_id = ? AND question_id = ?"
)
_SAVE_CARD = (
    "INSERT INTO cards (bank_id, question_id, content_hash, card, due_at, state, answers,"
    " correct, misses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (bank_id, question_id) DO UPDATE SET content_hash = excluded.content_hash,"
    " card = excluded.card, due_at = excluded.due_at, state = excluded.state,"
    " answers = excluded.answers, correct = excluded.correct, misses = excluded.misses"
)
_ADD_ACTIVITY = (
    "INSERT INTO activity (day, bank_id, answers, correct) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (day, bank_id) DO UPDATE SET answers = answers + excluded.answers,"
    " correct = correct + excluded.correct"
)


def catch_up(conn: sqlite3.Connection, tz: tzinfo | None) -> int:
    """Replay the answers the views have not seen; how many were replayed.

    ``tz`` is the time zone whose calendar days activity is counted in (None: the
    system's). ``conn`` must be in autocommit mode (isolation_level None).
    """
    if not is_behind(conn):  # the common case: a read, no write lock
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Read again under the write lock: another process may have caught up meanwhile.
        through = conn.execute("SELECT through_answer_id FROM derived_state").fetchone()[0]
        replay = _Replay(conn, tz)
        last = through
        for row in conn.execute(_PENDING, (through,)):
            replay.apply(row)
            last = row[0]
        replay.save()
        conn.execute("UPDATE derived_state SET through_answer_id = ?", (last,))
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise
    return replay.applied


DERIVED_TABLES = ("cards", "activity", "derived_state", "skipped_answers")


def shadow_derived_tables(conn: sqlite3.Connection) -> None:
    """Copy the derived tables into the connection's TEMP schema, where a read-only
    connection can bring them up to date: unqualified names find TEMP tables first, so
    ``catch_up`` and every read use the copies, and the file is never written."""
    found = conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name IN (?, ?, ?, ?)",
        DERIVED_TABLES,
    ).fetchall()
    for name, sql in found:
        conn.execute(sql.replace("CREATE TABLE", "CREATE TEMP TABLE", 1))
        conn.execute(f"INSERT INTO temp.{name} SELECT * FROM main.{name}")


@dataclass
class _Question:
    content_hash: str
    card: Card | None
    answers: int
    correct: int
    misses: int


class _Replay:
    """Applies answers to in-memory cards and counters; writes each touched row once."""

    def __init__(self, conn: sqlite3.Connection, tz: tzinfo | None) -> None:
        self.conn = conn
        self.tz = tz
        self.questions: dict[tuple[str, str], _Question] = {}
        self.activity: dict[tuple[str, str], list[int]] = {}
        self.skipped: list[UnreadableAnswer] = []
        """Rows that cannot be read (``quizapp.store.readable``): left out, recorded."""
        self.applied = 0

    def apply(self, row: tuple[object, ...]) -> None:
        """Apply one row of ``SELECT_ANSWERS``; a row that cannot be read is set aside."""
        if not is_readable(row, self.skipped):
            return
        bank_id, question_id, content_hash = str(row[2]), str(row[3]), str(row[4])
        correct, rating = int(row[7]), int(row[11])  # type: ignore[call-overload]
        at = datetime.fromisoformat(str(row[12]))
        question = self.questions.get((bank_id, question_id))
        if question is None:
            question = self.questions[(bank_id, question_id)] = self._load(bank_id, question_id)
        if question.card is None or question.content_hash != content_hash:
            # Never answered, or the question was edited: its schedule starts over.
            question.card = new_card(at)
            question.content_hash = content_hash
        question.card = review(question.card, Rating(rating), at)
        question.answers += 1
        question.correct += correct
        question.misses += not correct
        day = at.astimezone(self.tz).date().isoformat()
        counts = self.activity.setdefault((day, bank_id), [0, 0])
        counts[0] += 1
        counts[1] += correct
        self.applied += 1

    def _load(self, bank_id: str, question_id: str) -> _Question:
        row = self.conn.execute(_LOAD_CARD, (bank_id, question_id)).fetchone()
        if row is None:
            return _Question("", None, 0, 0, 0)
        content_hash, card_json, answers, correct, misses = row
        return _Question(content_hash, card_from_json(card_json), answers, correct, misses)

    def save(self) -> None:
        self.conn.executemany(
            _SAVE_CARD,
            [
                (
                    bank_id,
                    question_id,
                    q.content_hash,
                    q.card.to_json(),
                    iso_utc(q.card.due),
                    int(q.card.state),
                    q.answers,
                    q.correct,
                    q.misses,
                )
                for (bank_id, question_id), q in self.questions.items()
                if q.card is not None
            ],
        )
        self.conn.executemany(
            "INSERT OR REPLACE INTO skipped_answers (answer_id, problem) VALUES (?, ?)",
            [(skipped.id, skipped.problem) for skipped in self.skipped],
        )
        self.conn.executemany(
            _ADD_ACTIVITY,
            [
                (day, bank_id, answers, correct)
                for (day, bank_id), (answers, correct) in self.activity.items()
            ],
        )


_REPLAY_QUESTION = f"{SELECT_ANSWERS} WHERE bank_id = ? AND question_id = ? AND id <= ? ORDER BY id"


def apply_override(conn: sqlite3.Connection, tz: tzinfo | None, answer_id: int) -> None:
    """Make answer ``answer_id`` right, with full marks, marked as overridden (a learner's
    "I was right"), in one write transaction. An answer already right is left alone.

    When the views have already replayed the answer (another process read the file in
    between), its question's card is replayed again from its first answer and the day's
    count of right answers goes up by one. That replay reads the whole log, but it is
    rare: an override comes seconds after its answer, and only readers replay.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute(
            "SELECT bank_id, question_id, correct, elapsed_ms, time_limit_ms, answered_at"
            " FROM answers WHERE id = ?",
            (answer_id,),
        ).fetchone()
        if row is None or row[2]:
            conn.execute("COMMIT")
            return
        bank_id, question_id, _correct, elapsed_ms, time_limit_ms, answered_at = row
        rating = rating_for(1.0, True, elapsed_ms, time_limit_ms)
        conn.execute(
            "UPDATE answers SET score = 1, correct = 1, overridden = 1, rating = ? WHERE id = ?",
            (int(rating), answer_id),
        )
        through = conn.execute("SELECT through_answer_id FROM derived_state").fetchone()[0]
        if answer_id <= through:
            replay = _Replay(conn, tz)
            replay.questions[(bank_id, question_id)] = _Question("", None, 0, 0, 0)
            for replayed in conn.execute(_REPLAY_QUESTION, (bank_id, question_id, through)):
                replay.apply(replayed)
            replay.activity = {}  # the day's answers are counted already; one more is right
            replay.save()
            day = datetime.fromisoformat(answered_at).astimezone(tz).date().isoformat()
            conn.execute(
                "UPDATE activity SET correct = correct + 1 WHERE day = ? AND bank_id = ?",
                (day, bank_id),
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
