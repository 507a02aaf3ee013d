"""Feedback after each answer in practice and review: the verdict, what was expected, why."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.css.model import RuleSet
from textual.screen import Screen
from textual.widgets import Static

from quizapp.bank.text_safety import visible
from quizapp.session import Outcome, Session
from quizapp.tui import STYLES
from quizapp.tui.widgets.answers.base import typed_again
from quizapp.tui.widgets.bars import MUTED, TitleBar, question_header
from quizapp.tui.widgets.footer import SteadyFooter
from quizapp.tui.widgets.hanging import Hanging
from quizapp.wording import points_of

BANNERS = {
    "correct": ("✔ Correct", "-correct"),
    "partial": ("◐ Partly right", "-partial"),
    "wrong": ("✘ Wrong", "-wrong"),
    "timed out": ("◷ Timed out", "-timed-out"),
}


def status_of(outcome: Outcome) -> str:
    return "timed out" if outcome.timed_out else outcome.verdict.status


def answer_text(outcome: Outcome) -> str:
    """The learner's answer for display, control characters made visible; "(nothing)"
    when nothing was entered (a cloze or match left empty is recorded as bare separators)."""
    return visible(outcome.response) if outcome.response.strip(" ;=") else "(nothing)"


def labelled(label: str, text: str, style: str = "") -> Hanging:
    """A field label and the bank's or learner's text, taken literally; a long text wraps
    under itself, leaving the label column clear."""
    return Hanging(
        Content.assemble((f"{label:<13}", f"bold {MUTED}")), Content.assemble((text, style))
    )


class FeedbackScreen(Screen[None]):
    """Shown after an answer; Enter (or Escape) goes on to the next question.

    A question screen makes one and shows it again for every answer (``show``): showing
    it again is several times quicker than composing a new one, and keeps the feedback
    within a frame of the answer key (the keypress benchmark).
    """

    CSS_PATH = STYLES / "outcomes.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space,escape", "continue", "Next", key_display="Enter", id="feedback.next"),
        Binding("i", "override", "I was right", id="feedback.i-was-right"),
        Binding("e", "end_session", "End session", id="feedback.end-session"),
    ]

    def __init__(self, session: Session, outcome: Outcome) -> None:
        super().__init__(classes="feedback-screen")
        self.session = session
        self.outcome = outcome
        self._styled_by: list[RuleSet] | None = None
        self.closing = False
        """A key that closes this screen has come: keys after it are for the next question."""

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # (Runs before Textual's own handler, which reads ``refresh_styles``.) Textual
        # restyles every node of a screen it shows in case the styles changed while it
        # was hidden: a quarter of the time from the answer key to the feedback on
        # screen. Styles follow from the stylesheet's rules, which Textual parses anew
        # whenever they change (a new theme, a stylesheet added for a new kind of
        # answer), so the same parsed rules give the same styles.
        rules = self.app.stylesheet.rules
        if rules is self._styled_by:
            event.refresh_styles = False
        self._styled_by = rules
        self.closing = False

    def on_key(self, event: events.Key) -> None:
        # Keys typed right after the one that closes this screen come here too, before
        # its binding closes it: sent to the app again, they reach the next question.
        if self.closing:
            event.stop()
            event.prevent_default()
            self.app.post_message(typed_again(event, self.app))
            return
        bound = self.active_bindings.get(event.key)
        self.closing = bound is not None and bound.binding.action == "continue"

    def show(self, outcome: Outcome) -> None:
        """Show ``outcome`` (of this screen's session) instead of the one shown before."""
        self.outcome = outcome
        if self.is_mounted:
            self._fill()

    def compose(self) -> ComposeResult:
        yield TitleBar("", id="feedback-title")
        yield Static("", id="verdict-banner")
        with Vertical(classes="column"), VerticalScroll(id="feedback-body"):
            yield Static("", id="feedback-prompt")
            yield Static(
                Content("The time for this question ran out; it scores 0."),
                classes="feedback-line feedback-timeout",
                id="feedback-timeout",
            )
            yield Static("", classes="feedback-line", id="feedback-response")
            yield Static("", classes="feedback-line", id="feedback-expected")
            yield Static("", classes="feedback-line", id="feedback-note")
            yield Static("", id="feedback-explanation")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        outcome = self.outcome
        session = self.session
        verdict = outcome.verdict
        status = status_of(outcome)
        number = session.outcomes.index(outcome) + 1 if outcome in session.outcomes else 0
        title_bar = self.query_one("#feedback-title", TitleBar)
        title_bar.set_left(Content.assemble((outcome.item.bank.title, "bold")))
        title_bar.set_right(question_header(session, number))
        title, css_class = BANNERS[status]
        banner = self.query_one("#verdict-banner", Static)
        for _, name in BANNERS.values():  # changed only where it differs: restyling costs
            banner.set_class(name == css_class, name)
        banner.update(
            Content.assemble((title, "bold"), "   ", points_of(outcome.points, outcome.max_points))
        )
        self._line("#feedback-prompt", Content(outcome.item.question.prompt))
        self._line("#feedback-timeout", None if outcome.timed_out else "")
        self._line("#feedback-response", labelled("Your answer", answer_text(outcome)))
        self._line(
            "#feedback-expected",
            labelled("Expected", verdict.expected, "bold $text-success")
            if not verdict.correct or outcome.timed_out
            else "",
        )
        self._line(
            "#feedback-note",
            labelled("Note", verdict.note) if verdict.note and not outcome.timed_out else "",
        )
        explanation = outcome.item.question.explanation
        self._line("#feedback-explanation", Content(explanation) if explanation else "")
        body = self.query_one("#feedback-body", VerticalScroll)
        body.scroll_home(animate=False)
        body.focus()

    def _line(self, selector: str, content: Content | Hanging | str | None) -> None:
        """Show ``content`` in a line ("" hides the line, None shows it as it is)."""
        line = self.query_one(selector, Static)
        if line.display != (content != ""):
            line.display = content != ""
        if content:
            line.update(content)

    def action_continue(self) -> None:
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "override":  # only for a typed answer graded wrong: the footer hides it
            return self.session.can_override(self.outcome)
        return True

    def action_override(self) -> None:
        """The learner judges the answer right (a typed answer the grader missed): it counts
        as right, and the progress file marks it as the learner's judgement."""
        if self.session.can_override(self.outcome):
            self.show(self.session.override(self.outcome))
            self.refresh_bindings()
            self.notify("Counted as right, marked as your judgement.", title="I was right")

    def action_end_session(self) -> None:
        """End the session here: the results follow, with what was left unanswered."""
        from quizapp.tui.screens.confirm import (
            end_with_questions_left,  # deferred: quizapp/SPEED.md
        )

        def ended(yes: bool | None) -> None:
            if yes:
                self.session.stop()
                self.dismiss(None)  # the question screen then shows the results

        left = len(self.session.items) - len(self.session.outcomes)
        if left == 0:
            self.dismiss(None)
            return
        self.app.push_screen(end_with_questions_left(left), callback=ended)
