"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "questions"


@pytest.fixture(autouse=True)
def private_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test, and every process it starts (they inherit the environment), keeps its
    bank cache, progress file, settings and other user folders in a folder of its own:
    no test reads or writes the developer's real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("QUIZAPP_CACHE_DIR", str(home / "cache" / "banks"))
    monkeypatch.setenv("QUIZAPP_PROGRESS", str(home / "progress.sqlite3"))
    for name, folder in (
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(name, str(home / folder))


@pytest.fixture
def bundled_dir() -> Path:
    return BUNDLED
