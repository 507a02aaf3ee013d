"""Review with nothing due: say so, and offer the new questions or practice instead."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from quizapp.session import NothingDue
from quizapp.tui import STYLES
from quizapp.wording import plural

Instead = Literal["new", "practice"]
"""What to play instead: the questions never answered, or practice on all of them."""


class NothingDueScreen(ModalScreen[Instead | None]):
    """Dismisses with what to play instead, or None (back to the home screen)."""

    CSS_PATH = STYLES / "nothing-due.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "instead('new')", "New questions", id="nothing-due.new"),
        Binding("p", "instead('practice')", "Practice", id="nothing-due.practice"),
        Binding("escape", "dismiss(None)", "Back", id="nothing-due.back"),
        # A box over the screen leaves out the app's own keys: help is asked for here.
        Binding("question_mark,f1", "app.help", "Help", id="nothing-due.help"),
        Binding(
            "left,right", "app.focus_next", "Switch button", show=False, id="nothing-due.switch"
        ),
    ]

    def __init__(self, nothing: NothingDue) -> None:
        super().__init__(classes="nothing-due")
        self.nothing = nothing

    def compose(self) -> ComposeResult:
        nothing = self.nothing
        when = ""
        if nothing.next_due:
            when = f"The next is due {nothing.next_due[:16].replace('T', ' ')} UTC. "
        new = (
            f"{plural(nothing.new, 'question')} never answered yet."
            if nothing.new
            else "Every question has been answered."
        )
        with Vertical(id="nothing-due-box"):
            yield Static(Content("Nothing is due for review"), id="nothing-due-title")
            yield Static(Content(f"{when}{new} Play instead:"), id="nothing-due-detail")
            with Horizontal(id="nothing-due-buttons"):
                if nothing.new:
                    yield Button(
                        "New questions (n)", variant="primary", id="instead-new", compact=True
                    )
                yield Button("Practice (p)", id="instead-practice", compact=True)
                yield Button("Back (Esc)", id="instead-back", compact=True)

    def on_mount(self) -> None:
        self.query_one("#nothing-due-buttons Button").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        choices: dict[str, Instead] = {"instead-new": "new", "instead-practice": "practice"}
        self.dismiss(choices.get(event.button.id or ""))

    def action_instead(self, choice: Instead) -> None:
        if choice == "new" and not self.nothing.new:
            self.notify("No question is new.", severity="warning")
            return
        self.dismiss(choice)
