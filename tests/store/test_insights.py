"""The learner's insights: study counts, weakest questions, review forecast, weekly accuracy."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_helpers import T0, answer, days, demo_bank

from quizapp.cli import cli
from quizapp.store import Store
from quizapp.store.insights import (
    Insights,
    WeakQuestion,
    accuracy_by_week,
    compute_insights,
    insights_text,
    read_stats,
    review_forecast,
    weakest_questions,
)
from quizapp.store.stats import compute_stats
from quizapp.store.study import study_counts


def record(store: Store, *answers: object) -> None:
    for a in answers:
        store.record_answer(a)  # type: ignore[arg-type]


def current(question_id: str) -> str:
    bank = demo_bank()
    question = bank.question(question_id)
    assert question is not None
    return question.content_hash()


def test_study_counts_add_up_and_a_changed_question_is_new(store: Store) -> None:
    bank = demo_bank()
    record(
        store,
        answer("capital", content_hash=current("capital"), at=T0),
        answer("year", content_hash="an older version", at=T0),
    )
    counts = study_counts(store, bank, T0 + days(0.0005))
    assert (counts.new, counts.learning, counts.due, counts.learned) == (2, 1, 0, 0)
    assert counts.changed == 1
    assert counts.total == 3
    later = study_counts(store, bank, T0 + days(90))
    assert (later.new, later.due) == (2, 1)
    assert later.total == 3


def test_weakest_are_most_missed_first_then_least_remembered(store: Store) -> None:
    bank = demo_bank()
    record(
        store,
        answer("capital", correct=False, content_hash=current("capital"), at=T0),
        answer("capital", correct=False, content_hash=current("capital"), at=T0 + days(1)),
        answer("year", correct=False, content_hash=current("year"), at=T0),
        answer("day", correct=False, content_hash=current("day"), at=T0 + days(2)),
        answer("day", correct=True, content_hash=current("day"), at=T0 + days(2.1)),
    )
    weakest = weakest_questions(store, [bank], T0 + days(3))
    assert [(w.question_id, w.misses, w.answers) for w in weakest[:1]] == [("capital", 2, 2)]
    # one miss each: "year", missed three days ago, is remembered less than "day",
    # answered right since
    assert [w.question_id for w in weakest[1:]] == ["year", "day"]
    assert weakest[1].retention is not None and weakest[2].retention is not None
    assert 0 < weakest[1].retention < weakest[2].retention <= 1
    assert weakest[0].prompt == "Capital of France?"
    # a bank whose file is not given: listed by id, with no prompt
    assert [w.prompt for w in weakest_questions(store, [], T0 + days(3))][:1] == [None]
    assert weakest_questions(store, [bank], T0, limit=1)[0].question_id == "capital"


def test_nothing_missed_means_no_weak_questions(store: Store) -> None:
    record(store, answer("capital", content_hash=current("capital")))
    assert weakest_questions(store, [demo_bank()], T0 + days(1)) == []


def test_forecast_counts_reviews_per_day_with_overdue_ones_today(store: Store) -> None:
    bank = demo_bank()
    record(
        store,
        answer("capital", content_hash=current("capital"), at=T0),
        answer("year", content_hash=current("year"), at=T0),
        answer("day", content_hash="an older version", at=T0),  # changed: new, not a review
    )
    now = T0 + days(30)  # both cards long overdue
    forecast = review_forecast(store, [bank], now, days=14)
    assert len(forecast) == 14
    assert forecast[0].day == now.date() and forecast[0].count == 2
    assert sum(day.count for day in forecast) == 2


def test_forecast_puts_a_learned_card_on_a_later_day(store: Store) -> None:
    bank = demo_bank()
    record(
        store,
        answer("capital", content_hash=current("capital"), at=T0),
        answer("capital", content_hash=current("capital"), at=T0 + days(0.02)),
        answer("year", content_hash=current("year"), at=T0),
    )
    forecast = review_forecast(store, [bank], T0 + days(0.03), days=14)
    # "year" is still being learned (due again within minutes); "capital" has graduated
    assert forecast[0].count == 1
    assert sum(day.count for day in forecast[1:]) == 1


def test_accuracy_week_by_week(store: Store) -> None:
    # T0 is a Monday
    record(
        store,
        answer("capital", correct=True, at=T0),
        answer("year", correct=False, at=T0 + days(6)),  # Sunday: the same week
        answer("day", correct=True, at=T0 + days(7)),  # next Monday
    )
    weeks = accuracy_by_week(store, (T0 + days(8)).date(), weeks=3)
    assert [w.start for w in weeks] == [date(2026, 2, 23), date(2026, 3, 2), date(2026, 3, 9)]
    assert [(w.answers, w.correct) for w in weeks] == [(0, 0), (2, 1), (1, 1)]
    assert [w.accuracy for w in weeks] == [None, 0.5, 1.0]


def test_insights_as_json(store: Store) -> None:
    bank = demo_bank()
    record(store, answer("capital", correct=False, content_hash=current("capital")))
    found = compute_insights(store, [bank], T0 + days(1)).to_json()
    assert found["study"]["demo"] == {
        "new": 2,
        "learning": 0,
        "due": 1,
        "learned": 0,
        "changed": 0,
        "total": 3,
    }
    assert found["weakest"][0]["question"] == "capital"
    assert len(found["forecast"]) == 14 and found["forecast"][0]["reviews"] == 1
    assert len(found["weeks"]) == 12


def missed_twice(progress: Path) -> Path:
    bank_file = progress.parent / "demo.toml"
    bank = demo_bank(bank_file)
    capital = bank.questions[0].content_hash()
    now = datetime.now(UTC)
    with Store.open(progress, tz=UTC) as store:
        store.record_answer(answer("capital", correct=False, content_hash=capital, at=now))
        store.record_answer(answer("capital", correct=False, content_hash=capital, at=now))
    return bank_file


def test_stats_command_json_has_the_insights(tmp_path: Path) -> None:
    progress = tmp_path / "p.sqlite3"
    bank_file = missed_twice(progress)
    result = CliRunner().invoke(
        cli, ["stats", "--json", "--progress", str(progress), str(bank_file)]
    )
    assert result.exit_code == 0, result.output
    insights = json.loads(result.stdout)["insights"]
    assert insights["weakest"][0] == {
        "bank": "demo",
        "question": "capital",
        "prompt": "Capital of France?",
        "answers": 2,
        "misses": 2,
        "retention": insights["weakest"][0]["retention"],
    }
    assert sum(day["reviews"] for day in insights["forecast"]) == 1
    assert insights["weeks"][-1]["answers"] == 2
    assert insights["study"]["demo"]["total"] == 3


@pytest.mark.parametrize("columns", [40, 80, 200])
def test_stats_command_text_fits_the_terminal(tmp_path: Path, columns: int) -> None:
    progress = tmp_path / "p.sqlite3"
    bank_file = missed_twice(progress)
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(
        cli, ["stats", "--progress", str(progress), str(bank_file)]
    )
    assert result.exit_code == 0, result.output
    text = result.stdout
    part = text[text.index("Study:") :]
    assert all(len(line) <= columns for line in part.splitlines())
    flat = " ".join(part.split())
    assert "demo: 2 new, 1 learning, 0 due, 0 learned (of 3)" in flat
    assert "Weakest questions" in part and "Capital of France?" in part
    assert "Reviews due, next 14 days:" in part
    assert "Share right, week by week" in part
    this_week = part.splitlines()[-1]
    assert "0% of 2" in this_week


def test_insights_text_shows_file_text_literally() -> None:
    weird = WeakQuestion("b\x1b[31m", "q", "Red\x1b[31m?\nyes", 2, 1, 0.5)
    text = insights_text(Insights(date(2026, 3, 2), {}, [weird], [], []), 80)
    assert "\x1b" not in text and "\\x1b[31m" in text and "\\n" in text


def test_read_stats_reads_once_what_the_stats_and_the_insights_each_read_alone(
    store: Store,
) -> None:
    """One reading of the progress file serves both: the same figures as each computed on
    its own, an answer five weeks back in the weeks but not in the last 14 days."""
    bank = demo_bank()
    record(
        store,
        answer("capital", correct=False, content_hash=current("capital"), at=T0 - days(35)),
        answer("capital", content_hash=current("capital"), at=T0),
        answer("year", correct=False, content_hash=current("year"), at=T0 + days(1)),
        answer("q1", bank_id="old", at=T0 + days(2)),
    )
    now = T0 + days(3)
    stats, insights = read_stats(store, [bank], now)
    assert stats == compute_stats(store, [bank], now)
    assert insights == compute_insights(store, [bank], now)
    assert sum(day.answers for day in stats.days) == 3
    assert sum(week.answers for week in insights.weeks) == 4
    assert insights.counts["demo"].due + insights.counts["demo"].learning == 2
