"""``quizapp doctor``'s work: find the answers that cannot be read, and move them out of
the progress file, a copy of the file as it was kept first.

Every other command already skips such rows and says how many; repairing the file only
stops them being reported. The rows removed are the unreadable ones, each checked again
under the write lock; every readable answer stays. The derived tables (cards, activity)
are then rebuilt from the answers that remain, so no trace of a removed row is left in
the review schedule or the stats.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from quizapp.store.derive import catch_up
from quizapp.store.file import StoreError, open_connection, open_for_reading
from quizapp.store.readable import (
    SELECT_ANSWERS,
    UnreadableAnswer,
    answer_problem,
    is_readable,
)
from quizapp.store.schema import rollback


@dataclass
class Checkup:
    """What ``examine`` found in a progress file."""

    readable: int = 0
    unreadable: list[UnreadableAnswer] = field(default_factory=list)
    damage: str | None = None
    """SQLite's first complaint about the file's structure (``PRAGMA quick_check``), if any."""


def examine(path: Path) -> Checkup:
    """Read every answer in the progress file at ``path`` (never writing it). Raises
    StoreError when it is missing or not a progress file."""
    checkup = Checkup()
    conn = open_for_reading(path)
    try:
        cursor = conn.execute(SELECT_ANSWERS + " ORDER BY id")
        while rows := cursor.fetchmany(1000):
            for row in rows:
                checkup.readable += is_readable(row, checkup.unreadable)
        complaint = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        checkup.damage = None if complaint == "ok" else str(complaint)
    except sqlite3.Error as error:
        raise StoreError(f"cannot read the progress file {path}: {error}") from None
    finally:
        conn.close()
    return checkup


@dataclass(frozen=True)
class Repair:
    backup: Path
    """The copy of the file as it was before."""
    removed: int
    kept: int


def set_aside_unreadable(path: Path, answer_ids: list[int]) -> Repair:
    """Copy the progress file to ``NAME.backup-STAMP``, then remove from it the answers
    ``answer_ids`` that still cannot be read, and rebuild the derived tables.

    Raises StoreError when the file cannot be copied or written (nothing is then removed).
    """
    conn, _ = open_connection(path)
    try:
        backup = _backup(conn, path)
        conn.execute("BEGIN IMMEDIATE")
        try:
            removed = 0
            for answer_id in answer_ids:  # checked again: only what still cannot be read
                row = conn.execute(f"{SELECT_ANSWERS} WHERE id = ?", (answer_id,)).fetchone()
                if row is not None and answer_problem(row) is not None:
                    conn.execute("DELETE FROM answers WHERE id = ?", (answer_id,))
                    removed += 1
            for table in ("cards", "activity", "skipped_answers"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("UPDATE derived_state SET through_answer_id = 0")
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
        catch_up(conn, None)  # rebuilt now, so the next session does not wait for it
        kept = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
    except sqlite3.Error as error:
        raise StoreError(f"cannot write the progress file {path}: {error}") from None
    finally:
        conn.close()
    return Repair(backup, removed, kept)


def _backup(conn: sqlite3.Connection, path: Path) -> Path:
    """A consistent copy of the file (the log's pages included), beside it, never over
    an existing file."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.backup-{stamp}")
    extra = 2
    while target.exists() or target.is_symlink():
        target = path.with_name(f"{path.name}.backup-{stamp}-{extra}")
        extra += 1
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        copy = sqlite3.connect(target)
        try:
            conn.backup(copy)
        finally:
            copy.close()
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise StoreError(f"cannot keep a copy of {path} as {target.name}: {reason}") from None
    return target
