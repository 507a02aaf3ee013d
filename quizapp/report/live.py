"""What the teacher's live view shows: who is in, how far each is, and the hardest
questions so far. Read from the class folder, as the report reads it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quizapp.bank.models import Bank
from quizapp.report.analysis import QuestionStats, analyse
from quizapp.report.sources import read_sources
from quizapp.serve.config import CLASS_FILE

HARDEST_SHOWN = 5
ACTIVE_WITHIN_S = 300
"""A learner whose last answer is older than this is shown as idle."""


@dataclass(frozen=True)
class LiveLearner:
    name: str
    answered: int
    """Distinct questions answered."""
    goal: int
    """Questions in the class's session, or in its banks when each studies freely."""
    score: float
    """Mean first-attempt score, 0..100."""
    since_last_s: float | None
    """Seconds since their latest answer; None before any."""

    @property
    def progress(self) -> float:
        return min(1.0, self.answered / self.goal) if self.goal else 0.0

    @property
    def active(self) -> bool:
        return self.since_last_s is not None and self.since_last_s <= ACTIVE_WITHIN_S


@dataclass(frozen=True)
class ClassSnapshot:
    learners: tuple[LiveLearner, ...]
    hardest: tuple[QuestionStats, ...]
    answers: int


def class_goal(folder: Path, banks: Sequence[Bank]) -> int:
    """How many questions each learner is meant to answer: the fixed session's count,
    else every question of the banks served."""
    total = sum(len(bank.questions) for bank in banks)
    try:
        session = json.loads((folder / CLASS_FILE).read_text(encoding="utf-8")).get("session")
    except (OSError, ValueError, AttributeError):
        return total
    count = session.get("count") if isinstance(session, dict) else None
    return min(count, total) if isinstance(count, int) and total else (count or total)


def snapshot(folder: Path, banks: Sequence[Bank], now: datetime) -> ClassSnapshot:
    """The class folder as it is now (files being written are read as far as committed)."""
    answers = read_sources([folder])
    report = analyse(answers, banks)
    goal = class_goal(folder, banks)
    learners = tuple(
        LiveLearner(
            name=learner.name,
            answered=learner.answered,
            goal=goal,
            score=learner.score,
            since_last_s=_seconds_since(learner.last_answer_at, now),
        )
        for learner in report.learners
    )
    hardest = sorted(report.questions, key=lambda q: (q.facility, -q.learners, q.question))
    return ClassSnapshot(learners, tuple(hardest[:HARDEST_SHOWN]), report.attempts)


def _seconds_since(at: str, now: datetime) -> float | None:
    if not at:
        return None
    try:
        return max(0.0, (now - datetime.fromisoformat(at)).total_seconds())
    except ValueError:
        return None
