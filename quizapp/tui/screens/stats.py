"""Progress: per bank, the weakest questions, reviews coming due, the last days, accuracy
week by week and per tag; charts drawn to the terminal's width."""

from __future__ import annotations

import random
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from quizapp.bank.text_safety import visible
from quizapp.session import Item, Session
from quizapp.tui import STYLES
from quizapp.tui.screens.base import QuizScreen
from quizapp.tui.widgets.bars import (
    MUTED,
    TitleBar,
    accuracy_style,
    meter_content,
    study_line,
)
from quizapp.tui.widgets.charts import Column, ColumnChart
from quizapp.tui.widgets.footer import SteadyFooter
from quizapp.tui.widgets.hanging import Hanging

if TYPE_CHECKING:
    from quizapp.store.insights import (
        DayCount,
        Insights,
        WeakQuestion,
        WeekAccuracy,
    )
    from quizapp.store.stats import DayActivity, Stats, TagStats
    from quizapp.store.study import StudyCounts

TAG_WIDTH = 14
WEAK_PREFIX = 22


def activity_columns(days: list[DayActivity]) -> list[Column]:
    """A column per day: right answers in green at the bottom, missed ones in red above."""
    return [
        Column(
            ((day.correct, "$text-success"), (day.answers - day.correct, "$text-error")),
            label=str(day.day.day),
            top=str(day.answers) if day.answers else "",
            sublabel=day.day.strftime("%a")[:2],
            highlight=index == len(days) - 1,
        )
        for index, day in enumerate(days)
    ]


def forecast_columns(days: list[DayCount]) -> list[Column]:
    return [
        Column(
            ((day.count, "$text-warning"),),
            label=str(day.day.day),
            top=str(day.count) if day.count else "",
            sublabel=day.day.strftime("%a")[:2],
            highlight=index == 0,
        )
        for index, day in enumerate(days)
    ]


def accuracy_columns(weeks: list[WeekAccuracy]) -> list[Column]:
    """A column per week, as tall as the share right, coloured by it."""
    return [
        Column(
            ((week.accuracy or 0.0, accuracy_style(week.accuracy or 0.0)),),
            label=week.start.strftime("%d %b").lstrip("0"),
            top=f"{week.accuracy:.0%}" if week.accuracy is not None else "",
            highlight=index == len(weeks) - 1,
        )
        for index, week in enumerate(weeks)
    ]


def weak_lines(weakest: list[WeakQuestion]) -> list[Hanging]:
    """Each weak question: missed of answered, the chance of recalling it now, its prompt."""
    lines = []
    for question in weakest:
        recall = f"{question.retention:.0%}" if question.retention is not None else "—"
        prompt = question.prompt
        if prompt is None:
            # Ids read from the progress file are untrusted: shown with controls visible.
            prompt = visible(f"{question.question_id} ({question.bank_id}: bank file not given)")
        lines.append(
            Hanging(
                Content.assemble(
                    ("✘ ", "bold $text-error"),
                    (f"{question.misses}/{question.answers}".ljust(6), "bold"),
                    (f"{recall:>4}  ", MUTED),
                ),
                Content(prompt),
            )
        )
    return lines


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


def bank_lines(stats: Stats, counts: dict[str, StudyCounts]) -> list[Content | Hanging]:
    """Each bank: its title, then its numbers on the line under it (wraps when narrow).
    A bank on disk has new, learning, due and learned counts that add up to its size."""
    lines: list[Content | Hanging] = []
    for bank in stats.banks:
        accuracy = bank.accuracy
        numbers: list[str | tuple[str, str] | Content] = []
        if bank.questions is not None:
            numbers += [(str(bank.questions), "bold"), " questions · "]
        numbers += [
            (str(bank.answered), "bold"),
            " answered · ",
            (
                _percent(accuracy),
                "bold " + accuracy_style(accuracy or 0.0) if accuracy is not None else "bold",
            ),
            " right",
        ]
        study = counts.get(bank.id)
        if study is not None:
            numbers += [" · ", study_line(study)]
        else:
            numbers += [
                " · ",
                (str(bank.due), "bold $text-warning" if bank.due else "bold"),
                " due · ",
                (str(bank.learned), "bold $text-success"),
                " learned",
            ]
        title = (
            bank.title if bank.title is not None else visible(f"{bank.id} (bank file not given)")
        )
        lines.append(Content.assemble((title, "bold")))
        lines.append(Hanging(Content("  "), Content.assemble(*numbers)))
    return lines


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


