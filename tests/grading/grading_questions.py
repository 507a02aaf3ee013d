"""Questions built in memory for the grading tests, one factory per type."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

import pytest

from quizapp.bank.models import (
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    QuestionBase,
    ShortQuestion,
    TrueFalseQuestion,
)
from quizapp.bank.validation import validate_question
from quizapp.grading import grade

Q = TypeVar("Q", bound=QuestionBase)


def _valid(model: type[Q], data: dict[str, Any]) -> Q:
    """The question ``data`` describes, validated as a bank file's would be."""
    question = validate_question(data)
    assert isinstance(question, model)
    return question


def _base(type_name: str, extra: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"q-{type_name}", "type": type_name, "prompt": "?", **extra}


def choice(choices: list[str], answer: str, **extra: Any) -> ChoiceQuestion:
    return _valid(ChoiceQuestion, _base("choice", {"choices": choices, "answer": answer, **extra}))


def multi(choices: list[str], answers: list[str], **extra: Any) -> MultiQuestion:
    return _valid(MultiQuestion, _base("multi", {"choices": choices, "answers": answers, **extra}))


def truefalse(answer: bool) -> TrueFalseQuestion:
    return _valid(TrueFalseQuestion, _base("truefalse", {"answer": answer}))


def short(*answers: str, **extra: Any) -> ShortQuestion:
    return _valid(ShortQuestion, _base("short", {"answers": list(answers), **extra}))


def cloze(text: str, **extra: Any) -> ClozeQuestion:
    return _valid(ClozeQuestion, _base("cloze", {"text": text, **extra}))


def number(answer: float, tolerance: float = 0, unit: str = "") -> NumberQuestion:
    return _valid(
        NumberQuestion, _base("number", {"answer": answer, "tolerance": tolerance, "unit": unit})
    )


def date(answer: str, precision: str = "day", require_year: bool = False) -> DateQuestion:
    return _valid(
        DateQuestion,
        _base(
            "date",
            {
                "answer": dt.date.fromisoformat(answer),
                "precision": precision,
                "require_year": require_year,
            },
        ),
    )


def order(*items: str) -> OrderQuestion:
    return _valid(OrderQuestion, _base("order", {"items": list(items)}))


def match(*pairs: tuple[str, str]) -> MatchQuestion:
    return _valid(MatchQuestion, _base("match", {"pairs": [list(p) for p in pairs]}))


def assert_graded(question: Any, response: Any, score: float, shown: list[str] | None) -> None:
    """One row of a grading table: the score, and the verdict that score implies."""
    verdict = grade(question, response, shown)
    assert verdict.score == pytest.approx(score)
    assert verdict.correct == (score == 1)
    assert verdict.status == ("correct" if score == 1 else "partial" if score else "wrong")
