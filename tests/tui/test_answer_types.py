"""Every question type answered right, partly and wrong with the keyboard alone."""

from __future__ import annotations

import pytest
from tui_helpers import app_for, press, session_of

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.question import QuestionScreen

# (question id, keys, expected status, expected points)
CASES = [
    ("capital", ["2"], "correct", 1),
    ("capital", ["down", "enter"], "correct", 1),
    ("capital", ["3"], "wrong", 0),
    ("boiling", ["t"], "correct", 1),
    ("boiling", ["enter"], "correct", 1),
    ("boiling", ["2"], "wrong", 0),
    ("primes", ["1", "2", "4", "enter"], "correct", 3),
    ("primes", ["space", "down", "space", "enter"], "partial", 2),
    ("primes", ["3", "enter"], "wrong", 0),
    ("author", [*"orwell", "enter"], "correct", 1),
    ("author", [*"Huxley", "enter"], "wrong", 0),
    ("legs", ["8", "enter"], "correct", 1),
    ("legs", ["6", "enter"], "wrong", 0),
    ("landing", [*"20 July 1969", "enter"], "correct", 1),
    ("landing", [*"1970-01-01", "enter"], "wrong", 0),
    ("colours", [*"blue", "tab", *"green", "enter"], "correct", 1),
    ("colours", [*"blue", "enter", *"red", "enter"], "partial", 0.5),
    ("colours", [*"red", "enter", *"red", "enter"], "wrong", 0),
    # shown as horse, cat, mouse: move horse to the bottom, then mouse to the top
    ("sizes", ["J", "J", "up", "up", "J", "enter"], "correct", 1),
    ("sizes", ["shift+down", "shift+down", "home", "shift+down", "enter"], "correct", 1),
    ("sizes", ["enter"], "wrong", 0),
    # sides shown as Madrid, Rome, Paris; rows France, Italy, Spain
    ("capitals", ["3", "2", "1", "enter"], "correct", 1),
    ("capitals", ["left", "down", "right", "right", "down", "right", "enter"], "correct", 1),
    ("capitals", ["3", "1", "2", "enter"], "partial", 1 / 3),
    ("capitals", ["enter", "y"], "wrong", 0),  # answering with every row empty asks first
]


@pytest.mark.parametrize(
    ("question_id", "keys", "status", "points"),
    CASES,
    ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES)],
)
async def test_answer_with_keys(
    every_type: Bank,
    clock: FakeClock,
    question_id: str,
    keys: list[str],
    status: str,
    points: float,
) -> None:
    session = session_of(every_type, question_id, clock=clock)
    app = app_for(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await press(pilot, *keys)
        assert isinstance(app.screen, FeedbackScreen)
        [outcome] = session.outcomes
        assert outcome.verdict.status == status
        assert outcome.points == pytest.approx(points)
        banner = app.screen.query_one("#verdict-banner")
        assert banner.has_class(f"-{status}")
