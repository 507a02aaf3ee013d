"""The installed study app in a real terminal (tmux): answering, quitting, home, help, size.

Each step waits for the screen to show what it should before the next key is pressed,
so the keys never race the app. The bundled bank is played with ``--no-shuffle``: its
first questions come in bank order (a date, a choice, a short answer), and with the
people tag two true-or-false questions come first.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from line_process import exported_json
from tmux_terminal import Terminal

pytestmark = pytest.mark.e2e

OpenTerminal = Callable[..., Terminal]

BANK_TITLE = "The Xi–Zelensky phone call (April 2023)"
CALL_DATE = "On what date did Xi and Zelensky speak by phone?"
CALL_WEEKDAY_TYPED = "On which day of the week did the two presidents speak?"
PAPER_MONTH = "In which month did China issue its position paper on the war?"
XI_DENOUNCED = "Before the call, Xi had openly denounced Russia's invasion."
MOSCOW_HOST = "Whom did Xi go to Moscow to meet? (surname is enough)"


def test_three_questions_answered_with_keys_then_results_and_quit(
    open_terminal: OpenTerminal,
    quizapp_exe: Path,
    repo: Path,
    progress_file: Path,
    app_env: dict[str, str],
    workdir: Path,
) -> None:
    term = open_terminal([quizapp_exe, "play", repo / "questions", "--no-shuffle", "--count", "3"])

    # 1. A date, typed: right.
    term.wait_for(CALL_DATE, "Question 1 of 3", "Score 0/0", BANK_TITLE, "A date (for example")
    term.type("26 April 2023")
    term.wait_for("26 April 2023")  # the field shows what was typed before Enter
    term.send("Enter")
    shown = term.wait_for(
        "✔ Correct",
        "2 of 2 points",
        "Question 1 of 3",
        "Score 2/2",
        "Both Beijing and Kyiv confirmed",
    )  # ... the explanation
    assert "Expected" not in shown  # a right answer needs no correction
    term.send("Enter")

    # 2. A short answer: wrong, and the feedback says what was expected.
    shown = term.wait_for(CALL_WEEKDAY_TYPED, "Question 2 of 3", "Score 2/2")
    assert CALL_DATE not in shown  # the feedback screen is gone
    term.type("Tuesday")
    term.send("Enter")
    term.wait_for(
        "✘ Wrong", "0 of 1 point", "Score 2/3", "Your answer  Tuesday", "Expected     Wednesday"
    )
    term.send("Enter")

    # 3. A month, typed in lower case: right.
    term.wait_for(PAPER_MONTH, "Question 3 of 3")
    term.type("february")
    term.send("Enter")
    term.wait_for("✔ Correct", "1 of 1 point", "Score 3/4")
    term.send("Enter")

    # The results: the score, and each question with the answer given.
    term.wait_for(
        "Results",
        "3 of 4 points",
        "75%",
        CALL_DATE,
        CALL_WEEKDAY_TYPED,
        PAPER_MONTH,
        "Expected Wednesday",
    )

    # Quitting from the results asks nothing: the session is over.
    term.send("C-q")
    assert term.wait_exit() == 0
    assert "Traceback" not in term.screen()

    answers = exported_json(quizapp_exe, progress_file, app_env, workdir)
    assert [(a["question"], a["response"], a["correct"]) for a in answers] == [
        ("call-date", "26 April 2023", True),
        ("call-weekday-typed", "Tuesday", False),
        ("paper-month", "february", True),
    ]


def test_quitting_mid_session_asks_first_and_keeps_the_answers(
    open_terminal: OpenTerminal,
    quizapp_exe: Path,
    progress_file: Path,
    app_env: dict[str, str],
    workdir: Path,
) -> None:
    term = open_terminal([quizapp_exe, "play", "--tag", "people", "--no-shuffle", "--count", "3"])

    term.wait_for(XI_DENOUNCED, "Question 1 of 3", "1  True", "2  False")
    term.send("f")
    term.wait_for("✔ Correct", "Score 1/1")
    term.send("Enter")
    term.wait_for(MOSCOW_HOST, "Question 2 of 3")

    # ctrl+q mid-session asks; "n" keeps playing the same question.
    term.send("C-q")
    term.wait_for("Quit quizapp?", "1 answer so far is")
    term.send("n")
    shown = term.wait_gone("Quit quizapp?")
    assert MOSCOW_HOST in shown and "Question 2 of 3" in shown
    assert term.exit_status() is None

    term.type("putin")
    term.send("Enter")
    term.wait_for("✔ Correct", "Score 2/2")
    term.send("Enter")
    term.wait_for("Question 3 of 3")

    term.send("C-q")
    term.wait_for("Quit quizapp?", "2 answers so far are")
    term.send("y")
    assert term.wait_exit() == 0

    answers = exported_json(quizapp_exe, progress_file, app_env, workdir)
    assert [(a["question"], a["response"], a["correct"]) for a in answers] == [
        ("xi-denounced-invasion", "False", True),
        ("moscow-host", "putin", True),
    ]


def test_home_screen_lists_the_bundled_bank_and_help_opens_and_closes(
    open_terminal: OpenTerminal, quizapp_exe: Path, bundled_bank: Path
) -> None:
    with bundled_bank.open("rb") as bank_file:
        count = len(tomllib.load(bank_file)["questions"])
    term = open_terminal([quizapp_exe])

    # A fresh progress file: every question is new.
    term.wait_for(
        BANK_TITLE, f"1 bank, {count} questions", f"{count} questions", f"{count} new", "Start"
    )

    term.send("?")
    # The keys everywhere, and those of the screen underneath.
    term.wait_for("Esc or ? closes", "Everywhere", "Quit", "Home screen", "Start")

    term.send("Escape")
    shown = term.wait_gone("Esc or ? closes")
    assert BANK_TITLE in shown and f"{count} questions" in shown

    # Enter starts a session of the home screen's default size at its first question.
    term.send("Enter")
    term.wait_for("Question 1 of 10")
    term.send("C-q")
    term.wait_for("Quit quizapp?", "0 answers so far are")
    term.send("y")
    assert term.wait_exit() == 0


LONG_PROMPT = (
    "In a large terminal the whole of this long prompt is on the screen at once: "
    "it names the presidents Xi Jinping and Volodymyr Zelensky, the position paper "
    "of twelve points, the visit to Moscow in March, the envoy promised to Kyiv and "
    "the call that lasted almost an hour, and it keeps [bold]markup[/bold], "
    "[link=https://example.org]links[/link] and $variables exactly as typed."
)


def write_long_prompt_bank(folder: Path) -> Path:
    bank = folder / "long-prompt.toml"
    bank.write_text(
        '[bank]\nid = "e2e-long-prompt"\ntitle = "Long prompt"\n\n'
        '[[questions]]\nid = "long"\ntype = "choice"\n'
        f'prompt = "{LONG_PROMPT}"\n'
        'choices = ["First choice", "Second choice", "Third choice"]\n'
        'answer = "Second choice"\nshuffle = false\n',
        encoding="utf-8",
    )
    return bank


def test_large_terminal_shows_the_whole_prompt(
    open_terminal: OpenTerminal, quizapp_exe: Path, tmp_path: Path
) -> None:
    bank = write_long_prompt_bank(tmp_path)
    term = open_terminal([quizapp_exe, "play", bank], width=200, height=60)
    assert term.size() == (200, 60)

    # The prompt whole, and its markup shown as typed.
    shown = term.wait_for(LONG_PROMPT, "Question 1 of 1", "3  Third choice", "Quit")
    lines = shown.splitlines()
    assert len(lines) == 60
    assert "Quit" in lines[-1]  # the footer sits on the last row of the 60
    assert "Question 1 of 1" in lines[0]
    assert len(lines[0].rstrip()) > 150  # the header spans the width, not 80 columns

    term.send("2")
    term.wait_for("✔ Correct")
    term.send("C-q")
    assert term.wait_exit() == 0
