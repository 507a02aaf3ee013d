"""Fixtures for the progress store tests: real SQLite files in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest

from quizapp.store import Store


@pytest.fixture
def progress_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "progress.sqlite3"


@pytest.fixture
def store(progress_file: Path) -> Iterator[Store]:
    """A store on a fresh file, counting days in UTC so tests do not depend on the machine."""
    opened = Store.open(progress_file, tz=UTC)
    yield opened
    opened.close()
