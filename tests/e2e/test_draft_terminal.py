"""``quizapp draft --review`` installed and run in a real terminal (tmux)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from tmux_terminal import Terminal

pytestmark = pytest.mark.e2e

ARTICLE = Path(__file__).resolve().parents[1] / "draft" / "articles" / "xi-zelensky.txt"


def test_review_drops_a_question_tries_one_and_writes_the_rest(
    open_terminal: Callable[..., Terminal], quizapp_exe: Path, workdir: Path
) -> None:
    out = workdir / "call.toml"
    term = open_terminal(
        [quizapp_exe, "draft", ARTICLE, "--year", "2023", "--review", "-o", out], 80, 24
    )
    term.wait_for("Review the draft", "35 of 35 kept", "✓ keep  role-1", "from: China’s")
    term.send("Space")
    term.wait_for("34 of 35 kept", "✗ drop  role-1")
    term.send("Down", "Down", "Enter")
    term.wait_for("As a learner sees it", "date-1", "type a date")
    term.type("26 April 2023")
    term.send("Enter")
    term.wait_for("Correct", "expected:")
    term.send("Escape")
    term.wait_for("34 of 35 kept")
    term.send("w")
    assert term.wait_exit() == 0
    bank = tomllib.loads(out.read_text("utf-8"))
    ids = [question["id"] for question in bank["questions"]]
    assert len(ids) == 34 and "role-1" not in ids and "date-1" in ids
    assert all(question["source"] for question in bank["questions"])
