"""``cloze``: the question's text with a field in place of each blank.

The text flows and wraps like any paragraph; each blank is an editable field
inside it. Typing goes into the highlighted blank, Tab and Enter move to the
next one, and Enter on the last blank answers. A click on a blank moves there.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.content import Content
from textual.reactive import reactive
from textual.style import Style
from textual.widget import Widget

from quizapp.bank.models import ClozeQuestion
from quizapp.tui.widgets.answers.base import AnswerWidget

MIN_BLANK_WIDTH = 8
MAX_BLANK_LENGTH = 200
ACTIVE_BLANK = "bold $foreground on $accent 35%"
OTHER_BLANK = "underline $text-accent"


class ClozeText(Widget, can_focus=True):
    """A paragraph with editable blanks."""

    # Keys are handled in on_key rather than as bindings: bindings run only after the key
    # has bubbled up to the app, so with fast typing a Tab or Enter would take effect
    # after the letters typed behind it.
    KEYS: ClassVar[dict[str, str]] = {
        "tab": "next_blank",
        "shift+tab": "previous_blank",
        "enter": "enter",
        "left": "cursor_left",
        "right": "cursor_right",
        "home": "cursor_home",
        "ctrl+a": "cursor_home",
        "end": "cursor_end",
        "ctrl+e": "cursor_end",
        "backspace": "delete_left",
        "delete": "delete_right",
        "ctrl+d": "delete_right",
        "ctrl+u": "clear_left",
    }

    DEFAULT_CSS = """
    ClozeText {
        height: auto;
    }
    """

    active: reactive[int] = reactive(0)
    """The blank being typed in."""

    def __init__(self, parts: list[str], *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.parts = parts
        self.values = [""] * (len(parts) - 1)
        self.cursors = [0] * (len(parts) - 1)

    # -- drawing -----------------------------------------------------------------------
    def render(self) -> Content:
        pieces: list[str | Content | tuple[str, str | Style]] = []
        for index, part in enumerate(self.parts):
            pieces.append(part)  # bank text: a plain str part is never read as markup
            if index < len(self.values):
                pieces.append(self._blank(index))
        return Content.assemble(*pieces)

    def _blank(self, index: int) -> Content:
        value = self.values[index]
        width = max(MIN_BLANK_WIDTH, len(value) + 1)
        padded = value.ljust(width)
        click = Style.from_meta({"@click": f"select_blank({index})"})
        editing = index == self.active and self.has_focus
        style = ACTIVE_BLANK if index == self.active else OTHER_BLANK
        if not value and not editing:
            padded = f"({index + 1})".ljust(width, "_") if len(self.values) > 1 else "_" * width
        content = Content.assemble((padded, style)).stylize(click)
        if editing:
            cursor = self.cursors[index]
            content = content.stylize("reverse", cursor, cursor + 1)
        return content

    def _refresh(self) -> None:
        self.refresh(layout=True)

    def watch_active(self) -> None:
        self._refresh()

    def on_focus(self) -> None:
        self._refresh()

    def on_blur(self) -> None:
        self._refresh()

    # -- typing ------------------------------------------------------------------------
    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        """Printable keys are typed into the blank (so the footer offers F1, not ?, for help)."""
        return character is not None and character.isprintable()

    def insert(self, text: str) -> None:
        if not self.values:
            return
        index = self.active
        value, cursor = self.values[index], self.cursors[index]
        text = text[: max(0, MAX_BLANK_LENGTH - len(value))]
        self.values[index] = value[:cursor] + text + value[cursor:]
        self.cursors[index] = cursor + len(text)
        self._refresh()

    def on_key(self, event: events.Key) -> None:
        action = self.KEYS.get(event.key)
        if action is not None:
            event.stop()
            event.prevent_default()
            getattr(self, f"action_{action}")()
        elif event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            self.insert(event.character)

    def on_paste(self, event: events.Paste) -> None:
        event.stop()
        self.insert(" ".join(event.text.split()))

    def _move_cursor(self, position: int) -> None:
        index = self.active
        self.cursors[index] = max(0, min(len(self.values[index]), position))
        self._refresh()

    def action_cursor_left(self) -> None:
        self._move_cursor(self.cursors[self.active] - 1)

    def action_cursor_right(self) -> None:
        self._move_cursor(self.cursors[self.active] + 1)

    def action_cursor_home(self) -> None:
        self._move_cursor(0)

    def action_cursor_end(self) -> None:
        self._move_cursor(len(self.values[self.active]))

    def action_delete_left(self) -> None:
        index, cursor = self.active, self.cursors[self.active]
        if cursor > 0:
            value = self.values[index]
            self.values[index] = value[: cursor - 1] + value[cursor:]
            self.cursors[index] = cursor - 1
            self._refresh()

    def action_delete_right(self) -> None:
        index, cursor = self.active, self.cursors[self.active]
        value = self.values[index]
        self.values[index] = value[:cursor] + value[cursor + 1 :]
        self._refresh()

    def action_clear_left(self) -> None:
        index, cursor = self.active, self.cursors[self.active]
        self.values[index] = self.values[index][cursor:]
        self.cursors[index] = 0
        self._refresh()

    # -- moving between blanks -----------------------------------------------------------
    def action_select_blank(self, index: int) -> None:
        if 0 <= index < len(self.values):
            self.active = index
            self.focus()

    def action_next_blank(self) -> None:
        if self.values:
            self.active = (self.active + 1) % len(self.values)

    def action_previous_blank(self) -> None:
        if self.values:
            self.active = (self.active - 1) % len(self.values)

    def action_enter(self) -> None:
        if self.active < len(self.values) - 1:
            self.active += 1
        else:
            self.post_message(AnswerWidget.SubmitRequested())


class ClozeAnswer(AnswerWidget[ClozeQuestion], question_type="cloze"):
    """Fill the blanks of a text."""

    TITLE = "Fill the blanks"

    HINT = "type in the highlighted blank · Tab next blank · Enter next / answer"
    KEY_HELP = (
        ("letters", "type into the highlighted blank"),
        ("Tab / shift+Tab", "next / previous blank"),
        ("Enter", "next blank; on the last blank, answer"),
        ("← → Home End", "move in the blank"),
        ("Backspace Delete ctrl+u", "delete"),
    )

    def make_control(self) -> ClozeText:
        return ClozeText(list(self.question.text_parts()), classes="cloze-text")

    def response(self) -> list[str]:
        return list(self.query_one(ClozeText).values)
