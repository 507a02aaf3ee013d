"""The shared shape of the typed answers (short, number, date): one text field, Enter answers."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Static

from quizapp.tui.widgets.answers.base import AnswerWidget, Q, typed_again

MAX_ANSWER_LENGTH = 500


class AnswerInput(Input):
    """The text field. Enter answers as it comes, in order with the keys around it: as a
    binding it would act only once the keys typed after it had gone into this field. Where
    an answer moves on to another question (``moves_on``), keys that come after it are sent
    on, to the next question."""

    moves_on = False
    answered = False

    async def on_key(self, event: events.Key) -> None:
        if self.answered and self.moves_on:
            event.stop()
            event.prevent_default()
            self.app.post_message(typed_again(event, self.app))
        elif event.key == "enter":
            event.stop()
            event.prevent_default()
            self.answered = True
            await self.action_submit()


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
        field = AnswerInput(
            placeholder=self.placeholder(),
            max_length=MAX_ANSWER_LENGTH,
            select_on_focus=False,
            classes="typed-input",
        )
        field.moves_on = self.moves_on
        return field

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
