"""What a learner looks at to decide what to study: where each bank stands, the weakest
questions, the reviews coming due, and accuracy week by week.

Plain Python over the store's derived tables (no UI). The study app's stats screen and
``quizapp stats`` (text and JSON) read these numbers from here (``read_stats``); where
each bank stands comes from ``quizapp.store.study``, as on the home screen.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from quizapp.bank.models import Bank
from quizapp.bank.text_safety import visible
from quizapp.scheduling import card_from_json, scheduler
from quizapp.store.database import Store
from quizapp.store.rows import CardRow
from quizapp.store.stats import ProgressRows, Stats, compute_stats, first_recent_day
from quizapp.store.study import QuestionHashes, StudyCounts, current_hashes

FORECAST_DAYS = 14
ACCURACY_WEEKS = 12
WEAKEST = 10


@dataclass(frozen=True)
class WeakQuestion:
    """A question the learner keeps missing or is forgetting.

    ``prompt`` is None when the question's bank file was not given (or the question is
    gone from it); ``retention`` is the chance of recalling it now (0..1), from its card.
    """

    bank_id: str
    question_id: str
    prompt: str | None
    answers: int
    misses: int
    retention: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "bank": self.bank_id,
            "question": self.question_id,
            "prompt": self.prompt,
            "answers": self.answers,
            "misses": self.misses,
            "retention": None if self.retention is None else round(self.retention, 3),
        }


@dataclass(frozen=True)
class DayCount:
    day: date
    count: int


@dataclass(frozen=True)
class WeekAccuracy:
    """Answers in the week starting on ``start`` (a Monday), and how many were right."""

    start: date
    answers: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answers if self.answers else None


@dataclass(frozen=True)
class Insights:
    today: date
    counts: dict[str, StudyCounts]
    """Where each bank given stands, by bank id."""
    weakest: list[WeakQuestion]
    """Most missed first; among equals, the least well remembered first."""
    forecast: list[DayCount]
    """Reviews coming due on each of the next days, today first (today counts every
    review already overdue)."""
    weeks: list[WeekAccuracy]
    """Accuracy week by week, oldest first, this week last; weeks without answers too."""

    def to_json(self) -> dict[str, Any]:
        return {
            "study": {
                bank_id: {**asdict(counts), "total": counts.total}
                for bank_id, counts in self.counts.items()
            },
            "weakest": [question.to_json() for question in self.weakest],
            "forecast": [{"day": d.day.isoformat(), "reviews": d.count} for d in self.forecast],
            "weeks": [
                {
                    "week": w.start.isoformat(),
                    "answers": w.answers,
                    "correct": w.correct,
                    "accuracy": w.accuracy,
                }
                for w in self.weeks
            ],
        }


def compute_insights(
    store: Store,
    banks: Sequence[Bank],
    now: datetime,
    *,
    weakest: int = WEAKEST,
    days: int = FORECAST_DAYS,
    weeks: int = ACCURACY_WEEKS,
    rows: ProgressRows | None = None,
) -> Insights:
    """The insights on ``banks``. ``rows``: already read (their activity from
    ``first_week`` or earlier); by default read here."""
    today = now.astimezone(store.tz).date()
    if rows is None:
        rows = ProgressRows.read(store, banks, now, first_week(today, weeks))
    return Insights(
        today=today,
        counts=rows.study,
        weakest=weakest_questions(store, banks, now, weakest, cards=rows.cards),
        forecast=review_forecast(store, banks, now, days, cards=rows.cards, hashes=rows.hashes),
        weeks=accuracy_by_week(store, today, weeks, activity=rows.activity),
    )


def read_stats(store: Store, banks: Sequence[Bank], now: datetime) -> tuple[Stats, Insights]:
    """The stats and the insights, from one reading of the progress file: the study app's
    stats screen and ``quizapp stats`` show both."""
    today = now.astimezone(store.tz).date()
    since = min(first_recent_day(today), first_week(today, ACCURACY_WEEKS))
    rows = ProgressRows.read(store, banks, now, since)
    return compute_stats(store, banks, now, rows), compute_insights(store, banks, now, rows=rows)


def first_week(today: date, weeks: int = ACCURACY_WEEKS) -> date:
    """The Monday of the first of the last ``weeks`` weeks, this week the last."""
    return today - timedelta(days=today.weekday(), weeks=weeks - 1)


def weakest_questions(
    store: Store,
    banks: Sequence[Bank],
    now: datetime,
    limit: int = WEAKEST,
    *,
    cards: list[CardRow] | None = None,
) -> list[WeakQuestion]:
    """The questions missed most (at least once), the least well remembered first among
    equals. A question whose bank was given but which is no longer in it is left out.
    ``cards``: the store's, already read."""
    given = {bank.id: bank for bank in banks}
    rows = [row for row in (store.card_rows() if cards is None else cards) if row.misses]
    found = []
    for row in rows:
        bank = given.get(row.bank_id)
        question = bank.question(row.question_id) if bank is not None else None
        if bank is not None and question is None:
            continue
        found.append((row, question.prompt if question is not None else None))
    if not found:
        return []
    retention = _retention(store, now, {(row.bank_id, row.question_id) for row, _ in found})
    weak = [
        WeakQuestion(
            row.bank_id,
            row.question_id,
            prompt,
            row.answers,
            row.misses,
            retention.get((row.bank_id, row.question_id)),
        )
        for row, prompt in found
    ]
    weak.sort(key=lambda q: (-q.misses, 1.0 if q.retention is None else q.retention))
    return weak[:limit]


