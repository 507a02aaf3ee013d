"""Each deferral quizapp/SPEED.md keeps, checked where it pays: after the study app has
put its first question on the screen (or a command has run), the deferred module has
not been imported. A test here fails when a change makes the deferral stop paying."""

from __future__ import annotations

import ast
import re
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
    deferred = FIRST_QUESTION_DEFERS
    printed = output_of(FIRST_QUESTION.format(cache=cache, progress=progress, deferred=deferred))
    return set(printed.splitlines()[-1].split()) - {"none"}


FIRST_QUESTION_DEFERS = (
    "pydantic",  # the bank cache: a checked bank is built without validating it again
    "quizapp.bank.check",  # ... nor checking it
    "quizapp.bank.lint",
    "fsrs",  # the scheduler: with the first card made, read or reviewed
    "quizapp.grading",  # the graders: with the first answer
    "quizapp.plain",  # line mode's front end: only for --plain
    "rapidfuzz",  # with the first typed answer that is not exact
    "tomli",  # with a settings file (the bank cache holds banks parsed)
    "json",  # with the first session recorded or question hashed
    "quizapp.tui.screens.home",  # each other screen: when it is first shown
    "quizapp.tui.screens.stats",
    "quizapp.tui.screens.results",
    "quizapp.tui.screens.help",
    "quizapp.tui.screens.confirm",
    "quizapp.tui.screens.feedback",
    "quizapp.tui.screens.nothing_due",
    "quizapp.store.stats",  # ... and what the stats screen reads
    "quizapp.store.insights",
    "readline",  # line mode's line editor changes input() for the whole process
)


@pytest.mark.parametrize("module", FIRST_QUESTION_DEFERS)
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


def test_help_imports_no_command_s_heavy_work() -> None:
    """``quizapp --help`` imports every command module to list it: what one command alone
    needs (the study app, validation, the class server, the drafter, near-miss matching)
    waits for it."""
    heavy = (
        *("textual", "pydantic", "aiohttp", "textual_serve"),
        *("syntok", "text_to_num", "rapidfuzz"),
    )
    script = (
        "import sys\n"
        "from quizapp.cli import cli\n"
        "try:\n"
        "    cli.main(['--help'], prog_name='quizapp')\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print([m for m in {heavy!r} if m in sys.modules])\n"
    )
    assert output_of(script).splitlines()[-1] == "[]"


DEFERRED = "# deferred: quizapp/SPEED.md"
QUIZAPP = Path(__file__).resolve().parents[2] / "quizapp"


def function_level_imports() -> dict[str, list[tuple[int, str]]]:
    """Each module's imports made inside a function: its path, then (line, source)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for path in sorted(QUIZAPP.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Import | ast.ImportFrom):
                        name = path.relative_to(QUIZAPP.parent).as_posix()
                        statement = lines[inner.lineno - 1 : inner.end_lineno]
                        found.setdefault(name, []).append((inner.lineno, "\n".join(statement)))
    return found


def test_every_import_inside_a_function_is_a_recorded_deferral() -> None:
    """An import inside a function is a deferral quizapp/SPEED.md records, and says so on
    its line; anything else is imported at the top of its module, where a reader looks."""
    unmarked = [
        f"{path}:{line}"
        for path, imports in function_level_imports().items()
        for line, source in imports
        if DEFERRED not in source
    ]
    assert unmarked == []


def test_speed_md_names_every_module_that_defers_and_no_other() -> None:
    record = (QUIZAPP / "SPEED.md").read_text(encoding="utf-8")
    table = record.split("## Deferrals kept")[1].split("\n## ")[0]
    named = set(re.findall(r"`(quizapp/[\w/]+\.py)`", table))
    assert named == set(function_level_imports())
