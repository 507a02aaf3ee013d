"""Keypress: from pressing an answer key to the feedback being painted, in a Pilot session.

The study app runs headless at 100x30 on the bundled bank's choice and true/false
questions, recording into a real progress file. Each measurement presses the answer
key and waits until the feedback screen is the current screen and has been painted
once: the key's dispatch, grading, the committed answer, the screen switch, layout and
rendering all fall inside it. Enter then goes on to the next question, untimed.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import tempfile
import time
from pathlib import Path

from common import Result

PRESSES = 40
"""Answers timed (after a few untimed, which build what the first answers pay for)."""
WARMUP = 3
TARGET_S = 0.016


async def _answer_times(folder: Path) -> list[float]:
    from textual import events

    from quizapp.bank.check import load_checked
    from quizapp.collector import pause_collection
    from quizapp.paths import bundled_banks_dir
    from quizapp.session import Item, Session, SessionOptions
    from quizapp.store import Store
    from quizapp.tui.app import make_app
    from quizapp.tui.screens.feedback import FeedbackScreen
    from quizapp.tui.screens.question import QuestionScreen

    pause_collection()  # as the command line starts: the app resumes it once drawn
    banks = load_checked([bundled_banks_dir()])
    items = [
        Item(bank, question, tuple(getattr(question, "choices", ())) or None)
        for bank in banks
        for question in bank.questions
        if question.type in ("choice", "truefalse")
    ]  # type: ignore[attr-defined]
    runs = (items * (1 + (PRESSES + WARMUP) // len(items)))[: PRESSES + WARMUP]
    times: list[float] = []
    with Store.open(folder / "progress.sqlite3") as store:
        session = Session(banks, SessionOptions(mode="practice"), store=store, items=runs)
        app = make_app(banks, store, session=session)
        async with app.run_test(size=(100, 30)) as pilot:
            for number in range(len(runs)):
                await _until(lambda: isinstance(app.screen, QuestionScreen))
                await pilot.pause()  # settled: the question is on the screen, nothing pending
                painted = asyncio.Event()
                start = time.perf_counter()
                # The key goes on the app's queue as a terminal's key would. (Pilot.press
                # also waits for the app to be idle, sleeping 20 ms at a time: not for timing.)
                key = events.Key("1", "1")  # the first choice, or True: answers at once
                key.set_sender(app)
                app.post_message(key)
                await _until(lambda: isinstance(app.screen, FeedbackScreen))
                app.screen.call_after_refresh(painted.set)
                await painted.wait()
                elapsed = time.perf_counter() - start
                if number >= WARMUP:
                    times.append(elapsed)
                await pilot.press("enter")
            assert len(session.outcomes) == len(runs)
            assert gc.isenabled(), "the app never resumed the cycle collector"
    return times


async def _until(condition) -> None:  # type: ignore[no-untyped-def]
    """Yield to the app's event loop until ``condition`` holds (no sleeping, so no delay
    is added to what is measured)."""
    deadline = time.perf_counter() + 10
    while not condition():
        if time.perf_counter() > deadline:
            raise AssertionError("the app never got there")
        await asyncio.sleep(0)


def run() -> Result:
    with tempfile.TemporaryDirectory(prefix="quizbench-") as name:
        times = asyncio.run(_answer_times(Path(name)))
    worst = max(times)
    return Result(
        "keypress",
        statistics.median(times),
        "s",
        TARGET_S,
        note=f"{len(times)} answers; slowest {worst * 1000:.1f} ms",
    )
