"""A list of options with tick boxes: space or a click ticks, options may wrap or span lines.

Textual's SelectionList cuts every option to one line; a long choice or a bank
with its counts on a second line needs more, so this builds on OptionList.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList

from quizapp.tui.widgets.bars import MUTED
from quizapp.tui.widgets.hanging import Hanging

T = TypeVar("T")

TICKED = ("[✓] ", "bold $text-success")
UNTICKED = ("[ ] ", MUTED)


class CheckList(OptionList, Generic[T]):
    """Options with a value each; ``ticked`` holds the values ticked."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_highlighted", "Tick", show=False, id="checklist.tick"),
    ]

    class Changed(Message):
        """The ticked options changed."""

        def __init__(self, check_list: CheckList[Any]) -> None:
            super().__init__()
            self.check_list = check_list

        @property
        def control(self) -> CheckList[Any]:
            return self.check_list

    def __init__(
        self,
        options: Iterable[tuple[Content, T, bool]],
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        entries = list(options)
        self.values: list[T] = [value for _, value, _ in entries]
        self.prompts: list[Content] = [prompt for prompt, _, _ in entries]
        self.ticked: set[T] = {value for _, value, ticked in entries if ticked}
        super().__init__(
            *(self._prompt(index) for index in range(len(entries))), id=id, classes=classes
        )

    def option_prefix(self, index: int) -> Content:
        """What follows the tick box, before the option's text (subclasses number them)."""
        return Content("")

    def _prompt(self, index: int) -> Hanging:
        box = TICKED if self.values[index] in self.ticked else UNTICKED
        return Hanging(Content.assemble(box, self.option_prefix(index)), self.prompts[index])

    def _redraw(self, index: int) -> None:
        self.replace_option_prompt_at_index(index, self._prompt(index))

    @property
    def selected(self) -> list[T]:
        """The ticked values, in list order."""
        return [value for value in self.values if value in self.ticked]

    def set_entries(self, options: Sequence[tuple[Content, T, bool]]) -> None:
        """Replace the options (keeping the highlight where it was)."""
        highlighted = self.highlighted
        self.values = [value for _, value, _ in options]
        self.prompts = [prompt for prompt, _, _ in options]
        self.ticked = {value for _, value, ticked in options if ticked}
        self.clear_options()
        self.add_options([self._prompt(index) for index in range(len(options))])
        if highlighted is not None and self.option_count:
            self.highlighted = min(highlighted, self.option_count - 1)

    def set_ticked(self, value: T, ticked: bool) -> None:
        if (value in self.ticked) != ticked:
            self.ticked ^= {value}
            self._redraw(self.values.index(value))
            self.post_message(self.Changed(self))

    def toggle(self, index: int) -> None:
        value = self.values[index]
        self.set_ticked(value, value not in self.ticked)

    def action_toggle_highlighted(self) -> None:
        if self.highlighted is not None:
            self.toggle(self.highlighted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        # Enter or a click on an option ticks it (a subclass may bind Enter elsewhere).
        event.stop()
        self.toggle(event.option_index)
