"""The footer every screen shows: the keys that work there."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's footer, remaking its keys only when the keys to show have changed, and
    letting go of the keys it has removed.

    Textual's footer remakes every key whenever its screen's bindings may have changed,
    which includes every return to the screen: for the feedback screen, shown again after
    each answer with the same keys, that was a third of the time the feedback took to
    come up.
    """

    _shown: tuple[tuple[str, str, bool], ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        keys = tuple(
            (binding.key, binding.description, enabled)
            for _, binding, enabled, _ in screen.active_bindings.values()
            if binding.show
        )
        if keys != self._shown or not self.children:
            self._shown = keys
            super().bindings_changed(screen)

    async def recompose(self) -> None:
        await super().recompose()
        # Each key binds its `compact` to the footer's, and Textual keeps that watcher
        # (and so the key) until `compact` next changes, which it never does: every key
        # ever shown stayed alive, about 2,000 objects an answer, and the cycle
        # collector's pauses grew with them, answer after answer, until felt. Announcing
        # a change lets Textual drop the watchers of the keys just removed. This works
        # around Textualize/textual#6666 with public API only (Footer offers no hook to
        # unbind its keys); drop it once Textual releases the fix.
        self.mutate_reactive(Footer.compact)
