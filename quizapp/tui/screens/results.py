"""The end of a session: score, per tag, each question with its answer and time, retry."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from quizapp.grading import expected_answer
from quizapp.session import Item, Outcome, Results, Session
from quizapp.tui import STYLES
from quizapp.tui.screens.base import QuizScreen
from quizapp.tui.screens.feedback import answer_text, status_of
from quizapp.tui.widgets.bars import MUTED, TitleBar, accuracy_style, meter_content
from quizapp.tui.widgets.countdown import format_seconds
from quizapp.tui.widgets.footer import SteadyFooter
from quizapp.tui.widgets.hanging import Hanging
from quizapp.wording import (
    NOTHING_ANSWERED,
    format_points,
    plural,
    points_of,
    points_worth,
    score_so_far,
    sprint_result,
)

MARKS = {
    "correct": ("✔", "$text-success"),
    "partial": ("◐", "$text-warning"),
    "wrong": ("✘", "$text-error"),
    "timed out": ("◷", "$text-error"),
}
METER_WIDTH = 20
TAG_WIDTH = 14
DETAIL_INDENT = "      "  # under the prompt, past the mark and the number


def time_summary(times_ms: list[int]) -> Content:
    if not times_ms:
        return Content("")
    average = sum(times_ms) / len(times_ms) / 1000
    return Content.assemble(
        ("Time  ", f"bold {MUTED}"),
        "average ",
        (format_seconds(average).strip(), "bold"),
        "  ·  fastest ",
        (format_seconds(min(times_ms) / 1000).strip(), "bold"),
        "  ·  slowest ",
        (format_seconds(max(times_ms) / 1000).strip(), "bold"),
    )


class ResultsScreen(QuizScreen):
    """What the session came to; r retries only what was missed."""

    CSS_PATH = STYLES / "outcomes.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry_missed", "Retry missed", id="results.retry-missed"),
        Binding("h,escape", "home", "Home", id="results.home"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(classes="results-screen")
        self.session = session
        self.results: Results = session.results()

    def compose(self) -> ComposeResult:
        results = self.results
        mode = self.session.options.mode
        banks = ", ".join(bank.title for bank in self.session.banks)
        yield TitleBar(
            Content.assemble(("Results", "bold"), ("  ·  ", MUTED), banks),
            Content.assemble((mode, MUTED)),
        )
        with Vertical(classes="column"), VerticalScroll(id="results-body"):
            with Vertical(id="results-summary"):
                yield from self._summary(results)
            if results.per_tag:
                yield Static(Content("By tag"), classes="section-title")
                yield Static(self._tags(results), id="results-tags")
            if not results.empty:
                yield Static(Content("Questions"), classes="section-title")
            for number, outcome in enumerate(results.outcomes, 1):
                yield self._outcome_block(number, outcome)
            for number, item in enumerate(results.unanswered, len(results.outcomes) + 1):
                yield self._unanswered_block(number, item)
        yield SteadyFooter()

    def _summary(self, results: Results) -> ComposeResult:
        if results.empty:
            yield Static(Content(NOTHING_ANSWERED), id="results-empty")
            yield from self._sprint()
            return
        fraction = results.score / results.max_score if results.max_score else 0.0
        yield Static(
            Content.assemble(
                (format_points(results.score), f"bold {accuracy_style(fraction)}"),
                f" of {points_worth(results.max_score)}   ",
                (f"{results.percent:.0f}%", f"bold {accuracy_style(fraction)}"),
                "   ",
                meter_content(fraction, METER_WIDTH, accuracy_style(fraction)),
            ),
            id="results-score",
        )
        answered = len(results.outcomes)
        right = sum(1 for o in results.outcomes if o.verdict.correct)
        missed = len(results.missed)
        yield Static(
            Content.assemble(
                (f"{right}", "bold"),
                f" of {answered} answered right",
                ("  ·  ", MUTED),
                (f"{missed}", "bold"),
                " to retry" if missed else " missed",
            ),
            id="results-counts",
        )
        yield Static(time_summary(results.times_ms()), id="results-time")
        yield from self._sprint()
        if results.unanswered:
            count = len(results.unanswered)
            yield Static(
                Content(
                    f"◷ {'You ended the session' if results.ended_early else 'The time ran out'}"
                    f": {plural(count, 'question')} unanswered, scoring 0."
                ),
                id="results-time-up",
            )

    def _sprint(self) -> ComposeResult:
        sprint = self.session.options.sprint
        if sprint:
            score = self.results.score
            best = self.session.best_sprint()
            yield Static(Content(sprint_result(score, sprint, best)), id="results-sprint")

    def _tags(self, results: Results) -> Content:
        lines = []
        for tag, (got, of) in sorted(results.per_tag.items()):
            fraction = got / of if of else 0.0
            lines.append(
                Content.assemble(
                    Content(tag)
                    .truncate(TAG_WIDTH, ellipsis=True)
                    .pad_right(TAG_WIDTH - min(len(tag), TAG_WIDTH)),
                    " ",
                    meter_content(fraction, 12, accuracy_style(fraction)),
                    (f" {fraction:4.0%}", "bold"),
                    (f"  {points_of(got, of)}", MUTED),
                )
            )
        return Content("\n").join(lines)

    def _outcome_block(self, number: int, outcome: Outcome) -> Vertical:
        status = status_of(outcome)
        mark, style = MARKS[status]
        question = outcome.item.question
        timing = Content.assemble(
            ("   ", ""),
            (format_seconds(outcome.elapsed_ms / 1000).strip(), MUTED),
            ("   ", ""),
            (score_so_far(outcome.points, outcome.max_points), MUTED),
        )
        lines = [
            _heading(Content.assemble((f"{mark} ", f"bold {style}")), number, question.prompt),
            _detail(
                Content.assemble(("Your answer ", MUTED), (answer_text(outcome), style), timing)
            ),
        ]
        if not outcome.verdict.correct:
            lines.append(
                _detail(
                    Content.assemble(
                        ("Expected ", MUTED), (outcome.verdict.expected, "$text-success")
                    )
                )
            )
        if outcome.verdict.note and not outcome.timed_out:
            lines.append(_detail(Content.assemble((outcome.verdict.note, f"italic {MUTED}"))))
        if (
            self.session.options.mode == "exam"
            and not outcome.verdict.correct
            and question.explanation
        ):
            lines.append(_detail(Content.assemble((question.explanation, MUTED))))
        return Vertical(*lines, classes=f"result-item -{status.split()[0]}")

    def _unanswered_block(self, number: int, item: Item) -> Vertical:
        return Vertical(
            _heading(Content.assemble(("– ", f"bold {MUTED}")), number, item.question.prompt),
            _detail(
                Content.assemble(
                    ("Unanswered", "italic $text-warning"),
                    ("   Expected ", MUTED),
                    (_expected(item), "$text-success"),
                )
            ),
            classes="result-item -unanswered",
        )

    def on_mount(self) -> None:
        self.query_one("#results-body").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry_missed":  # offered (in the footer too) only when one was missed
            return bool(self.results.missed)
        return True

    def action_retry_missed(self) -> None:
        self.quiz_app.start_session(self.session.retry_missed(), replace=True)

    def action_home(self) -> None:
        self.quiz_app.go_home()


def _expected(item: Item) -> str:
    return expected_answer(item.question)


def _heading(mark: Content, number: int, prompt: str) -> Static:
    """The question's mark, number and prompt; a long prompt wraps under itself."""
    return Static(Hanging(Content.assemble(mark, (f"{number:>2}. ", MUTED)), Content(prompt)))


def _detail(body: Content) -> Static:
    """A line under a question's prompt, wrapped in the same column."""
    return Static(Hanging(Content(DETAIL_INDENT), body))
