"""``quizapp class DIR``: the teacher's live view of a class being served.

Every refresh reads the class folder in a worker thread (the learners' progress files,
read-only), then fills the tables: who is in, how far each is, their score and how long
since their last answer, and the hardest questions so far. Names and answers come from
the learners: shown literally, with control characters made visible.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path, PurePath
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from quizapp.bank.models import Bank
from quizapp.bank.problems import printable
from quizapp.report.live import ClassSnapshot, LiveLearner, snapshot
from quizapp.report.sources import SourceError
from quizapp.tui import STYLES
from quizapp.tui.widgets.bars import MUTED, TitleBar, meter
from quizapp.tui.widgets.footer import SteadyFooter

REFRESH_S = 2.0
PROGRESS_WIDTH = 10


def ago(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size:.0f}{unit}"
    return f"{seconds:.0f}s"


# Table cells are Rich Text (the table measures them to size its columns): built from
# plain strings, never parsed as markup.
def learner_row(learner: LiveLearner) -> tuple[Text, ...]:
    filled, empty = meter(learner.progress, PROGRESS_WIDTH)
    state = ("●", "green") if learner.active else ("○", "dim")
    return (
        Text.assemble(state, " ", printable(learner.name)),
        Text(f"{learner.answered}/{learner.goal}"),
        Text.assemble((filled, "green"), (" " * len(empty), "on grey23")),
        Text(f"{learner.score:.0f}%"),
        Text(ago(learner.since_last_s)),
    )


class ClassHelp(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,f1,q", "close", "Close", id="class-help.close")
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="class-help"):
            yield Static(
                Content.assemble(
                    ("The class, live", "bold"),
                    "\n\nRefreshes every two seconds from the class folder.\n"
                    "● answered in the last five minutes, ○ idle.\n"
                    "Hardest: the lowest share right on first attempts so far.\n\n",
                    ("r", "bold $text-accent"),
                    "  refresh now\n",
                    ("q", "bold $text-accent"),
                    "  quit (the class goes on being served)\n",
                    ("Esc / ?", "bold $text-accent"),
                    "  close this help",
                )
            )

    def action_close(self) -> None:
        self.dismiss(None)


class ClassViewApp(App[None]):
    """The live view of one class folder."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [STYLES / "base.tcss", STYLES / "class_view.tcss"]
    TITLE = "quizapp class"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,ctrl+q", "quit", "Quit", priority=True, id="class.quit"),
        Binding("r", "refresh_now", "Refresh", id="class.refresh"),
        Binding("question_mark,f1", "help", "Help", key_display="?", id="class.help"),
    ]

    def __init__(
        self,
        folder: Path,
        banks: Sequence[Bank],
        now: Callable[[], datetime],
        refresh_s: float = REFRESH_S,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.banks = list(banks)
        self.now = now
        self.refresh_s = refresh_s
        self.latest: ClassSnapshot | None = None

    def compose(self) -> ComposeResult:
        yield TitleBar(
            Content.assemble(("quizapp", "bold $text-primary"), ("  the class, live", MUTED)),
            Content(printable(str(self.folder))),
        )
        yield Static("Reading the class folder…", id="class-summary")
        learners = DataTable[Text](id="class-learners", cursor_type="row", zebra_stripes=True)
        learners.add_columns("Learner", "Answered", "Progress", "Score", "Last")
        yield learners
        yield Static("Hardest questions so far", id="class-hardest-title")
        hardest = DataTable[Text](id="class-hardest", cursor_type="row")
        hardest.add_columns("Question", "Right", "Learners", "Most common wrong answer")
        yield hardest
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.refresh_class()
        self.set_interval(self.refresh_s, self.refresh_class)

    def refresh_class(self) -> None:
        """Start a read unless one is still going (a big class on a busy machine): the
        next tick after it ends starts the next."""
        if not any(worker.group == "class-read" for worker in self.workers):
            self.read_class()

    def action_refresh_now(self) -> None:
        self.refresh_class()

    def action_help(self) -> None:
        if isinstance(self.screen, ClassHelp):
            self.screen.dismiss(None)
        else:
            self.push_screen(ClassHelp())

    @work(thread=True, group="class-read")
    def read_class(self) -> None:
        """Read the folder away from the screen; a read that fails says so and the next
        one tries again."""
        try:
            found = snapshot(self.folder, self.banks, self.now())
        except SourceError as error:
            self.call_from_thread(self.show_problem, str(error))
            return
        self.call_from_thread(self.show, found)

    def show_problem(self, problem: str) -> None:
        if not self.is_running or not self.screen.query("#class-summary"):
            return  # a read that ends as the app closes has nowhere to go
        self.query_one("#class-summary", Static).update(
            Content.assemble(("Cannot read the class: ", "$text-error"), printable(problem))
        )

    def show(self, found: ClassSnapshot) -> None:
        if not self.is_running or not self.screen.query("#class-summary"):
            return  # a read that ends as the app closes has nowhere to go
        self.latest = found
        active = sum(learner.active for learner in found.learners)
        self.query_one("#class-summary", Static).update(
            Content(f"{len(found.learners)} learners ({active} active), {found.answers} answers")
        )
        learners = self.query_one("#class-learners", DataTable)
        learners.clear()
        for learner in found.learners:
            learners.add_row(*learner_row(learner))
        hardest = self.query_one("#class-hardest", DataTable)
        hardest.clear()
        for question in found.hardest:
            wrong = question.wrong_answers[0] if question.wrong_answers else None
            hardest.add_row(
                Text(printable(question.prompt or f"{question.bank}/{question.question}")),
                Text(f"{question.facility:.0f}%"),
                Text(str(question.learners)),
                Text(printable(f"{wrong.response} ({wrong.count})") if wrong else "-"),
            )
