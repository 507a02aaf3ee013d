"""Help on ``?`` (or F1): every key, read from the bindings so the list cannot go stale."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from quizapp.tui import STYLES
from quizapp.tui.widgets.answers import all_answer_widget_classes
from quizapp.tui.widgets.bars import MUTED

KEY_COLUMN = 24
NARROW = 60
"""Below this many columns, what keys do goes under them rather than beside."""
SCREEN_NAMES = {
    "HomeScreen": "Home",
    "QuestionScreen": "Question",
    "FeedbackScreen": "Feedback",
    "ResultsScreen": "Results",
    "StatsScreen": "Stats",
    "DraftReviewScreen": "Draft review",
    "DraftPreviewScreen": "Draft preview",
    "NothingDueScreen": "Nothing due",
}


def _bindings(bindings: Iterable[BindingType], keymap: Mapping[str, str]) -> list[Binding]:
    """The bindings, each with the keys the keymap gives its id instead of its own."""
    found = []
    for binding in bindings:
        if not isinstance(binding, Binding):
            key, action, *rest = binding
            binding = Binding(key, action, rest[0] if rest else "")
        if binding.id is not None and binding.id in keymap:
            binding = replace(binding, key=keymap[binding.id], key_display=None)
        found.append(binding)
    return found


def key_names(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    names = []
    for key in binding.key.split(","):
        key = key.strip()
        names.append(
            {
                "question_mark": "?",
                "f1": "F1",
                "escape": "Esc",
                "enter": "Enter",
                "space": "Space",
            }.get(key, key)
        )
    return " / ".join(names)


def key_lines(
    bindings: Iterable[BindingType],
    column: int = KEY_COLUMN,
    keymap: Mapping[str, str] | None = None,
) -> list[Content]:
    """One line per action, naming every key bound to it ("? / F1  Help"), as remapped by
    ``keymap`` (binding ids to keys)."""
    keys: dict[tuple[str, str], list[str]] = {}
    for binding in _bindings(bindings, keymap or {}):
        if binding.description:
            keys.setdefault((binding.action, binding.description), []).append(key_names(binding))
    return [key_line(" / ".join(names), what, column) for (_, what), names in keys.items()]


def key_line(keys: str, what: str, column: int = KEY_COLUMN) -> Content:
    """The keys, then what they do in a column of its own; with no ``column`` (a narrow
    terminal), what they do goes on the line under the keys."""
    if not column:
        return Content.assemble((keys, "bold $text-accent"), "\n  ", what)
    return Content.assemble((keys.ljust(column), "bold $text-accent"), what)


def section(title: str, lines: list[Content]) -> Content:
    return Content("\n").join([Content.assemble((title, "bold underline")), *lines, Content("")])


class HelpScreen(ModalScreen[None]):
    """The keys for the app, the screen underneath and every kind of answer."""

    CSS_PATH = STYLES / "boxes.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,f1,q", "close", "Close", id="help.close"),
    ]

    def __init__(
        self, under: Screen[object], keymap: Mapping[str, str], clock_paused: bool
    ) -> None:
        super().__init__(classes="help")
        self.under = under
        self.keymap = keymap
        self.clock_paused = clock_paused

    def compose(self) -> ComposeResult:
        column = KEY_COLUMN if self.app.size.width >= NARROW else 0
        sections = [
            section(
                "Everywhere",
                [
                    *key_lines(self.app.BINDINGS, column, self.keymap),
                    key_line("Tab / shift+Tab", "move between the parts of a screen", column),
                    key_line("ctrl+p", "command palette (themes and more)", column),
                ],
            )
        ]
        screen_keys = [
            *key_lines(type(self.under).BINDINGS, column, self.keymap),
            *(key_line(keys, what, column) for keys, what in getattr(self.under, "KEY_HELP", ())),
        ]
        if screen_keys:
            name = SCREEN_NAMES.get(type(self.under).__name__, "This screen")
            sections.append(section(f"{name} screen", screen_keys))
        for question_type, widget in all_answer_widget_classes().items():  # in the types' order
            sections.append(
                section(
                    f"Answering: {widget.TITLE or question_type}",
                    [key_line(keys, what, column) for keys, what in widget.KEY_HELP],
                )
            )
        paused = "  ·  the clock is paused" if self.clock_paused else ""
        with Vertical(id="help-box"):
            yield Static(
                Content.assemble(("Keys", "bold"), (f"   Esc or ? closes{paused}", MUTED)),
                id="help-title",
            )
            with VerticalScroll(id="help-body"):
                yield Static(Content("\n").join(sections), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)
