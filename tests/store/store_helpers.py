"""Shared helpers for the progress store tests: answers, a small bank, fixed times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.bank.loader import parse_bank
from quizapp.bank.models import Bank
from quizapp.store.rows import AnswerRecord

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday morning


def answer(
    question_id: str,
    *,
    correct: bool = True,
    score: float | None = None,
    at: datetime = T0,
    bank_id: str = "demo",
    content_hash: str = "h1",
    session_id: int = 1,
    response: str = "r",
    elapsed_ms: int = 20_000,
    timed_out: bool = False,
    time_limit_ms: int | None = None,
) -> AnswerRecord:
    """An answer record; 20 s by default, so a correct answer rates Good (not Easy)."""
    return AnswerRecord(
        session_id=session_id,
        bank_id=bank_id,
        question_id=question_id,
        content_hash=content_hash,
        response=response,
        score=(1.0 if correct else 0.0) if score is None else score,
        correct=correct,
        elapsed_ms=elapsed_ms,
        timed_out=timed_out,
        answered_at=at,
        time_limit_ms=time_limit_ms,
    )


DEMO_BANK = """
[bank]
id = "demo"
title = "Demo bank"

[[questions]]
id = "capital"
type = "short"
prompt = "Capital of France?"
answers = ["Paris"]
tags = ["places"]

[[questions]]
id = "year"
type = "number"
prompt = "Year of the call?"
answer = 2023
tags = ["dates", "numbers"]

[[questions]]
id = "day"
type = "truefalse"
prompt = "Was it a Wednesday?"
answer = true
tags = ["dates"]
"""


def demo_bank(path: Path | None = None) -> Bank:
    """The three-question bank; written to ``path`` too when given."""
    if path is not None:
        path.write_text(DEMO_BANK, encoding="utf-8")
    return parse_bank(DEMO_BANK, str(path or "demo.toml"))


def hashes(bank: Bank) -> list[tuple[str, str]]:
    return [(q.id, q.content_hash()) for q in bank.questions]


def days(n: float) -> timedelta:
    return timedelta(days=n)
