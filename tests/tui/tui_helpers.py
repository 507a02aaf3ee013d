"""Helpers for the TUI tests: small banks, sessions in a known order, screen text."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from rich.cells import cell_len
from textual.app import App
from textual.pilot import Pilot

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.session import Item, Session, SessionOptions
from quizapp.store import Store
from quizapp.tui.app import QuizApp, make_app

DATA = Path(__file__).parent / "data"


def shown_order(bank: Bank, question_id: str) -> tuple[str, ...] | None:
    """A fixed display order: choices as written; order items and match sides reversed
    (so the right answer always takes some moving)."""
    question = bank.question(question_id)
    kind = getattr(question, "type", "")
    if kind in ("choice", "multi"):
        return tuple(question.choices)  # type: ignore[union-attr]
    if kind == "order":
        return tuple(reversed(question.items))  # type: ignore[union-attr]
    if kind == "match":
        return tuple(reversed([right for _, right in question.pairs]))  # type: ignore[union-attr]
    return None


def session_of(
    bank: Bank, *question_ids: str, clock: FakeClock, store: Store | None = None, **options: object
) -> Session:
    """A session on the given questions, in that order."""
    items = []
    for question_id in question_ids:
        question = bank.question(question_id)
        assert question is not None, question_id
        items.append(Item(bank, question, shown_order(bank, question_id)))
    return Session(
        [bank],
        SessionOptions(**options),
        clock,
        store,  # type: ignore[arg-type]
        items=items,
    )


def app_for(session: Session, store: Store | None = None) -> QuizApp:
    return make_app(session.banks, store, session=session, clock=session.clock)  # type: ignore[arg-type]


# Textual offers no public way to read the screen as text, only as an SVG screenshot
# (`App.export_screenshot`, what its own snapshot tests use), so the screen text is read
# back from that. Rich writes one <text> element per run of styled characters, at x =
# column x the cell width, clipped to its row's "line-N" rectangle (as wide as the
# terminal); spaces are written as &#160;.
_ROW_CLIP = re.compile(r'<clipPath id="[^"]*-line-0">\s*<rect [^>]*?width="([\d.]+)"')
_TEXT_RUN = re.compile(
    r'<text [^>]*?x="([\d.]+)"[^>]*?clip-path="url\(#[^)]*-line-(\d+)\)">([^<]*)</text>'
)


def screen_text(app: App[object]) -> str:
    """The text on the terminal now, line by line, each line as wide as the terminal."""
    width, height = app.size
    svg = app.export_screenshot()
    clip = _ROW_CLIP.search(svg)
    assert clip is not None, "the screenshot's format changed: no row clip found"
    cell_width = float(clip.group(1)) / width
    rows = [""] * height
    for x, row, escaped in _TEXT_RUN.findall(svg):
        text = unescape(escaped.replace("&#160;", " "))
        if text == "\n":
            continue
        line = rows[int(row)]
        column = round(float(x) / cell_width)
        assert column >= cell_len(line), f"the screenshot's format changed: row {row} overlaps"
        rows[int(row)] = line + " " * (column - cell_len(line)) + text
    return "\n".join(line + " " * (width - cell_len(line)) for line in rows)


def notices(app: App[object]) -> list[str]:
    """The notifications on the screen now, each as its toast shows it: the title, a line
    break, the message. (Toasts show only in apps run with ``run_test(notifications=True)``.)"""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


async def press(pilot: Pilot[object], *keys: str) -> None:
    """Press keys and let the app settle, work the keys started in threads included."""
    await pilot.press(*keys)
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def type_text(pilot: Pilot[object], text: str) -> None:
    await press(pilot, *text)
