"""Where each bank's questions stand for the learner: new, learning, due or learned.

One rule (``scheduling.review_state``) and one count per bank, which the home screen,
the stats table and the stats' Study block all show, so that they cannot disagree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from quizapp.bank.models import Bank
from quizapp.scheduling import CardStatus, ReviewState, review_state
from quizapp.store.database import Store
from quizapp.store.rows import CardRow
from quizapp.store.schema import iso_utc


@dataclass(frozen=True)
class StudyCounts:
    """Where a bank's current questions stand; the four counts add up to ``total``.

    ``new``: never answered, or changed since (``changed`` of them), so they start over;
    ``due``: their review time has come; ``learning``: answered, not due, not learned
    yet; ``learned``: graduated to review and not due.
    """

    new: int
    learning: int
    due: int
    learned: int
    changed: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.due + self.learned


QuestionHashes = dict[tuple[str, str], str]
"""(bank id, question id) -> the question's content hash as it is now."""


def current_hashes(banks: Sequence[Bank]) -> QuestionHashes:
    """Every question's content hash (hashing is the slow part of counting: done once)."""
    return {(bank.id, q.id): q.content_hash() for bank in banks for q in bank.questions}


def study_counts(store: Store, bank: Bank, now: datetime) -> StudyCounts:
    """Where ``bank``'s questions stand now, read from ``store``."""
    return bank_study(bank, store.card_statuses(bank.id), iso_utc(now), current_hashes([bank]))


def study_by_bank(
    banks: Sequence[Bank], cards: Iterable[CardRow], now: datetime, hashes: QuestionHashes
) -> dict[str, StudyCounts]:
    """Where each of ``banks`` stands, by bank id, from ``cards`` (every bank's) and the
    questions' ``hashes`` (``current_hashes``)."""
    given = {bank.id for bank in banks}
    statuses: dict[str, dict[str, CardStatus]] = {bank_id: {} for bank_id in given}
    for row in cards:
        if row.bank_id in given:
            statuses[row.bank_id][row.question_id] = row.status()
    now_iso = iso_utc(now)
    return {bank.id: bank_study(bank, statuses[bank.id], now_iso, hashes) for bank in banks}


def bank_study(
    bank: Bank, cards: Mapping[str, CardStatus], now_iso: str, hashes: QuestionHashes
) -> StudyCounts:
    """Where ``bank``'s current questions stand, given their ``cards`` by question id."""
    states: Counter[ReviewState] = Counter()
    changed = 0
    for question in bank.questions:
        card = cards.get(question.id)
        content_hash = hashes[bank.id, question.id]
        states[review_state(card, content_hash, now_iso)] += 1
        changed += card is not None and card.content_hash != content_hash
    return _counts(states, changed)


def cards_study(cards: Iterable[CardRow], now_iso: str) -> StudyCounts:
    """Where the questions of a bank known only from the store stand: each as its card
    was made (none is new, since there is no file to have changed)."""
    states: Counter[ReviewState] = Counter(
        review_state(row.status(), row.content_hash, now_iso) for row in cards
    )
    return _counts(states, 0)


def _counts(states: Counter[ReviewState], changed: int) -> StudyCounts:
    return StudyCounts(
        new=states["new"],
        learning=states["learning"],
        due=states["due"],
        learned=states["learned"],
        changed=changed,
    )
