"""Progress stats and answer export, read from the store.

Stats read only the derived tables (one row per question answered, one per day
and bank), so they cost the same for a thousand answers as for a million. The
banks on disk supply what the store cannot know: how many questions a bank has,
which content is current, and the tags.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import IO, Any, Literal

from quizapp.bank.models import Bank
from quizapp.bank.text_safety import visible
from quizapp.store.database import Store
from quizapp.store.readable import UnreadableAnswer
from quizapp.store.rows import CardRow
from quizapp.store.schema import iso_utc
from quizapp.store.study import (
    QuestionHashes,
    StudyCounts,
    cards_study,
    current_hashes,
    study_by_bank,
)

ACTIVITY_DAYS = 14
EXPORT_FIELDS = (
    "bank",
    "question",
    "response",
    "score",
    "correct",
    "elapsed_ms",
    "timed_out",
    "answered_at",
    "session",
    "time_limit_ms",
    "overridden",
)
ExportFormat = Literal["csv", "json"]


@dataclass(frozen=True)
class TagStats:
    tag: str
    answers: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answers if self.answers else None


@dataclass(frozen=True)
class BankStats:
    """One bank's progress.

    ``questions`` (and ``title``) are None for a bank known only from the store (its
    file was not given). ``answered`` counts distinct questions answered, ``answers``
    and ``correct`` every answer. ``learned``, ``due`` and ``new`` are those of the
    bank's ``StudyCounts`` (a learned question that is due counts as due): for a bank on
    disk they count its current questions, an edited question counting as new; for a
    bank only in the store they count the questions it has cards for.
    """

    id: str
    title: str | None
    questions: int | None
    answered: int
    answers: int
    correct: int
    learned: int
    due: int
    new: int
    tags: list[TagStats] = field(default_factory=list)
    overridden: int = 0
    """Answers the learner judged right after they were graded wrong ("I was right");
    counted among ``correct``."""

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answers if self.answers else None


@dataclass(frozen=True)
class DayActivity:
    day: date
    answers: int
    correct: int


@dataclass(frozen=True)
class Stats:
    """Progress across every bank: totals, per bank, per tag, streak and recent days."""

    today: date
    answers: int
    correct: int
    streak: int
    """Consecutive days with answers, ending today (or yesterday, until today ends)."""
    banks: list[BankStats]
    days: list[DayActivity]
    """The last ``ACTIVITY_DAYS`` days, oldest first, today last; days without answers too."""
    tags: list[TagStats]
    """Per tag over every bank given."""
    overridden: int = 0
    """Answers the learner judged right after they were graded wrong, counted in ``correct``."""

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answers if self.answers else None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: ``answers`` (total) and ``banks`` (``id``, ``answered``,
        ``correct``, ``due``, ...), plus accuracy, streak, days and tags."""

        def tags(items: list[TagStats]) -> list[dict[str, Any]]:
            return [{**asdict(t), "accuracy": t.accuracy} for t in items]

        return {
            "today": self.today.isoformat(),
            "answers": self.answers,
            "correct": self.correct,
            "accuracy": self.accuracy,
            "overridden": self.overridden,
            "streak": self.streak,
            "banks": [
                {
                    **{k: v for k, v in asdict(b).items() if k != "tags"},
                    "accuracy": b.accuracy,
                    "tags": tags(b.tags),
                }
                for b in self.banks
            ],
            "days": [
                {"day": d.day.isoformat(), "answers": d.answers, "correct": d.correct}
                for d in self.days
            ],
            "tags": tags(self.tags),
        }


@dataclass(frozen=True)
class ProgressRows:
    """What the stats and the insights read from the progress file, read once for both,
    with where each bank given stands (worked out once: it hashes every question)."""

    cards: list[CardRow]
    """Every question answered, in every bank."""
    activity: list[tuple[str, str, int, int]]
    """(day, bank_id, answers, correct) per local day and bank since a day (``read``)."""
    hashes: QuestionHashes
    """The content hash of every question given, as it is now."""
    study: dict[str, StudyCounts]
    """Where each bank given stands, by bank id."""

    @classmethod
    def read(cls, store: Store, banks: Sequence[Bank], now: datetime, since: date) -> ProgressRows:
        """The rows, with the activity from ``since`` on."""
        cards = store.card_rows()
        activity = store.activity(since_day=since.isoformat())
        hashes = current_hashes(banks)
        return cls(cards, activity, hashes, study_by_bank(banks, cards, now, hashes))


def first_recent_day(today: date) -> date:
    """The first of the ``ACTIVITY_DAYS`` days the stats show."""
    return today - timedelta(days=ACTIVITY_DAYS - 1)


