"""The installed ``quizapp`` opened on banks from the command line, in a real terminal: the
home screen offers what opens and names what does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tmux_terminal import Terminal, flat

pytestmark = pytest.mark.e2e

OpenTerminal = Callable[..., Terminal]

GOOD = """
[bank]
id = "good"
title = "Good bank"

[[questions]]
id = "sky"
type = "choice"
prompt = "Sky colour?"
choices = ["blue", "green"]
answer = "blue"
"""
BROKEN = GOOD.replace('id = "good"', 'id = "broken"').replace('answer = "blue"', 'answer = "red"')


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
