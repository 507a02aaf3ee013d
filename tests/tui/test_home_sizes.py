"""The home screen at every size: nothing ticked out of sight, everything reachable."""

from __future__ import annotations

import pytest
from textual.widgets import Button
from tui_helpers import press, screen_text

from quizapp.bank.loader import load_bank
from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.paths import bundled_banks_dir
from quizapp.tui.app import make_app
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.question import QuestionScreen
from quizapp.tui.widgets.checklist import CheckList

SIZES = [(40, 15), (60, 20), (80, 24), (200, 60)]


@pytest.fixture(scope="module")
def bundled() -> Bank:
    return load_bank(bundled_banks_dir() / "xi-zelensky-call.toml")


def visible(app: object, widget: object) -> bool:
    """The widget's whole region is inside the screen."""
    region = widget.region  # type: ignore[attr-defined]
    screen = app.screen.region  # type: ignore[attr-defined]
    return region.height > 0 and screen.contains_region(region)


@pytest.mark.parametrize("size", SIZES)
async def test_every_tag_ticked_is_on_screen_when_ticked(
    bundled: Bank, every_type: Bank, clock: FakeClock, size: tuple[int, int]
) -> None:
    app = make_app([bundled, every_type], None, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        tags: CheckList[str] = home.query_one("#tag-list", CheckList)
        tags.focus()
        await pilot.pause()
        for index, tag in enumerate(tags.values):
            if index:
                await press(pilot, "down")
            await press(pilot, "space")
            # the tag just ticked is drawn, whole, with its tick, on the screen
            assert f"[✓] {tag}" in screen_text(app), (size, tag)
        assert tags.selected == tags.values


@pytest.mark.parametrize("size", SIZES)
async def test_tab_reaches_every_setting_and_start_in_view(
    bundled: Bank, every_type: Bank, clock: FakeClock, size: tuple[int, int]
) -> None:
    app = make_app([bundled, every_type], None, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        home = app.screen
        reached = set()
        for _ in range(8):
            await press(pilot, "tab")
            focused = app.focused
            assert focused is not None
            assert visible(app, focused), (size, focused)
            reached.add(focused.id)
        assert {"mode", "count", "question-time", "session-time", "start", "tag-list"} <= reached
        home.query_one("#start", Button).focus()
        await press(pilot, "tab", "shift+tab")
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)


@pytest.mark.parametrize("size", SIZES)
async def test_no_word_is_cut_into_letters(
    bundled: Bank, every_type: Bank, clock: FakeClock, size: tuple[int, int]
) -> None:
    """Below 65 columns the Tags column used to wrap one letter a line."""
    app = make_app([bundled, every_type], None, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        text = screen_text(app)
        if size[1] >= 20:  # complete at 60×20 and up: every setting without scrolling
            for needed in ("Banks", "Mode", "Questions", "Per question", "Whole session"):
                assert needed in text, (size, needed)
        home = app.screen
        home.query_one("#home-column").scroll_end(animate=False)
        await pilot.pause()
        text = screen_text(app)
        assert "Tags (none ticked: all)" in text
        assert "[ ] books  1" in text  # the first tag, whole
