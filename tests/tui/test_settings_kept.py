"""Settings that last: the theme, the count and the mode are saved as the learner changes them
and come back next run; a settings file that cannot be read or written is said once and the
app goes on. Every test here uses the private config folder the autouse fixture sets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import Input, RadioSet
from tui_helpers import notices, press, screen_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.paths import Settings, read_settings, settings_path, write_settings
from quizapp.tui.app import make_app
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.question import QuestionScreen


def test_the_settings_file_is_in_the_private_config_folder() -> None:
    assert settings_path().is_relative_to(Path(os.environ["XDG_CONFIG_HOME"]))


async def test_a_theme_chosen_in_the_palette_is_kept_and_marked_next_time(
    every_type: Bank, clock: FakeClock
) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.action_change_theme()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await press(pilot, *"nord", "enter")
        assert app.theme == "nord"
    assert read_settings()[0].theme == "nord"

    again = make_app([every_type], None, clock=clock)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"
        again.action_change_theme()
        await pilot.pause()
        await pilot.pause()
        text = screen_text(again)
        assert "nord  ✓" in text and "the theme now" in text
        assert "gruvbox  ✓" not in text


async def test_the_count_and_mode_a_session_starts_with_are_kept(
    every_type: Bank, clock: FakeClock
) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert home.query_one("#count", Input).value == "9"  # ten, cut to the bank's nine
        home.query_one("#mode", RadioSet).query("RadioButton")[1].value = True  # exam
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)
    # the count was left as shown: the saved ten stays (not the nine it was cut to)
    assert read_settings()[0] == Settings(count=10, mode="exam")

    again = make_app([every_type], None, clock=clock)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = again.screen
        assert isinstance(home, HomeScreen)
        pressed = home.query_one("#mode", RadioSet).pressed_button
        assert pressed is not None and pressed.name == "exam"
        home.query_one("#count", Input).value = "4"
        await press(pilot, "enter")
    assert read_settings()[0] == Settings(count=4, mode="exam")
    again = make_app([every_type], None, clock=clock)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.screen.query_one("#count", Input).value == "4"


def test_saving_keeps_other_lines_and_tables_of_the_file() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('# mine\ncount = 3  # three\n\n[keymap]\nskip = "ctrl+k"\n', encoding="utf-8")
    assert write_settings(Settings(theme="nord", count=7, mode="exam")) is None
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# mine\ncount = 7\n")
    assert '[keymap]\nskip = "ctrl+k"\n' in text
    kept = Settings(theme="nord", count=7, mode="exam", keymap={"skip": "ctrl+k"})
    assert read_settings()[0] == kept
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("count = [", "ignored"),
        ('theme = "no-such-theme"\n', "unknown theme 'no-such-theme'"),
    ],
)
async def test_a_malformed_settings_file_is_said_once_and_left_alone(
    every_type: Bank, clock: FakeClock, content: str, said: str
) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        shown = notices(app)
        assert len(shown) == 1 and said in shown[0]
        app.theme = "nord"
        await pilot.pause()
        await press(pilot, "enter")
        assert isinstance(app.screen, QuestionScreen)
        assert not notices(app)  # the start cleared the notice; none came again
    if content == "count = [":
        assert path.read_text(encoding="utf-8") == content  # the learner's file, untouched
    else:
        assert read_settings()[0].theme == "nord"


@pytest.mark.parametrize("where", ["proc", "file-for-folder"])
async def test_an_unwritable_settings_file_is_said_once_and_the_app_goes_on(
    every_type: Bank, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    if where == "proc":  # missing (so read as defaults), and not even root may write there
        monkeypatch.setenv("QUIZAPP_SETTINGS", "/proc/quizapp-settings.toml")
        said = "cannot save settings to /proc/quizapp-settings.toml"
    else:  # a file where its folder should be: it cannot be read either
        folder = settings_path().parent
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.write_text("a file where the folder should be", encoding="utf-8")
        said = "ignored: [Errno 20] Not a directory"
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.theme = "nord"
        await pilot.pause()
        shown = notices(app)
        assert len(shown) == 1 and said in shown[0]
        await press(pilot, "enter")  # a session starts all the same (saving fails again)
        assert isinstance(app.screen, QuestionScreen)
        assert not notices(app)  # the start cleared the notice; none came again
