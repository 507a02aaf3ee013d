"""``match``: give each left-hand item its right-hand side.

The left items are rows; the right-hand sides are numbered underneath. On the
highlighted row a number key puts that side there (and moves to the next row),
← → cycle through the sides, and Enter answers. With the mouse: click a row to
highlight it, click its right side to cycle, or click a side in the list. A side another
row has swaps with this row's, so no side is ever given twice; answering with rows left
empty asks first.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.dom import DOMNode
from textual.reactive import reactive
from textual.widgets import Static

from quizapp.bank.models import MatchQuestion
from quizapp.tui.widgets.answers.base import AnswerWidget, numbered
from quizapp.wording import plural

UNSET = Content.assemble(("choose: ← → or 1–9", "$foreground-muted italic"))


class MatchRow(Horizontal):
    """One left item and the right side chosen for it."""

    def __init__(self, index: int, left: str) -> None:
        super().__init__(classes="match-row")
        self.index = index
        self.left = left

    def compose(self) -> ComposeResult:
        yield Static(Content(self.left), classes="match-left")
        yield Static("→", classes="match-arrow")
        yield Static(UNSET, classes="match-right")

    def show_choice(self, number: int | None, text: str | None) -> None:
        right = self.query_one(".match-right", Static)
        right.update(UNSET if number is None or text is None else numbered(number, text))


class MatchSide(Static):
    """A right-hand side in the numbered list under the rows."""

    def __init__(self, index: int, text: str) -> None:
        super().__init__(numbered(index + 1, text), classes="match-side")
        self.index = index


class MatchBoard(Vertical, can_focus=True):
    """The rows and the sides; takes the keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "row(-1)", "Previous row", show=False, id="match.previous-row"),
        Binding("down", "row(1)", "Next row", show=False, id="match.next-row"),
        Binding("left", "cycle(-1)", "Previous side", show=False, id="match.previous-side"),
        Binding("right", "cycle(1)", "Next side", show=False, id="match.next-side"),
        Binding("backspace,delete,0", "clear", "Clear row", show=False, id="match.clear-row"),
        Binding("enter", "submit_answer", "Answer", show=False, id="match.answer"),
        *(
            Binding(str(n), f"assign({n - 1})", f"Side {n}", show=False, id=f"match.side-{n}")
            for n in range(1, 10)
        ),
    ]

    current: reactive[int] = reactive(0)

    def __init__(self, lefts: list[str], sides: list[str], *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.lefts = lefts
        self.sides = sides
        self.chosen: list[int | None] = [None] * len(lefts)

    def compose(self) -> ComposeResult:
        for index, left in enumerate(self.lefts):
            yield MatchRow(index, left)
        yield Static("Right-hand sides", classes="match-sides-title")
        for index, side in enumerate(self.sides):
            yield MatchSide(index, side)

    def on_mount(self) -> None:
        self._show_current()

    def watch_current(self) -> None:
        self._show_current()

    def _show_current(self) -> None:
        for row in self.query(MatchRow):
            row.set_class(row.index == self.current, "-current")
        used = {index for index in self.chosen if index is not None}
        for side in self.query(MatchSide):
            side.set_class(side.index in used, "-used")

    def _set(self, row: int, side: int | None) -> None:
        """Give ``row`` its ``side``; a row that had that side takes this row's old one (a
        swap), so no side is ever on two rows."""
        if side is not None and side in self.chosen and self.chosen[row] != side:
            self._show_choice(self.chosen.index(side), self.chosen[row])
        self._show_choice(row, side)
        self._show_current()

    def _show_choice(self, row: int, side: int | None) -> None:
        self.chosen[row] = side
        self.query(MatchRow)[row].show_choice(
            None if side is None else side + 1, None if side is None else self.sides[side]
        )

    def action_row(self, step: int) -> None:
        self.current = max(0, min(len(self.lefts) - 1, self.current + step))
        self.query(MatchRow)[self.current].scroll_visible()

    def action_cycle(self, step: int) -> None:
        now = self.chosen[self.current]
        if now is None:
            used = set(self.chosen)
            unused = [index for index in range(len(self.sides)) if index not in used] or list(
                range(len(self.sides))
            )
            self._set(self.current, unused[0] if step > 0 else unused[-1])
        else:
            self._set(self.current, (now + step) % len(self.sides))

    def action_assign(self, side: int) -> None:
        if 0 <= side < len(self.sides):
            self._set(self.current, side)
            if self.current < len(self.lefts) - 1:
                self.action_row(1)

    def action_clear(self) -> None:
        self._set(self.current, None)

    def action_submit_answer(self) -> None:
        self.post_message(AnswerWidget.SubmitRequested())

    def on_click(self, event: events.Click) -> None:
        self.focus()
        widget: DOMNode | None = event.widget
        while widget is not None and widget is not self:
            if isinstance(widget, MatchSide):
                self.action_assign(widget.index)
                return
            if isinstance(widget, MatchRow):
                clicked_right = event.widget is not None and event.widget.has_class("match-right")
                if widget.index == self.current and clicked_right:
                    self.action_cycle(1)
                self.current = widget.index
                return
            widget = widget.parent

    def response(self) -> dict[str, str]:
        return {
            left: self.sides[side]
            for left, side in zip(self.lefts, self.chosen, strict=True)
            if side is not None
        }

    def empty_rows(self) -> int:
        return self.chosen.count(None)


class MatchAnswer(AnswerWidget[MatchQuestion], question_type="match"):
    """Pairs chosen by the learner."""

    TITLE = "Match pairs"

    HINT = "↑↓ row · 1–9 / ← → side (swaps if used) · Enter answer"
    KEY_HELP = (
        ("↑ ↓", "choose a left-hand item"),
        (
            "1–9",
            "give it that right-hand side (then the next row); a side another row has is "
            "swapped: that row takes this row's old side",
        ),
        ("← →", "cycle through the right-hand sides (swapping the same way)"),
        ("Backspace / 0", "clear the row"),
        ("Enter", "answer with these pairs (rows left empty: asks first)"),
    )

    def make_control(self) -> MatchBoard:
        lefts = [left for left, _ in self.question.pairs]
        return MatchBoard(lefts, list(self.shown()), classes="match-board")

    def response(self) -> dict[str, str]:
        return self.query_one(MatchBoard).response()

    def left_empty(self) -> str:
        empty = self.query_one(MatchBoard).empty_rows()
        return plural(empty, "row") if empty else ""
