"""One answer widget per question type, found by the question's ``type`` name.

The widget for type ``T`` lives in the module ``quizapp.tui.widgets.answers.T``
and registers itself by subclassing :class:`AnswerWidget` with
``question_type="T"``. Adding a question type therefore needs a widget module
of that name here and nothing else in the TUI.
"""

from __future__ import annotations

import importlib

from quizapp.bank.models import QUESTION_TYPES
from quizapp.session import Item
from quizapp.tui.widgets.answers.base import ANSWER_STYLESHEETS, REGISTRY, AnswerWidget


class NoAnswerWidget(LookupError):
    """No widget module for a question type."""


def answer_widget_class(question_type: str) -> type[AnswerWidget]:
    """The widget class for a question type, importing its module on first use."""
    if question_type not in REGISTRY:
        try:
            importlib.import_module(f"{__name__}.{question_type}")
        except ModuleNotFoundError as error:
            raise NoAnswerWidget(f"no answer widget for question type {question_type!r}") from error
    try:
        return REGISTRY[question_type]
    except KeyError:
        raise NoAnswerWidget(f"no answer widget for question type {question_type!r}") from None


def answer_widget_for(item: Item) -> AnswerWidget:
    """A new answer widget for one question as asked in a session."""
    return answer_widget_class(item.question.type)(item)


def all_answer_widget_classes() -> dict[str, type[AnswerWidget]]:
    """Every question type's answer widget, by type (for the help screen)."""
    return {question_type: answer_widget_class(question_type) for question_type in QUESTION_TYPES}


__all__ = [
    "ANSWER_STYLESHEETS",
    "AnswerWidget",
    "NoAnswerWidget",
    "all_answer_widget_classes",
    "answer_widget_class",
    "answer_widget_for",
]
