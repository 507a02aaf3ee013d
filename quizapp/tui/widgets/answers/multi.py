"""``multi``: tick every right choice (space or its number), then Enter."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content

from quizapp.bank.models import MultiQuestion
from quizapp.tui.widgets.answers.base import AnswerWidget
from quizapp.tui.widgets.checklist import CheckList


class TickList(CheckList[int]):
    """Numbered choices with tick boxes; Enter submits, space, digits and clicks tick."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit_answer", "Answer", show=False, id="multi.answer"),
        *(
            Binding(str(n), f"toggle_number({n})", f"Tick {n}", show=False, id=f"multi.tick-{n}")
            for n in range(1, 10)
        ),
    ]

    def __init__(self, choices: list[str], *, classes: str | None = None) -> None:
        super().__init__(
            [(Content(text), index, False) for index, text in enumerate(choices)], classes=classes
        )

    def option_prefix(self, index: int) -> Content:
        return Content.assemble((f"{index + 1}", "bold $text-accent"), "  ")

    def action_toggle_number(self, number: int) -> None:
        if 1 <= number <= self.option_count:
            self.highlighted = number - 1
            self.toggle(number - 1)

    def action_submit_answer(self) -> None:
        self.post_message(AnswerWidget.SubmitRequested())


class MultiAnswer(AnswerWidget[MultiQuestion], question_type="multi"):
    """Numbered choices with tick boxes."""

    TITLE = "Several choices"

    HINT = "space or 1–9 tick · ↑↓ move · Enter answer"
    KEY_HELP = (
        ("Space", "tick or untick the highlighted choice"),
        ("1–9", "tick or untick that choice"),
        ("↑ ↓", "move between the choices"),
        ("Enter", "answer with the ticked choices"),
    )

    def make_control(self) -> TickList:
        return TickList(list(self.shown()), classes="answer-options")

    def response(self) -> list[str]:
        shown = self.shown()
        return [shown[index] for index in self.query_one(TickList).selected]
