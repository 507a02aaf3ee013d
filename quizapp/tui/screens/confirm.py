"""A yes/no question in a box over the current screen (quitting mid-session asks first), and
the questions the question screen asks."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from quizapp.tui import STYLES
from quizapp.wording import answers_saved, plural


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True (yes) or False (no)."""

    CSS_PATH = STYLES / "boxes.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
        Binding("left,right", "app.focus_next", "Switch button", show=False, id="confirm.switch"),
    ]

    def __init__(self, title: str, detail: str, yes: str, no: str = "Cancel") -> None:
        super().__init__(classes="confirm")
        self.title_text = title
        self.detail = detail
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        # The title and the buttons stay put; a long detail scrolls between them.
        with VerticalScroll(id="confirm-box", can_focus=False):
            yield Static(self.title_text, markup=False, id="confirm-title")
            yield Static(self.detail, markup=False, id="confirm-detail")
            with Horizontal(id="confirm-buttons"):
                yield Button(f"{self.yes_label} (y)", variant="error", id="confirm-yes")
                yield Button(f"{self.no_label} (n)", id="confirm-no")

    def on_mount(self) -> None:
        self.query_one("#confirm-yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


def end_this_session(answered: int) -> ConfirmScreen:
    return ConfirmScreen(
        "End this session?",
        f"{answers_saved(answered)} The results show what you answered.",
        yes="End session",
        no="Keep going",
    )


def end_with_questions_left(left: int) -> ConfirmScreen:
    """From the feedback, with ``left`` questions not yet asked."""
    return ConfirmScreen(
        "End this session?",
        f"{plural(left, 'question')} left unanswered will score 0.",
        yes="End session",
        no="Keep going",
    )


def answer_with_parts_empty(left_empty: str) -> ConfirmScreen:
    """Before answering with ``left_empty`` ("2 rows") unanswered."""
    return ConfirmScreen(
        f"Answer with {left_empty} empty?",
        "What is left empty scores nothing.",
        yes="Answer",
        no="Keep going",
    )


def try_saving_again(failure: str, saved: int) -> ConfirmScreen:
    """After the progress file refused an answer (``failure`` says why); ``saved`` answers
    of the session are in the file."""
    return ConfirmScreen(
        "Your answer could not be saved",
        f"{failure}.\n\n{answers_saved(saved)} This one is kept for now: free some disk space "
        "or make the file writable and try again, or end here with the results.",
        yes="Try again",
        no="End now",
    )
