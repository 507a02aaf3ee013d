"""Fixtures for the end-to-end tests: the installed quizapp, a private home, real terminals.

Every child process gets a home, XDG folders, a progress file and a bank cache of
its own under the test's tmp_path, so nothing of the user's is read or touched.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from line_process import LineProcess
from tmux_terminal import Terminal, tmux_path

REPO = Path(__file__).resolve().parents[2]
BUNDLED_BANK = REPO / "questions" / "xi-zelensky-call.toml"

# Variables of the outer environment that would change what the app does or how big
# it thinks its terminal is.
DROPPED_PREFIXES = ("QUIZAPP_", "XDG_", "TMUX", "TEXTUAL", "PYTHON")
DROPPED_NAMES = {"COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR"}


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def bundled_bank() -> Path:
    """The bank shipped with quizapp, as the repository holds it."""
    return BUNDLED_BANK


@pytest.fixture(scope="session")
def quizapp_exe() -> Path:
    """The console script installed next to this Python (``pip install -e '.[test]'``)."""
    script = Path(sys.executable).parent / "quizapp"
    if not script.is_file():
        pytest.fail(f"{script} is missing: install the repo first (pip install -e '.[test]')")
    return script


@pytest.fixture
def progress_file(tmp_path: Path) -> Path:
    return tmp_path / "progress.sqlite3"


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """The child's working directory: an empty folder, not the repository."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    return folder


@pytest.fixture
def app_env(tmp_path: Path, progress_file: Path) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(DROPPED_PREFIXES) and name not in DROPPED_NAMES
    }
    home = tmp_path / "home"
    xdg = {
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
    }
    for folder in xdg.values():
        folder.mkdir(parents=True)
    env.update({name: str(folder) for name, folder in xdg.items()})
    env.update(
        HOME=str(home),
        QUIZAPP_PROGRESS=str(progress_file),
        QUIZAPP_CACHE_DIR=str(tmp_path / "cache"),
        TERM="xterm-256color",
        LC_ALL="C.UTF-8",
    )
    return env


@pytest.fixture
def open_terminal(app_env: dict[str, str], workdir: Path) -> Iterator[Callable[..., Terminal]]:
    """Start a program in a tmux pane of a given size; every server is killed afterwards."""
    tmux = tmux_path()
    if tmux is None:
        pytest.skip("tmux is not installed (.ci/run installs it)")
    opened: list[Terminal] = []

    def start(argv: Sequence[str | Path], width: int = 80, height: int = 24) -> Terminal:
        terminal = Terminal(tmux, width, height)
        opened.append(terminal)
        terminal.start([str(arg) for arg in argv], app_env, workdir)
        return terminal

    yield start
    for terminal in opened:
        terminal.kill()


@pytest.fixture
def start_lines(app_env: dict[str, str], workdir: Path) -> Iterator[Callable[..., LineProcess]]:
    """Start a program on pipes; every one still running is killed afterwards."""
    started: list[LineProcess] = []

    def start(argv: Sequence[str | Path]) -> LineProcess:
        process = LineProcess([str(arg) for arg in argv], app_env, workdir)
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()
