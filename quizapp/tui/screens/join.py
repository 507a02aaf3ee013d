"""The first screen of a served class: the learner's name (and the join code), and the
study app that follows it.

The rules (what a name may be, whose file it opens, whether a code matches) are the
core's (``quizapp.serve.learners``); this screen only asks and shows the answer.
Nothing is opened or written until the code matches and the name is accepted.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Input, Static

from quizapp.bank.models import Bank
from quizapp.serve.learners import NameRefused, code_matches, learner_in
from quizapp.session import Session, SessionOptions, SessionSetupError
from quizapp.store import Store, StoreError
from quizapp.tui import STYLES
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.widgets.bars import MUTED, TitleBar
from quizapp.tui.widgets.footer import SteadyFooter

if TYPE_CHECKING:
    from quizapp.serve.config import ClassConfig


COMPACT_BELOW = 22
"""Rows under which the join box loses its frame and button."""


class JoinScreen(Screen[None]):
    """Name (and join code); Enter joins."""

    CSS_PATH = STYLES / "join.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "join", "Join", priority=True, id="join.join"),
    ]

    def __init__(self, needs_code: bool, note: str = "") -> None:
        super().__init__(classes="join-screen")
        self.needs_code = needs_code
        self.note = note

    def compose(self) -> ComposeResult:
        yield TitleBar(
            Content.assemble(("quizapp", "bold $text-primary"), ("  join the class", MUTED))
        )
        with Vertical(id="join-box"):
            if self.note:
                yield Static(self.note, markup=False, id="join-note")
            yield Static("Your name", classes="join-label")
            yield Input(placeholder="as your teacher knows you", id="join-name")
            if self.needs_code:
                yield Static("Join code", classes="join-label")
                yield Input(placeholder="from the board", id="join-code")
            yield Static("", markup=False, id="join-problem")
            yield Button("Join (Enter)", variant="primary", id="join-button")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one("#join-name", Input).focus()

    def on_resize(self) -> None:
        # A short window (a phone, a split screen) drops the frame and the button: Enter
        # joins, as the footer says.
        self.set_class(self.size.height < COMPACT_BELOW, "-compact")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_join()

    def action_join(self) -> None:
        app = self.app
        assert isinstance(app, ServedApp)
        name = self.query_one("#join-name", Input).value
        code = self.query_one("#join-code", Input).value if self.needs_code else ""
        problem = app.join(name, code)
        if problem is not None:
            self.show_problem(problem)

    def show_problem(self, problem: str) -> None:
        self.query_one("#join-problem", Static).update(Content(problem))
        field = "#join-code" if problem.startswith("That join code") else "#join-name"
        self.query_one(field, Input).focus()


class ServedApp(QuizApp):
    """The study app as one learner of a class sees it: the join screen first, then the
    class's session (or the home screen when the class studies freely)."""

    def __init__(
        self, banks: Sequence[Bank], config: ClassConfig, options: SessionOptions | None
    ) -> None:
        super().__init__(banks, None, options)
        self.config = config
        self.fixed = options is not None
        """The class's session is fixed by the teacher: no home screen."""
        self.learner_name: str | None = None

    def first_screen(self) -> Screen[None]:
        return JoinScreen(self.config.code is not None)

    def join(self, name: str, code: str) -> str | None:
        """Join as ``name``: None when the session has started, else why not (one line)."""
        if not code_matches(code, self.config.code):
            return "That join code is not this class's. Check the board and try again."
        try:
            learner = learner_in(Path(self.config.class_dir), name)
            store: Store = self.store or Store.open(learner.progress)
            unreadable = store.unreadable_count()  # the file is opened only now
        except NameRefused as refused:
            return str(refused)
        except (StoreError, OSError) as error:
            return f"Your progress cannot be opened: {error}"
        self.store = store
        self.unreadable = unreadable
        self.learner_name = learner.name
        self.sub_title = learner.name
        if not self.fixed:
            self.replace_screen(HomeScreen())
            return None
        try:
            session = Session(self.banks, self.options, self.clock, store)
        except SessionSetupError as error:
            return str(error)
        self.start_session(session, replace=True)
        return None

    def go_home(self) -> None:
        if not self.fixed:
            super().go_home()
            return
        # A class test has no home screen: back to the join screen, answers saved.
        self.store_close()
        screen = JoinScreen(
            self.config.code is not None,
            note="Your answers are saved. Close this tab, or join again to go on.",
        )
        self.replace_screen(screen)

    def store_close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
