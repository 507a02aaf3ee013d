"""Back on the home screen, each bank's counts are made again in a worker thread (they
hash every question and read the progress file), then shown."""

from __future__ import annotations

from test_home_counts import answer_all
from textual.worker import WorkerState
from tui_helpers import press, screen_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.store import Store
from quizapp.tui.app import make_app
from quizapp.tui.screens.home import HomeScreen


async def test_counts_are_made_again_off_the_ui_thread_on_return(
    every_type: Bank, store: Store, clock: FakeClock
) -> None:
    app = make_app([every_type], store, clock=clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "9 new" in screen_text(app)
        answer_all(every_type, store, clock, right={"capital"})  # as a session would
        await press(pilot, "s")  # the stats, then back home
        await press(pilot, "escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is home
        assert "9 new" not in screen_text(app)
        assert "0 new" in screen_text(app)
        worker = home.count_again()
        assert worker.group == "bank-counts" and worker.node is home
        await worker.wait()
        assert worker.state == WorkerState.SUCCESS
