"""A column chart drawn to the width it is given: the stats screen's days and weeks.

Each column is a stack of coloured parts, drawn to an eighth of a cell, with its value
above it and a label under the axis. The columns share the width: as wide as four
cells when there is room, down to one; labels that would run into each other are
shown for every second (or third...) column only.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.widget import Widget

from quizapp.tui.widgets.bars import MUTED

BLOCKS = " ▁▂▃▄▅▆▇█"
MAX_COLUMN_WIDTH = 5
ROWS = 5


@dataclass(frozen=True)
class Column:
    parts: tuple[tuple[float, str], ...]
    """(value, style) stacked from the bottom."""
    label: str
    """Under the axis (a day of the month, a week)."""
    top: str = ""
    """Above the column (its value); "" for none."""
    sublabel: str = ""
    """A second line under the label (the weekday)."""
    highlight: bool = False
    """Today or this week: its label in bold."""

    @property
    def total(self) -> float:
        return sum(value for value, _ in self.parts)


def column_width(width: int, count: int) -> int:
    """Cells per column (a blank one between columns included when two or more)."""
    return max(1, min(MAX_COLUMN_WIDTH, width // max(1, count)))


def label_step(width: int, columns: list[Column]) -> int:
    """Show every n-th label so that no two run together."""
    cell = column_width(width, len(columns))
    longest = max((len(c.label) for c in columns), default=0)
    longest = max(longest, max((len(c.sublabel) for c in columns), default=0))
    step = 1
    while step * cell < longest + 1:
        step += 1
    return step


def draw_columns(columns: list[Column], width: int, rows: int = ROWS) -> Content:
    """The chart as lines of text for ``width`` cells."""
    if not columns:
        return Content("")
    cell = column_width(width, len(columns))
    bar = max(1, cell - 1) if cell > 1 else 1
    gap = " " * (cell - bar)
    peak = max((c.total for c in columns), default=0.0) or 1.0
    shows_tops = all(len(c.top) <= cell for c in columns)
    # cells[c][k]: what column c shows in row k, counted from the bottom; row ``rows`` is
    # the spare one on top, for the tallest column's value.
    grid: list[list[tuple[str, str]]] = []
    for column in columns:
        eighths = round(column.total / peak * rows * 8)
        if column.total and not eighths:
            eighths = 1  # something happened: never draw it as nothing
        bounds = []  # each part's top, in eighths
        running = 0.0
        for value, style in column.parts:
            running += value
            bounds.append((round(running / peak * rows * 8), style))
        cells: list[tuple[str, str]] = []
        for k in range(rows + 1):
            filled = max(0, min(8, eighths - 8 * k))
            if filled:
                style = next((s for top, s in bounds if 8 * k < top), bounds[-1][1])
                cells.append((BLOCKS[filled] * bar + gap, style))
            elif shows_tops and column.top and k == (eighths + 7) // 8:
                cells.append((column.top.center(bar)[:cell].ljust(cell), MUTED))
            else:
                cells.append((" " * cell, ""))
        grid.append(cells)
    lines = [Content.assemble(*(cells[k] for cells in grid)) for k in range(rows, -1, -1)]
    lines.append(Content.assemble(("─" * (cell * len(columns)), MUTED)))
    step = label_step(width, columns)
    for attribute in ("label", "sublabel"):
        if not any(getattr(c, attribute) for c in columns):
            continue
        pieces: list[tuple[str, str]] = []
        skip = 0
        last = len(columns) - 1
        for index, column in enumerate(columns):
            if skip:
                skip -= 1
                continue
            # Labels are counted back from the last column, so the newest always shows.
            if (last - index) % step:
                pieces.append((" " * cell, ""))
                continue
            text = getattr(column, attribute)
            room = cell * min(step, len(columns) - index)
            if index == last:  # the newest may run on past the chart, as far as the width
                room = max(room, min(len(text), width - cell * index))
            style = "bold" if column.highlight else MUTED
            pieces.append((text[:room].ljust(room), style))
            skip = min(step, len(columns) - index) - 1
        lines.append(Content.assemble(*pieces))
    return Content("\n").join(lines)


class ColumnChart(Widget):
    """Draws its columns to its own width whenever it is laid out."""

    DEFAULT_CSS = """
    ColumnChart {
        height: auto;
    }
    """

    def __init__(self, columns: list[Column], *, rows: int = ROWS, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = columns
        self.rows = rows

    def render(self) -> Content:
        return draw_columns(self.columns, self.content_size.width, self.rows)

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        labels = sum(
            1
            for attribute in ("label", "sublabel")
            if any(getattr(c, attribute) for c in self.columns)
        )
        return self.rows + 2 + labels
