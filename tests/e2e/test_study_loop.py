"""The whole study loop in a real terminal at four sizes, from 40×15 to 200×60: a first
session, home, a session of every question type started from home, each feedback, the
results, home's counts, the stats, quitting. Every step waits for what matters to show;
nothing may show a traceback, and what does not fit is scrolled to and read."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from tmux_terminal import Terminal, flat

pytestmark = pytest.mark.e2e

OpenTerminal = Callable[..., Terminal]
EVERY_TYPE = Path(__file__).resolve().parents[1] / "tui" / "data" / "every-type.toml"
BANNERS = ("✔ Correct", "◐ Partly right", "✘ Wrong")

# Each question of the bank in order: its prompt, the start of its answer's hint (shown
# once the answer widget is in place and focused: keys sent sooner could go astray), the
# keys (or text) that answer it, and whether that answer is right.
QUESTIONS: list[tuple[str, str, list[tuple[str, str]], bool]] = [
    ("Which city is the capital of France?", "1–9 answer", [("send", "2")], True),
    ("Water boils at 100 degrees Celsius", "1 or t true", [("send", "t")], True),
    (
        "Which of these numbers are prime?",
        "space or 1–9 tick",
        [("send", "1"), ("send", "2"), ("send", "4")],
        True,
    ),
    ("Who wrote Nineteen Eighty-Four?", "type your answer", [("type", "Orwell")], True),
    ("How many legs does a spider have?", "type a number", [("type", "8")], True),
    ("On what date did Apollo 11 land", "type a date", [("type", "20 July 1969")], True),
    (
        "Fill in the colours.",
        "type in the highlighted blank",
        [("type", "blue"), ("send", "Tab"), ("type", "green")],
        True,
    ),
    ("Order these animals from smallest", "↑↓ choose an item", [], False),
    ("Match each country with its capital.", "↑↓ row", [], False),
]


def no_traceback(term: Terminal) -> None:
    shown = term.screen()
    assert "Traceback" not in shown and "Error" not in shown, shown


def feedback_shown(shown: str) -> bool:
    return any(banner in shown for banner in BANNERS)


@pytest.mark.parametrize("size", [(40, 15), (60, 20), (80, 24), (200, 60)])
def test_the_whole_loop_at_every_size(
    open_terminal: OpenTerminal, quizapp_exe: Path, size: tuple[int, int]
) -> None:
    width, height = size
    term = open_terminal(
        [quizapp_exe, "play", EVERY_TYPE, "--no-shuffle", "--count", "1", "--seed", "3"],
        width=width,
        height=height,
    )
    assert term.size() == size

    # A first session of one question, straight from the command line.
    term.wait_for("Which city is the capital of France?", "Question 1 of 1")
    term.send("2")
    term.wait_for("✔ Correct", "1 of 1 point")
    term.send("Enter")
    term.wait_for("Results", "1 of 1 point", "100%")
    no_traceback(term)

    # Home: the bank with its counts; the count field cleared (all nine), then Enter.
    term.send("h")
    # (The footer comes once the screen is mounted and its first list focused.)
    shown = term.wait_for("Banks", "Every question type", "9 questions", "Start")
    # the question answered has moved on from new (learning or learned, by FSRS's steps)
    assert "8 new" in flat(shown)
    assert "1 learning" in flat(shown) or "1 learned" in flat(shown)
    term.send("Tab", "Tab")  # the mode, then the count
    term.send("C-u")  # blank: all of them
    term.wait_until(
        lambda shown: re.search(r"Questions\s+all\s+of 9", shown) is not None, "all of 9"
    )
    term.send("Enter")

    # Every type of question, each answered and its feedback read.
    for number, (prompt, hint, keys, right) in enumerate(QUESTIONS, 1):
        term.wait_for(prompt, f"Question {number} of 9", hint)
        for how, what in keys:
            if how == "type":
                term.type(what)
                term.wait_for(what)  # the field shows what was typed before Enter
            else:
                term.send(what)
        if keys and hint.startswith("space"):
            term.wait_until(lambda shown: shown.count("✓") == 3, "three ticked")
        if not hint.startswith(("1–9", "1 or t")):  # a choice answers with its key
            term.send("Enter")
        shown = term.wait_until(
            lambda shown: feedback_shown(shown) or "(y)" in shown,
            f"the feedback on question {number}",
        )
        if not feedback_shown(shown):  # a question asked first (rows left unmatched)
            term.send("y")
            shown = term.wait_until(feedback_shown, f"the feedback on question {number}")
        if right:
            assert "✔ Correct" in shown, shown
        assert f"Question {number} of 9" in shown
        no_traceback(term)
        term.send("Enter")

    # The results: the score at the top; the last question once scrolled to.
    shown = term.wait_for("Results", " point")
    assert "Questions" in shown or height < 24
    term.send("End")
    term.wait_for("Match each country with its capital.")
    no_traceback(term)

    # Home again, with the counts moved on; then the stats, read top to bottom.
    term.send("h")
    term.wait_for("Banks", "Every question type")
    term.send("s")
    term.wait_for("Stats", "answers", "Banks")
    term.send("End")
    shown = term.wait_for("By tag", "geo")
    for line in shown.splitlines():
        assert len(line) <= width
    term.send("Home")
    term.wait_for("Banks")
    for section in ("Weakest questions", "Reviews due", "Last 14 days", "Share right"):
        if section not in term.screen():
            term.send("PageDown")
        term.wait_for(section)
    no_traceback(term)

    # Back home, and quit.
    term.send("Escape")
    term.wait_for("Start")
    term.send("C-q")
    assert term.wait_exit() == 0
    no_traceback(term)
