"""Each deferral quizapp/SPEED.md keeps, checked where it pays: after the study app has
put its first question on the screen (or a command has run), the deferred module has
not been imported. A test here fails when a change makes the deferral stop paying."""

from __future__ import annotations

from pathlib import Path

import pytest
from fresh_python import output_of

FIRST_QUESTION = """
import asyncio, sys
from pathlib import Path
from quizapp.bank.cache import BankCache
from quizapp.clock import FakeClock
from quizapp.paths import bundled_banks_dir
from quizapp.session import Session, SessionOptions
from quizapp.store import Store
from quizapp.tui.app import make_app

banks = BankCache(Path({cache!r})).load([bundled_banks_dir()])
assert banks is not None, "the bank cache was not filled"
store = Store.open(Path({progress!r}))
session = Session(banks, SessionOptions(seed=1, count=3), clock=FakeClock(), store=store)
app = make_app(banks, store, session=session)

async def first_question() -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#prompt") is not None

asyncio.run(first_question())
print(" ".join(name for name in {deferred!r} if name in sys.modules) or "none")
"""

FILL_CACHE = """
from pathlib import Path
from quizapp.bank.cache import BankCache
from quizapp.bank.check import check_paths
from quizapp.paths import bundled_banks_dir
assert check_paths([bundled_banks_dir()], BankCache(Path({cache!r}))).ok
"""


@pytest.fixture(scope="module")
def after_first_question(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """What of the deferred modules the study app imported to show its first question."""
    folder = tmp_path_factory.mktemp("startup")
    cache, progress = str(folder / "cache"), str(folder / "progress.sqlite3")
    output_of(FILL_CACHE.format(cache=cache))
    deferred = ("pydantic", "tomli", "quizapp.bank.check", "quizapp.bank.lint", "fsrs")
    printed = output_of(FIRST_QUESTION.format(cache=cache, progress=progress, deferred=deferred))
    return set(printed.splitlines()[-1].split()) - {"none"}


@pytest.mark.parametrize(
    "module",
    [
        "pydantic",  # the bank cache: a checked bank is built without validating it again
        "tomli",  # ... nor parsing its TOML
        "quizapp.bank.check",  # ... nor checking it
        "quizapp.bank.lint",
        "fsrs",  # the scheduler: with the first card made, read or reviewed
    ],
)
def test_the_first_question_is_shown_without(after_first_question: set[str], module: str) -> None:
    assert module not in after_first_question


def test_commands_that_show_no_screen_do_not_import_textual(tmp_path: Path) -> None:
    """``quizapp check`` (and every other command but the study app) runs without Textual."""
    script = (
        "import sys\n"
        "from quizapp.cli import cli\n"
        "from quizapp.paths import bundled_banks_dir\n"
        "try:\n"
        "    cli.main(['check', str(bundled_banks_dir())], prog_name='quizapp')\n"
        "except SystemExit as done:\n"
        "    assert done.code == 0, done.code\n"
        "print([m for m in ('textual', 'fsrs') if m in sys.modules])\n"
    )
    assert output_of(script).splitlines()[-1] == "[]"
