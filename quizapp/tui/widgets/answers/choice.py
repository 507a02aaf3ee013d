"""``choice``: pick one option with a number key, or move with the arrows and press Enter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType

from quizapp.tui.widgets.answers._pick_one import MOUSE_HELP, PickOneAnswer

DIGIT_BINDINGS: list[BindingType] = [
    Binding(str(n), f"pick({n})", f"Pick {n}", show=False, id=f"choice.pick-{n}")
    for n in range(1, 10)
]


class ChoiceAnswer(PickOneAnswer, question_type="choice"):
    """A numbered list of choices; a number key or Enter answers at once."""

    TITLE = "One choice"

    BINDINGS: ClassVar[list[BindingType]] = DIGIT_BINDINGS
    HINT = "1–9 answer · ↑↓ move · Enter answer"
    KEY_HELP = (
        ("1–9", "answer with that choice"),
        ("↑ ↓", "move between the choices"),
        ("Enter", "answer with the highlighted choice"),
        MOUSE_HELP,
    )

    def labels(self) -> Sequence[str]:
        return self.shown()

    def action_pick(self, number: int) -> None:
        self.pick(number - 1)
