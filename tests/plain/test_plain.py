"""``--plain``: the line-mode front end, driven through real pipes."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from quizapp.bank.loader import load_bank
from quizapp.clock import FakeClock
from quizapp.plain import PlainFrontEnd
from quizapp.session import Session, SessionOptions

DATA = Path(__file__).parent / "data"
QUIZAPP = [sys.executable, "-m", "quizapp"]


def run_plain(stdin: str, *args: str, progress: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            *QUIZAPP,
            "play",
            str(DATA / "demo.toml"),
            "--plain",
            "--no-shuffle",
            "--progress",
            str(progress),
            *args,
        ],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_answers_from_a_pipe_get_verdicts_and_results(tmp_path: Path) -> None:
    result = run_plain("1\n26 April 2023\ntwelve\nnope\n", progress=tmp_path / "p.sqlite3")
    assert result.returncode == 0, result.stderr
    verdicts = [line for line in result.stdout.splitlines() if line.startswith("Verdict: ")]
    assert [v.split()[1] for v in verdicts] == ["correct", "correct", "correct", "wrong"]
    assert "Explanation: Air scatters blue light most." in result.stdout
    assert "Results: 3 of 4 points (75%), 4 answered" in result.stdout
    assert result.stderr == ""


def test_choices_are_numbered_and_bank_text_is_literal(tmp_path: Path) -> None:
    result = run_plain("", "--count", "4", progress=tmp_path / "p.sqlite3")
    assert "  1) blue" in result.stdout
    assert "  3) red" in result.stdout
    # The session ended cleanly at the end of input, on the first question.
    assert "End of input." in result.stdout
    assert result.returncode == 0


def test_end_of_input_ends_the_session_with_results(tmp_path: Path) -> None:
    result = run_plain("blue\n", progress=tmp_path / "p.sqlite3")
    assert result.returncode == 0
    assert "End of input." in result.stdout
    # The three questions left count, as they would had the time run out.
    assert "Results: 1 of 4 points (25%), 1 answered, 3 unanswered" in result.stdout
    assert "The session ended early: unanswered questions score 0." in result.stdout


def test_exam_mode_holds_feedback_until_the_end(tmp_path: Path) -> None:
    result = run_plain("3\n2023-04-26\n", "--mode", "exam", progress=tmp_path / "p.sqlite3")
    out = result.stdout
    assert out.index("Recorded.") < out.index("Verdict: wrong")
    assert out.count("Verdict: ") == 2


def test_markup_in_bank_text_is_printed_as_typed(tmp_path: Path) -> None:
    result = run_plain("1\n1\n1\n", progress=tmp_path / "p.sqlite3")
    assert "Type [bold]this[/bold] $literally" in result.stdout


def test_a_late_answer_is_timed_out_and_the_session_goes_on(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [
            *QUIZAPP,
            "play",
            str(DATA / "demo.toml"),
            "--plain",
            "--no-shuffle",
            "--timed",
            "1",
            "--count",
            "2",
            "--progress",
            str(tmp_path / "p.sqlite3"),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdin is not None
    seen = []
    # Read (blocking, no sleeping) until the first question's second runs out.
    for line in process.stdout:
        seen.append(line)
        if line.startswith("Verdict: "):
            break
    assert seen[-1].startswith("Verdict: timed out")
    # The late answer now goes to the second question.
    rest, _ = process.communicate("2023-04-26\n", timeout=30)
    assert process.returncode == 0
    assert "Verdict: correct" in rest or "Verdict: timed out" in rest
    assert "Results:" in rest


def test_the_documented_example_runs_on_the_bundled_bank(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            *QUIZAPP,
            "play",
            str(Path(__file__).parents[2] / "questions"),
            "--plain",
            "--seed",
            "3",
            "--count",
            "2",
            "--progress",
            str(tmp_path / "p.sqlite3"),
        ],
        input="1\n26 April 2023\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Verdict: ") == 2


class SlowTyping(io.StringIO):
    """Standard input whose every line arrives ``delay`` seconds (of a fake clock) later."""

    def __init__(self, text: str, clock: FakeClock, delay: float) -> None:
        super().__init__(text)
        self.clock, self.delay = clock, delay

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        self.clock.advance(self.delay)
        return super().readline()


def test_a_speed_bonus_prints_points_rounded_to_hundredths() -> None:
    # Answered 7.5 s into a 10 s limit: 2 points * (1 - 0.5 * (7.5 - 5) / 5) = 1.5;
    # 7.123 s gives 1.5754, shown as 1.58.
    clock = FakeClock()
    bank = load_bank(DATA / "demo.toml")
    options = SessionOptions(count=1, shuffle=False, question_time=10, speed_bonus=True)
    for delay, shown in ((7.5, "1.5"), (7.123, "1.58")):
        question = replace(bank.questions[0], points=2)
        session = Session([replace(bank, questions=[question])], options, clock=clock)
        out = io.StringIO()
        PlainFrontEnd(session, SlowTyping("blue\n", clock, delay), out).run()
        assert f"Verdict: correct ({shown} of 2 points)" in out.getvalue()
        assert f"Results: {shown} of 2 points" in out.getvalue()


def test_a_session_ended_before_its_first_answer_says_nothing_was_answered() -> None:
    """It said "no questions were asked" of a sprint whose first question was on screen."""
    clock = FakeClock()
    session = Session([load_bank(DATA / "demo.toml")], SessionOptions(sprint=30), clock=clock)
    out = io.StringIO()
    PlainFrontEnd(session, io.StringIO(""), out).run()  # end of input before an answer
    text = out.getvalue()
    assert "Results: Nothing was answered, so there is no score." in text
    assert "Sprint: 0 in 30 s" in text
    assert "0 of 0" not in text
