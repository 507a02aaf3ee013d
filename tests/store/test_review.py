"""What the session asks of the store: review order, misses, the home screen counts."""

from __future__ import annotations

import tempfile
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_helpers import T0, answer, days, demo_bank, hashes

from quizapp.scheduling import State
from quizapp.store import Store, StoreError
from quizapp.store.study import StudyCounts, study_counts


def test_answers_are_stored_as_given(store: Store) -> None:
    session = store.start_session("practice", ["demo"], T0)
    store.record_answer(
        answer(
            "year",
            correct=False,
            score=0.0,
            session_id=session,
            response="2022",
            elapsed_ms=30_000,
            timed_out=True,
            time_limit_ms=30_000,
            at=T0 + timedelta(seconds=30),
        )
    )
    store.finish_session(session, T0 + timedelta(minutes=1), 0.0, 1.0)
    [stored] = list(store.iter_answers())
    assert (stored.session_id, stored.bank_id, stored.question_id, stored.response) == (
        session,
        "demo",
        "year",
        "2022",
    )
    assert (stored.score, stored.correct, stored.elapsed_ms, stored.timed_out) == (
        0.0,
        False,
        30_000,
        True,
    )
    assert stored.time_limit_ms == 30_000
    assert stored.answered_at == "2026-03-02T09:00:30.000+00:00"


def test_review_order_due_new_then_later(store: Store) -> None:
    bank = demo_bank()
    capital, year, _day = hashes(bank)
    store.record_answer(answer("capital", correct=True, content_hash=capital[1]))
    store.record_answer(answer("year", correct=False, content_hash=year[1]))
    # Five minutes on: the missed question is due, "day" is new, "capital" not yet due.
    now = T0 + timedelta(minutes=5)
    assert store.review_order("demo", hashes(bank), now) == ["year", "day", "capital"]
    assert study_counts(store, bank, now) == StudyCounts(
        new=1, learning=1, due=1, learned=0, changed=0
    )


def test_most_overdue_comes_first(store: Store) -> None:
    store.record_answer(answer("a", correct=False, at=T0))
    store.record_answer(answer("b", correct=False, at=T0 - timedelta(hours=1)))
    assert store.review_order("demo", [("a", "h1"), ("b", "h1")], T0 + days(1)) == ["b", "a"]


def test_changed_question_is_flagged_and_starts_over(store: Store) -> None:
    bank = demo_bank()
    current = dict(hashes(bank))["capital"]
    for n in range(3):  # learned well under its old wording
        store.record_answer(answer("capital", content_hash="old", at=T0 + days(n * 10)))
    [row] = store.card_rows("demo")
    assert row.state == State.Review
    now = T0 + days(31)
    assert study_counts(store, bank, now) == StudyCounts(
        new=3, learning=0, due=0, learned=0, changed=1
    )
    assert store.review_order("demo", [("capital", current), ("other", "h")], now) == [
        "capital",
        "other",
    ]
    store.record_answer(answer("capital", content_hash=current, at=now))
    [row] = store.card_rows("demo")
    assert (row.content_hash, row.state) == (current, State.Learning)  # a fresh card
    assert row.answers == 4  # the history is kept
    assert study_counts(store, bank, now).changed == 0


def test_miss_counts_count_wrong_and_partial(store: Store) -> None:
    store.record_answer(answer("capital", correct=False))
    store.record_answer(answer("capital", correct=False, score=0.5))
    store.record_answer(answer("capital", correct=True))
    store.record_answer(answer("year", correct=False))
    store.record_answer(answer("day", correct=True))
    store.record_answer(answer("capital", correct=False, bank_id="other"))
    assert store.miss_counts("demo") == {"capital": 2, "year": 1}
    assert store.miss_counts("nothing") == {}


def test_learned_counts_graduated_questions(store: Store) -> None:
    bank = demo_bank()
    capital = hashes(bank)[0]
    store.record_answer(answer("capital", content_hash=capital[1], elapsed_ms=1_000))  # Easy
    summary = study_counts(store, bank, T0 + timedelta(minutes=1))
    assert summary == StudyCounts(new=2, learning=0, due=0, learned=1, changed=0)


def test_another_store_on_the_same_file_sees_new_answers(progress_file: Path) -> None:
    with Store.open(progress_file, tz=UTC) as reader, Store.open(progress_file, tz=UTC) as writer:
        assert reader.miss_counts("demo") == {}
        writer.record_answer(answer("year", correct=False))
        assert reader.miss_counts("demo") == {"year": 1}


def test_naive_time_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        store.record_answer(answer("capital", at=T0.replace(tzinfo=None)))


def test_out_of_range_score_is_refused_not_stored(store: Store) -> None:
    with pytest.raises(StoreError, match="CHECK constraint"):
        store.record_answer(answer("capital", score=1.5))
    assert list(store.iter_answers()) == []


answer_steps = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),  # question
        st.sampled_from(["h1", "h2"]),  # content version
        st.sampled_from([0.0, 0.5, 1.0]),  # score
        st.integers(min_value=0, max_value=60 * 24 * 20),  # minutes after the previous
        st.booleans(),  # refresh after this answer?
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=answer_steps)
def test_cards_do_not_depend_on_when_they_are_derived(steps: list[tuple]) -> None:  # type: ignore[type-arg]
    """Deriving cards after every answer or once at the end gives the same state."""
    with tempfile.TemporaryDirectory() as folder:
        eager = Store.open(Path(folder) / "eager.sqlite3", tz=UTC)
        lazy = Store.open(Path(folder) / "lazy.sqlite3", tz=UTC)
        at = T0
        for question, content, score, minutes, refresh in steps:
            at += timedelta(minutes=minutes)
            record = answer(
                question, content_hash=content, score=score, correct=score == 1.0, at=at
            )
            eager.record_answer(record)
            lazy.record_answer(record)
            if refresh:
                eager.refresh()
        assert eager.card_rows() == lazy.card_rows()
        assert eager.activity() == lazy.activity()
        assert sum(row.answers for row in lazy.card_rows()) == len(steps)
        eager.close()
        lazy.close()
