"""The installed ``quizapp`` opened on banks from the command line, in a real terminal: the
home screen offers what opens and names what does not."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from small_banks import GOOD, broken_bank
from tmux_terminal import Terminal, flat

pytestmark = pytest.mark.e2e

OpenTerminal = Callable[..., Terminal]

BROKEN = broken_bank("broken")


def key_of(shown: str, choice: str) -> str:
    """The number key of ``choice`` on the question screen (choices are shuffled)."""
    found = re.search(rf"(\d)\W+{choice}", shown)
    assert found is not None, shown
    return found.group(1)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    banks = tmp_path / "banks"
    banks.mkdir()
    (banks / "a-good.toml").write_text(GOOD, encoding="utf-8")
    (banks / "b-broken.toml").write_text(BROKEN, encoding="utf-8")
    return banks


@pytest.mark.parametrize("size", [(40, 15), (80, 24)])
def test_quizapp_path_lists_the_broken_bank_on_home_and_plays_the_good_one(
    open_terminal: OpenTerminal, quizapp_exe: Path, folder: Path, size: tuple[int, int]
) -> None:
    term = open_terminal([quizapp_exe, folder], width=size[0], height=size[1])
    shown = term.wait_for("Good bank", "Not opened: 1 bank with errors", "Start")
    assert "b-broken.toml:11:1:" in flat(shown).replace(" ", "")
    assert "'red' is not one of the choices" in flat(shown)
    assert "Traceback" not in shown
    term.send("Enter")
    term.wait_for("Sky colour?", "Question 1 of 1")
    term.send("C-q")
    term.wait_for("Quit quizapp?")
    term.send("y")
    assert term.wait_exit() == 0


def test_a_sprint_started_on_home_shows_its_result_and_is_kept_for_next_time(
    open_terminal: OpenTerminal, quizapp_exe: Path, folder: Path
) -> None:
    (folder / "b-broken.toml").unlink()
    term = open_terminal([quizapp_exe, folder], width=60, height=20)
    term.wait_for("Good bank", "Sprint", "Start")
    term.send("Tab", "Right", "Right", "Right", "Space")
    term.wait_for("as many as you can")
    term.send("Tab", "C-u")
    term.wait_for("seconds?")  # the sprint's field, focused and emptied
    term.type("20")
    term.wait_until(lambda shown: "Questions" not in shown and "20" in shown, "the sprint's 20 s")
    term.send("Enter")
    shown = term.wait_for("Sky colour?", "Sprint", "blue", "green")
    term.send(key_of(shown, "blue"))
    term.wait_for("✔ Correct")
    term.send("Enter")
    shown = term.wait_for("Results", "Sprint: 1 in 20 s")
    assert "first sprint of this length" in flat(shown)
    term.send("C-q")
    assert term.wait_exit() == 0

    # the next run opens on the sprint, with its length
    again = open_terminal([quizapp_exe, folder], width=60, height=20)
    again.wait_for("Good bank", "as many as you can")
    again.send("Enter")
    shown = again.wait_for("Sky colour?", "blue", "green")
    again.send(key_of(shown, "green"))
    again.wait_for("✘ Wrong")
    again.send("Enter")
    shown = again.wait_for("Results", "Sprint: 0 in 20 s")
    assert "personal best 1" in flat(shown)


def test_play_mode_review_with_nothing_due_offers_the_new_questions(
    open_terminal: OpenTerminal, quizapp_exe: Path, folder: Path
) -> None:
    (folder / "b-broken.toml").unlink()
    term = open_terminal([quizapp_exe, "play", folder, "--mode", "review"], width=80, height=24)
    shown = term.wait_for("Nothing is due for review", "New questions (n)", "Practice (p)")
    assert "1 question never answered yet" in flat(shown)
    term.send("n")
    term.wait_for("Sky colour?", "Question 1 of 1")
    term.send("C-q")
    term.wait_for("Quit quizapp?")
    term.send("y")
    assert term.wait_exit() == 0
