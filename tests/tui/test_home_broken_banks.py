"""``quizapp PATH...`` on a folder with a broken bank: home offers the good banks and lists
the broken one with its first located error, literally."""

from __future__ import annotations

from pathlib import Path

import pytest
from small_banks import GOOD, broken_bank
from tui_helpers import press, screen_text

from quizapp.bank.opening import open_banks
from quizapp.clock import FakeClock
from quizapp.store import Store
from quizapp.tui.app import make_app
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.question import QuestionScreen

# Passes as TOML but fails check; the answer quoted in the error looks like markup.
BROKEN = broken_bank("broken", answer="[b]red[/b]")
# A file name that would drive the terminal if written raw.
BROKEN_NAME = "b-\x1b[31mred.toml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    banks = tmp_path / "banks"
    banks.mkdir()
    (banks / "a-good.toml").write_text(GOOD, encoding="utf-8")
    (banks / BROKEN_NAME).write_text(BROKEN, encoding="utf-8")
    return banks


@pytest.mark.parametrize("size", [(40, 15), (60, 20), (80, 24), (200, 60)])
async def test_home_lists_a_broken_bank_with_its_first_error_and_plays_the_good_one(
    folder: Path, clock: FakeClock, store: Store, size: tuple[int, int]
) -> None:
    opened = open_banks([folder])
    assert [bank.title for bank in opened.banks] == ["Good bank"]
    app = make_app(opened.banks, store, clock=clock, broken=opened.broken)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        listed = home.query_one("#broken-banks")
        listed.scroll_visible(animate=False)
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "Good bank" in text
        assert "Not opened: 1 bank with errors" in text
        # the file name with its escape made visible, then line and column, then the
        # error with the would-be markup as written
        shown = " ".join(str(child.render()) for child in listed.query(".broken-bank"))
        assert "b-\\x1b[31mred.toml:" in shown
        assert "'[b]red[/b]' is not one of the choices" in shown
        assert "\x1b" not in text
        # Enter starts a session on the good bank
        home.query_one("#bank-list").focus()
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)
        assert [bank.id for bank in app.screen.session.banks] == ["good"]


async def test_home_without_broken_banks_has_no_such_list(
    folder: Path, clock: FakeClock, store: Store
) -> None:
    (folder / BROKEN_NAME).unlink()
    opened = open_banks([folder])
    app = make_app(opened.banks, store, clock=clock, broken=opened.broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query("#broken-banks")
        assert "Not opened" not in screen_text(app)
