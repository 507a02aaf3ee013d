"""The installed study app when the progress file refuses an answer mid-session (made
immutable with chattr +i): it asks, ends with the results on "End now", and exits 1."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from line_process import exported_json
from tmux_terminal import Terminal, flat

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr"),
]

XI_DENOUNCED = "Before the call, Xi had openly denounced Russia's invasion."
MOSCOW_HOST = "Whom did Xi go to Moscow to meet? (surname is enough)"


@pytest.fixture
def write_log(progress_file: Path) -> Iterator[Path]:
    log = Path(f"{progress_file}-wal")
    yield log
    subprocess.run(["chattr", "-i", str(log)], check=False)


def test_an_answer_that_cannot_be_saved_asks_then_ends_with_results_and_exit_1(
    open_terminal: Callable[..., Terminal],
    quizapp_exe: Path,
    progress_file: Path,
    app_env: dict[str, str],
    workdir: Path,
    write_log: Path,
) -> None:
    term = open_terminal([quizapp_exe, "play", "--tag", "people", "--no-shuffle", "--count", "3"])
    term.wait_for(XI_DENOUNCED, "Question 1 of 3")
    term.send("f")
    term.wait_for("✔ Correct", "Score 1/1")
    term.send("Enter")
    term.wait_for(MOSCOW_HOST, "Question 2 of 3")
    if subprocess.run(["chattr", "+i", str(write_log)], capture_output=True).returncode:
        pytest.skip("this filesystem cannot make a file immutable")
    term.type("putin")
    term.send("Enter")
    shown = term.wait_for("Your answer could not be saved", "Try again (y)", "End now (n)")
    assert "cannot write the progress file" in flat(shown)
    term.send("n")
    term.wait_for("Results", "2 of")  # both answers are in the results
    term.send("C-q")
    assert term.wait_exit() == 1
    shown = flat(term.screen())
    assert "quizapp: the last answers were not saved: cannot write the progress file" in shown
    assert "Traceback" not in shown
    subprocess.run(["chattr", "-i", str(write_log)], check=True)
    answers = exported_json(quizapp_exe, progress_file, app_env, workdir)
    assert [(a["question"], a["response"]) for a in answers] == [("xi-denounced-invasion", "False")]


def test_line_mode_at_a_terminal_asks_too_and_goes_on_once_saved(
    open_terminal: Callable[..., Terminal],
    quizapp_exe: Path,
    progress_file: Path,
    app_env: dict[str, str],
    workdir: Path,
    write_log: Path,
) -> None:
    """--plain at a terminal used to end the session at the first refused answer."""
    args = ["play", "--plain", "--tag", "people", "--no-shuffle", "--count", "3"]
    term = open_terminal([quizapp_exe, *args], 80, 30)
    term.wait_for(XI_DENOUNCED, "Question 1 of 3", "Answer:")
    term.type("false")
    term.send("Enter")
    term.wait_for("Verdict: correct", MOSCOW_HOST)
    if subprocess.run(["chattr", "+i", str(write_log)], capture_output=True).returncode:
        pytest.skip("this filesystem cannot make a file immutable")
    term.type("putin")
    term.send("Enter")
    shown = term.wait_for("Your answer could not be saved", "Try again (y) or end now (n)?")
    assert "cannot write the progress file" in flat(shown)
    term.type("y")  # still refused: asked again
    term.send("Enter")
    term.wait_until(lambda shown: flat(shown).count("Try again (y)") == 2, "asked twice")
    subprocess.run(["chattr", "-i", str(write_log)], check=True)
    term.type("y")
    term.send("Enter")
    term.wait_for("Saved.", "Verdict: correct", "Question 3 of 3")
    term.send("C-d")  # end of input: the results, every answer saved
    term.wait_for("End of input.")
    assert term.wait_exit() == 0
    answers = exported_json(quizapp_exe, progress_file, app_env, workdir)
    assert [(a["question"], a["response"]) for a in answers] == [
        ("xi-denounced-invasion", "False"),
        ("moscow-host", "putin"),
    ]