def _retention(
    store: Store, now: datetime, wanted: set[tuple[str, str]]
) -> dict[tuple[str, str], float]:
    fsrs = scheduler()
    found = {}
    for bank_id, question_id, card_json in store.card_memories():
        if (bank_id, question_id) in wanted:
            card = card_from_json(card_json)
            found[bank_id, question_id] = fsrs.get_card_retrievability(card, now)
    return found


def review_forecast(
    store: Store,
    banks: Sequence[Bank],
    now: datetime,
    days: int = FORECAST_DAYS,
    *,
    cards: list[CardRow] | None = None,
    hashes: QuestionHashes | None = None,
) -> list[DayCount]:
    """Reviews due on each of the next ``days`` local days, today first. A question
    changed since its last answer is new, not a review; so is one no longer in its bank.
    ``cards`` and ``hashes`` (``current_hashes``): already read and worked out."""
    current = current_hashes(banks) if hashes is None else hashes
    given = {bank.id for bank in banks}
    today = now.astimezone(store.tz).date()
    counts: Counter[date] = Counter()
    for row in store.card_rows() if cards is None else cards:
        if row.bank_id in given and current.get((row.bank_id, row.question_id)) != (
            row.content_hash
        ):
            continue
        day = datetime.fromisoformat(row.due_at).astimezone(store.tz).date()
        counts[max(day, today)] += 1
    return [DayCount(today + timedelta(n), counts[today + timedelta(n)]) for n in range(days)]


def accuracy_by_week(
    store: Store,
    today: date,
    weeks: int = ACCURACY_WEEKS,
    *,
    activity: list[tuple[str, str, int, int]] | None = None,
) -> list[WeekAccuracy]:
    """The last ``weeks`` weeks (Monday to Sunday), oldest first, this week last.
    ``activity``: the store's, already read from ``first_week`` or earlier."""
    first = first_week(today, weeks)
    if activity is None:
        activity = store.activity(since_day=first.isoformat())
    totals: dict[date, list[int]] = {}
    for day, _bank, answers, correct in activity:
        start = date.fromisoformat(day)
        start -= timedelta(days=start.weekday())
        counts = totals.setdefault(start, [0, 0])
        counts[0] += answers
        counts[1] += correct
    starts = [first + timedelta(weeks=n) for n in range(weeks)]
    return [WeekAccuracy(start, *totals.get(start, (0, 0))) for start in starts]


# -- as text, for ``quizapp stats`` ---------------------------------------------------------


def insights_text(insights: Insights, width: int = 80) -> str:
    """The insights as plain text lines no wider than ``width`` (at least 40): horizontal
    bars, so the charts fit any terminal. Prompts and ids come from files: control
    characters are shown escaped."""
    width = max(40, width)
    lines = ["Study: where each bank's questions stand"]
    for bank_id, counts in insights.counts.items():
        lines.append(_clip(f"  {visible(bank_id)}:", width))
        lines += textwrap.wrap(
            f"{counts.new} new, {counts.learning} learning, "
            f"{counts.due} due, {counts.learned} learned (of {counts.total})",
            width,
            initial_indent="    ",
            subsequent_indent="    ",
        )
    lines.append("")
    lines.append("Weakest questions:")
    lines.append("  missed/answered, chance of recall now")
    if not insights.weakest:
        lines.append("  nothing missed yet")
    for weak in insights.weakest:
        recall = "-" if weak.retention is None else f"{weak.retention:.0%}"
        what = weak.prompt if weak.prompt is not None else f"{weak.bank_id}: {weak.question_id}"
        lines.append(
            _clip(f"  {weak.misses:>3}/{weak.answers:<4} {recall:>4}  {visible(what)}", width)
        )
    if insights.weakest:
        lines.append("  practise them: s, then p, in the app")
    lines.append("")
    lines.append(f"Reviews due, next {len(insights.forecast)} days:")
    lines += _bars(
        [
            (f"{d.day.isoformat()} {d.day.strftime('%a')}", d.count, str(d.count))
            for d in insights.forecast
        ],
        width,
    )
    lines.append("")
    lines.append("Share right, week by week (from Monday):")
    lines += _bars(
        [
            (
                f"{w.start.isoformat()}",
                round((w.accuracy or 0.0) * 100),
                "-" if w.accuracy is None else f"{w.accuracy:.0%} of {w.answers}",
            )
            for w in insights.weeks
        ],
        width,
        peak=100,
    )
    return "\n".join(lines)


def _bars(rows: list[tuple[str, int, str]], width: int, peak: int | None = None) -> list[str]:
    """One line per row: its label, a bar of #, its value; the bars share what is left."""
    label_width = max((len(label) for label, _, _ in rows), default=0)
    value_width = max((len(value) for _, _, value in rows), default=0)
    room = max(1, width - label_width - value_width - 6)
    top = peak or max((count for _, count, _ in rows), default=0) or 1
    lines = []
    for label, count, value in rows:
        bar = "#" * round(count / top * room)
        if count and not bar:
            bar = "#"
        lines.append(f"  {label:<{label_width}}  {value:>{value_width}}  {bar}".rstrip())
    return lines


def _clip(line: str, width: int) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"
