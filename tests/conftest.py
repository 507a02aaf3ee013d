"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "questions"


@pytest.fixture
def bundled_dir() -> Path:
    return BUNDLED
