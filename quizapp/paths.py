"""Where things live: the bundled banks, the progress file, the cache and the settings."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


SETTINGS_ENV = "QUIZAPP_SETTINGS"
SETTINGS_FILENAME = "settings.toml"
DEFAULT_COUNT = 10
"""Questions in a session when none is asked for: the home screen and ``play`` alike."""
SETTINGS_MODES = ("practice", "exam", "review")


@dataclass(frozen=True)
class Settings:
    """What the learner chose last time, kept between runs in a small TOML file."""

    theme: str | None = None
    """The study app's theme (the command palette's "Change theme"); None: Textual's default."""
    count: int = DEFAULT_COUNT
    """Questions in a session when none is asked for."""
    mode: str = "practice"
    """The mode the home screen starts on, and ``play``'s when none is given."""


def settings_path() -> Path:
    """The settings file: ``$QUIZAPP_SETTINGS``, else ``settings.toml`` in the user config dir."""
    from_env = os.environ.get(SETTINGS_ENV)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("quizapp", appauthor=False)) / SETTINGS_FILENAME


def read_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The saved settings (defaults where the file is missing or says nothing), and one line
    about a file that could not be used (its bad values are then left at their defaults)."""
    path = path or settings_path()
    try:
        import tomli

        data = tomli.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(), None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return Settings(), f"settings file {path} ignored: {error}"
    problems: list[str] = []
    values: dict[str, Any] = {}
    theme = data.get("theme")
    if isinstance(theme, str) and theme:
        values["theme"] = theme
    elif theme is not None:
        problems.append("theme must be a theme's name")
    count = data.get("count")
    if isinstance(count, int) and not isinstance(count, bool) and count >= 1:
        values["count"] = count
    elif count is not None:
        problems.append("count must be a whole number, at least 1")
    mode = data.get("mode")
    if mode in SETTINGS_MODES:
        values["mode"] = mode
    elif mode is not None:
        problems.append(f"mode must be one of {', '.join(SETTINGS_MODES)}")
    unknown = sorted(set(data) - {"theme", "count", "mode"})
    problems += [f"unknown setting {name!r}" for name in unknown]
    notice = f"settings file {path}: {'; '.join(problems)}" if problems else None
    return Settings(**values), notice


def write_settings(settings: Settings, path: Path | None = None) -> str | None:
    """Save ``settings`` (written whole to a new file, then moved into place); one line
    about the failure if it could not be saved (settings are a convenience: never fatal)."""
    import json

    path = path or settings_path()
    lines = ["# quizapp settings, kept between runs", ""]
    if settings.theme:
        lines.append(f"theme = {json.dumps(settings.theme)}")
    lines.append(f"count = {settings.count}")
    lines.append(f"mode = {json.dumps(settings.mode)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".new")
        partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        return f"cannot save settings to {path}: {error.strerror or error}"
    return None
