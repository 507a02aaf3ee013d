"""Every key binding has an id, so a learner can give it other keys: the settings file's
[keymap] table, applied with Textual's App.set_keymap."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode
from tui_helpers import press, screen_text, session_of

import quizapp.tui
from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.paths import Settings, read_settings, write_settings
from quizapp.tui.app import make_app


def declared_bindings() -> list[tuple[str, Binding]]:
    """Every binding a class of the study app declares, with the class's name."""
    for module in pkgutil.walk_packages(quizapp.tui.__path__, "quizapp.tui."):
        importlib.import_module(module.name)
    found = []
    classes: list[type] = [DOMNode]
    while classes:
        cls = classes.pop()
        classes += cls.__subclasses__()
        if cls.__module__.startswith("quizapp.") and "BINDINGS" in vars(cls):
            found += [(cls.__qualname__, b) for b in vars(cls)["BINDINGS"]]
    return found


def test_every_binding_has_an_id_of_its_own() -> None:
    found = declared_bindings()
    assert len(found) > 30
    assert [name for name, binding in found if not isinstance(binding, Binding)] == []
    assert [f"{name}: {b.key}" for name, b in found if not b.id] == []
    ids = [binding.id for _, binding in found]
    assert len(ids) == len(set(ids))


async def test_a_key_given_in_the_keymap_does_what_the_binding_did(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "legs", clock=clock)
    settings = Settings(keymap={"question.skip": "ctrl+s"})
    app = make_app(session.banks, None, session=session, clock=clock, settings=settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "^s" in screen_text(app)  # the footer shows the new key
        await press(pilot, "ctrl+n")  # the old key no longer skips
        assert session.current is not None and session.current.question.id == "capital"
        await press(pilot, "ctrl+s")
        assert session.current is not None and session.current.question.id == "legs"
        assert "How many legs" in screen_text(app)


def test_the_keymap_table_is_read_and_kept_when_settings_are_saved(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('count = 5\n\n[keymap]\n"question.skip" = "ctrl+s"\n', encoding="utf-8")
    settings, notice = read_settings(path)
    assert notice is None
    assert settings == Settings(count=5, keymap={"question.skip": "ctrl+s"})
    assert write_settings(Settings(count=7, keymap=settings.keymap), path) is None
    assert read_settings(path) == (Settings(count=7, keymap={"question.skip": "ctrl+s"}), None)


def test_a_keymap_that_is_not_a_table_of_keys_is_named_and_left_out(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('keymap = "ctrl+s"\n', encoding="utf-8")
    settings, notice = read_settings(path)
    assert settings == Settings()
    assert notice is not None and "keymap must be a table" in notice
    path.write_text('[keymap]\n"question.skip" = 3\n', encoding="utf-8")
    assert read_settings(path)[0] == Settings()


async def test_the_help_screen_names_the_keys_of_the_keymap(
    every_type: Bank, clock: FakeClock
) -> None:
    session = session_of(every_type, "capital", "legs", clock=clock)
    settings = Settings(keymap={"question.skip": "ctrl+s"})
    app = make_app(session.banks, None, session=session, clock=clock, settings=settings)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await press(pilot, "question_mark")
        skip = [line for line in screen_text(app).splitlines() if "Skip" in line]
        assert skip and "ctrl+s" in skip[0] and "ctrl+n" not in skip[0]


def test_the_readme_names_only_binding_ids_that_exist() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    part = readme[readme.index("Your own keys") : readme.index("The question screen's header")]
    named = {name for name in re.findall(r'[`"]([a-z]+\.[a-z0-9-]+)[`"]', part)}
    named.discard("settings.toml")
    assert len(named) > 20
    assert named <= {binding.id for _, binding in declared_bindings()}
