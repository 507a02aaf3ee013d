"""The shared shape of the one-pick answers (choice, truefalse): a numbered list in which a
key answers at once, or the arrows move and Enter answers."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.widgets import OptionList

from quizapp.tui.widgets.answers.base import MOVE_KEYS, AnswerWidget, numbered


class PickOneAnswer(AnswerWidget):
    """A numbered list of options; the subclasses say what the options are."""

    def __init__(self, item, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(item, **kwargs)
        self._moved = False

    def labels(self) -> Sequence[str]:
        """The options as shown, in order."""
        raise NotImplementedError

    def values(self) -> Sequence[str | bool]:
        """The response each option gives, in the order of ``labels``."""
        return self.labels()

    def make_control(self) -> OptionList:
        return OptionList(
            *(numbered(n, text) for n, text in enumerate(self.labels(), 1)),
            classes="answer-options",
        )

    @property
    def options(self) -> OptionList:
        return self.query_one(OptionList)

    def response(self) -> str | bool:
        highlighted = self.options.highlighted
        if highlighted is None or not self._moved:
            return ""
        return self.values()[highlighted]

    def on_key(self, event: events.Key) -> None:
        # Only the learner's own moves count as an answer entered (the list starts with
        # its first option highlighted, which is not a choice made).
        if event.key in MOVE_KEYS:
            self._moved = True

    def on_click(self) -> None:
        self._moved = True

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._moved = True
        self.options.highlighted = event.option_index
        self.post_message(self.Submitted(self, self.values()[event.option_index]))

    def pick(self, index: int) -> None:
        """Answer with the option at ``index`` (0-based), as a key press does."""
        if 0 <= index < len(self.labels()):
            self.options.highlighted = index
            self.options.action_select()
