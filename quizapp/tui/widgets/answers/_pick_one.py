"""The shared shape of the one-pick answers (choice, truefalse): a numbered list in which a
key answers at once, or the arrows move and Enter answers. A click highlights an option and
a second click on it answers, so a slip of the mouse is not an answer."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.widgets import OptionList

from quizapp.tui.widgets.answers.base import MOVE_KEYS, AnswerWidget, numbered

MOUSE_HELP = ("Click", "highlight a choice; click it again (or press Enter) to answer")


class PickList(OptionList):
    """The options. ``picked`` says whether the learner has chosen the highlighted one: the
    list starts with its first option highlighted, which is not a choice made."""

    picked: bool = False

    def on_key(self, event: events.Key) -> None:
        if event.key in MOVE_KEYS:
            self.picked = True

    def on_click(self, event: events.Click) -> None:
        # Instead of OptionList's click, which answers at once.
        event.prevent_default()
        clicked = event.style.meta.get("option")
        if clicked is None or self.get_option_at_index(clicked).disabled:
            return
        if self.picked and clicked == self.highlighted:
            self.action_select()
        else:
            self.highlighted = clicked
            self.picked = True


class PickOneAnswer(AnswerWidget):
    """A numbered list of options; the subclasses say what the options are."""

    def labels(self) -> Sequence[str]:
        """The options as shown, in order."""
        raise NotImplementedError

    def values(self) -> Sequence[str | bool]:
        """The response each option gives, in the order of ``labels``."""
        return self.labels()

    def make_control(self) -> PickList:
        return PickList(
            *(numbered(n, text) for n, text in enumerate(self.labels(), 1)),
            classes="answer-options",
        )

    @property
    def options(self) -> PickList:
        return self.query_one(PickList)

    def response(self) -> str | bool:
        highlighted = self.options.highlighted
        if highlighted is None or not self.options.picked:
            return ""
        return self.values()[highlighted]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.options.picked = True
        self.options.highlighted = event.option_index
        self.post_message(self.Submitted(self, self.values()[event.option_index]))

    def pick(self, index: int) -> None:
        """Answer with the option at ``index`` (0-based), as a key press does."""
        if 0 <= index < len(self.labels()):
            self.options.highlighted = index
            self.options.action_select()
