"""One quiz run: which questions, in what order, how long each may take, and the score.

Both front ends (the TUI and ``--plain``) drive a Session; neither grades, times
or writes progress by itself. Time comes from an injected Clock, so a test can
expire a question without sleeping.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from quizapp.bank.models import Bank, Question
from quizapp.clock import Clock, SystemClock

if TYPE_CHECKING:
    from quizapp.grading import Response, Verdict
    from quizapp.store import Store

Mode = Literal["practice", "exam", "review"]
MODES: tuple[Mode, ...] = ("practice", "exam", "review")


class SessionSetupError(ValueError):
    """The options cannot make a session (unknown tag, count 0, nothing to ask)."""


class SessionTimeUp(Exception):
    """An answer came after the session's time ran out; the session is now over."""


@dataclass(frozen=True)
class SessionOptions:
    """What the learner asked for on the command line or the home screen."""

    mode: Mode = "practice"
    count: int | None = None
    tags: tuple[str, ...] = ()
    seed: int | None = None
    shuffle: bool = True
    question_time: float | None = None
    """Seconds per question (``--timed``); a question's own ``time_limit`` overrides it."""
    session_time: float | None = None
    """Seconds for the whole session (``--time-limit``)."""
    speed_bonus: bool = False
    weak: bool = False
    """Practice the most-missed questions first."""


@dataclass(frozen=True)
class Item:
    """A question as asked in this session, with the order its options are shown in."""

    bank: Bank
    question: Question
    shown: tuple[str, ...] | None = None
    """Choices (choice, multi), items (order) or right-hand sides (match) in display order."""
    changed: bool = False
    """Answered before, but its content has changed since: it starts over as new."""


@dataclass(frozen=True)
class Outcome:
    """What happened to one question."""

    item: Item
    response: str
    verdict: Verdict
    elapsed_ms: int
    timed_out: bool
    points: float

    @property
    def max_points(self) -> float:
        return self.item.question.points


@dataclass
class Results:
    """The end of a session: score, per tag, per question, times."""

    outcomes: list[Outcome]
    unanswered: list[Item]
    ended_by_time: bool
    score: float = field(init=False)
    max_score: float = field(init=False)
    per_tag: dict[str, tuple[float, float]] = field(init=False)

    def __post_init__(self) -> None:
        self.per_tag = {}
        self.score = sum(o.points for o in self.outcomes)
        self.max_score = sum(o.max_points for o in self.outcomes) + sum(
            i.question.points for i in self.unanswered
        )
        for outcome in self.outcomes:
            for tag in outcome.item.question.tags:
                got, of = self.per_tag.get(tag, (0.0, 0.0))
                self.per_tag[tag] = (got + outcome.points, of + outcome.max_points)
        for item in self.unanswered:
            for tag in item.question.tags:
                got, of = self.per_tag.get(tag, (0.0, 0.0))
                self.per_tag[tag] = (got, of + item.question.points)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0

    @property
    def missed(self) -> list[Item]:
        return [o.item for o in self.outcomes if not o.verdict.correct] + self.unanswered

    def times_ms(self) -> list[int]:
        return [o.elapsed_ms for o in self.outcomes]


def speed_factor(elapsed: float, limit: float | None) -> float:
    """The speed bonus: full points in the first half of the limit, falling to half at the limit."""
    if not limit or elapsed <= limit / 2:
        return 1.0
    return max(0.5, 1.0 - 0.5 * (elapsed - limit / 2) / (limit / 2))


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
        self._started = self.clock.monotonic()
        self._question_started: float | None = None
        self._started_at = self.clock.now()
        self._session_id: int | None = None

    # -- where we are ---------------------------------------------------------------
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
            self._question_started = self.clock.monotonic()

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
        started = (
            self._question_started
            if self._question_started is not None
            else (self.clock.monotonic())
        )
        return limit - (self.clock.monotonic() - started)

    def session_time_left(self) -> float | None:
        if self.options.session_time is None:
            return None
        return self.options.session_time - (self.clock.monotonic() - self._started)

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
        item = self.items[self.index]
        self.begin_question()
        assert self._question_started is not None
        elapsed = self.clock.monotonic() - self._question_started
        limit = self.question_limit(item)
        # Grading is imported with the first answer, not before the first question.
        from quizapp.grading import Verdict, expected_answer, grade, read_response, written_answer

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
        if self.store is not None:
            self._store_outcome(outcome, limit)
        self.outcomes.append(outcome)
        self.index += 1
        self._question_started = None
        if self.index >= len(self.items):
            self._finish()
        return outcome

    def _store_outcome(self, outcome: Outcome, limit: float | None) -> None:
        from quizapp.store.rows import AnswerRecord

        assert self.store is not None
        question = outcome.item.question
        self.store.record_answer(
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
                answered_at=self.clock.now(),
                time_limit_ms=round(limit * 1000) if limit else None,
            )
        )

    def stop(self) -> None:
        """End the session early (the learner quit); what was answered is kept."""
        if not self.finished:
            self.stopped = True
            self._finish()

    def _finish(self) -> None:
        if self.store is not None:
            results = self.results()
            self.store.finish_session(
                self._session_row(), self.clock.now(), results.score, results.max_score
            )

    def _session_row(self) -> int:
        """The session's id in the progress file. The row is written with the first answer
        (or at the end, if none came), so nothing is written before the first question."""
        assert self.store is not None
        if self._session_id is None:
            self._session_id = self.store.start_session(
                self.options.mode, [bank.id for bank in self.banks], self._started_at
            )
        return self._session_id

    def results(self) -> Results:
        return Results(
            list(self.outcomes),
            self.items[len(self.outcomes) :] if self.ended_by_time else [],
            self.ended_by_time,
        )

    def retry_missed(self) -> Session:
        """A new session on the questions missed here, in the same order."""
        missed = self.results().missed
        if not missed:
            raise SessionSetupError("nothing was missed")
        return Session(
            self.banks, replace(self.options, count=None), self.clock, self.store, items=missed
        )


