"""The line-oriented front end (``--plain``): for screen readers, pipes and scripts.

Each question is printed as plain lines, one answer line is read from standard
input, and a ``Verdict:`` line answers it. End of input ends the session cleanly
with the results; Ctrl-C prints the results so far (the caller then exits 130).
Like the TUI, it only drives a Session.

On a terminal, answers are read with the standard line editor (readline: arrow
keys, history of this session's answers); from a pipe, each answer read is echoed
after ``Answer:`` so that a transcript shows what was graded.
"""

from __future__ import annotations

import os
import select
import signal
import sys
from types import FrameType
from typing import IO, Protocol

from quizapp.bank.text_safety import visible
from quizapp.grading import how_to_answer, line_options, split_answers
from quizapp.session import Item, Outcome, Results, Session
from quizapp.wording import (
    CHANGED,
    NOTHING_ANSWERED,
    plural,
    points_of,
    points_worth,
    sprint_result,
)


class AnswerSource(Protocol):
    echoes: bool
    """Whether the terminal shows what is typed (else the front end echoes each answer)."""

    def readline(self, timeout: float | None) -> str | None: ...


class LineReader:
    """Reads lines from a file descriptor, waiting at most until a deadline for each."""

    echoes = False

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


class TerminalReader:
    """Reads answers typed at a terminal with readline, each within its deadline.

    The deadline is a real-time timer whose signal interrupts the line editor: readline
    then drops the half-typed line, so nothing typed before a deadline is left over to
    be glued to the next answer. History holds this session's answers only.
    """

    echoes = True

    def __init__(self) -> None:
        # Once imported, readline is input()'s line editor for the whole process.
        import readline  # deferred: quizapp/SPEED.md

        readline.clear_history()  # the session's answers only, never another program's
        readline.parse_and_bind("set disable-completion on")  # Tab: no file names
        self._readline = readline

    def readline(self, timeout: float | None, prompt: str = "Answer: ") -> str | None:
        def expire(signum: int, frame: FrameType | None) -> None:
            raise TimeoutError

        previous = signal.signal(signal.SIGALRM, expire)
        if timeout is not None:
            signal.setitimer(signal.ITIMER_REAL, max(timeout, 0.001))
        try:
            return input(prompt)
        except EOFError:
            return None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def answer_source(stream: IO[str]) -> AnswerSource:
    """readline on a terminal (when this Python has it), else plain lines from ``stream``."""
    if stream is sys.stdin and stream.isatty():
        try:
            return TerminalReader()
        except ImportError:
            pass
    return LineReader(stream)


class PlainFrontEnd:
    """Runs a Session over text streams."""

    def __init__(
        self, session: Session, stdin: IO[str] | None = None, stdout: IO[str] | None = None
    ) -> None:
        self.session = session
        self.reader = answer_source(stdin or sys.stdin)
        self.out = stdout or sys.stdout
        self.interrupted = False
        """The learner pressed Ctrl-C: the results so far were printed."""

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def run(self) -> Results:
        session = self.session
        banks = ", ".join(bank.title for bank in session.banks)
        kind = f"sprint, {session.options.sprint:g} s" if session.options.sprint else None
        self.say(
            f"quizapp: {banks} — {plural(len(session.items), 'question')} "
            f"({kind or session.options.mode})"
        )
        try:
            self._ask_all()
        except KeyboardInterrupt:
            self.interrupted = True
            session.stop()
            self.say()
            self.say("Interrupted.")
        results = session.results()
        self.summary(results)
        return results

    def _ask_all(self) -> None:
        session = self.session
        while (item := session.current) is not None:
            self.ask(item)
            session.begin_question()
            try:
                line = self.reader.readline(session.time_left())
            except TimeoutError:
                self.say()  # the cursor is still after the prompt and whatever was typed
                outcome = session.tick()
                while outcome is None and not session.finished:
                    outcome = session.tick()  # a timer may fire a hair before the deadline
                if outcome is None:
                    self.say("Time is up for the session.")
                    break
            else:
                if line is None:
                    session.stop()
                    self.say()  # the cursor is still after the prompt
                    self.say("End of input.")
                    break
                if not self.reader.echoes:
                    # After "Answer: ", so a transcript shows what was graded; as every
                    # learner's text, made visible (an ESC in it must not drive the terminal).
                    self.say(visible(line))
                outcome = session.submit(split_answers(item.question, line))
            if session.save_failure is not None and not self._saved_after_asking():
                session.stop()
                asked = isinstance(self.reader, TerminalReader)  # the reason was said then
                reason = "" if asked else f"Not saved: {session.save_failure}. "
                self.say(f"{reason}The session ends here.")
                break
            if session.options.mode != "exam":
                self.feedback(outcome)
            else:
                self.say("Recorded.")

    def _saved_after_asking(self) -> bool:
        """At a terminal, the progress file refused an answer: ask, as the study app does,
        whether to try again (the learner may free some disk space) or end now. The clock
        pauses meanwhile where the session allows it. True once everything is saved."""
        if not isinstance(self.reader, TerminalReader):  # from a pipe: nobody to ask
            return False
        session = self.session
        session.pause()
        try:
            while (failure := session.save_failure) is not None:
                self.say(f"Your answer could not be saved: {failure}.")
                line = self.reader.readline(None, prompt="Try again (y) or end now (n)? ")
                if line is None or line.strip().casefold() not in ("y", "yes"):
                    return False
                if session.retry_save():
                    self.say("Saved.")
        finally:
            session.resume()
        return True

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
        if not self.reader.echoes:  # (on a terminal, the line editor shows the prompt)
            self.out.write("Answer: ")
            self.out.flush()

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
        if results.empty:
            self.say(f"Results: {NOTHING_ANSWERED}")
            self.sprint_summary(results)
            return
        if self.session.options.mode == "exam":
            for outcome in results.outcomes:
                self.say(f"{outcome.item.question.prompt}")
                self.feedback(outcome)
        unanswered = f", {len(results.unanswered)} unanswered" if results.unanswered else ""
        self.say(
            f"Results: {points_of(results.score, results.max_score)} "
            f"({results.percent:.0f}%), {len(results.outcomes)} answered{unanswered}"
        )
        if results.unanswered:
            how = "by time" if results.ended_by_time else "early"
            self.say(f"The session ended {how}: unanswered questions score 0.")
        self.sprint_summary(results)
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

    def sprint_summary(self, results: Results) -> None:
        """A sprint's score against the learner's best on these banks."""
        seconds = self.session.options.sprint
        if seconds:
            self.say(sprint_result(results.score, seconds, self.session.best_sprint()))
