"""A few layout snapshots of the main screens at 80x24 (behaviour is tested elsewhere).

Update them after an intended change of layout with ``pytest tests/tui --snapshot-update``
and look at the report before committing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from tui_helpers import app_for, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.store import Store
from quizapp.tui.app import make_app

SIZE = (80, 24)
SnapCompare = Callable[..., bool]


def test_home(snap_compare: SnapCompare, every_type: Bank, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "progress.sqlite3")
    try:
        app = make_app([every_type], store, clock=FakeClock())
        assert snap_compare(app, terminal_size=SIZE)
    finally:
        store.close()


def test_choice_question(snap_compare: SnapCompare, every_type: Bank) -> None:
    clock = FakeClock()
    session = session_of(every_type, "capital", "legs", clock=clock, question_time=30)

    async def wait_a_little(pilot: Pilot[object]) -> None:
        await pilot.pause()  # the question is on the screen (its time starts) before time passes
        clock.advance(7.5)
        await pilot.pause()
        pilot.app.screen.tick()  # type: ignore[attr-defined]

    assert snap_compare(
        app_for(session), terminal_size=SIZE, run_before=wait_a_little, press=["down"]
    )


def test_feedback(snap_compare: SnapCompare, every_type: Bank) -> None:
    session = session_of(every_type, "capital", "legs", clock=FakeClock())
    assert snap_compare(app_for(session), terminal_size=SIZE, press=["1"])


def test_results(snap_compare: SnapCompare, every_type: Bank) -> None:
    clock = FakeClock()
    session = session_of(every_type, "capital", "primes", "legs", clock=clock, mode="exam")

    async def answer(pilot: Pilot[object]) -> None:
        await pilot.pause()  # the first question is on the screen before time passes
        for seconds, keys in ((4, ["2"]), (9.5, ["1", "2", "enter"]), (3, ["6", "enter"])):
            clock.advance(seconds)
            await pilot.press(*keys)
            await pilot.pause()

    assert snap_compare(app_for(session), terminal_size=SIZE, run_before=answer)
