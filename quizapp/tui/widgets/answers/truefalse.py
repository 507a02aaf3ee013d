"""``truefalse``: True or False, by key (1/2, t/f) or with the arrows and Enter."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import OptionList

from quizapp.tui.widgets.answers.base import MOVE_KEYS, AnswerWidget, numbered

CHOICES = (True, False)


class TrueFalseAnswer(AnswerWidget, question_type="truefalse"):
    """Two options; a key answers at once."""

    TITLE = "True or false"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1,t", "pick(True)", "True", show=False),
        Binding("2,f", "pick(False)", "False", show=False),
    ]
    HINT = "1 or t true · 2 or f false · ↑↓ move · Enter answer"
    KEY_HELP = (
        ("1 / t", "answer True"),
        ("2 / f", "answer False"),
        ("↑ ↓", "move between True and False"),
        ("Enter", "answer with the highlighted one"),
    )

    def __init__(self, item, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(item, **kwargs)
        self._moved = False

    def compose(self) -> ComposeResult:
        yield OptionList(numbered(1, "True"), numbered(2, "False"), classes="answer-options")

    @property
    def options(self) -> OptionList:
        return self.query_one(OptionList)

    def focus_answer(self) -> None:
        self.options.focus()

    def response(self) -> bool | str:
        highlighted = self.options.highlighted
        if highlighted is None or not self._moved:
            return ""
        return CHOICES[highlighted]

    def on_key(self, event: events.Key) -> None:
        # Only the learner's own moves count as an answer entered (the list starts with
        # its first option highlighted, which is not a choice made).
        if event.key in MOVE_KEYS:
            self._moved = True

    def on_click(self) -> None:
        self._moved = True

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._moved = True
        self.post_message(self.Submitted(self, CHOICES[event.option_index]))

    def action_pick(self, value: bool) -> None:
        self.options.highlighted = CHOICES.index(value)
        self.options.action_select()
