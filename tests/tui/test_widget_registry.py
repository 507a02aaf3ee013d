"""Answer widgets are found by the question's type name; every type has one."""

from __future__ import annotations

import pytest

from quizapp.bank.models import QUESTION_TYPES
from quizapp.tui.widgets.answers import (
    NoAnswerWidget,
    all_answer_widget_classes,
    answer_widget_class,
)


@pytest.mark.parametrize("question_type", QUESTION_TYPES)
def test_every_question_type_has_an_answer_widget(question_type: str) -> None:
    widget = answer_widget_class(question_type)
    assert widget.question_type == question_type
    assert widget.TITLE and widget.HINT and widget.KEY_HELP


def test_the_help_screen_sees_every_widget() -> None:
    assert set(all_answer_widget_classes()) == set(QUESTION_TYPES)


def test_an_unknown_type_is_a_clear_error() -> None:
    with pytest.raises(NoAnswerWidget, match="essay"):
        answer_widget_class("essay")
