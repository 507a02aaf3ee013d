"""What every answer widget is: it shows a question's options and produces a response.

Answer widgets never grade. They post :class:`AnswerWidget.Submitted` with the
response when the learner submits, and report what is entered so far through
:meth:`AnswerWidget.response` (a question that times out is recorded with it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from textual import events
from textual.app import App, ComposeResult
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

from quizapp.bank.models import Question
from quizapp.session import Item
from quizapp.tui import STYLES
from quizapp.tui.widgets.hanging import Hanging

if TYPE_CHECKING:
    from quizapp.grading import Response

ANSWER_STYLESHEETS = sorted(STYLES.glob("answer-*.tcss"))
"""The answer widgets' stylesheets, one per kind (``answer-NAME.tcss``): each screen that
shows answer widgets lists them all in its ``CSS_PATH``."""

MOVE_KEYS = frozenset({"up", "down", "home", "end", "pageup", "pagedown"})
"""Keys that move a highlight through a list of options."""

Q = TypeVar("Q", bound=Question)


def typed_again(key: events.Key, app: App[object]) -> events.Key:
    """``key`` as if typed now, for ``app`` to send to whatever has the focus now. (Sent
    from the app, it bubbles back up to the app's bindings, as a typed key does; sent from a
    screen, it would stop at that screen.)"""
    return events.Key(key.key, key.character).set_sender(app)


REGISTRY: dict[str, type[AnswerWidget]] = {}
"""Answer widget classes by question type; filled as widget modules are imported."""


def numbered(number: int, text: str) -> Hanging:
    """An option as shown: its key number, then the bank's text taken literally
    (wrapped beside the number)."""
    return Hanging(Content.assemble((f"{number}", "bold $text-accent"), "  "), Content(text))


class AnswerWidget(Widget, Generic[Q]):
    """Base of the answer widgets: one subclass per question type."""

    question_type: ClassVar[str] = ""
    """The question ``type`` this widget answers."""

    TITLE: ClassVar[str] = ""
    """What the help screen calls this kind of question ("One choice")."""

    KEY_HELP: ClassVar[tuple[tuple[str, str], ...]] = ()
    """(keys, what they do) for the help screen and the hint line under the widget."""

    HINT: ClassVar[str] = ""
    """One short line on how to answer, shown under the widget."""

    moves_on: bool = False
    """Whether answering moves on to another question (set by the question screen before
    this is mounted): keys typed right after the answer are then for that question."""

    DEFAULT_CSS = """
    AnswerWidget {
        height: auto;
    }
    """

    class Submitted(Message):
        """The learner submitted an answer."""

        def __init__(self, widget: AnswerWidget, response: Response) -> None:
            super().__init__()
            self.widget = widget
            self.response = response

        @property
        def control(self) -> AnswerWidget:
            return self.widget

    class SubmitRequested(Message):
        """The learner asked to answer with what is entered (Enter, in most answers):
        posted by the widget they answer with, for the answer widget around it."""

    def __init_subclass__(cls, question_type: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if question_type:
            cls.question_type = question_type
            REGISTRY[question_type] = cls

    def __init__(self, item: Item, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.item = item
        # The registry gives each widget the questions of its own type only.
        self.question = cast(Q, item.question)
        self.control: Widget = self
        """The widget the learner answers with, which takes the focus."""

    def make_control(self) -> Widget:
        """The widget the learner answers with (composed as the whole answer widget
        unless a subclass composes more around it)."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        self.control = self.make_control()
        yield self.control

    def on_answer_widget_submit_requested(self, event: SubmitRequested) -> None:
        event.stop()
        self.submit()

    def response(self) -> Response:
        """What is entered now (recorded as is when the question times out)."""
        raise NotImplementedError

    def left_empty(self) -> str:
        """What is left unanswered, said for a dialog that asks before answering ("2 rows");
        "" when nothing is, or when answering with parts left out needs no asking."""
        return ""

    def submit(self) -> None:
        """Hand the current response to whoever runs the session."""
        self.post_message(self.Submitted(self, self.response()))

    def focus_answer(self) -> None:
        """Put the keyboard focus where the learner starts answering, at once (``focus``
        waits for the next refresh): a key typed as the question appears goes there."""
        self.screen.set_focus(self.control)

    def shown(self) -> tuple[str, ...]:
        """The options in the order this session shows them."""
        return tuple(self.item.shown or ())
