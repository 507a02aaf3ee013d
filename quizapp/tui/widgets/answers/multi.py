"""``multi``: tick every right choice (space or its number), then Enter."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList

from quizapp.tui.widgets.answers.base import AnswerWidget
from quizapp.tui.widgets.hanging import Hanging


def _row(number: int, text: str, ticked: bool) -> Hanging:
    box = ("[✓] ", "bold $text-success") if ticked else ("[ ] ", "$text-muted")
    return Hanging(Content.assemble(box, (f"{number}", "bold $text-accent"), "  "), Content(text))


class TickList(OptionList):
    """Numbered choices with tick boxes; Enter submits, space and digits tick.

    Built on OptionList (not SelectionList) because its options wrap: a long
    choice is never cut off.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_highlighted", "Tick", show=False),
        Binding("enter", "submit_answer", "Answer", show=False),
        *(Binding(str(n), f"toggle_number({n})", f"Tick {n}", show=False)
          for n in range(1, 10)),
    ]

    class SubmitRequested(Message):
        """Enter was pressed."""

    def __init__(self, choices: list[str], *, classes: str | None = None) -> None:
        super().__init__(*(_row(n, text, False) for n, text in enumerate(choices, 1)),
                         classes=classes)
        self.choices = choices
        self.ticked: set[int] = set()

    def toggle(self, index: int) -> None:
        self.ticked ^= {index}
        self.replace_option_prompt_at_index(
            index, _row(index + 1, self.choices[index], index in self.ticked))

    def action_toggle_highlighted(self) -> None:
        if self.highlighted is not None:
            self.toggle(self.highlighted)

    def action_toggle_number(self, number: int) -> None:
        if 1 <= number <= len(self.choices):
            self.highlighted = number - 1
            self.toggle(number - 1)

    def action_submit_answer(self) -> None:
        self.post_message(self.SubmitRequested())

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        # A click ticks (the keyboard's Enter is bound to submit above).
        event.stop()
        self.toggle(event.option_index)


class MultiAnswer(AnswerWidget, question_type="multi"):
    """Numbered choices with tick boxes."""

    HINT = "space or 1–9 tick · ↑↓ move · Enter answer"
    KEY_HELP = (
        ("Space", "tick or untick the highlighted choice"),
        ("1–9", "tick or untick that choice"),
        ("↑ ↓", "move between the choices"),
        ("Enter", "answer with the ticked choices"),
    )

    def compose(self) -> ComposeResult:
        yield TickList(list(self.shown()), classes="answer-options")

    @property
    def ticks(self) -> TickList:
        return self.query_one(TickList)

    def focus_answer(self) -> None:
        self.ticks.focus()

    def response(self) -> list[str]:
        ticked = self.ticks.ticked
        return [text for index, text in enumerate(self.shown()) if index in ticked]

    def on_tick_list_submit_requested(self, event: TickList.SubmitRequested) -> None:
        event.stop()
        self.submit()
