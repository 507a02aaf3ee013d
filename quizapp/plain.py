"""The line-oriented front end (``--plain``): for screen readers, pipes and scripts.

Each question is printed as plain lines, one answer line is read from standard
input, and a ``Verdict:`` line answers it. End of input ends the session cleanly
with the results. Like the TUI, it only drives a Session.
"""

from __future__ import annotations

import os
import select
import sys
from typing import IO

from quizapp.grading import how_to_answer, line_options, split_answers
from quizapp.session import Item, Outcome, Results, Session
from quizapp.wording import CHANGED, plural, points_of, points_worth


class LineReader:
    """Reads lines from a file descriptor, waiting at most until a deadline for each."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        try:
            self._fd: int | None = stream.fileno()
        except (AttributeError, OSError, ValueError):
            self._fd = None  # not a real file (a test's StringIO): no deadlines possible
        self._buffer = b""
        self._eof = False

    def readline(self, timeout: float | None) -> str | None:
        """The next line without its newline; None at end of input; TimeoutError past timeout."""
        if self._fd is None:
            line = self._stream.readline()
            return line.rstrip("\r\n") if line else None
        while b"\n" not in self._buffer and not self._eof:
            if timeout is not None:
                ready, _, _ = select.select([self._fd], [], [], max(0.0, timeout))
                if not ready:
                    raise TimeoutError
            chunk = os.read(self._fd, 65536)
            if chunk:
                self._buffer += chunk
            else:
                self._eof = True
        if not self._buffer and self._eof:
            return None
        raw, _, self._buffer = self._buffer.partition(b"\n")
        return raw.decode("utf-8", "replace").rstrip("\r")


class PlainFrontEnd:
    """Runs a Session over text streams."""

    def __init__(
        self, session: Session, stdin: IO[str] | None = None, stdout: IO[str] | None = None
    ) -> None:
        self.session = session
        self.reader = LineReader(stdin or sys.stdin)
        self.out = stdout or sys.stdout

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def run(self) -> Results:
        session = self.session
        banks = ", ".join(bank.title for bank in session.banks)
        self.say(
            f"quizapp: {banks} — {plural(len(session.items), 'question')} ({session.options.mode})"
        )
        while (item := session.current) is not None:
            self.ask(item)
            session.begin_question()
            try:
                line = self.reader.readline(session.time_left())
            except TimeoutError:
                outcome = session.tick()
                while outcome is None and not session.finished:
                    outcome = session.tick()  # select() may wake a hair before the deadline
                if outcome is None:
                    self.say("Time is up for the session.")
                    break
            else:
                if line is None:
                    session.stop()
                    self.say("End of input.")
                    break
                outcome = session.submit(split_answers(item.question, line))
            if outcome is not None and session.options.mode != "exam":
                self.feedback(outcome)
            elif outcome is not None:
                self.say("Recorded.")
        results = session.results()
        self.summary(results)
        return results

    def ask(self, item: Item) -> None:
        session = self.session
        question = item.question
        number = session.index + 1
        limit = session.question_limit(item)
        facts = [points_worth(question.points)]
        if limit:
            facts.append(f"{limit:g} s")
        if item.changed:
            facts.append(CHANGED)
        tags = f"  [{', '.join(question.tags)}]" if question.tags else ""
        self.say()
        self.say(f"Question {number} of {len(session.items)}{tags}  ({', '.join(facts)})")
        self.say(question.prompt)
        for line in line_options(question, item.shown):
            self.say(line)
        self.say(how_to_answer(question))
        self.say("Answer:")

    def feedback(self, outcome: Outcome) -> None:
        verdict = outcome.verdict
        status = "timed out" if outcome.timed_out else verdict.status
        self.say(f"Verdict: {status} ({points_of(outcome.points, outcome.max_points)})")
        self.say(f"Expected: {verdict.expected}")
        if verdict.note and not outcome.timed_out:
            self.say(f"Note: {verdict.note}")
        explanation = outcome.item.question.explanation
        if explanation:
            self.say(f"Explanation: {explanation}")

    def summary(self, results: Results) -> None:
        self.say()
        if self.session.options.mode == "exam":
            for outcome in results.outcomes:
                self.say(f"{outcome.item.question.prompt}")
                self.feedback(outcome)
        self.say(
            f"Results: {points_of(results.score, results.max_score)} "
            f"({results.percent:.0f}%), {len(results.outcomes)} answered"
        )
        times = results.times_ms()
        if times:
            self.say(
                f"Time: average {sum(times) / len(times) / 1000:.1f} s, fastest "
                f"{min(times) / 1000:.1f} s, slowest {max(times) / 1000:.1f} s"
            )
        for item in results.unanswered:
            self.say(f"Unanswered: {item.question.prompt}")
        for tag, (got, of) in sorted(results.per_tag.items()):
            self.say(f"  {tag}: {points_of(got, of)}")