class StatsScreen(QuizScreen):
    """Read-only but for p, which practises the weakest questions; Escape goes back."""

    CSS_PATH = STYLES / "outcomes.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "practise_weakest", "Practise weakest", id="stats.practise-weakest"),
        Binding("escape,h", "back", "Back", id="stats.back"),
    ]

    def __init__(self, stats: Stats | None, insights: Insights | None = None) -> None:
        super().__init__(classes="stats-screen")
        self.stats = stats
        self.insights = insights

    def compose(self) -> ComposeResult:
        stats = self.stats
        insights = self.insights
        if stats is None or insights is None:
            yield TitleBar(Content.assemble(("Stats", "bold")))
            yield Static(
                Content("No progress file is open, so there is nothing to show."), id="stats-empty"
            )
            yield SteadyFooter()
            return
        streak = f"{stats.streak}-day streak" if stats.streak else "no streak yet"
        yield TitleBar(Content.assemble(("Stats", "bold")))
        with Vertical(classes="column"), VerticalScroll(id="stats-body"):
            yield Static(
                Content.assemble(
                    (streak, "bold $text-accent"),
                    ("  ·  ", MUTED),
                    (f"{stats.answers}", "bold"),
                    " answers  ·  ",
                    (_percent(stats.accuracy), "bold"),
                    " right",
                ),
                id="stats-summary",
            )
            yield Static(Content("Banks"), classes="section-title")
            with Vertical(id="stats-banks"):
                for line in bank_lines(stats, insights.counts):
                    yield Static(line)
            yield Static(Content("Weakest questions"), classes="section-title")
            if insights.weakest:
                yield Static(
                    Content("missed/answered · chance of recall now · p practises them"),
                    classes="stats-note",
                )
                for number, line in enumerate(weak_lines(insights.weakest)):
                    yield Static(line, classes="stats-weak", id=f"stats-weak-{number}")
            else:
                yield Static(Content("Nothing missed yet."), classes="stats-note")
            yield Static(
                Content(f"Reviews due, next {len(insights.forecast)} days"),
                classes="section-title",
            )
            if any(day.count for day in insights.forecast):
                yield ColumnChart(forecast_columns(insights.forecast), id="stats-forecast")
            else:
                yield Static(Content("Nothing comes due in these days."), classes="stats-note")
            yield Static(Content(f"Last {len(stats.days)} days"), classes="section-title")
            if any(day.answers for day in stats.days):
                yield ColumnChart(activity_columns(stats.days), id="stats-chart")
            else:
                yield Static(Content("No answers in these days."), classes="stats-note")
            yield Static(
                Content(f"Share right, week by week ({len(insights.weeks)} weeks)"),
                classes="section-title",
            )
            if any(week.answers for week in insights.weeks):
                yield ColumnChart(accuracy_columns(insights.weeks), id="stats-weeks")
            else:
                yield Static(Content("No answers in these weeks."), classes="stats-note")
            yield Static(Content("By tag"), classes="section-title")
            if stats.tags:
                yield Static(tag_lines(stats.tags), id="stats-tags")
            else:
                yield Static(Content("No answers yet."), classes="stats-note")
        yield SteadyFooter()

    def on_mount(self) -> None:
        if self.stats is not None:
            self.query_one("#stats-body").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "practise_weakest":
            return bool(self.weak_items)
        return True

    @cached_property
    def weak_items(self) -> list[Item]:
        """The weakest questions that are in the banks given, as a session asks them (worked
        out once: the bindings ask for them at every refresh, and nothing they depend on
        changes while the screen is open)."""
        if self.insights is None:
            return []
        questions = {
            (bank.id, q.id): (bank, q) for bank in self.quiz_app.banks for q in bank.questions
        }
        rng = random.Random(self.quiz_app.options.seed)
        items = []
        for weak in self.insights.weakest:
            found = questions.get((weak.bank_id, weak.question_id))
            if found is not None:
                bank, question = found
                items.append(Item(bank, question, question.display_order(rng, True)))
        return items

    def action_practise_weakest(self) -> None:
        items = self.weak_items
        if not items:
            return
        app = self.quiz_app
        options = replace(app.options, mode="practice", count=None, tags=())
        banks = list({id(item.bank): item.bank for item in items}.values())
        session = Session(banks, options, app.clock, app.store, items=items)
        app.start_session(session, replace=True)

    def action_back(self) -> None:
        self.dismiss(None)
