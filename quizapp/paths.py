"""Where things live: the bundled banks, the progress file, the cache and the settings."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from quizapp.replace_file import WriteThenReplace

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

    return Path(platformdirs.user_data_dir("quizapp", appauthor=False)) / PROGRESS_FILENAME


def bank_cache_dir() -> Path:
    """Where checked banks are cached: ``$QUIZAPP_CACHE_DIR``, else the user cache dir.

    Only quizapp's own speed depends on it: deleting it at any time is safe.
    """
    from_env = os.environ.get(CACHE_ENV)
    if from_env:
        return Path(from_env).expanduser()

    return Path(platformdirs.user_cache_dir("quizapp", appauthor=False)) / "banks"


SETTINGS_ENV = "QUIZAPP_SETTINGS"
SETTINGS_FILENAME = "settings.toml"
DEFAULT_COUNT = 10
"""Questions in a session when none is asked for: the home screen and ``play`` alike."""
SETTINGS_MODES = ("practice", "exam", "review", "sprint")
DEFAULT_SPRINT = 60.0
"""Seconds of a sprint started on the home screen, until the learner chooses others."""


@dataclass(frozen=True)
class Settings:
    """What the learner chose last time, kept between runs in a small TOML file."""

    theme: str | None = None
    """The study app's theme (the command palette's "Change theme"); None: Textual's default."""
    count: int = DEFAULT_COUNT
    """Questions in a session when none is asked for."""
    mode: str = "practice"
    """The mode the home screen starts on, and ``play``'s when none is given ("sprint": the
    home screen's alone; ``play`` then plays practice)."""
    sprint: float = DEFAULT_SPRINT
    """Seconds of a sprint started on the home screen."""
    keymap: Mapping[str, str] = field(default_factory=dict)
    """The ``[keymap]`` table: a key binding's id to the keys that replace its own
    (``"question.skip" = "ctrl+s"``), applied with Textual's ``App.set_keymap``. The
    learner writes it; saving the other settings leaves it as it is."""

    @property
    def session_mode(self) -> str:
        """The session's mode: a sprint is practice against the clock."""
        return "practice" if self.mode == "sprint" else self.mode

    @property
    def home_sprint(self) -> float | None:
        """The sprint the home screen starts on, if the mode is a sprint."""
        return self.sprint if self.mode == "sprint" else None


def settings_path() -> Path:
    """The settings file: ``$QUIZAPP_SETTINGS``, else ``settings.toml`` in the user config dir."""
    from_env = os.environ.get(SETTINGS_ENV)
    if from_env:
        return Path(from_env).expanduser()

    return Path(platformdirs.user_config_dir("quizapp", appauthor=False)) / SETTINGS_FILENAME


def read_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The saved settings (defaults where the file is missing or says nothing), and one line
    about a file that could not be used (its bad values are then left at their defaults)."""
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:  # the usual case until something is saved: no parser needed
        return Settings(), None
    except (OSError, UnicodeDecodeError) as error:
        return Settings(), f"settings file {path} ignored: {error}"
    import tomli  # deferred: quizapp/SPEED.md

    try:
        data = tomli.loads(text)
    except ValueError as error:
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
    sprint = data.get("sprint")
    if isinstance(sprint, int | float) and not isinstance(sprint, bool) and 0 < sprint < 1e9:
        values["sprint"] = float(sprint)
    elif sprint is not None:
        problems.append("sprint must be a number of seconds, more than 0")
    keymap = data.get("keymap")
    if isinstance(keymap, dict) and all(isinstance(keys, str) and keys for keys in keymap.values()):
        values["keymap"] = keymap
    elif keymap is not None:
        problems.append(
            'keymap must be a table of binding ids to keys ("question.skip" = "ctrl+s")'
        )
    unknown = sorted(set(data) - {"theme", "count", "mode", "sprint", "keymap"})
    problems += [f"unknown setting {name!r}" for name in unknown]
    notice = f"settings file {path}: {'; '.join(problems)}" if problems else None
    return Settings(**values), notice


def write_settings(settings: Settings, path: Path | None = None) -> str | None:
    """Save ``settings``; one line about the failure if they could not be saved (settings
    are a convenience: never fatal).

    Only the top-level ``theme``, ``count`` and ``mode`` lines are written: comments, other
    keys and tables in the file stay as they are. A file that is not valid TOML is left
    alone (the learner may be editing it). The new text is written to a temporary file
    beside it and moved into place, so a crash never leaves half a file.
    """
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = "# quizapp settings, kept between runs\n"
    except (OSError, UnicodeDecodeError) as error:
        return f"cannot save settings to {path}: {getattr(error, 'strerror', None) or error}"
    import tomli  # deferred: quizapp/SPEED.md

    try:
        tomli.loads(text)
    except tomli.TOMLDecodeError:
        return f"settings not saved: {path} is not valid TOML (fix or delete it)"
    text = _with_values(text, _values(settings))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with WriteThenReplace(path) as out:
            out.write(text)
    except OSError as error:
        return f"cannot save settings to {path}: {error.strerror or error}"
    return None


def _values(settings: Settings) -> dict[str, str | None]:
    """Each setting as its TOML value (None: the line goes)."""
    import json  # deferred: quizapp/SPEED.md

    return {
        "theme": json.dumps(settings.theme) if settings.theme else None,
        "count": str(settings.count),
        "mode": json.dumps(settings.mode),
        "sprint": f"{settings.sprint:g}" if settings.sprint.is_integer() else repr(settings.sprint),
    }


def _with_values(text: str, values: dict[str, str | None]) -> str:
    """``text`` with each top-level ``key = value`` line of ``values`` replaced, added
    before the first table, or (value None) removed."""
    lines = text.splitlines()
    top = next((n for n, line in enumerate(lines) if line.lstrip().startswith("[")), len(lines))
    kept: list[str] = []
    for line in lines[:top]:
        found = re.match(r"\s*([A-Za-z_]+)\s*=", line)
        key = found.group(1) if found else None
        if key in values:
            value = values.pop(key)
            if value is not None:
                kept.append(f"{key} = {value}")
        else:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    kept += [f"{key} = {value}" for key, value in values.items() if value is not None]
    rest = lines[top:]
    return "\n".join([*kept, *([""] if rest else []), *rest]) + "\n"
