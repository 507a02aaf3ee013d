"""The baseline for startup and memory: the smallest Textual app that shows a line of text."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

READY_TEXT = "The minimal Textual app is on the screen."


class MinimalApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Static(READY_TEXT)


if __name__ == "__main__":
    MinimalApp().run()
