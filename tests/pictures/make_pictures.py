"""The README's pictures of the study app, made from the real app: a month of made-up
study on a fixed clock and seed, then home, a question, its feedback, the results and
the stats, each saved as the SVG Textual exports; and the class report's own chart, as
its HTML page holds it, for the small fixed class of tests/report.

    python tests/pictures/make_pictures.py      # rewrites tests/pictures/*.svg

tests/pictures/test_pictures.py fails when a committed picture differs from what this
makes; run this script again after a change to the screens or the bundled bank.
"""

from __future__ import annotations

import asyncio
import re
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tui"))
sys.path.insert(0, str(HERE.parent / "report"))

from class_fixture import make_class  # noqa: E402
from study_history import play_history  # noqa: E402

from quizapp.bank.loader import load_bank  # noqa: E402
from quizapp.bank.models import (  # noqa: E402
    Bank,
    ChoiceQuestion,
    Question,
    TrueFalseQuestion,
)
from quizapp.clock import FakeClock  # noqa: E402
from quizapp.paths import Settings, bundled_banks_dir  # noqa: E402
from quizapp.report import analyse, read_sources  # noqa: E402
from quizapp.report.html import STYLE, to_html  # noqa: E402
from quizapp.scheduling import review_state  # noqa: E402
from quizapp.session import Item, Session, SessionOptions  # noqa: E402
from quizapp.store import Store  # noqa: E402
from quizapp.tui.app import make_app  # noqa: E402

SIZE = (100, 30)
STATS_SIZE = (100, 60)
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
PICTURES = ("home", "question", "feedback", "results", "stats", "report")


def pictured(bank: Bank) -> list[Question]:
    """The session pictured: the bank's first two choice and true-or-false questions,
    alternating (a typed answer's blinking cursor would make pictures differ run to run)."""
    choices = [q for q in bank.questions if q.type == "choice"][:2]
    true_false = [q for q in bank.questions if q.type == "truefalse"][:2]
    return [choices[0], true_false[0], choices[1], true_false[1]]


def answer_key(question: Question, *, right: bool) -> str:
    """The key that answers ``question`` right (or wrong)."""
    if isinstance(question, TrueFalseQuestion):
        return "t" if question.answer == right else "f"
    assert isinstance(question, ChoiceQuestion)
    wanted = next(c for c in question.choices if (c == question.answer) == right)
    return str(question.choices.index(wanted) + 1)


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
        # The default settings, not the ones of whoever runs this (their theme, say).
        app = make_app(
            [bank], store, SessionOptions(count=10, seed=1), clock=clock, settings=Settings()
        )

        def save(name: str) -> None:
            saved.append(Path(app.save_screenshot(f"{name}.svg", str(folder))))

        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            save("home")
            cards = store.card_statuses(bank.id)
            now = clock.now().isoformat(timespec="milliseconds")
            items = [
                Item(
                    bank,
                    q,
                    tuple(getattr(q, "choices", ())),
                    review=review_state(cards.get(q.id), q.content_hash(), now),
                )
                for q in pictured(bank)
            ]
            app.start_session(Session([bank], app.options, clock, store, items=items))
            await pilot.pause()
            await pilot.pause()
            save("question")
            keys = [answer_key(item.question, right=n > 0) for n, item in enumerate(items)]
            clock.advance(6.5)
            await pilot.press(keys[0])  # wrong
            await pilot.pause()
            save("feedback")
            # on to each question, a few seconds' thought, the answer
            for key, seconds in zip(keys[1:], (4.2, 9.8, 3.1), strict=True):
                await pilot.press("enter")
                await pilot.pause()
                clock.advance(seconds)
                await pilot.press(key)
                await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            save("results")
            await pilot.press("h", "s")
            await app.workers.wait_for_complete()  # the stats are read in a thread
            await pilot.resize_terminal(*STATS_SIZE)
            await pilot.pause()
            await pilot.pause()
            save("stats")
    saved.append(report_chart(folder))
    return saved


def report_chart(folder: Path) -> Path:
    """The HTML report's facility chart, standalone: the page's inline SVG with the
    page's one rule for chart text."""
    with tempfile.TemporaryDirectory() as tmp:
        class_dir, exports = make_class(Path(tmp))
        bank = load_bank(Path(tmp) / "geo.toml")
        page = to_html(analyse(read_sources([class_dir, *exports]), [bank]))
    chart = re.search(r"<svg .*?</svg>", page, re.S)
    text_rule = re.search(r"svg text \{[^}]*\}", STYLE)
    assert chart is not None and text_rule is not None
    opening = chart.group().index(">") + 1
    svg = chart.group()[:opening] + f"<style>{text_rule.group()}</style>" + chart.group()[opening:]
    path = folder / "report.svg"
    path.write_text(svg + "\n", encoding="utf-8")
    return path


def main() -> None:
    for path in asyncio.run(make_pictures(HERE)):
        print(path)


if __name__ == "__main__":
    main()