def compute_stats(
    store: Store, banks: Sequence[Bank], now: datetime, rows: ProgressRows | None = None
) -> Stats:
    """Stats for ``banks`` plus every other bank the store has answers for. ``rows``:
    already read (their activity from ``first_recent_day`` or earlier); by default read
    here."""
    today = now.astimezone(store.tz).date()
    if rows is None:
        rows = ProgressRows.read(store, banks, now, first_recent_day(today))
    rows_by_bank: dict[str, list[CardRow]] = {}
    for row in rows.cards:
        rows_by_bank.setdefault(row.bank_id, []).append(row)
    now_iso = iso_utc(now)

    bank_stats: list[BankStats] = []
    all_tags: dict[str, list[int]] = {}
    seen: set[str] = set()
    for bank in banks:
        if bank.id in seen:  # the same bank given twice
            continue
        seen.add(bank.id)
        cards = rows_by_bank.get(bank.id, [])
        bank_stats.append(_bank_on_disk(bank, cards, rows.study[bank.id], all_tags))
    for bank_id in sorted(rows_by_bank.keys() - seen):
        bank_stats.append(_bank_in_store_only(bank_id, rows_by_bank[bank_id], now_iso))
    overrides = store.override_counts()
    bank_stats = [replace(b, overridden=overrides.get(b.id, 0)) for b in bank_stats]

    return Stats(
        today=today,
        answers=sum(b.answers for b in bank_stats),
        correct=sum(b.correct for b in bank_stats),
        streak=day_streak(store.active_days(), today),
        banks=bank_stats,
        days=_recent_days(rows.activity, today),
        tags=_tag_list(all_tags),
        overridden=sum(b.overridden for b in bank_stats),
    )


def day_streak(active_days: Iterable[str], today: date) -> int:
    """Consecutive days with answers (``active_days``: ISO dates, newest first).

    The streak ends today, or yesterday when nothing has been answered yet today: the
    learner still has the rest of the day to keep it.
    """
    streak = 0
    expected: date | None = None
    for text in active_days:
        day = date.fromisoformat(text)
        if day > today:  # answered "in the future" (the clock moved back): ignore
            continue
        if expected is None:
            if day < today - timedelta(days=1):
                return 0
            expected = day
        if day != expected:
            break
        streak += 1
        expected = day - timedelta(days=1)
    return streak


def _bank_on_disk(
    bank: Bank, rows: list[CardRow], study: StudyCounts, all_tags: dict[str, list[int]]
) -> BankStats:
    by_id = {row.question_id: row for row in rows}
    bank_tags: dict[str, list[int]] = {}
    for question in bank.questions:
        row = by_id.get(question.id)
        if row is not None:
            for tag in question.tags:
                for totals in (bank_tags.setdefault(tag, [0, 0]), all_tags.setdefault(tag, [0, 0])):
                    totals[0] += row.answers
                    totals[1] += row.correct
    return BankStats(
        id=bank.id,
        title=bank.title,
        questions=len(bank.questions),
        answered=sum(1 for q in bank.questions if q.id in by_id),
        answers=sum(row.answers for row in rows),
        correct=sum(row.correct for row in rows),
        learned=study.learned,
        due=study.due,
        new=study.new,
        tags=_tag_list(bank_tags),
    )


def _bank_in_store_only(bank_id: str, rows: list[CardRow], now_iso: str) -> BankStats:
    study = cards_study(rows, now_iso)
    return BankStats(
        id=bank_id,
        title=None,
        questions=None,
        answered=len(rows),
        answers=sum(row.answers for row in rows),
        correct=sum(row.correct for row in rows),
        learned=study.learned,
        due=study.due,
        new=study.new,
    )


def _recent_days(activity: list[tuple[str, str, int, int]], today: date) -> list[DayActivity]:
    first = first_recent_day(today)
    totals: dict[str, list[int]] = {}
    for day, _bank, answers, correct in activity:
        counts = totals.setdefault(day, [0, 0])
        counts[0] += answers
        counts[1] += correct
    days = [first + timedelta(days=n) for n in range(ACTIVITY_DAYS)]
    return [DayActivity(d, *totals.get(d.isoformat(), (0, 0))) for d in days]


def _tag_list(totals: dict[str, list[int]]) -> list[TagStats]:
    return [TagStats(tag, answers, correct) for tag, (answers, correct) in sorted(totals.items())]


def export_answers(
    store: Store,
    out: IO[str],
    fmt: ExportFormat,
    learner: str | None = None,
    skipped: list[UnreadableAnswer] | None = None,
) -> int:
    """Write every answer to ``out`` as CSV or a JSON array; how many were written.
    Answers that cannot be read are left out, and added to ``skipped``.

    Streams row by row, so a large progress file never sits in memory. ``learner`` adds
    a ``learner`` field to every answer, for a class report to merge by. CSV is for
    spreadsheets: control characters are written as escapes (``\\n``), and a cell a
    spreadsheet would run as a formula starts with a quote. JSON keeps the text as it is.
    """
    count = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow((*EXPORT_FIELDS, "learner") if learner else EXPORT_FIELDS)
        for record in _export_records(store, learner, skipped):
            writer.writerow(_csv_value(value) for value in record.values())
            count += 1
        return count
    out.write("[")
    for record in _export_records(store, learner, skipped):
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(record, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _export_records(
    store: Store, learner: str | None, skipped: list[UnreadableAnswer] | None
) -> Iterable[dict[str, Any]]:
    for a in store.iter_answers(skipped):
        record = {
            "bank": a.bank_id,
            "question": a.question_id,
            "response": a.response,
            "score": a.score,
            "correct": a.correct,
            "elapsed_ms": a.elapsed_ms,
            "timed_out": a.timed_out,
            "answered_at": a.answered_at,
            "session": a.session_id,
            "time_limit_ms": a.time_limit_ms,
            "overridden": a.overridden,
        }
        if learner:
            record["learner"] = learner
        yield record


# A cell starting with one of these is run as a formula by spreadsheets (OWASP, "CSV
# injection"): written after a quote, it shows as the text it is. Tab and CR are among
# them; ``visible`` has already written those as escapes.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_value(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = visible(value)
        return f"'{text}" if text.startswith(_FORMULA_START) else text
    return "" if value is None else value
