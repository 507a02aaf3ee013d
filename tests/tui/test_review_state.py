"""The question screen says whether a question is new, due or being learned."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tui_helpers import press, screen_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.session import Session, SessionOptions
from quizapp.store import Store
from quizapp.tui.app import make_app

SIZES = [(40, 15), (60, 20), (80, 24), (200, 60)]


def capital_only(every_type: Bank, clock: FakeClock, store: Store, **options: object) -> Session:
    return Session([every_type], SessionOptions(tags=("geo",), count=1, **options), clock, store)  # type: ignore[arg-type]


async def first_header(session: Session, store: Store, size: tuple[int, int]) -> str:
    app = make_app(session.banks, store, session=session, clock=session.clock)  # type: ignore[arg-type]
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        return screen_text(app)


async def answer_capital(session: Session, store: Store, key: str) -> None:
    app = make_app(session.banks, store, session=session, clock=session.clock)  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, key)
    assert session.outcomes


@pytest.mark.parametrize("size", SIZES)
async def test_new_due_and_being_learned_are_shown_at_every_size(
    every_type: Bank, clock: FakeClock, store: Store, size: tuple[int, int]
) -> None:
    session = capital_only(every_type, clock, store, shuffle=False)
    assert "New" in await first_header(session, store, size)
    capital = session.items[0].question
    assert capital.id == "capital"
    await answer_capital(session, store, "1")  # Lyon: wrong, so it is being learned
    again = capital_only(every_type, clock, store, shuffle=False)
    assert again.items[0].question is capital
    assert "Being learned" in await first_header(again, store, size)
    clock.advance(timedelta(days=2).total_seconds())  # a missed card is due within a day
    due = capital_only(every_type, clock, store, mode="review")
    assert "Due for review" in await first_header(due, store, size)


async def test_without_a_progress_file_no_state_is_claimed(
    every_type: Bank, clock: FakeClock
) -> None:
    session = Session([every_type], SessionOptions(tags=("geo",), count=1), clock)
    app = make_app([every_type], None, session=session, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
    assert "1 point" in text
    assert not any(word in text for word in ("New", "Due for review", "learned"))
