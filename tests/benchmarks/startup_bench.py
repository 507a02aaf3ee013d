"""Startup and memory: the installed quizapp showing its first question, in a real terminal,
against the smallest Textual app showing one line, timed the same way in the same run."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from common import Result
from minimal_app import READY_TEXT
from terminal import Shown, Terminal

RUNS = 25
"""Startup is the noisiest measurement (two processes and a terminal share two cores):
single pairs of runs ranged from 1.06x to 1.46x in one run of 15, and the median of 15
from 1.07x to 1.34x between runs."""
SEED = 1
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Startup:
    app: list[Shown]
    minimal: list[Shown]
    prompt: str


def quizapp_command() -> list[str]:
    """The installed ``quizapp``: beside this Python (its venv, activated or not), else on PATH."""
    beside = shutil.which("quizapp", path=str(Path(sys.executable).parent))
    found = beside or shutil.which("quizapp")
    if found is None:
        raise SystemExit("quizapp is not installed (pip install -e .)")
    return [found]


def first_prompt(questions: Path) -> str:
    """The prompt of the first question ``quizapp play --seed 1 --count 1`` asks."""
    from quizapp.bank.check import load_checked
    from quizapp.session import Session, SessionOptions
    from quizapp.store import Store

    with Store.empty() as store:
        session = Session(
            load_checked([questions]), SessionOptions(seed=SEED, count=1), store=store
        )
        assert session.current is not None
        return session.current.question.prompt


def child_environment(folder: Path) -> dict[str, str]:
    """What both programs run with: bytecode may be written (an installed package has its
    .pyc files; a checkout run with PYTHONDONTWRITEBYTECODE would compile every start),
    and quizapp's caches live in this run's own folder, warmed by the first run."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONDONTWRITEBYTECODE", "QUIZAPP_DEBUG")
    }
    env["QUIZAPP_CACHE_DIR"] = str(folder / "cache")
    env["QUIZAPP_PROGRESS"] = str(folder / "progress.sqlite3")
    return env


def measure(runs: int = RUNS) -> Startup:
    from quizapp.paths import bundled_banks_dir

    questions = bundled_banks_dir()
    prompt = first_prompt(questions)
    with tempfile.TemporaryDirectory(prefix="quizbench-") as name:
        folder = Path(name)
        env = child_environment(folder)
        app = [
            *quizapp_command(),
            "play",
            str(questions),
            "--seed",
            str(SEED),
            "--count",
            "1",
            "--progress",
            str(folder / "progress.sqlite3"),
        ]
        minimal = [sys.executable, str(HERE / "minimal_app.py")]
        app_runs, minimal_runs = [], []
        with Terminal() as terminal:
            terminal.show(app, prompt, env)  # warm-ups: bytecode, the page cache, the bank cache
            terminal.show(minimal, READY_TEXT, env)
            for _ in range(runs):  # alternating, so that load on the machine falls on both
                app_runs.append(terminal.show(app, prompt, env))
                minimal_runs.append(terminal.show(minimal, READY_TEXT, env))
    return Startup(app_runs, minimal_runs, prompt)


def results(startup: Startup) -> list[Result]:
    def median(runs: list[Shown], field: str) -> float:
        return statistics.median(getattr(run, field) for run in runs)

    return [
        Result(
            "startup",
            median(startup.app, "seconds"),
            "s",
            1.3,
            median(startup.minimal, "seconds"),
            note=f"CPU time {median(startup.app, 'cpu_seconds') * 1000:.0f} ms vs "
            f"{median(startup.minimal, 'cpu_seconds') * 1000:.0f} ms",
        ),
        Result(
            "rss",
            median(startup.app, "peak_rss_mib"),
            "MiB",
            1.5,
            median(startup.minimal, "peak_rss_mib"),
        ),
    ]
