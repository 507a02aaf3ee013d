"""Drafting a bank from a 5,000-word article (the whole of ``quizapp draft`` but reading
the file: find, ask, write, check), against a target of 1 s."""

from __future__ import annotations

import time
from pathlib import Path

from common import Result, median_seconds

ARTICLES = Path(__file__).resolve().parents[1] / "draft" / "articles"
WORDS = 5_000


def article(words: int = WORDS) -> str:
    """The keyed test articles, one after another, repeated to ``words`` words."""
    pieces = [path.read_text("utf-8") for path in sorted(ARTICLES.iterdir())]
    text, count = [], 0
    while count < words:
        piece = pieces[len(text) % len(pieces)]
        text.append(piece)
        count += len(piece.split())
    return "\n\n".join(text)


def _draft(text: str) -> str:
    from quizapp.draft.writer import draft_bank

    return draft_bank(text, article="bench.txt", bank_id="bench", year=2023).text()


def run() -> list[Result]:
    text = article()
    started = time.perf_counter()
    questions = _draft(text).count("[[questions]]")
    first = time.perf_counter() - started
    value = median_seconds(lambda: _draft(text))
    note = (
        f"{len(text.split()):,} words, {questions} questions; the first run, "
        f"importing the draft code, took {first * 1000:.0f} ms"
    )
    return [Result("draft-5k", value, "s", 1.0, note=note)]
