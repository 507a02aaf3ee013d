"""``--plain`` typed at a real terminal (tmux): deadlines, line editing, Ctrl-C."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tmux_terminal import Terminal

pytestmark = pytest.mark.e2e

OpenTerminal = Callable[..., Terminal]
DEMO = Path(__file__).resolve().parents[1] / "plain" / "data" / "demo.toml"
SKY = "What colour is a clear daytime sky?"
CALL = "On what date did the two presidents speak?"


def plain(quizapp_exe: Path, *args: str) -> list[str | Path]:
    return [quizapp_exe, "play", DEMO, "--plain", "--no-shuffle", *args]


def verdict_lines(shown: str) -> list[str]:
    return [line for line in shown.splitlines() if "Verdict:" in line]


def test_text_typed_before_a_deadline_is_not_glued_to_the_next_answer(
    open_terminal: OpenTerminal, quizapp_exe: Path
) -> None:
    term = open_terminal(plain(quizapp_exe, "--timed", "3", "--count", "2"), 80, 30)
    term.wait_for(SKY, "Answer:")
    term.type("Atl")  # not finished when the time runs out
    shown = term.wait_for("Verdict: timed out", CALL)
    # The verdict starts a line of its own, not after the text typed.
    assert verdict_lines(shown) == ["Verdict: timed out (0 of 1 point)"]
    term.wait_for("Question 2 of 2")
    term.type("2023-04-26")
    term.send("Enter")
    shown = term.wait_for("Verdict: correct")
    assert "Atl2023" not in shown
    assert term.wait_exit() == 0


def test_answers_are_edited_with_the_arrow_keys_and_recalled_from_history(
    open_terminal: OpenTerminal, quizapp_exe: Path
) -> None:
    term = open_terminal(plain(quizapp_exe, "--count", "2"), 80, 30)
    term.wait_for(SKY, "Answer:")
    term.type("bue")
    term.send("Left", "Left")
    term.type("l")
    term.send("Enter")
    shown = term.wait_for("Verdict: correct", CALL)
    assert "^[[D" not in shown
    term.send("Up")  # this session's last answer comes back
    term.wait_until(lambda s: s.rstrip().splitlines()[-1] == "Answer: blue", "the recalled answer")
    term.send("C-u")
    term.type("26 April 2023")
    term.send("Enter")
    term.wait_for("Results: 2 of 2 points (100%), 2 answered")
    assert term.wait_exit() == 0


def test_ctrl_c_prints_the_results_so_far_then_exits_130(
    open_terminal: OpenTerminal, quizapp_exe: Path
) -> None:
    # Job control puts quizapp in a process group of its own, as a shell at a prompt would:
    # Ctrl-C then interrupts quizapp alone, and the shell reports how it ended.
    around = 'set -m; "$0" "$@"; echo "STATUS=$?"'
    term = open_terminal(["sh", "-c", around, *plain(quizapp_exe)], 80, 30)
    term.wait_for(SKY, "Answer:")
    term.type("1")
    term.send("Enter")
    term.wait_for("Verdict: correct", CALL)
    term.send("C-c")
    shown = term.wait_for("Interrupted.", "Results: 1 of 4 points (25%), 1 answered, 3 unanswered")
    assert "Traceback" not in shown
    assert "STATUS=130" in term.wait_for("STATUS=")
