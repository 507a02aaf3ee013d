"""The question screen: one question at a time, its answer widget, and the countdown.

The screen drives the Session and nothing else: it hands each response to
``Session.submit`` and asks ``Session.tick`` several times a second to enforce
the deadlines. The time shown is read from the session's clock at every tick,
so it never drifts however late a tick comes.

While a dialog (help, a question asked, the command palette) is over the session, practice
pauses the clock; an exam and a sprint run on, and a deadline that passes meanwhile is said
over the dialog and acted on when the dialog closes: the learner's reading is never cut off.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widgets import Static

from quizapp.session import Outcome, Session, SessionTimeUp
from quizapp.tui import STYLES
from quizapp.tui.screens.base import QuizScreen
from quizapp.tui.widgets.answers import ANSWER_STYLESHEETS, AnswerWidget, answer_widget_for
from quizapp.tui.widgets.answers.base import typed_again
from quizapp.tui.widgets.bars import question_header, question_tags, question_title
from quizapp.tui.widgets.countdown import Countdown
from quizapp.wording import CHANGED

if TYPE_CHECKING:
    from collections.abc import Callable

    from quizapp.grading import Response
    from quizapp.tui.screens.feedback import FeedbackScreen

TICKS_PER_SECOND = 10


def is_timed(session: Session) -> bool:
    options = session.options
    return bool(
        options.question_time
        or session.session_limit
        or any(item.question.time_limit for item in session.items)
    )


class QuestionScreen(QuizScreen):
    """Asks the session's questions until it is finished."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [STYLES / "question.tcss", *ANSWER_STYLESHEETS]

    AUTO_FOCUS = None  # (the answer takes the focus when its question is on the screen)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "end_session", "End session", id="question.end-session"),
        Binding("ctrl+n", "skip", "Skip", id="question.skip"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(classes="question-screen")
        self.session = session
        self.answer: AnswerWidget | None = None
        self._timer: Timer | None = None
        self._waiting = False
        """An answer was handed in and the next question is not shown yet."""
        self._feedback: FeedbackScreen | None = None
        self._on_return: Callable[[], object] | None = None
        """What a deadline that passed behind a dialog does once the dialog closes."""
        self._finished = False
        self._holding = False
        self._held_keys: list[events.Key] = []
        """Keys typed after an answer, before the next question had the focus."""

    def compose(self) -> ComposeResult:
        # The first question is composed in place rather than filled in after mounting:
        # the screen is then laid out and drawn once, and the question is on the screen
        # a frame sooner at start-up.
        item = self.session.current
        self.answer = answer_widget_for(item) if item is not None else None
        if self.answer is not None:
            self.answer.moves_on = True
        with Horizontal(id="question-header"):
            with Vertical(id="header-left"):
                yield Static(question_title(item), id="bank-title")
                yield Static(question_tags(item), id="question-tags")
            with Vertical(id="header-right"):
                yield Static(self._progress(), id="question-progress")
                yield Countdown(id="question-countdown")
                yield Countdown(id="session-countdown")
        with Vertical(classes="column"):
            changed = Static(
                Content(f"◆ This question was {CHANGED}: it starts over."), id="question-changed"
            )
            changed.display = bool(item and item.changed)
            yield changed
            with VerticalScroll(id="prompt-box"):
                yield Static(Content(item.question.prompt if item else ""), id="prompt")
            with Container(id="answer-box"):
                if self.answer is not None:
                    yield self.answer
            yield Static(Content(self.answer.HINT if self.answer else ""), id="answer-hint")

    async def on_mount(self) -> None:
        # The footer (the keys) comes a frame after the question: the question is what the
        # learner waits for, and importing, styling and laying out the footer took a
        # sizeable share of the first frame. (Textual's footer shows its keys a frame late
        # anyway.)
        self.call_after_refresh(self._add_footer)
        if is_timed(self.session):
            self._timer = self.set_interval(1 / TICKS_PER_SECOND, self.tick)
            self.app.screen_change_signal.subscribe(self, self._screen_changed, immediate=True)
        if self.session.current is None:
            self.finish()
            return
        self._begin()

    async def _add_footer(self) -> None:
        from quizapp.tui.widgets.footer import SteadyFooter  # deferred: quizapp/SPEED.md

        await self.mount(SteadyFooter())
        self.refresh_bindings()  # a footer shows its keys when the bindings are announced

    # -- showing a question ------------------------------------------------------------
    async def show_current(self) -> None:
        """Show the session's current question (or the results when it is over)."""
        item = self.session.current
        if item is None:
            self.finish()
            return
        self.query_one("#bank-title", Static).update(question_title(item))
        self.query_one("#question-tags", Static).update(question_tags(item))
        self.query_one("#question-progress", Static).update(self._progress())
        self.query_one("#prompt", Static).update(Content(item.question.prompt))
        self.query_one("#question-changed", Static).display = item.changed
        self.query_one("#prompt-box", VerticalScroll).scroll_home(animate=False)
        box = self.query_one("#answer-box", Container)
        await box.remove_children()
        self.answer = answer_widget_for(item)
        self.answer.moves_on = True
        await box.mount(self.answer)
        self.query_one("#answer-hint", Static).update(Content(self.answer.HINT))
        self.refresh_bindings()  # skip is offered while another question is left
        self._begin()

    def _begin(self) -> None:
        """The current question is on the screen: its time starts now, and the keys typed
        since the last answer go to its answer."""
        assert self.answer is not None
        self.session.begin_question()
        self.answer.focus_answer()
        self._waiting = False
        self._show_time()
        # After the keys sent to this screen before the answer had the focus.
        self.call_later(self._release_keys)

    def _hold_keys(self) -> None:
        """An answer is handed in: until the next question's answer has the focus, nothing
        has it, so keys typed meanwhile come to this screen, which keeps them for the next
        answer (rather than the old answer taking them, or nothing)."""
        self._waiting = True
        self._holding = True
        self.set_focus(None)

    def _release_keys(self) -> None:
        self._holding = False
        held, self._held_keys = self._held_keys, []
        for key in held:
            self.app.post_message(typed_again(key, self.app))

    def on_key(self, event: events.Key) -> None:
        if self._holding and not self.session.finished:
            event.stop()
            event.prevent_default()
            self._held_keys.append(event)

    def _progress(self) -> Content:
        return question_header(self.session, self.session.index + 1)

    def _show_time(self) -> None:
        session = self.session
        question_left = session.question_time_left()
        self.query_one("#question-countdown", Countdown).show(
            question_left, session.question_limit(), "Question", paused=session.paused
        )
        session_left = session.session_time_left()
        self.query_one("#session-countdown", Countdown).show(
            session_left,
            session.session_limit,
            "Sprint" if session.options.sprint else "Session",
            paused=session.paused,
        )

    # -- time --------------------------------------------------------------------------
    def _screen_changed(self, screen: Screen[object]) -> None:
        """A dialog over the session pauses its clock (where the session allows it: not in an
        exam or a sprint); back on the question or its feedback, the clock goes on."""
        if isinstance(screen, ModalScreen):
            self.session.pause()
        elif screen is self or screen is self._feedback:
            self.session.resume()
        if self.is_mounted and not self._waiting and not self.session.finished:
            self._show_time()

    def tick(self) -> None:
        """Enforce the deadlines and redraw the countdown (called several times a second,
        with a dialog over the screen too: in an exam or a sprint the countdown behind it
        goes on; a paused session has nothing to enforce or redraw)."""
        if self._waiting or self.session.finished or self.session.paused:
            return
        entered = self.answer.response() if self.answer is not None else ""
        outcome = self.session.tick(entered)
        if self.session.ended_by_time:
            self._hold_keys()
            self._when_active(self._time_up, f"The {self._clock_name()}'s time is up")
        elif outcome is not None:
            self._hold_keys()
            self._when_active(lambda: self.answered(outcome), "Time is up for this question")
        else:
            self._show_time()

    def _clock_name(self) -> str:
        return "sprint" if self.session.options.sprint else "session"

    def _time_up(self) -> None:
        self.notify(f"The {self._clock_name()}'s time is up.", title="Time", severity="warning")
        self.finish()

    def _when_active(self, action: Callable[[], object], what: str) -> None:
        """Do ``action`` now, or, with a dialog open over this screen, say ``what`` happened
        over it and do ``action`` when it closes: a deadline never closes a dialog that the
        learner is reading."""
        if self.is_active:
            action()
            return
        self._on_return = action
        self.notify(
            f"{what}. It goes on when you close this.",
            title="Time",
            severity="warning",
            timeout=10,
        )

    def on_screen_resume(self) -> None:
        action, self._on_return = self._on_return, None
        if action is not None:
            self.call_next(action)

    # -- answering ---------------------------------------------------------------------
    def on_answer_widget_submitted(self, event: AnswerWidget.Submitted) -> None:
        event.stop()
        if self._waiting or event.widget is not self.answer or self.session.finished:
            return
        left_empty = event.widget.left_empty()
        if left_empty:
            self._confirm_answer(event.widget, event.response, left_empty)
        else:
            self.hand_in(event.response)

    def _confirm_answer(self, widget: AnswerWidget, response: Response, left_empty: str) -> None:
        """Ask before answering with parts left empty (rows of a match)."""
        from quizapp.tui.screens.confirm import (
            answer_with_parts_empty,  # deferred: quizapp/SPEED.md
        )

        def answer(yes: bool | None) -> None:
            if yes and widget is self.answer and not self._waiting and not self.session.finished:
                self.hand_in(response)

        self.app.push_screen(answer_with_parts_empty(left_empty), callback=answer)

    def hand_in(self, response: Response) -> None:
        """Grade and record the answer, then go on."""
        self._hold_keys()
        try:
            outcome = self.session.submit(response)
        except SessionTimeUp:  # the session's time ran out just before the answer came
            self._time_up()
            return
        self.answered(outcome)

    def answered(self, outcome: Outcome) -> None:
        """The answer is graded: on to its feedback, unless it could not be saved."""
        if self.session.save_failure is not None:
            self.ask_to_save_again(outcome)
        else:
            self.after_answer(outcome)

    def ask_to_save_again(self, outcome: Outcome) -> None:
        """The progress file refused the answer (a full disk, an unwritable file): say why,
        and offer to try again (once space is freed, say) or to end with the results. The
        answer is kept either way."""
        from quizapp.tui.screens.confirm import try_saving_again  # deferred: quizapp/SPEED.md

        failure = self.session.save_failure
        assert failure is not None

        def chosen(again: bool | None) -> None:
            if again and self.session.retry_save():
                self.notify("Saved.", title="Progress file", timeout=3)
                self.after_answer(outcome)
            elif again:
                self.ask_to_save_again(outcome)
            else:
                self.end_unsaved()

        self.app.push_screen(try_saving_again(failure, self.session.answers_saved), callback=chosen)

    def end_unsaved(self) -> None:
        """End the session with answers not saved: the results, and the command fails."""
        failure = self.session.save_failure
        self.session.stop()
        self.quiz_app.save_failure = failure
        self.notify(
            f"{failure}. These results are not all saved.",
            title="Not saved",
            severity="error",
            timeout=30,
            markup=False,
        )
        self.finish()

    def after_answer(self, outcome: Outcome) -> None:
        """Practice and review show feedback first; exam goes straight on."""
        if self.session.options.mode == "exam":
            if outcome.timed_out:
                self.notify(
                    "Time is up for that question.", title="Time", severity="warning", timeout=3
                )
            self.call_next(self.next_question)
            return
        self.app.push_screen(
            self._feedback_for(outcome), callback=lambda _: self.call_next(self.next_question)
        )

    def _feedback_for(self, outcome: Outcome) -> Screen[None]:
        """The session's feedback screen, showing ``outcome``: made once and kept (installed),
        since showing it again is several times quicker than composing a new one."""
        from quizapp.tui.screens.feedback import FeedbackScreen  # deferred: quizapp/SPEED.md

        if self._feedback is None:
            self._feedback = FeedbackScreen(self.session, outcome)
            self.app.install_screen(self._feedback, f"feedback-{id(self)}")
        else:
            self._feedback.show(outcome)
        return self._feedback

    def on_unmount(self) -> None:
        feedback = self._feedback
        # While the app quits with the feedback still in the stack (a dialog over it), the
        # app removes it with the rest: it cannot be uninstalled while stacked.
        if feedback is not None and feedback not in self.app.screen_stack:
            self.app.uninstall_screen(feedback)
            feedback.remove()

    async def next_question(self) -> None:
        if not self.session.finished:
            self.session.tick()  # the session's time may have run out during the feedback
        if self.session.finished:
            self.finish()
        else:
            await self.show_current()

    def finish(self) -> None:
        if self._finished:  # (a deadline behind a dialog, and the dialog's answer, both end)
            return
        self._finished = True
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.quiz_app.show_results(self.session)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "skip":  # the last question left cannot be put off: not offered
            return self.session.can_skip()
        return True

    async def action_skip(self) -> None:
        """Put this question off to the end of the session (nothing is recorded)."""
        if self._waiting or self.session.finished:
            return
        if not self.session.skip():
            self.notify("This is the last question left.", title="Skip")
            return
        await self.show_current()

    # -- leaving -----------------------------------------------------------------------
    def action_end_session(self) -> None:
        from quizapp.tui.screens.confirm import end_this_session  # deferred: quizapp/SPEED.md

        def ended(yes: bool | None) -> None:
            if yes and not self.session.finished:
                self.session.stop()
                self.finish()

        self.app.push_screen(end_this_session(len(self.session.outcomes)), callback=ended)
