"""Progress: per bank, the last 14 days as a chart, and accuracy per tag."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from quizapp.tui.widgets.bars import MUTED, TitleBar, accuracy_style, meter_content
from quizapp.tui.widgets.footer import SteadyFooter

if TYPE_CHECKING:
    from quizapp.store.stats import DayActivity, Stats, TagStats
    from quizapp.tui.app import QuizApp

CHART_HEIGHT = 5
COLUMN_WIDTH = 4
BLOCKS = " ▁▂▃▄▅▆▇█"
TAG_WIDTH = 14


def activity_chart(days: list[DayActivity], height: int = CHART_HEIGHT) -> Content:
    """A column per day: right answers in green at the bottom, missed ones in red above,
    the day's count on top and the day of the month underneath."""
    peak = max((day.answers for day in days), default=0)
    blank = " " * COLUMN_WIDTH
    # columns[c][k]: what column c shows in cell k, counted from the bottom (k = height is
    # the spare cell on top, for the tallest bar's count).
    columns: list[list[tuple[str, str]]] = []
    for day in days:
        total = max(1, round(day.answers / peak * height * 8)) if day.answers else 0
        right = round(total * day.correct / day.answers) if day.answers else 0
        cells: list[tuple[str, str]] = []
        for k in range(height + 1):
            filled = max(0, min(8, total - 8 * k))
            if filled:
                style = "$text-success" if 8 * k < right else "$text-error"
                cells.append((BLOCKS[filled] * (COLUMN_WIDTH - 1) + " ", style))
            elif day.answers and k == (total + 7) // 8:
                cells.append((f"{day.answers:^{COLUMN_WIDTH - 1}} ", MUTED))
            else:
                cells.append((blank, ""))
        columns.append(cells)
    lines = [Content.assemble(*(column[k] for column in columns)) for k in range(height, -1, -1)]
    lines.append(Content.assemble(*((f"{'─' * (COLUMN_WIDTH - 1)} ", MUTED) for _ in days)))
    lines.append(
        Content.assemble(
            *(
                (f"{day.day.day:^{COLUMN_WIDTH - 1}} ", "bold" if index == len(days) - 1 else MUTED)
                for index, day in enumerate(days)
            )
        )
    )
    lines.append(
        Content.assemble(
            *((f"{day.day.strftime('%a')[:2]:^{COLUMN_WIDTH - 1}} ", MUTED) for day in days)
        )
    )
    return Content("\n").join(lines)


def tag_lines(tags: list[TagStats]) -> Content:
    lines = []
    for tag in tags:
        accuracy = tag.accuracy or 0.0
        name = tag.tag if len(tag.tag) <= TAG_WIDTH else tag.tag[: TAG_WIDTH - 1] + "…"
        lines.append(
            Content.assemble(
                name.ljust(TAG_WIDTH),
                " ",
                meter_content(accuracy, 16, accuracy_style(accuracy)),
                (f" {accuracy:4.0%}", "bold"),
                (f"  {tag.correct} of {tag.answers} right", MUTED),
            )
        )
    return Content("\n").join(lines)


def bank_lines(stats: Stats) -> Content:
    """Each bank: its title, then its numbers on the line under it (wraps when narrow)."""
    lines = []
    for bank in stats.banks:
        accuracy = bank.accuracy
        numbers: list[str | tuple[str, str]] = []
        if bank.questions is not None:
            numbers += [(str(bank.questions), "bold"), " questions · "]
        numbers += [
            (str(bank.answered), "bold"),
            " answered · ",
            (
                _percent(accuracy),
                "bold " + accuracy_style(accuracy or 0.0) if accuracy is not None else "bold",
            ),
            " right · ",
            (str(bank.learned), "bold $text-success"),
            " learned · ",
            (str(bank.due), "bold $text-warning" if bank.due else "bold"),
            " due · ",
            (str(bank.new), "bold"),
            " new",
        ]
        title = bank.title if bank.title is not None else f"{bank.id} (bank file not given)"
        lines.append(Content.assemble((title, "bold")))
        lines.append(Content.assemble("  ", *numbers))
    return Content("\n").join(lines)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


class StatsScreen(Screen[None]):
    """Read-only; Escape goes back."""

    STYLE_FILE: ClassVar[str] = "outcomes.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,h", "back", "Back"),
    ]

    def __init__(self, stats: Stats | None) -> None:
        super().__init__(classes="stats-screen")
        self.stats = stats

    @property
    def quiz_app(self) -> QuizApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        stats = self.stats
        if stats is None:
            yield TitleBar(Content.assemble(("Stats", "bold")))
            yield Static(
                Content("No progress file is open, so there is nothing to show."), id="stats-empty"
            )
            yield SteadyFooter()
            return
        streak = f"{stats.streak}-day streak" if stats.streak else "no streak yet"
        yield TitleBar(
            Content.assemble(("Stats", "bold")),
            Content.assemble(
                (streak, "bold $text-accent"),
                ("  ·  ", MUTED),
                (f"{stats.answers}", "bold"),
                " answers  ·  ",
                (_percent(stats.accuracy), "bold"),
                " right",
            ),
        )
        with Vertical(classes="column"), VerticalScroll(id="stats-body"):
            yield Static(Content("Banks"), classes="section-title")
            yield Static(bank_lines(stats), id="stats-banks")
            yield Static(Content(f"Last {len(stats.days)} days"), classes="section-title")
            if any(day.answers for day in stats.days):
                yield Static(activity_chart(stats.days), id="stats-chart")
            else:
                yield Static(Content("No answers in these days."), classes="stats-note")
            yield Static(Content("By tag"), classes="section-title")
            if stats.tags:
                yield Static(tag_lines(stats.tags), id="stats-tags")
            else:
                yield Static(Content("No answers yet."), classes="stats-note")
        yield SteadyFooter()

    def on_mount(self) -> None:
        if self.stats is not None:
            self.query_one("#stats-body").focus()

    def action_back(self) -> None:
        self.dismiss(None)
