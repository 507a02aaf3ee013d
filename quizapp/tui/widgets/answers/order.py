"""``order``: put the items in order by moving the highlighted one up and down."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, OptionList

from quizapp.bank.models import OrderQuestion
from quizapp.tui.widgets.answers.base import AnswerWidget
from quizapp.tui.widgets.hanging import Hanging


def _row(position: int, text: str) -> Hanging:
    return Hanging(Content.assemble((f"{position:>2}. ", "bold $text-accent")), Content(text))


class OrderList(OptionList):
    """A list whose highlighted item can be moved; Enter submits the order."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("shift+up,ctrl+up,K,minus", "move(-1)", "Move up", show=False, id="order.move-up"),
        Binding(
            "shift+down,ctrl+down,J,plus,equals_sign",
            "move(1)",
            "Move down",
            show=False,
            id="order.move-down",
        ),
        Binding("enter", "submit_answer", "Answer", show=False, id="order.answer"),
    ]

    def __init__(self, items: list[str], *, classes: str | None = None) -> None:
        super().__init__(*(_row(n, text) for n, text in enumerate(items, 1)), classes=classes)
        self.items = list(items)

    def action_move(self, step: int) -> None:
        index = self.highlighted
        if index is None:
            return
        target = index + step
        if not 0 <= target < len(self.items):
            return
        self.items[index], self.items[target] = self.items[target], self.items[index]
        for position in (index, target):
            self.replace_option_prompt_at_index(position, _row(position + 1, self.items[position]))
        self.highlighted = target

    def action_submit_answer(self) -> None:
        self.post_message(AnswerWidget.SubmitRequested())


class OrderAnswer(AnswerWidget[OrderQuestion], question_type="order"):
    """The items in the learner's order."""

    TITLE = "Put in order"

    HINT = "↑↓ choose an item · shift+↑↓ or K/J move it · Enter answer"
    KEY_HELP = (
        ("↑ ↓", "choose an item"),
        ("shift+↑ / K / -", "move the item up"),
        ("shift+↓ / J / +", "move the item down"),
        ("Enter", "answer with this order"),
    )

    def make_control(self) -> OrderList:
        return OrderList(list(self.shown()), classes="answer-options")

    def compose(self) -> ComposeResult:
        yield from super().compose()
        with Horizontal(classes="mouse-buttons"):
            for label, action in (("▲ Up", "up"), ("▼ Down", "down")):
                button = Button(label, id=f"move-{action}", compact=True)
                button.can_focus = False  # for the mouse; the keyboard stays on the list
                button.active_effect_duration = 0  # every click moves, however quick
                yield button

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.order_list.action_move(-1 if event.button.id == "move-up" else 1)

    @property
    def order_list(self) -> OrderList:
        return self.query_one(OrderList)

    def response(self) -> list[str]:
        return list(self.order_list.items)
