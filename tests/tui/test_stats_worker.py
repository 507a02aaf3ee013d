"""The stats screen's figures are read in a worker thread (they go through the whole
progress file), so the study app stays responsive while they are read."""

from __future__ import annotations

import threading
from datetime import datetime

from test_home_counts import answer_all
from tui_helpers import press, screen_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.store import Store
from quizapp.tui.app import make_app
from quizapp.tui.screens.stats import StatsScreen


class ThreadNotingClock(FakeClock):
    """A fake clock that notes whether each reading of the date came from the UI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.off_ui_thread = 0

    def now(self) -> datetime:
        if threading.current_thread() is not threading.main_thread():
            self.off_ui_thread += 1
        return super().now()


async def test_the_stats_are_read_off_the_ui_thread_then_shown(
    every_type: Bank, store: Store
) -> None:
    clock = ThreadNotingClock()
    answer_all(every_type, store, clock, right={"capital"})
    app = make_app([every_type], store, clock=clock)
    async with app.run_test(size=(100, 60)) as pilot:
        await app.workers.wait_for_complete()  # the home screen's own counts
        clock.off_ui_thread = 0
        await press(pilot, "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        assert clock.off_ui_thread >= 1  # the date the figures are read for
        await pilot.pause()
        assert "Weakest questions" in screen_text(app)
