"""A few weeks of made-up study, for the stats tests and the README pictures: sessions on
most days, some answers right and some wrong, all on a fake clock and a fixed seed."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.session import NothingDue, Session, SessionOptions
from quizapp.store import Store

DAY_S = 24 * 3600


def play_history(
    banks: Sequence[Bank],
    store: Store,
    clock: FakeClock,
    *,
    days: int = 30,
    seed: int = 7,
    per_day: int = 12,
) -> None:
    """``days`` days of study ending now (the clock ends a day after it started each
    day's session); about one day in five is skipped. The learner gets better: the
    chance of a right answer climbs from one half to nine in ten."""
    from quizapp.grading import expected_answer

    rng = random.Random(seed)
    for day in range(days):
        if rng.random() < 0.2 and day < days - 1:
            clock.advance(DAY_S)
            continue
        skill = 0.5 + 0.4 * day / max(1, days - 1)
        mode = "review" if day % 3 else "practice"
        options = SessionOptions(mode=mode, count=per_day, seed=rng.randrange(10**6))
        try:
            session = Session(list(banks), options, clock, store)
        except NothingDue as nothing:  # review asks only what is due: else new questions
            instead = replace(options, mode="practice", new_only=bool(nothing.new))
            session = Session(list(banks), instead, clock, store)
        while session.current is not None:
            session.begin_question()
            question = session.current.question
            clock.advance(rng.uniform(3, 20))
            right = rng.random() < skill
            session.submit(expected_answer(question) if right else "no idea")
        clock.advance(DAY_S - per_day * 12)
