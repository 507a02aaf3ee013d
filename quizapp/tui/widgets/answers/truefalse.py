"""``truefalse``: True or False, by key (1/2, t/f) or with the arrows and Enter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType

from quizapp.tui.widgets.answers._pick_one import MOUSE_HELP, PickOneAnswer

CHOICES = (True, False)


class TrueFalseAnswer(PickOneAnswer, question_type="truefalse"):
    """Two options; a key answers at once."""

    TITLE = "True or false"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1,t", "pick(True)", "True", show=False, id="truefalse.true"),
        Binding("2,f", "pick(False)", "False", show=False, id="truefalse.false"),
    ]
    HINT = "1 or t true · 2 or f false · ↑↓ move · Enter answer"
    KEY_HELP = (
        ("1 / t", "answer True"),
        ("2 / f", "answer False"),
        ("↑ ↓", "move between True and False"),
        ("Enter", "answer with the highlighted one"),
        MOUSE_HELP,
    )

    def labels(self) -> Sequence[str]:
        return ("True", "False")

    def values(self) -> Sequence[bool]:
        return CHOICES

    def action_pick(self, value: bool) -> None:
        self.pick(CHOICES.index(value))
