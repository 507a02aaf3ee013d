"""What goes into the progress file and what comes out of it, one record type each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from quizapp.scheduling import CardStatus


@dataclass(frozen=True)
class AnswerRecord:
    """One graded answer, as the session hands it to the store."""

    session_id: int
    bank_id: str
    question_id: str
    content_hash: str
    """``QuestionBase.content_hash()`` of the question as it was asked."""
    response: str
    """What the learner gave, for display and export."""
    score: float
    """0..1."""
    correct: bool
    elapsed_ms: int
    timed_out: bool
    answered_at: datetime
    """Timezone-aware."""
    time_limit_ms: int | None = None
    """The limit that applied, if any (a quick correct answer rates Easy)."""


@dataclass(frozen=True)
class CardRow:
    """A question's derived state: its card's schedule and its answer counters."""

    bank_id: str
    question_id: str
    content_hash: str
    due_at: str
    state: int
    answers: int
    correct: int
    misses: int

    def status(self) -> CardStatus:
        """What review and the study counts need to know of the card."""
        return CardStatus(self.content_hash, self.due_at, self.state)


@dataclass(frozen=True)
class AnswerRow:
    """One stored answer, as exported."""

    id: int
    session_id: int
    bank_id: str
    question_id: str
    response: str
    score: float
    correct: bool
    elapsed_ms: int
    timed_out: bool
    time_limit_ms: int | None
    answered_at: str
    overridden: bool = False
    """The learner judged the answer right after it was graded wrong ("I was right")."""