def select_items(
    banks: Sequence[Bank], options: SessionOptions, store: Store | None, clock: Clock
) -> list[Item]:
    """The questions of a session, in order, with their options' display order."""
    if options.count is not None and options.count < 1:
        raise SessionSetupError(f"--count must be at least 1, not {options.count}")
    known_tags = {tag for bank in banks for tag in bank.tags()}
    unknown = [tag for tag in options.tags if tag not in known_tags]
    if unknown:
        raise SessionSetupError(
            f"unknown tag {unknown[0]!r} (known: {', '.join(sorted(known_tags)) or 'none'})"
        )
    rng = random.Random(options.seed)
    hashes: dict[int, str] = {}  # content hash by id(question), made once per question
    pool: list[tuple[Bank, Question]] = [
        (bank, q)
        for bank in banks
        for q in bank.questions
        if not options.tags or set(q.tags) & set(options.tags)
    ]
    if options.shuffle:
        rng.shuffle(pool)
    if store is not None and options.mode == "review":
        pool = _review_order(pool, store, clock, hashes)
    elif store is not None and options.weak:
        misses: dict[tuple[str, str], int] = {}
        for bank in banks:
            for qid, count in store.miss_counts(bank.id).items():
                misses[(bank.id, qid)] = count
        pool.sort(key=lambda bq: -misses.get((bq[0].id, bq[1].id), 0))
    if options.count is not None:
        pool = pool[: options.count]
    changed = _changed_questions(pool, store, hashes) if store is not None else set()
    return [
        Item(bank, q, q.display_order(rng, options.shuffle), (bank.id, q.id) in changed)
        for bank, q in pool
    ]


def _hashed(question: Question, hashes: dict[int, str]) -> str:
    """The question's content hash, kept in ``hashes`` so that review order and the changed
    flags do not hash the same question twice."""
    if id(question) not in hashes:
        hashes[id(question)] = question.content_hash()
    return hashes[id(question)]


def _per_bank(
    pool: list[tuple[Bank, Question]], hashes: dict[int, str]
) -> list[tuple[Bank, list[tuple[str, str]]]]:
    """Each bank of the pool with its questions' (id, content hash), as the store asks."""
    return [
        (bank, [(q.id, _hashed(q, hashes)) for b, q in pool if b is bank])
        for bank in {id(b): b for b, _ in pool}.values()
    ]


def _changed_questions(
    pool: list[tuple[Bank, Question]], store: Store, hashes: dict[int, str]
) -> set[tuple[str, str]]:
    """The questions answered before whose content has changed since: they start over as
    new, and the front ends say so. Only questions answered before are hashed."""
    answered = {bank_id: store.answered_hashes(bank_id) for bank_id in {b.id for b, _ in pool}}
    return {
        (bank.id, q.id)
        for bank, q in pool
        if q.id in answered[bank.id] and _hashed(q, hashes) != answered[bank.id][q.id]
    }


def _review_order(
    pool: list[tuple[Bank, Question]], store: Store, clock: Clock, hashes: dict[int, str]
) -> list[tuple[Bank, Question]]:
    rank: dict[tuple[str, str], int] = {}
    for bank, wanted in _per_bank(pool, hashes):
        for position, qid in enumerate(store.review_order(bank.id, wanted, clock.now())):
            rank[(bank.id, qid)] = position
    return sorted(pool, key=lambda bq: rank.get((bq[0].id, bq[1].id), len(rank)))
