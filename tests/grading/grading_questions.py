"""Questions built in memory for the grading tests, one factory per type."""

from __future__ import annotations

import datetime as dt
from typing import Any

from quizapp.bank.models import (
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    ShortQuestion,
    TrueFalseQuestion,
)


def _base(type_name: str, extra: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"q-{type_name}", "type": type_name, "prompt": "?", **extra}


def choice(choices: list[str], answer: str, **extra: Any) -> ChoiceQuestion:
    return ChoiceQuestion.model_validate(
        _base("choice", {"choices": choices, "answer": answer, **extra}))


def multi(choices: list[str], answers: list[str], **extra: Any) -> MultiQuestion:
    return MultiQuestion.model_validate(
        _base("multi", {"choices": choices, "answers": answers, **extra}))


def truefalse(answer: bool) -> TrueFalseQuestion:
    return TrueFalseQuestion.model_validate(_base("truefalse", {"answer": answer}))


def short(*answers: str, **extra: Any) -> ShortQuestion:
    return ShortQuestion.model_validate(_base("short", {"answers": list(answers), **extra}))


def cloze(text: str, **extra: Any) -> ClozeQuestion:
    return ClozeQuestion.model_validate(_base("cloze", {"text": text, **extra}))


def number(answer: float, tolerance: float = 0, unit: str = "") -> NumberQuestion:
    return NumberQuestion.model_validate(
        _base("number", {"answer": answer, "tolerance": tolerance, "unit": unit}))


def date(answer: str, precision: str = "day", require_year: bool = False) -> DateQuestion:
    return DateQuestion.model_validate(_base("date", {
        "answer": dt.date.fromisoformat(answer), "precision": precision,
        "require_year": require_year}))


def order(*items: str) -> OrderQuestion:
    return OrderQuestion.model_validate(_base("order", {"items": list(items)}))


def match(*pairs: tuple[str, str]) -> MatchQuestion:
    return MatchQuestion.model_validate(_base("match", {"pairs": [list(p) for p in pairs]}))
