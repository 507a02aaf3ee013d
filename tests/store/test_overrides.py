"""Version 2 of the progress file: answers the learner judged right, and sprint bests."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, timedelta
from pathlib import Path

from store_helpers import T0, answer
from test_schema import make_v1_file

from quizapp.store import Store
from quizapp.store.stats import compute_stats, export_answers


def test_version_1_answers_are_not_overridden_after_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    make_v1_file(path)
    with Store.open(path, tz=UTC) as store:
        assert [a.overridden for a in store.iter_answers()] == [False, False]
        assert store.override_counts() == {}


def test_an_override_makes_the_answer_right_and_says_so(progress_file: Path) -> None:
    with Store.open(progress_file, tz=UTC) as store:
        session = store.start_session("practice", ["demo"], T0)
        wrong = store.record_answer(answer("capital", correct=False, session_id=session))
        store.override_answer(wrong)
        [row] = list(store.iter_answers())
        assert (row.correct, row.score, row.overridden) == (True, 1.0, True)
        [card] = store.card_rows()
        assert (card.answers, card.correct, card.misses) == (1, 1, 0)
        assert store.override_counts() == {"demo": 1}


def test_an_override_after_the_cards_were_derived_replays_the_card(progress_file: Path) -> None:
    with Store.open(progress_file, tz=UTC) as store:
        store.record_answer(answer("capital", correct=True, at=T0))
        wrong = store.record_answer(answer("capital", correct=False, at=T0 + timedelta(days=3)))
        store.record_answer(answer("year", correct=False, at=T0))
        before = {row.question_id: row for row in store.card_rows()}  # derived now
        assert before["capital"].misses == 1
        store.override_answer(wrong)
        after = {row.question_id: row for row in store.card_rows()}
        assert (after["capital"].answers, after["capital"].correct) == (2, 2)
        assert after["capital"].misses == 0
        assert after["capital"].due_at > before["capital"].due_at  # right twice: later
        assert after["year"] == before["year"]
        assert sum(correct for _day, _bank, _answers, correct in store.activity()) == 2

    # A fresh file replaying the same log from scratch comes to the same cards.
    with Store.open(progress_file, tz=UTC) as again:
        assert {row.question_id: row for row in again.card_rows()} == after


def test_overriding_a_right_answer_changes_nothing(progress_file: Path) -> None:
    with Store.open(progress_file, tz=UTC) as store:
        right = store.record_answer(answer("capital", correct=True, score=1.0))
        store.override_answer(right)
        assert [a.overridden for a in store.iter_answers()] == [False]


def test_overrides_are_in_stats_and_both_exports(progress_file: Path) -> None:
    with Store.open(progress_file, tz=UTC) as store:
        store.override_answer(store.record_answer(answer("capital", correct=False)))
        store.record_answer(answer("year", correct=False))
        stats = compute_stats(store, [], T0)
        assert stats.overridden == 1
        assert [(b.id, b.overridden, b.correct) for b in stats.banks] == [("demo", 1, 1)]
        assert stats.to_json()["overridden"] == 1
        as_csv = io.StringIO()
        export_answers(store, as_csv, "csv")
        rows = list(csv.DictReader(io.StringIO(as_csv.getvalue())))
        assert [(r["question"], r["overridden"]) for r in rows] == [
            ("capital", "true"),
            ("year", "false"),
        ]
        as_json = io.StringIO()
        export_answers(store, as_json, "json")
        assert [r["overridden"] for r in json.loads(as_json.getvalue())] == [True, False]


def test_best_sprint_is_per_banks_and_length(progress_file: Path) -> None:
    with Store.open(progress_file, tz=UTC) as store:
        assert store.best_sprint(["demo"], 60) is None
        for score, seconds, banks in ((3, 60, ["demo"]), (5, 60, ["demo"]), (9, 30, ["demo"])):
            session = store.start_session("practice", banks, T0, sprint_seconds=seconds)
            store.finish_session(session, T0, score, score)
        store.finish_session(store.start_session("practice", ["other"], T0, 60), T0, 7, 7)
        store.finish_session(store.start_session("practice", ["demo"], T0), T0, 8, 8)
        unfinished = store.start_session("practice", ["demo"], T0, sprint_seconds=60)
        assert store.best_sprint(["demo"], 60) == 5
        assert store.best_sprint(["demo"], 30) == 9
        store.finish_session(unfinished, T0, 6, 6)
        assert store.best_sprint(["demo"], 60) == 6
        assert store.best_sprint(["demo"], 60, before_session=unfinished) == 5
