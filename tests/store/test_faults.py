"""Files that are not progress databases, newer schemas, unusable locations."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC
from pathlib import Path

import pytest
from store_helpers import answer

from quizapp.store import Store, StoreError
from quizapp.store import schema as store_schema

BROKEN_NAME = re.compile(r"^progress\.sqlite3\.broken-\d{8}-\d{6}(-\d+)?$")


def filled_store(path: Path, answers: int = 400) -> None:
    """A real progress file of many pages, closed cleanly (no WAL left beside it)."""
    with Store.open(path, tz=UTC) as store:
        for n in range(answers):
            store.record_answer(answer(f"q{n % 50}", response="x" * 200))
        store.refresh()
    assert not Path(f"{path}-wal").exists()


def broken_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".broken-" in p.name)


def assert_moved_aside_and_fresh(path: Path, original: bytes, reason: str) -> None:
    """The old bytes are kept under a .broken- name; a new, working store took the path."""
    store = Store.open(path, tz=UTC)
    try:
        assert store.notice is not None
        assert reason in store.notice
        assert "\n" not in store.notice
        moved = [p for p in broken_files(path.parent) if not p.name.endswith(("-wal", "-shm"))]
        assert len(moved) == 1
        assert BROKEN_NAME.match(moved[0].name), moved[0].name
        assert moved[0].name in store.notice
        assert moved[0].read_bytes() == original
        store.record_answer(answer("capital"))
        assert [a.question_id for a in store.iter_answers()] == ["capital"]
    finally:
        store.close()
    with Store.open(path) as again:  # and the new file is a good one
        assert again.notice is None


def test_garbage_bytes_are_moved_aside(progress_file: Path) -> None:
    progress_file.parent.mkdir(parents=True)
    garbage = b"this is not a database\x00\xff" * 400
    progress_file.write_bytes(garbage)
    assert_moved_aside_and_fresh(progress_file, garbage, "not an SQLite database")


def test_tiny_file_is_moved_aside(progress_file: Path) -> None:
    progress_file.parent.mkdir(parents=True)
    progress_file.write_bytes(b"SQLite")
    assert_moved_aside_and_fresh(progress_file, b"SQLite", "not an SQLite database")


@pytest.mark.parametrize("cut", ["page_boundary", "mid_page", "header_only"])
def test_truncated_file_is_moved_aside(progress_file: Path, cut: str) -> None:
    filled_store(progress_file)
    data = progress_file.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    keep = {
        "page_boundary": len(data) // 2 // page_size * page_size,
        "mid_page": len(data) // 2 + 123,
        "header_only": 50,
    }[cut]
    assert 0 < keep < len(data)
    progress_file.write_bytes(data[:keep])
    expected = "not an SQLite database" if cut == "header_only" else "truncated"
    assert_moved_aside_and_fresh(progress_file, data[:keep], expected)


def test_damaged_schema_page_is_moved_aside(progress_file: Path) -> None:
    filled_store(progress_file, answers=10)
    data = bytearray(progress_file.read_bytes())
    data[100:1000] = b"\xa5" * 900  # page 1 after the header: the schema table's b-tree
    progress_file.write_bytes(bytes(data))
    assert_moved_aside_and_fresh(progress_file, bytes(data), "unreadable")


def test_another_programs_sqlite_is_moved_aside(progress_file: Path) -> None:
    progress_file.parent.mkdir(parents=True)
    conn = sqlite3.connect(progress_file)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    original = progress_file.read_bytes()
    assert_moved_aside_and_fresh(progress_file, original, "another program")


def test_wal_files_move_with_the_broken_file(progress_file: Path) -> None:
    """A log left beside a broken file belongs to it: replayed into a new file it would
    corrupt it, so it moves along, keeping its pairing with the moved file's name."""
    progress_file.parent.mkdir(parents=True)
    progress_file.write_bytes(b"garbage" * 100)
    Path(f"{progress_file}-wal").write_bytes(b"old log")
    with Store.open(progress_file) as store:
        assert store.notice is not None
    names = [p.name for p in broken_files(progress_file.parent)]
    assert any(name.endswith("-wal") for name in names)
    moved_log = next(p for p in broken_files(progress_file.parent) if p.name.endswith("-wal"))
    assert moved_log.read_bytes() == b"old log"


def test_empty_files_are_initialised_in_place(progress_file: Path) -> None:
    progress_file.parent.mkdir(parents=True)
    progress_file.write_bytes(b"")
    with Store.open(progress_file) as store:
        assert store.notice is None
    empty_sqlite = progress_file.with_name("empty.sqlite3")
    sqlite3.connect(empty_sqlite).close()
    with Store.open(empty_sqlite) as store:
        assert store.notice is None
    assert broken_files(progress_file.parent) == []


def test_newer_schema_is_refused_and_left_untouched(progress_file: Path) -> None:
    filled_store(progress_file, answers=5)
    conn = sqlite3.connect(progress_file)
    conn.execute(f"PRAGMA user_version = {store_schema.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = progress_file.read_bytes()
    listing = sorted(p.name for p in progress_file.parent.iterdir())
    with pytest.raises(StoreError, match="newer quizapp") as refused:
        Store.open(progress_file)
    assert "\n" not in str(refused.value)
    assert progress_file.read_bytes() == before
    assert sorted(p.name for p in progress_file.parent.iterdir()) == listing


def test_unwritable_location_is_a_store_error(tmp_path: Path) -> None:
    # A path under a regular file cannot be created, whoever runs the test (even root).
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create the folder") as refused:
        Store.open(blocker / "sub" / "p.sqlite3")
    assert "\n" not in str(refused.value)
    assert blocker.read_text() == "not a folder"


def test_a_folder_in_place_of_the_file_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "progress.sqlite3").mkdir()
    with pytest.raises(StoreError, match="not a file"):
        Store.open(tmp_path / "progress.sqlite3")
