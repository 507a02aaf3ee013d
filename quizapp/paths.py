"""Where things live: the bundled banks and the progress file."""

from __future__ import annotations

import os
from pathlib import Path

PROGRESS_ENV = "QUIZAPP_PROGRESS"
PROGRESS_FILENAME = "progress.sqlite3"
CACHE_ENV = "QUIZAPP_CACHE_DIR"


def bundled_banks_dir() -> Path:
    """The banks shipped with quizapp.

    An installed wheel carries them inside the package; a source checkout (and an
    editable install) has them at the top of the repository.
    """
    package = Path(__file__).resolve().parent
    installed = package / "questions"
    return installed if installed.is_dir() else package.parent / "questions"


def progress_path(override: str | Path | None = None) -> Path:
    """The progress file: ``--progress``, else ``$QUIZAPP_PROGRESS``, else the user data dir."""
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(PROGRESS_ENV)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("quizapp", appauthor=False)) / PROGRESS_FILENAME


def bank_cache_dir() -> Path:
    """Where checked banks are cached: ``$QUIZAPP_CACHE_DIR``, else the user cache dir.

    Only quizapp's own speed depends on it: deleting it at any time is safe.
    """
    from_env = os.environ.get(CACHE_ENV)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("quizapp", appauthor=False)) / "banks"
