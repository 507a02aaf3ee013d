"""The progress file's schema, its migrations, and how a file is recognised as ours.

The schema version lives in ``PRAGMA user_version``; ``MIGRATIONS[n]`` takes a
database from version ``n`` to ``n + 1`` (version 0 is a new, empty file). Adding a
version means appending one entry: ``open`` applies every missing step in one
transaction, so a file is never left between versions.

The ``answers`` table is the record of what happened and is never rewritten. The
``cards`` and ``activity`` tables are derived from it (FSRS state and counters per
question, answers per day); ``derived_state`` says up to which answer they are
current. See ``quizapp.store.derive``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

APPLICATION_ID = 0x5155495A  # "QUIZ": marks a SQLite file as a quizapp progress file
SQLITE_MAGIC = b"SQLite format 3\x00"

# Version 1. Times are ISO 8601 UTC text in one fixed format (see iso_utc), so
# that text order is time order.
SCHEMA_V1 = (
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

# Version 2: the learner's own judgement ("I was right") and sprints.
SCHEMA_V2 = (
    # 1: the learner overrode a "wrong" verdict on a typed answer; score and correct are
    # then the learner's (full marks), and a teacher's export shows the override.
    """ALTER TABLE answers ADD COLUMN
        overridden INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1))""",
    # Stats count overrides per bank without reading every answer.
    "CREATE INDEX answers_overridden ON answers (bank_id) WHERE overridden = 1",
    # A sprint's length in seconds (NULL: not a sprint); the best sprint per bank is the
    # best score among finished sprints on the same banks and length.
    "ALTER TABLE sessions ADD COLUMN sprint_seconds REAL",
)

# Version 3: answers the derived tables could not read (quizapp.store.readable) and left
# out, so that every reader can say how many, cheaply. Derived, like cards: files from
# version 2 cannot hold such rows (reading one stopped every command).
SCHEMA_V3 = (
    """CREATE TABLE skipped_answers (
        answer_id INTEGER PRIMARY KEY,      -- answers.id
        problem   TEXT NOT NULL             -- why it cannot be read, for quizapp doctor
    )""",
)

MIGRATIONS: list[tuple[str, ...]] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3]
"""``MIGRATIONS[n]``: the statements that take version ``n`` to ``n + 1``."""

LATEST_VERSION = len(MIGRATIONS)
REQUIRED_TABLES = frozenset({"sessions", "answers", "cards", "activity", "derived_state"})
"""The tables every version has (a file is judged before it is upgraded)."""


def iso_utc(at: datetime) -> str:
    """``at`` as ISO 8601 UTC in the store's one fixed format, so text order is time order."""
    if at.tzinfo is None:
        raise ValueError("times given to the store must be timezone-aware")
    return at.astimezone(UTC).isoformat(timespec="milliseconds")


def is_behind(conn: sqlite3.Connection) -> bool:
    """Whether answers were recorded since the derived tables were last brought up to date."""
    latest, through = conn.execute(
        "SELECT (SELECT ifnull(max(id), 0) FROM answers), through_answer_id FROM derived_state"
    ).fetchone()
    return bool(latest > through)


class NewerSchema(Exception):
    """The file was written by a newer quizapp."""


def migrate(conn: sqlite3.Connection, migrations: list[tuple[str, ...]] | None = None) -> int:
    """Bring the database to the latest version in one write transaction; the version reached.

    The version is read again under the write lock, so two processes opening the same
    new file at once initialise it once.
    """
    steps = MIGRATIONS if migrations is None else migrations
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(steps):
            raise NewerSchema(version)
        if version < 0:
            raise sqlite3.DatabaseError(f"impossible schema version {version}")
        for statements in steps[version:]:
            for statement in statements:
                conn.execute(statement)
        if version < len(steps):
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {len(steps)}")
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise
    return len(steps)


def rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if SQLite has not already: after some errors (a full
    disk) it rolls back by itself, and a second ROLLBACK would hide the first error."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):  # the error being raised says more
            conn.execute("ROLLBACK")


def can_write(conn: sqlite3.Connection) -> bool:
    """Whether SQLite may write the file (it opens a file it may not write read-only,
    without a word). A write begun and undone: nothing reaches the disk."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("UPDATE derived_state SET through_answer_id = through_answer_id")
    except sqlite3.OperationalError as error:
        if (getattr(error, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_READONLY:
            return False
        raise
    finally:
        rollback(conn)
    return True


def header_problem(path: Path, has_log: bool) -> str | None:
    """Why the file cannot be a progress database, judged from its size and header alone.

    Judged before SQLite opens the file: SQLite discards a log it cannot pair with its
    file, and a log beside a broken file belongs with it when it is moved aside. With a
    log (``has_log``), the size is not judged: pages may still be on their way from the
    log into the file.
    """
    size = path.stat().st_size
    if size == 0:
        return None
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "not an SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "damaged header"
    if has_log:
        return None
    if size % page_size:
        return "truncated"
    page_count = int.from_bytes(header[28:32], "big")
    # The page count is trustworthy only when written by the same change as the header.
    if header[24:28] == header[92:96] and page_count * page_size > size:
        return "truncated"
    return None


def content_problem(conn: sqlite3.Connection) -> str | None:
    """Why an SQLite database is not a progress database we can use, or None.

    Raises NewerSchema for a progress file from a newer version, and lets SQLite's own
    errors through (a damaged file shows up as one).
    """
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if application_id != APPLICATION_ID:
        # An empty SQLite file (no tables at all) is fair to initialise in place.
        return "another program's SQLite database" if tables or version else None
    if version > LATEST_VERSION:
        raise NewerSchema(version)
    if version < 0:
        return f"impossible schema version {version}"
    if version == 0:
        return "an unfinished progress database"
    missing = REQUIRED_TABLES - tables
    if missing:
        return f"missing table {sorted(missing)[0]}"
    # Walk to both ends of the big table and read the small ones whole: cheap, and it
    # reaches pages a truncated or damaged file no longer has.
    # (Two queries: SQLite answers min() or max() alone from the b-tree's edge, both
    # together by scanning the whole table.)
    conn.execute("SELECT min(id) FROM answers").fetchone()
    conn.execute("SELECT max(id) FROM answers").fetchone()
    for table in ("sessions", "cards", "activity", "derived_state"):
        conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    return None
