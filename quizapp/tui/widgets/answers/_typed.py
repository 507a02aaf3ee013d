"""The shared shape of the typed answers (short, number, date): one text field, Enter answers."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Static

from quizapp.tui.widgets.answers.base import AnswerWidget, Q

MAX_ANSWER_LENGTH = 500


class TypedAnswer(AnswerWidget[Q]):
    """A text field; the subclasses only say what to type."""

    HINT = "type your answer · Enter answer"
    KEY_HELP: ClassVar[tuple[tuple[str, str], ...]] = (
        ("Enter", "answer with what you typed"),
        ("← → Home End", "move in the text"),
        ("ctrl+u", "clear to the start"),
    )

    def placeholder(self) -> str:
        return "Type your answer"

    def suffix(self) -> str:
        """Text after the field, such as a unit ("" for none)."""
        return ""

    def make_control(self) -> Input:
        return Input(
            placeholder=self.placeholder(),
            max_length=MAX_ANSWER_LENGTH,
            select_on_focus=False,
            classes="typed-input",
        )

    def compose(self) -> ComposeResult:
        with Horizontal(classes="typed-row"):
            yield from super().compose()
            suffix = self.suffix()
            if suffix:
                yield Static(suffix, markup=False, classes="typed-suffix")

    def response(self) -> str:
        return self.query_one(Input).value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()
