"""Spaced review: FSRS ratings from graded answers, card updates, and the review queue.

A thin layer over the ``fsrs`` package. Each question of a bank has one FSRS card;
every graded answer reviews that card with a rating derived from the grade. The
store keeps the cards; this module decides what a grade means and in which order
questions come up for review. Everything takes the time as an argument: nothing
here reads the clock.

``fsrs`` is imported only when a card is made, read or reviewed: rating an answer,
ordering the review queue and telling a learned card need only the numbers below,
so starting a session on an up-to-date progress file never loads it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from fsrs import Card, Scheduler

__all__ = [
    "QUICK_FRACTION_OF_LIMIT",
    "QUICK_WITHOUT_LIMIT_MS",
    "CardStatus",
    "Rating",
    "ReviewState",
    "State",
    "card_from_json",
    "is_learned",
    "new_card",
    "order_for_review",
    "rating_for",
    "review",
    "review_state",
    "scheduler",
]


class Rating(IntEnum):
    """How well an answer went, with the values of ``fsrs.Rating`` (stored as these ints)."""

    Again = 1
    Hard = 2
    Good = 3
    Easy = 4


class State(IntEnum):
    """A card's learning state, with the values of ``fsrs.State`` (stored as these ints)."""

    Learning = 1
    Review = 2
    Relearning = 3


QUICK_FRACTION_OF_LIMIT = 1 / 3
"""A correct answer is *quick* when it took less than this share of the question's time limit."""

QUICK_WITHOUT_LIMIT_MS = 8_000
"""Without a time limit, a correct answer is *quick* when it took less than this many ms."""


def rating_for(score: float, correct: bool, elapsed_ms: int, time_limit_ms: int | None) -> Rating:
    """The FSRS rating a graded answer earns.

    - wrong (score 0, or timed out, which scores 0) -> ``Again``
    - partial credit (some score, not full marks) -> ``Hard``
    - correct -> ``Good``
    - correct and quick -> ``Easy``. Quick means under a third of the time limit that
      applied (``QUICK_FRACTION_OF_LIMIT``), or under 8 seconds when there was no limit
      (``QUICK_WITHOUT_LIMIT_MS``). Knowing an answer at once is what "easy" means to
      a learner; a third of the limit leaves room to read the question.
    """
    if correct:
        if time_limit_ms is not None and time_limit_ms > 0:
            quick = elapsed_ms < time_limit_ms * QUICK_FRACTION_OF_LIMIT
        else:
            quick = elapsed_ms < QUICK_WITHOUT_LIMIT_MS
        return Rating.Easy if quick else Rating.Good
    return Rating.Hard if score > 0 else Rating.Again


@cache
def scheduler() -> Scheduler:
    """The one scheduler: FSRS defaults, without fuzzing.

    Fuzzing spreads review dates randomly to avoid pile-ups in large decks; a quiz
    bank is small, and without it the same answers always give the same schedule,
    which keeps review order reproducible (and testable).
    """
    from fsrs import Scheduler  # deferred: quizapp/SPEED.md

    return Scheduler(enable_fuzzing=False)


def new_card(at: datetime) -> Card:
    """A card never reviewed, due at ``at``.

    The card id is irrelevant to scheduling; passing one avoids fsrs's default, which
    sleeps a millisecond to make ids unique.
    """
    from fsrs import Card  # deferred: quizapp/SPEED.md

    return Card(card_id=1, due=_utc(at))


def card_from_json(text: str) -> Card:
    """A card as the store saved it (``Card.to_json``)."""
    from fsrs import Card  # deferred: quizapp/SPEED.md

    return Card.from_json(text)


def review(card: Card, rating: Rating, at: datetime) -> Card:
    """The card after a review with ``rating`` at ``at``.

    A review dated before the card's last one (two sessions on one file, answering the
    same question out of order) is treated as happening at the last review instead, so
    intervals never go negative.
    """
    at = _utc(at)
    if card.last_review is not None and at < card.last_review:
        at = card.last_review
    from fsrs import Rating as FsrsRating  # deferred: quizapp/SPEED.md

    updated, _log = scheduler().review_card(card, FsrsRating(rating), at)
    return updated


def is_learned(state: int) -> bool:
    """A card has been learned once it has graduated to the Review state (and not lapsed)."""
    return state == State.Review


@dataclass(frozen=True)
class CardStatus:
    """What the review queue needs to know about one question's card."""

    content_hash: str
    """The hash of the question's content the card was made for."""
    due: str
    """When the card is due, as an ISO 8601 UTC timestamp in the store's fixed format."""
    state: int = State.Learning
    """The card's ``State``."""


ReviewState = Literal["new", "due", "learning", "learned"]
"""Where a question stands for the learner: never answered (or changed since), due for
review now, being learned (answered, not yet graduated), or learned (not due yet)."""


def review_state(card: CardStatus | None, content_hash: str, now_iso: str) -> ReviewState:
    """Where the question with ``content_hash`` stands, given its stored ``card``."""
    if card is None or card.content_hash != content_hash:
        return "new"
    if card.due <= now_iso:
        return "due"
    return "learned" if is_learned(card.state) else "learning"


def order_for_review(
    questions: Sequence[tuple[str, str]],
    cards: Mapping[str, CardStatus],
    now_iso: str,
) -> list[str]:
    """Question ids in review order.

    ``questions`` are (question_id, content_hash) pairs, ``cards`` the stored cards by
    question id, ``now_iso`` the current time in the same fixed ISO format as the
    cards' due times (so that string order is time order). First the due questions,
    most overdue first; then the new ones (never answered, or changed since the card
    was made: an edited question starts over) in the order given; then the rest,
    soonest due first.
    """
    due: list[tuple[str, int, str]] = []
    new: list[str] = []
    later: list[tuple[str, int, str]] = []
    for position, (question_id, content_hash) in enumerate(questions):
        card = cards.get(question_id)
        if card is None or card.content_hash != content_hash:
            new.append(question_id)
        elif card.due <= now_iso:
            due.append((card.due, position, question_id))
        else:
            later.append((card.due, position, question_id))
    due.sort()
    later.sort()
    return [q for _, _, q in due] + new + [q for _, _, q in later]


def _utc(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError("times given to the scheduler must be timezone-aware")
    return at.astimezone(UTC)
