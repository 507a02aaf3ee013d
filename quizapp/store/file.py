"""Opening the progress file: recognising it, moving aside what is not one, WAL mode.

To study (``open_connection``): a file that is not a valid progress database
(garbage, truncated, another program's SQLite) is renamed to
``NAME.broken-YYYYmmdd-HHMMSS``, never overwritten, and a new one is started. A file
from a newer quizapp, a file that cannot be written and a path that is not a file
(a folder, a FIFO, a device, a dangling link) are refused and left as they are.

To read (``open_for_reading``, for ``stats`` and ``export``): nothing is created,
moved or written; a file that is not a progress database is refused.
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from quizapp.store import schema as store_schema

BUSY_TIMEOUT_S = 10.0
"""How long to wait for another process writing the same file (answers take microseconds)."""


class StoreError(Exception):
    """The progress file cannot be used; the message is one line for the user."""


class Undecodable(str):
    """Text from the file that is not UTF-8, held with its bad bytes replaced, so that
    reading it never fails and readers can tell it apart (``quizapp.store.readable``)."""


def decode_text(data: bytes) -> str:
    """Every connection's text factory: UTF-8, or an ``Undecodable`` stand-in."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return Undecodable(data.decode("utf-8", "replace"))


def open_connection(
    path: Path, busy_timeout: float = BUSY_TIMEOUT_S
) -> tuple[sqlite3.Connection, str | None]:
    """A connection to the progress file at ``path``, created or upgraded as needed,
    and the one line to tell the user if the old file had to be moved aside."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"cannot create the folder for the progress file {path}: {_reason(error)}"
        ) from None
    if path.is_symlink() and not path.exists():
        raise StoreError(f"the progress file {path} is a link to a file that does not exist")
    if not os.access(path.parent, os.W_OK):
        # SQLite writes its log files beside the progress file: it fails to open it at
        # all, in words that name neither the folder nor what to do.
        raise StoreError(
            f"the folder of the progress file {path} is read-only: answers cannot be saved "
            "there (make it writable, or name another file with --progress)"
        )
    notice = None
    problem = _inspect(path, busy_timeout, read_only=False)
    if problem is not None:
        moved = _move_aside(path)
        notice = (
            f"the progress file {path} was not a progress database ({problem}); "
            f"moved it to {moved.name} and started a new one"
        )
    conn = _connect(path, busy_timeout)
    try:
        _use_wal(conn, busy_timeout)
        # Durable against the process being killed (the WAL is written before the
        # commit returns); only a power cut can lose the latest commits.
        conn.execute("PRAGMA synchronous = NORMAL")
        store_schema.migrate(conn)
        writable = store_schema.can_write(conn)
    except store_schema.NewerSchema as newer:  # another process upgraded it meanwhile
        conn.close()
        raise StoreError(_newer_message(path, newer)) from None
    except sqlite3.Error as error:
        conn.close()
        raise StoreError(f"cannot write the progress file {path}: {error}") from None
    if not writable:
        # SQLite opens a file it may not write read-only without a word; answers would
        # then fail one by one. Say so before the first question instead.
        conn.close()
        raise StoreError(
            f"the progress file {path} is read-only: answers cannot be saved there "
            "(make it writable, or name another file with --progress)"
        )
    return conn, notice


def open_for_reading(path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """A connection to read the progress file at ``path``, which must exist and be one.

    Nothing at ``path`` is created or moved, and its rows are never changed (a file from
    an older quizapp is upgraded, as a session would): a file that is not a progress
    database is refused with the reason, and left as it is. The caller must not write
    through the connection (``Store`` keeps its derived tables in TEMP copies). A file
    SQLite may write is opened as usual, so that closing it tidies away the log files
    as every session does; any other is opened read-only.
    """
    if not path.exists():
        if path.is_symlink():
            raise StoreError(f"the progress file {path} is a link to a file that does not exist")
        raise StoreError(f"there is no progress file at {path} (nothing answered with it yet)")
    read_only = not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    problem = _inspect(path, busy_timeout, read_only)
    if problem is not None:
        raise StoreError(f"{path} is not a progress file ({problem}); left it untouched")
    conn = _connect(path, busy_timeout, read_only)
    try:
        conn.execute("PRAGMA temp_store = MEMORY")  # where derived tables are brought up to date
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < store_schema.LATEST_VERSION and not read_only:
            # Upgrading keeps every row (as every session does when it opens the file).
            store_schema.migrate(conn)
            version = store_schema.LATEST_VERSION
    except store_schema.NewerSchema as newer:
        conn.close()
        raise StoreError(_newer_message(path, newer)) from None
    except sqlite3.Error as error:
        conn.close()
        raise StoreError(f"cannot read the progress file {path}: {error}") from None
    if version < store_schema.LATEST_VERSION:
        conn.close()
        raise StoreError(
            f"the progress file {path} is from an older quizapp (schema version {version}) "
            "and is read-only, so it cannot be upgraded to be read"
        )
    return conn


def _connect(path: Path, busy_timeout: float, read_only: bool = False) -> sqlite3.Connection:
    # mode=ro: SQLite never writes the file (nor creates it), whatever the statements.
    target = f"{path.absolute().as_uri()}?mode=ro" if read_only else str(path)
    if read_only and not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists():
        # In a folder nobody may write, SQLite cannot make the shared-memory file that
        # reading a WAL database needs, and fails ("unable to open database file"). No
        # process can be writing there (a writer needs a log beside the file): without
        # one, the file holds every answer and can be read as it is, with no locks.
        target += "&immutable=1"
    try:
        # isolation_level=None: no implicit transactions; single statements autocommit and
        # the few multi-statement writes say BEGIN IMMEDIATE themselves.
        conn = sqlite3.connect(
            target,
            timeout=busy_timeout,
            isolation_level=None,
            check_same_thread=False,
            uri=read_only,
        )
    except sqlite3.Error as error:
        raise StoreError(f"cannot open the progress file {path}: {error}") from None
    conn.text_factory = decode_text  # text that is not UTF-8 is told apart, never fatal
    return conn


def _use_wal(conn: sqlite3.Connection, busy_timeout: float) -> None:
    """Switch to WAL mode, waiting for another process doing the same.

    Changing the journal mode of a new file needs it to itself, and SQLite answers
    "database is locked" at once rather than calling the busy handler: two sessions
    starting together on a new file would fail. So wait here, up to the busy timeout.
    """
    deadline = time.monotonic() + busy_timeout
    delay = 0.001
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as error:
            busy = (getattr(error, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_BUSY
            if not busy or time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.05)


def _inspect(path: Path, busy_timeout: float, read_only: bool) -> str | None:
    """Why the existing file at ``path`` is not a usable progress file, or None."""
    if not path.exists():
        return None
    if not path.is_file():
        raise StoreError(f"the progress file {path} is not a file")
    try:
        problem = store_schema.header_problem(path, has_log=Path(f"{path}-wal").exists())
        if problem is not None:
            return problem
    except OSError as error:
        raise StoreError(f"cannot read the progress file {path}: {_reason(error)}") from None
    conn = _connect(path, busy_timeout, read_only)
    try:
        return store_schema.content_problem(conn)
    except store_schema.NewerSchema as newer:
        raise StoreError(_newer_message(path, newer)) from None
    except sqlite3.Error as error:
        if _is_damage(error):
            return f"unreadable: {error}"
        raise StoreError(f"cannot read the progress file {path}: {error}") from None
    finally:
        conn.close()


def _move_aside(path: Path) -> Path:
    """Rename the file (and its WAL files, which belong to it) to ``NAME.broken-STAMP``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    extra = 2
    while target.exists():
        target = path.with_name(f"{path.name}.broken-{stamp}-{extra}")
        extra += 1
    try:
        os.rename(path, target)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.rename(side, Path(f"{target}{suffix}"))
    except OSError as error:
        raise StoreError(
            f"the progress file {path} is not a progress database and cannot be moved "
            f"aside: {_reason(error)}"
        ) from None
    return target


def _is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _newer_message(path: Path, newer: store_schema.NewerSchema) -> str:
    return (
        f"the progress file {path} was written by a newer quizapp (schema version "
        f"{newer.args[0]}, this one knows up to {store_schema.LATEST_VERSION}); "
        "left it untouched"
    )


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
