"""What every screen of the study app shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen

if TYPE_CHECKING:
    from quizapp.tui.app import QuizApp


class QuizScreen(Screen[None]):
    """A screen of the study app."""

    @property
    def quiz_app(self) -> QuizApp:
        """The app, typed as the study app (Textual types ``self.app`` as any App)."""
        return cast("QuizApp", self.app)
