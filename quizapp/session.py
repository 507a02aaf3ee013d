"""One quiz run: how long each question may take, the answers, the score, the controls.

Both front ends (the TUI and ``--plain``) drive a Session; neither grades, times
or writes progress by itself. Time comes from an injected Clock, so a test can
expire a question without sleeping.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from quizapp.bank.models import Bank
from quizapp.clock import Clock, SystemClock
from quizapp.outcomes import Outcome, Results, speed_factor
from quizapp.progress_writes import ProgressWrites
from quizapp.selection import (
    MODES,
    Item,
    Mode,
    NothingDue,
    SessionOptions,
    SessionSetupError,
    select_items,
)
from quizapp.store.rows import AnswerRecord

if TYPE_CHECKING:
    from quizapp.grading import Response
    from quizapp.store import Store

__all__ = [
    "MODES",
    "Item",
    "Mode",
    "NothingDue",
    "Outcome",
    "Results",
    "Session",
    "SessionOptions",
    "SessionSetupError",
    "SessionTimeUp",
    "select_items",
]


class SessionTimeUp(Exception):
    """An answer came after the session's time ran out; the session is now over."""


class Session:
    """A run of questions, graded and recorded one at a time."""

    def __init__(
        self,
        banks: Sequence[Bank],
        options: SessionOptions | None = None,
        clock: Clock | None = None,
        store: Store | None = None,
        items: Sequence[Item] | None = None,
    ) -> None:
        self.banks = list(banks)
        self.options = options or SessionOptions()
        self.clock = clock or SystemClock()
        self.store = store
        self.items = (
            list(items)
            if items is not None
            else select_items(self.banks, self.options, store, self.clock)
        )
        if not self.items:
            raise SessionSetupError("no questions to ask")
        self.index = 0
        self.outcomes: list[Outcome] = []
        self.ended_by_time = False
        self.stopped = False
        self.skipped: set[int] = set()
        """``id()`` of each item skipped at least once (it comes back at the end)."""
        self._writes = ProgressWrites()
        self._paused_at: float | None = None
        self._paused_for = 0.0
        self._started = self._now()
        self._question_started: float | None = None
        self._started_at = self.clock.now()
        self._session_id: int | None = None
        self._answer_ids: list[int] = []

    # -- where we are ---------------------------------------------------------------
    @property
    def save_failure(self) -> str | None:
        """Why the progress file could not take an answer (a full disk, a read-only file):
        that answer and every one since are kept here, not saved, until ``retry_save``."""
        return self._writes.failure

    def retry_save(self) -> bool:
        """Try again to save what the progress file refused (the learner freed some disk
        space, say). True when everything is saved now."""
        return self._writes.retry()

    @property
    def answers_saved(self) -> int:
        """How many of this session's answers are in the progress file."""
        return len(self._answer_ids)

    @property
    def current(self) -> Item | None:
        return None if self.finished else self.items[self.index]

    @property
    def finished(self) -> bool:
        return self.stopped or self.ended_by_time or self.index >= len(self.items)

    @property
    def score(self) -> float:
        return sum(o.points for o in self.outcomes)

    def begin_question(self) -> None:
        """Start the current question's clock (once: showing it again does not reset it)."""
        if self._question_started is None:
            self._question_started = self._now()

    # -- pausing ----------------------------------------------------------------------
    @property
    def can_pause(self) -> bool:
        """Practice and review pause the clock while the learner reads help or a dialog;
        an exam and a sprint are against the clock, so they never pause."""
        return self.options.mode != "exam" and not self.options.sprint

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def pause(self) -> None:
        """Stop the clocks (question and session) until ``resume``, where pausing is allowed."""
        if self.can_pause and self._paused_at is None:
            self._paused_at = self.clock.monotonic()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_for += self.clock.monotonic() - self._paused_at
            self._paused_at = None

    def _now(self) -> float:
        """The session's own time: the clock's, less the time spent paused."""
        now = self.clock.monotonic() if self._paused_at is None else self._paused_at
        return now - self._paused_for

    # -- time -------------------------------------------------------------------------
    def question_limit(self, item: Item | None = None) -> float | None:
        item = item or self.current
        if item is None:
            return None
        return item.question.time_limit or self.options.question_time

    def question_time_left(self) -> float | None:
        limit = self.question_limit()
        if limit is None:
            return None
        started = self._question_started if self._question_started is not None else self._now()
        return limit - (self._now() - started)

    @property
    def session_limit(self) -> float | None:
        """Seconds for the whole session: a sprint's length, or ``--time-limit``."""
        return self.options.sprint or self.options.session_time

    def session_time_left(self) -> float | None:
        limit = self.session_limit
        if limit is None:
            return None
        return limit - (self._now() - self._started)

    def time_left(self) -> float | None:
        """Seconds until the nearer deadline, or None when untimed."""
        left = [t for t in (self.question_time_left(), self.session_time_left()) if t is not None]
        return min(left) if left else None

    def tick(self, entered: Response = "") -> Outcome | None:
        """Enforce the deadlines: end the session or time out the question when due."""
        if self.finished:
            return None
        session_left = self.session_time_left()
        if session_left is not None and session_left <= 0:
            self.ended_by_time = True
            self._finish()
            return None
        question_left = self.question_time_left()
        if question_left is not None and question_left <= 0:
            return self._record(entered, timed_out=True)
        return None

    # -- answering --------------------------------------------------------------------
    def submit(self, response: Response) -> Outcome:
        """Grade and record the answer (committed before this returns), then move on.

        An answer that arrives after the question's deadline is recorded as timed out; one
        that arrives after the session's raises SessionTimeUp (and the session is over).
        """
        if self.finished:
            raise RuntimeError("the session is over")
        session_left = self.session_time_left()
        if session_left is not None and session_left <= 0:
            self.ended_by_time = True
            self._finish()
            raise SessionTimeUp("the session's time is up")
        question_left = self.question_time_left()
        return self._record(response, timed_out=question_left is not None and question_left <= 0)

    def _record(self, response: Response, timed_out: bool) -> Outcome:
        from quizapp.grading import (  # deferred: quizapp/SPEED.md
            Verdict,
            expected_answer,
            grade,
            read_response,
            written_answer,
        )

        item = self.items[self.index]
        self.begin_question()
        assert self._question_started is not None
        elapsed = self._now() - self._question_started
        limit = self.question_limit(item)
        if timed_out:
            elapsed = min(elapsed, limit) if limit else elapsed
            verdict = Verdict(0.0, False, expected_answer(item.question), "timed out")
        else:
            verdict = grade(item.question, response, item.shown)
        factor = speed_factor(elapsed, limit) if self.options.speed_bonus else 1.0
        recorded = read_response(item.question, response, item.shown)
        outcome = Outcome(
            item,
            written_answer(item.question, recorded),
            verdict,
            round(elapsed * 1000),
            timed_out,
            verdict.score * item.question.points * factor,
        )
        answered_at = self.clock.now()
        self._save(
            lambda: self._answer_ids.append(self._store_outcome(outcome, limit, answered_at))
        )
        self.outcomes.append(outcome)
        self.index += 1
        self._question_started = None
        if self.index >= len(self.items):
            self._finish()
        return outcome

    def _store_outcome(self, outcome: Outcome, limit: float | None, answered_at: datetime) -> int:
        assert self.store is not None
        question = outcome.item.question
        return self.store.record_answer(
            AnswerRecord(
                session_id=self._session_row(),
                bank_id=outcome.item.bank.id,
                question_id=question.id,
                content_hash=question.content_hash(),
                response=outcome.response,
                score=outcome.verdict.score,
                correct=outcome.verdict.correct,
                elapsed_ms=outcome.elapsed_ms,
                timed_out=outcome.timed_out,
                answered_at=answered_at,
                time_limit_ms=round(limit * 1000) if limit else None,
            )
        )

    # -- the learner's controls --------------------------------------------------------
    def can_skip(self) -> bool:
        """Whether skipping would show another question (the last one left cannot be put off)."""
        return not self.finished and self.index < len(self.items) - 1

    def skip(self) -> bool:
        """Put the current question off to the end of the session; nothing is recorded, and
        its clock starts again when it comes back. False (and nothing changes) when it is
        the last question left."""
        if not self.can_skip():
            return False
        item = self.items.pop(self.index)
        self.items.append(item)
        self.skipped.add(id(item))
        self._question_started = None
        return True

    def can_override(self, outcome: Outcome) -> bool:
        """Whether the learner may judge ``outcome`` right ("I was right"): the latest answer,
        written by the learner (a grader can miss a right answer put another way), graded
        wrong, in time, with its verdict shown (not in an exam)."""
        return (
            bool(self.outcomes)
            and outcome is self.outcomes[-1]
            and not outcome.verdict.correct
            and not outcome.timed_out
            and not outcome.overridden
            and outcome.item.question.typed_answer
            and self.options.mode != "exam"
        )

    def override(self, outcome: Outcome) -> Outcome:
        """The learner judges ``outcome`` right: full points, recorded as overridden."""
        if not self.can_override(outcome):
            raise ValueError("only the latest typed answer graded wrong can be judged right")
        from quizapp.grading import Verdict  # deferred: quizapp/SPEED.md

        limit = self.question_limit(outcome.item)
        factor = speed_factor(outcome.elapsed_ms / 1000, limit) if self.options.speed_bonus else 1
        judged = replace(
            outcome,
            verdict=Verdict(1.0, True, outcome.verdict.expected, "judged right by you"),
            points=outcome.item.question.points * factor,
            overridden=True,
        )
        if self.store is not None:
            store = self.store  # (the answer's own write may be waiting for retry_save)
            self._save(lambda: store.override_answer(self._answer_ids[-1]))
        self.outcomes[-1] = judged
        if self.finished and self.store is not None:
            self._finish()  # the session's score in the progress file follows
        return judged

    def stop(self) -> None:
        """End the session early (the learner quit); what was answered is kept."""
        if not self.finished:
            self.stopped = True
            self._finish()

    def _finish(self) -> None:
        def finish_row() -> None:
            assert self.store is not None
            results = self.results()
            self.store.finish_session(
                self._session_row(), self.clock.now(), results.score, results.max_score
            )

        self._save(finish_row)

    def _save(self, write: Callable[[], None]) -> None:
        """Write to the progress file, if there is one. A failure is kept in
        ``save_failure`` rather than raised: the answer is graded and kept in memory, and
        the front end tells the learner."""
        if self.store is not None:
            self._writes.add(write)

    def _session_row(self) -> int:
        """The session's id in the progress file. The row is written with the first answer
        (or at the end, if none came), so nothing is written before the first question."""
        assert self.store is not None
        if self._session_id is None:
            self._session_id = self.store.start_session(
                self.options.mode,
                [bank.id for bank in self.banks],
                self._started_at,
                sprint_seconds=self.options.sprint,
            )
        return self._session_id

    def best_sprint(self) -> float | None:
        """The personal best of earlier sprints of this length on these banks (None: this is
        the first, or this is not a sprint, or there is no progress file)."""
        if not self.options.sprint or self.store is None:
            return None
        return self.store.best_sprint(
            [bank.id for bank in self.banks], self.options.sprint, self._session_id
        )

    def results(self) -> Results:
        ended_early = self.ended_by_time or self.stopped
        return Results(
            list(self.outcomes),
            self.items[len(self.outcomes) :] if ended_early and not self.options.sprint else [],
            self.ended_by_time,
            ended_early=self.stopped,
        )

    def retry_missed(self) -> Session:
        """A new session on the questions missed here, in the same order."""
        missed = self.results().missed
        if not missed:
            raise SessionSetupError("nothing was missed")
        return Session(
            self.banks,
            replace(self.options, count=None, sprint=None),
            self.clock,
            self.store,
            items=missed,
        )
