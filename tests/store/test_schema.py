"""Schema versions and migrations, from version 1 on."""

from __future__ import annotations

import sqlite3
from datetime import UTC
from pathlib import Path

import pytest
from store_helpers import T0, answer

from quizapp.store import Store
from quizapp.store import schema as store_schema

# The version 1 schema exactly as it shipped. Never edit this copy: a change to the
# schema is a new entry in store_schema.MIGRATIONS, and these tests then prove that a
# version 1 file still opens and migrates.
FROZEN_V1 = (
    """CREATE TABLE sessions (
        id          INTEGER PRIMARY KEY,
        mode        TEXT NOT NULL,
        bank_ids    TEXT NOT NULL,          -- JSON list of bank ids
        started_at  TEXT NOT NULL,
        finished_at TEXT,
        score       REAL,
        max_score   REAL
    )""",
    """CREATE TABLE answers (
        id            INTEGER PRIMARY KEY,  -- commit order: derived tables replay by it
        session_id    INTEGER NOT NULL,     -- sessions.id (not enforced: no lookup per insert)
        bank_id       TEXT NOT NULL,
        question_id   TEXT NOT NULL,
        content_hash  TEXT NOT NULL,
        response      TEXT NOT NULL,
        score         REAL NOT NULL CHECK (score >= 0 AND score <= 1),
        correct       INTEGER NOT NULL CHECK (correct IN (0, 1)),
        elapsed_ms    INTEGER NOT NULL,
        timed_out     INTEGER NOT NULL CHECK (timed_out IN (0, 1)),
        time_limit_ms INTEGER,
        rating        INTEGER NOT NULL,     -- the FSRS rating this answer gave (1..4)
        answered_at   TEXT NOT NULL
    )""",
    """CREATE TABLE cards (
        bank_id      TEXT NOT NULL,
        question_id  TEXT NOT NULL,
        content_hash TEXT NOT NULL,         -- the question content the card was made for
        card         TEXT NOT NULL,         -- fsrs Card as JSON
        due_at       TEXT NOT NULL,
        state        INTEGER NOT NULL,      -- fsrs State: 1 learning, 2 review, 3 relearning
        answers      INTEGER NOT NULL,      -- every answer to this question id, all versions
        correct      INTEGER NOT NULL,
        misses       INTEGER NOT NULL,      -- wrong or partial answers
        PRIMARY KEY (bank_id, question_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE activity (
        day     TEXT NOT NULL,              -- local calendar day, YYYY-MM-DD
        bank_id TEXT NOT NULL,
        answers INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        PRIMARY KEY (day, bank_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE derived_state (
        id                 INTEGER PRIMARY KEY CHECK (id = 1),
        through_answer_id  INTEGER NOT NULL
    )""",
    "INSERT INTO derived_state (id, through_answer_id) VALUES (1, 0)",
)


def make_v1_file(path: Path) -> None:
    """A version 1 progress file written by hand, with one session and two answers."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    for statement in FROZEN_V1:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO sessions (mode, bank_ids, started_at) VALUES "
        "('practice', '[\"demo\"]', '2026-03-02T09:00:00.000+00:00')"
    )
    for question_id, correct, rating in (("capital", 1, 3), ("year", 0, 1)):
        conn.execute(
            "INSERT INTO answers (session_id, bank_id, question_id, content_hash, response,"
            " score, correct, elapsed_ms, timed_out, time_limit_ms, rating, answered_at)"
            " VALUES (1, 'demo', ?, 'h1', 'x', ?, ?, 5000, 0, NULL, ?,"
            " '2026-03-02T09:00:00.000+00:00')",
            (question_id, float(correct), correct, rating),
        )
    conn.execute(f"PRAGMA application_id = {store_schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def schema_of(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
    finally:
        conn.close()


def pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_new_file_is_created_at_latest_version_in_wal_mode(progress_file: Path) -> None:
    store = Store.open(progress_file)
    store.close()
    assert progress_file.parent.is_dir()  # the folder was created
    assert pragma(progress_file, "user_version") == store_schema.LATEST_VERSION
    assert pragma(progress_file, "application_id") == store_schema.APPLICATION_ID
    assert pragma(progress_file, "journal_mode") == "wal"
    assert store.notice is None


def test_reopen_keeps_everything(progress_file: Path) -> None:
    with Store.open(progress_file, tz=UTC) as store:
        session = store.start_session("exam", ["demo"], T0)
        store.record_answer(answer("capital", session_id=session))
        store.finish_session(session, T0, 1.0, 1.0)
    with Store.open(progress_file, tz=UTC) as again:
        assert again.notice is None
        assert [a.question_id for a in again.iter_answers()] == ["capital"]
        assert [row.answers for row in again.card_rows()] == [1]


def test_version_1_file_opens_and_keeps_its_answers(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    make_v1_file(path)
    with Store.open(path, tz=UTC) as store:
        assert store.notice is None
        assert [(a.question_id, a.correct) for a in store.iter_answers()] == [
            ("capital", True),
            ("year", False),
        ]
        assert store.miss_counts("demo") == {"year": 1}
    assert pragma(path, "user_version") == store_schema.LATEST_VERSION


def test_version_1_schema_was_not_edited_in_place(tmp_path: Path) -> None:
    """A fresh file at version 1 must equal the frozen copy; changes go in new migrations."""
    frozen = tmp_path / "frozen.sqlite3"
    make_v1_file(frozen)
    fresh = tmp_path / "fresh.sqlite3"
    conn = sqlite3.connect(fresh, isolation_level=None)
    store_schema.migrate(conn, store_schema.MIGRATIONS[:1])
    conn.close()
    assert schema_of(fresh) == schema_of(frozen)


def test_next_migration_is_applied_from_version_1(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    make_v1_file(path)
    steps = [
        *store_schema.MIGRATIONS,
        ("ALTER TABLE answers ADD COLUMN note TEXT", "UPDATE answers SET note = 'migrated'"),
    ]
    conn = sqlite3.connect(path, isolation_level=None)
    assert store_schema.migrate(conn, steps) == len(steps)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(steps)
    assert conn.execute("SELECT question_id, note FROM answers ORDER BY id").fetchall() == [
        ("capital", "migrated"),
        ("year", "migrated"),
    ]
    conn.close()


def test_failed_migration_leaves_the_file_at_its_version(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    make_v1_file(path)
    steps = [
        *store_schema.MIGRATIONS,
        ("ALTER TABLE answers ADD COLUMN note TEXT", "THIS IS NOT SQL"),
    ]
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        store_schema.migrate(conn, steps)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [row[1] for row in conn.execute("PRAGMA table_info(answers)")]
    assert "note" not in columns
    conn.close()


def test_migrating_an_up_to_date_file_changes_nothing(progress_file: Path) -> None:
    Store.open(progress_file).close()
    before = schema_of(progress_file)
    conn = sqlite3.connect(progress_file, isolation_level=None)
    assert store_schema.migrate(conn) == store_schema.LATEST_VERSION
    conn.close()
    assert schema_of(progress_file) == before
