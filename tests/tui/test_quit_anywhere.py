"""Quitting never fails: from any screen, with any dialog open, ctrl+q twice or ctrl+q then y."""

from __future__ import annotations

import pytest
from tui_helpers import app_for, press, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.store import Store
from quizapp.tui.app import make_app

# Keys that bring up each screen (and dialog) of a practice session started on
# "capital" then "legs": the first answer leaves the feedback screen up.
ON_THE_WAY = {
    "question": [],
    "question-help": ["f1"],
    "feedback": ["2"],
    "feedback-help": ["2", "question_mark"],
    "feedback-confirm-end": ["2", "enter", "escape"],
    "results": ["2", "enter", "6", "enter", "enter"],
    "results-help": ["2", "enter", "6", "enter", "enter", "question_mark"],
}


@pytest.mark.parametrize("quit_keys", [["ctrl+q", "ctrl+q"], ["ctrl+q", "y"]])
@pytest.mark.parametrize("where", list(ON_THE_WAY))
async def test_quitting_from_anywhere_exits_cleanly(
    every_type: Bank, clock: FakeClock, store: Store, where: str, quit_keys: list[str]
) -> None:
    session = session_of(every_type, "capital", "legs", clock=clock, store=store)
    app = app_for(session, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in ON_THE_WAY[where]:
            await press(pilot, key)
        for key in quit_keys:
            if app.is_running:
                await press(pilot, key)
    assert app.return_code == 0
    assert not app.is_running
    # whatever was answered before quitting is in the progress file
    assert len(list(store.iter_answers())) == len(session.outcomes)


async def test_quitting_from_home_with_a_dialog_open(every_type: Bank, clock: FakeClock) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "f1")
        await press(pilot, "ctrl+q")
    assert app.return_code == 0
