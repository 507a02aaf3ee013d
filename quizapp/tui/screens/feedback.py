"""Feedback after each answer in practice and review: the verdict, what was expected, why."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizapp.session import Outcome, Session
from quizapp.tui.widgets.bars import MUTED, TitleBar, points

BANNERS = {
    "correct": ("✔ Correct", "-correct"),
    "partial": ("◐ Partly right", "-partial"),
    "wrong": ("✘ Wrong", "-wrong"),
    "timed out": ("◷ Timed out", "-timed-out"),
}


def status_of(outcome: Outcome) -> str:
    return "timed out" if outcome.timed_out else outcome.verdict.status


def labelled(label: str, text: str, style: str = "") -> Content:
    """A field label and the bank's or learner's text, taken literally."""
    return Content.assemble((f"{label:<13}", f"bold {MUTED}"), (text, style))


class FeedbackScreen(Screen[None]):
    """Shown after an answer; Enter (or Escape) goes on to the next question."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space,escape", "continue", "Next", key_display="Enter"),
    ]

    def __init__(self, session: Session, outcome: Outcome) -> None:
        super().__init__(classes="feedback-screen")
        self.session = session
        self.outcome = outcome

    def compose(self) -> ComposeResult:
        outcome = self.outcome
        session = self.session
        verdict = outcome.verdict
        status = status_of(outcome)
        number = session.outcomes.index(outcome) + 1 if outcome in session.outcomes else 0
        answered_max = sum(o.max_points for o in session.outcomes)
        yield TitleBar(
            Content.assemble((outcome.item.bank.title, "bold")),
            Content.assemble(("Question ", MUTED), (str(number), "bold"),
                             (f" of {len(session.items)}", MUTED),
                             ("  ·  Score ", MUTED),
                             (f"{points(session.score)}/{points(answered_max)}", "bold")))
        title, css_class = BANNERS[status]
        yield Static(Content.assemble(
            (title, "bold"), "   ",
            f"{points(outcome.points)} of {points(outcome.max_points)} "
            f"point{'' if outcome.max_points == 1 else 's'}"),
            id="verdict-banner", classes=css_class)
        with Vertical(classes="column"), VerticalScroll(id="feedback-body"):
            yield Static(Content(outcome.item.question.prompt), id="feedback-prompt")
            if outcome.timed_out:
                yield Static(Content("The time for this question ran out; it scores 0."),
                             classes="feedback-line feedback-timeout")
            yield Static(labelled("Your answer", outcome.response or "(nothing)"),
                         classes="feedback-line", id="feedback-response")
            if not verdict.correct or outcome.timed_out:
                yield Static(labelled("Expected", verdict.expected, "bold $text-success"),
                             classes="feedback-line", id="feedback-expected")
            if verdict.note and not outcome.timed_out:
                yield Static(labelled("Note", verdict.note), classes="feedback-line",
                             id="feedback-note")
            explanation = outcome.item.question.explanation
            if explanation:
                yield Static(Content(explanation), id="feedback-explanation")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#feedback-body").focus()

    def action_continue(self) -> None:
        self.dismiss(None)
