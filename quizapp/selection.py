"""Which questions a session asks, in what order, and how each one's options are shown.

Selection reads the progress file (when there is one) for review order, the most-missed
questions and each question's review state; it never writes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC
from typing import TYPE_CHECKING, Literal

from quizapp.bank.models import Bank, Question
from quizapp.clock import Clock
from quizapp.scheduling import CardStatus, ReviewState, review_state

if TYPE_CHECKING:
    from quizapp.store import Store

Mode = Literal["practice", "exam", "review"]
MODES: tuple[Mode, ...] = ("practice", "exam", "review")


class SessionSetupError(ValueError):
    """The options cannot make a session (unknown tag, count 0, nothing to ask)."""


class NothingDue(SessionSetupError):
    """Review was asked for, and no question is due: the front ends offer the new questions
    (``SessionOptions.new_only``) or practice instead."""

    def __init__(self, new: int, next_due: str | None) -> None:
        self.new = new
        """How many questions are new (never answered, or changed since)."""
        self.next_due = next_due
        """When the next question falls due (ISO 8601 UTC), if any has been answered."""
        when = f"; the next is due {next_due[:16].replace('T', ' ')} UTC" if next_due else ""
        super().__init__(f"nothing is due for review{when}")


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
    new_only: bool = False
    """Only questions never answered (or changed since they were)."""
    sprint: float | None = None
    """A sprint: as many questions as the learner can answer in this many seconds, with a
    personal best per bank (``--sprint``). The clock never pauses; unanswered questions
    are left out of the score."""


@dataclass(frozen=True)
class Item:
    """A question as asked in this session, with the order its options are shown in."""

    bank: Bank
    question: Question
    shown: tuple[str, ...] | None = None
    """Choices (choice, multi), items (order) or right-hand sides (match) in display order."""
    changed: bool = False
    """Answered before, but its content has changed since: it starts over as new."""
    review: ReviewState | None = None
    """Where the question stands in spaced review (None without a progress file)."""


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
    cards = {bank.id: store.card_statuses(bank.id) for bank in banks} if store else {}
    now_iso = clock.now().astimezone(UTC).isoformat(timespec="milliseconds")

    def state(bank: Bank, question: Question) -> ReviewState:
        card = cards[bank.id].get(question.id)
        # Only questions answered before are hashed: the hash tells whether they changed.
        return review_state(card, _hashed(question, hashes) if card else "", now_iso)

    if store is not None and options.mode == "review":
        pool = _due_first(pool, cards, state)
    if store is not None and options.new_only:
        pool = [(bank, q) for bank, q in pool if state(bank, q) == "new"]
        if not pool:
            raise SessionSetupError("no new questions: every one has been answered")
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
        Item(
            bank,
            q,
            q.display_order(rng, options.shuffle),
            (bank.id, q.id) in changed,
            state(bank, q) if store is not None else None,
        )
        for bank, q in pool
    ]


def _due_first(
    pool: list[tuple[Bank, Question]],
    cards: dict[str, dict[str, CardStatus]],
    state: Callable[[Bank, Question], ReviewState],
) -> list[tuple[Bank, Question]]:
    """The questions due now, most overdue first; NothingDue when none is."""
    due = [(bank, q) for bank, q in pool if state(bank, q) == "due"]
    if not due:
        new = sum(1 for bank, q in pool if state(bank, q) == "new")
        later = [cards[bank.id][q.id].due for bank, q in pool if state(bank, q) != "new"]
        raise NothingDue(new, min(later, default=None))
    return sorted(due, key=lambda bq: cards[bq[0].id][bq[1].id].due)


def _hashed(question: Question, hashes: dict[int, str]) -> str:
    """The question's content hash, kept in ``hashes`` so that review order and the changed
    flags do not hash the same question twice."""
    if id(question) not in hashes:
        hashes[id(question)] = question.content_hash()
    return hashes[id(question)]


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
