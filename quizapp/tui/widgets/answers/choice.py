"""``choice``: pick one option with a number key, or move with the arrows and press Enter."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import OptionList

from quizapp.tui.widgets.answers.base import MOVE_KEYS, AnswerWidget, numbered

DIGIT_BINDINGS: list[BindingType] = [
    Binding(str(n), f"pick({n})", f"Pick {n}", show=False) for n in range(1, 10)
]


class ChoiceAnswer(AnswerWidget, question_type="choice"):
    """A numbered list of choices; a number key or Enter answers at once."""

    TITLE = "One choice"

    BINDINGS: ClassVar[list[BindingType]] = DIGIT_BINDINGS
    HINT = "1–9 answer · ↑↓ move · Enter answer"
    KEY_HELP = (
        ("1–9", "answer with that choice"),
        ("↑ ↓", "move between the choices"),
        ("Enter", "answer with the highlighted choice"),
    )

    def __init__(self, item, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(item, **kwargs)
        self._moved = False

    def compose(self) -> ComposeResult:
        yield OptionList(*(numbered(n, text) for n, text in enumerate(self.shown(), 1)),
                         classes="answer-options")

    @property
    def options(self) -> OptionList:
        return self.query_one(OptionList)

    def focus_answer(self) -> None:
        self.options.focus()

    def response(self) -> str:
        highlighted = self.options.highlighted
        if highlighted is None or not self._moved:
            return ""
        return self.shown()[highlighted]

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
        self.options.highlighted = event.option_index
        self.post_message(self.Submitted(self, self.shown()[event.option_index]))

    def action_pick(self, number: int) -> None:
        if 1 <= number <= len(self.shown()):
            self.options.highlighted = number - 1
            self.options.action_select()
