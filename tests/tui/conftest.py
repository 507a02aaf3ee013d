"""Fixtures for the TUI tests: small banks, a fake clock, a real progress file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tui_helpers import DATA

from quizapp.bank.loader import load_bank
from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.store import Store


@pytest.fixture(scope="session")
def every_type() -> Bank:
    return load_bank(DATA / "every-type.toml")


@pytest.fixture(scope="session")
def literal_bank() -> Bank:
    return load_bank(DATA / "literal.toml")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "progress.sqlite3")
    yield opened
    opened.close()
