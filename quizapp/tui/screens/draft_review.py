"""Reviewing a drafted bank: keep or drop each question, try one as a learner, write.

``quizapp draft --review`` opens the study app on this screen. Each row shows a
drafted question and the sentence it came from; Space keeps or drops it, Enter
shows it as a learner would see it (and grades a try, through a one-question
session), and ``w`` ends the review with the kept questions, which the command
then writes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quizapp.bank.models import Bank
from quizapp.session import Item, Session, SessionOptions
from quizapp.tui import STYLES
from quizapp.tui.app import QuizApp
from quizapp.tui.widgets.answers import ANSWER_STYLESHEETS, AnswerWidget, answer_widget_for
from quizapp.tui.widgets.bars import MUTED, TitleBar
from quizapp.tui.widgets.footer import SteadyFooter

if TYPE_CHECKING:
    from quizapp.draft.writer import DraftedBank

KEPT = "✓ keep"
DROPPED = "✗ drop"
SOURCE_SHOWN = 240  # characters of the source in the list; the preview shows it all


def _shortened(text: str, limit: int = SOURCE_SHOWN) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def row(index: int, drafted: DraftedBank, kept: bool) -> Content:
    """One question as the list shows it: kept or not, its id and type, its prompt,
    and the sentence it came from."""
    question, origin = drafted.questions[index]
    return Content("\n").join(
        [
            Content.assemble(
                (KEPT if kept else DROPPED, "bold $text-success" if kept else "bold $text-error"),
                "  ",
                (question.id, "bold"),
                (f" · {question.type}", MUTED),
            ),
            Content(question.prompt) if kept else Content.styled(question.prompt, MUTED),
            Content.styled(f"from: {_shortened(origin.source)}", f"italic {MUTED}"),
            Content(""),
        ]
    )


class DraftReviewScreen(Screen[None]):
    """The drafted questions; ``w`` ends the app with the indexes of the kept ones."""

    CSS_PATH = STYLES / "draft-review.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "keep_or_drop", "Keep/drop", id="draft-review.keep-or-drop"),
        Binding("enter", "preview", "Try it", id="draft-review.preview"),
        Binding("w", "write", "Write kept", id="draft-review.write"),
        Binding("a", "keep_all", "Keep all", show=False, id="draft-review.keep-all"),
    ]
    KEY_HELP: ClassVar[tuple[tuple[str, str], ...]] = (
        ("Up / Down", "move through the questions"),
        ("ctrl+q", "quit without writing"),
    )

    def __init__(self, drafted: DraftedBank, finish: Callable[[list[int]], None]) -> None:
        super().__init__(classes="draft-review-screen")
        self.drafted = drafted
        self.finish = finish
        """Called with the indexes of the questions kept, for the command to write."""
        self.kept = [True] * len(drafted.questions)

    def compose(self) -> ComposeResult:
        yield TitleBar(
            Content.assemble(("Review the draft", "bold"), (f"  {self.drafted.article}", MUTED)),
            self._count(),
            id="draft-review-title",
        )
        with Vertical(classes="column"):
            yield OptionList(
                *(
                    Option(row(index, self.drafted, True), id=str(index))
                    for index in range(len(self.drafted.questions))
                ),
                id="draft-questions",
            )
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def _count(self) -> Content:
        return Content.assemble((str(sum(self.kept)), "bold"), f" of {len(self.kept)} kept")

    def _refresh_row(self, index: int) -> None:
        self.query_one(OptionList).replace_option_prompt_at_index(
            index, row(index, self.drafted, self.kept[index])
        )
        self.query_one("#draft-review-title", TitleBar).set_right(self._count())

    @property
    def highlighted(self) -> int | None:
        return self.query_one(OptionList).highlighted

    def action_keep_or_drop(self) -> None:
        index = self.highlighted
        if index is not None:
            self.kept[index] = not self.kept[index]
            self._refresh_row(index)

    def action_keep_all(self) -> None:
        for index in range(len(self.kept)):
            if not self.kept[index]:
                self.kept[index] = True
                self._refresh_row(index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_preview()

    def action_preview(self) -> None:
        index = self.highlighted
        if index is not None:
            self.app.push_screen(DraftPreviewScreen(self.drafted, index))

    def action_write(self) -> None:
        kept = [index for index, keep in enumerate(self.kept) if keep]
        if not kept:
            self.notify("Keep at least one question to write a bank.", severity="warning")
            return
        self.finish(kept)


class DraftPreviewScreen(Screen[None]):
    """One drafted question as a learner sees it; an answer is graded by a session."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [STYLES / "draft-review.tcss", *ANSWER_STYLESHEETS]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back to the list", id="draft-preview.back"),
    ]

    def __init__(self, drafted: DraftedBank, index: int) -> None:
        super().__init__(classes="draft-preview-screen")
        question, origin = drafted.questions[index]
        self.source = " ".join(origin.source.split())
        bank = Bank(bank=drafted.info, questions=[question])
        shown = question.display_order(random.Random(index), shuffle=True)
        self.session = Session(
            [bank], SessionOptions(mode="practice"), items=[Item(bank, question, shown)]
        )
        self.item = self.session.items[0]

    def compose(self) -> ComposeResult:
        question = self.item.question
        yield TitleBar(
            Content.assemble(("As a learner sees it", "bold"), (f"  {question.id}", MUTED)),
            Content("Esc: back"),
        )
        answer = answer_widget_for(self.item)
        with Vertical(classes="column"), VerticalScroll(id="preview-body"):
            yield Static(Content(question.prompt), id="preview-prompt")
            with Container(id="preview-answer-box"):
                yield answer
            yield Static(Content(answer.HINT), id="preview-hint")
            yield Static(Content(""), id="preview-verdict")
            yield Static(
                Content.styled(f"From the article: {self.source}", f"italic {MUTED}"),
                id="preview-source",
            )
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.session.begin_question()
        self.query_one(AnswerWidget).focus_answer()

    def on_answer_widget_submitted(self, event: AnswerWidget.Submitted) -> None:
        event.stop()
        if self.session.finished:
            return
        outcome = self.session.submit(event.response)
        verdict = outcome.verdict
        status = verdict.status.capitalize()
        style = "bold $text-success" if verdict.correct else "bold $text-error"
        self.query_one("#preview-verdict", Static).update(
            Content.assemble((status, style), ("  expected: ", MUTED), verdict.expected)
        )

    def action_back(self) -> None:
        self.dismiss(None)


class DraftReviewApp(QuizApp):
    """The study app opened on the review of a draft; returns the kept indexes, or None
    when quit without writing."""

    def __init__(self, drafted: DraftedBank) -> None:
        super().__init__([], None)
        self.drafted = drafted
        self.kept_indexes: list[int] | None = None
        """The questions to write, once the learner has pressed w; None if they quit."""

    def first_screen(self) -> Screen[None]:
        return DraftReviewScreen(self.drafted, self.finish)

    def finish(self, kept_indexes: list[int]) -> None:
        self.kept_indexes = kept_indexes
        self.exit()


def review_draft(drafted: DraftedBank) -> list[int] | None:
    """Run the review; the indexes of the questions kept, or None if nothing is to be written."""
    app = DraftReviewApp(drafted)
    app.run()
    return app.kept_indexes
