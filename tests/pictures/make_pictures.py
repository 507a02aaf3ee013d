"""The README's pictures of the study app, made from the real app: a month of made-up
study on a fixed clock and seed, then home, a question, its feedback, the results and
the stats, each saved as the SVG Textual exports.

    python tests/pictures/make_pictures.py      # rewrites tests/pictures/*.svg

tests/pictures/test_pictures.py fails when a committed picture differs from what this
makes; run this script again after a change to the screens or the bundled bank.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tui"))

from study_history import play_history  # noqa: E402

from quizapp.bank.loader import load_bank  # noqa: E402
from quizapp.clock import FakeClock  # noqa: E402
from quizapp.paths import bundled_banks_dir  # noqa: E402
from quizapp.session import Item, Session, SessionOptions  # noqa: E402
from quizapp.store import Store  # noqa: E402
from quizapp.tui.app import make_app  # noqa: E402

SIZE = (100, 30)
STATS_SIZE = (100, 60)
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
SESSION = ("call-weekday", "china-initiated", "call-initiator", "moscow-visit-month-choice")
"""The session pictured: choice and true-or-false questions (a text field's blinking
cursor would make the pictures differ from run to run)."""
PICTURES = ("home", "question", "feedback", "results", "stats")


async def make_pictures(folder: Path) -> list[Path]:
    """Save the pictures in ``folder``; their paths."""
    bank = load_bank(bundled_banks_dir() / "xi-zelensky-call.toml")
    saved: list[Path] = []
    folder.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as tmp,
        Store.open(Path(tmp) / "progress.sqlite3", tz=UTC) as store,
    ):
        clock = FakeClock(START)
        play_history([bank], store, clock, days=30, seed=7)
        app = make_app([bank], store, SessionOptions(count=10, seed=1), clock=clock)

        def save(name: str) -> None:
            saved.append(Path(app.save_screenshot(f"{name}.svg", str(folder))))

        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            save("home")
            items = []
            for question_id in SESSION:
                question = next(q for q in bank.questions if q.id == question_id)
                items.append(Item(bank, question, tuple(getattr(question, "choices", ()))))
            app.start_session(Session([bank], app.options, clock, store, items=items))
            await pilot.pause()
            await pilot.pause()
            save("question")
            clock.advance(6.5)
            await pilot.press("2")  # Tuesday: wrong
            await pilot.pause()
            save("feedback")
            # on to each question, a few seconds' thought, the answer
            for answer, seconds in (("f", 4.2), ("1", 9.8), ("3", 3.1)):
                await pilot.press("enter")
                await pilot.pause()
                clock.advance(seconds)
                await pilot.press(answer)
                await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            save("results")
            await pilot.press("h", "s")
            await pilot.resize_terminal(*STATS_SIZE)
            await pilot.pause()
            await pilot.pause()
            save("stats")
    return saved


def main() -> None:
    for path in asyncio.run(make_pictures(HERE)):
        print(path)


if __name__ == "__main__":
    main()
