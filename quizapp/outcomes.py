"""What a session's answers come to: each question's Outcome, and the Results at the end.

Kept apart from the Session that makes them (quizapp/session.py), which re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizapp.selection import Item

if TYPE_CHECKING:
    from quizapp.grading import Verdict


@dataclass(frozen=True)
class Outcome:
    """What happened to one question."""

    item: Item
    response: str
    verdict: Verdict
    elapsed_ms: int
    timed_out: bool
    points: float
    overridden: bool = False
    """Graded wrong, then judged right by the learner ("I was right")."""

    @property
    def max_points(self) -> float:
        return self.item.question.points


@dataclass
class Results:
    """The end of a session: score, per tag, per question, times."""

    outcomes: list[Outcome]
    unanswered: list[Item]
    """Left when the session ended early, by time or by the learner: they score 0 and count
    in ``max_score`` either way (a sprint leaves them out: it has no end but the clock)."""
    ended_by_time: bool
    ended_early: bool = False
    """The learner ended the session before the last question."""
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
    def empty(self) -> bool:
        """Nothing was asked: no answer, nothing left unanswered."""
        return not self.outcomes and not self.unanswered

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
