"""The join screen of a served class, pressed like a learner would."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.bank.loader import parse_bank
from quizapp.serve.config import ClassConfig
from quizapp.session import SessionOptions
from quizapp.tui.screens.join import JoinScreen, ServedApp

BANK = parse_bank(
    """
[bank]
id = "cls"
title = "Class bank"

[[questions]]
id = "capital"
type = "short"
prompt = "Capital of Ukraine?"
answers = ["Kyiv"]

[[questions]]
id = "year"
type = "number"
prompt = "Year of the call?"
answer = 2023
""",
    "cls.toml",
)


def served(tmp_path: Path, code: str | None = None, fixed: bool = False) -> ServedApp:
    config = ClassConfig(class_dir=str(tmp_path / "class"), code=code)
    options = SessionOptions(mode="practice", seed=1) if fixed else None
    return ServedApp([BANK], config, options)


async def type_in(pilot, selector: str, text: str) -> None:  # type: ignore[no-untyped-def]
    pilot.app.screen.query_one(selector).focus()
    await pilot.press(*text) if text else None


def problem(app: ServedApp) -> str:
    return str(app.screen.query_one("#join-problem").render())


async def test_a_wrong_code_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    app = served(tmp_path, code="ABCD2345")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_in(pilot, "#join-name", "Ana")
        await type_in(pilot, "#join-code", "WRONG")
        await pilot.press("enter")
        assert isinstance(app.screen, JoinScreen)
        assert problem(app) == "That join code is not this class's. Check the board and try again."
        assert app.store is None
    assert not (tmp_path / "class").exists()


async def test_the_right_code_and_a_name_open_the_learners_home(tmp_path: Path) -> None:
    from quizapp.tui.screens.home import HomeScreen

    app = served(tmp_path, code="ABCD2345")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_in(pilot, "#join-name", "Ana")
        await type_in(pilot, "#join-code", "abcd 2345")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.learner_name == "Ana"
        assert app.store is not None and app.store.path.parent == tmp_path / "class"


@pytest.mark.parametrize("name", ["x" * 10_000, "a\x07b", " "])
async def test_bad_names_get_a_clear_line(tmp_path: Path, name: str) -> None:
    app = served(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one("#join-name").value = name  # pasted
        await pilot.press("enter")
        assert isinstance(app.screen, JoinScreen)
        assert problem(app) in {
            "A name is at most 40 characters.",
            "A name has only printable characters.",
            "Type your name.",
        }
    assert not list((tmp_path / "class").glob("*.sqlite3"))


async def test_a_fixed_session_starts_at_its_first_question_and_ends_back_at_join(
    tmp_path: Path,
) -> None:
    from quizapp.tui.screens.question import QuestionScreen

    app = served(tmp_path, fixed=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_in(pilot, "#join-name", "Ben")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        app.go_home()
        await pilot.pause()
        assert isinstance(app.screen, JoinScreen)
        assert "Your answers are saved" in str(app.screen.query_one("#join-note").render())


@pytest.mark.parametrize("size", [(40, 15), (60, 20), (80, 24), (200, 60)])
async def test_the_join_screen_fits(tmp_path: Path, size: tuple[int, int]) -> None:
    app = served(tmp_path, code="ABCD2345")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        shown = ["#join-name", "#join-code"] + (["#join-button"] if size[1] >= 22 else [])
        for selector in shown:
            region = screen.query_one(selector).region
            assert region.width > 0 and region.height > 0
            assert region.right <= size[0] and region.bottom <= size[1] - 1, selector
