"""Ratings from grades, FSRS with a fake clock, and the review queue."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import fsrs
import pytest
from fresh_python import output_of
from store_helpers import T0, answer, days

from quizapp.scheduling import (
    CardStatus,
    Rating,
    State,
    new_card,
    order_for_review,
    rating_for,
    review,
    review_state,
)
from quizapp.store import Store
from quizapp.store.schema import iso_utc


@pytest.mark.parametrize(
    ("score", "correct", "elapsed_ms", "limit_ms", "expected"),
    [
        (0.0, False, 1_000, None, Rating.Again),  # wrong, however fast
        (0.0, False, 30_000, 30_000, Rating.Again),  # timed out
        (0.5, False, 1_000, None, Rating.Hard),  # partial credit
        (0.01, False, 9_000, None, Rating.Hard),
        (1.0, True, 8_000, None, Rating.Good),  # no limit: quick is under 8 s
        (1.0, True, 7_999, None, Rating.Easy),
        (1.0, True, 10_000, 30_000, Rating.Good),  # a third of 30 s is 10 s
        (1.0, True, 9_999, 30_000, Rating.Easy),
        (1.0, True, 7_000, 15_000, Rating.Good),  # with a limit the limit decides, not 8 s
        (1.0, True, 4_999, 15_000, Rating.Easy),
    ],
)
def test_rating_for_grades(
    score: float, correct: bool, elapsed_ms: int, limit_ms: int | None, expected: Rating
) -> None:
    assert rating_for(score, correct, elapsed_ms, limit_ms) == expected


def test_wrong_answer_is_due_before_right_one() -> None:
    wrong = review(new_card(T0), Rating.Again, T0)
    right = review(new_card(T0), Rating.Good, T0)
    assert wrong.due < right.due
    assert wrong.due == T0 + timedelta(minutes=1)  # the first FSRS learning step


def test_store_schedules_wrong_answer_first_with_fake_clock(store: Store) -> None:
    store.record_answer(answer("right", correct=True, at=T0))
    store.record_answer(answer("wrong", correct=False, at=T0))
    questions = [("right", "h1"), ("wrong", "h1")]
    due = {row.question_id: row.due_at for row in store.card_rows("demo")}
    assert due["wrong"] < due["right"]
    # Two minutes on, only the missed question has come round again.
    assert store.review_order("demo", questions, T0 + timedelta(minutes=2)) == ["wrong", "right"]
    cards = store.card_statuses("demo")
    later = iso_utc(T0 + timedelta(minutes=2))
    assert [review_state(cards[q], "h1", later) for q in ("right", "wrong")] == ["learning", "due"]


def test_good_answers_graduate_and_space_out() -> None:
    card = new_card(T0)
    at = T0
    intervals = []
    for _ in range(4):
        card = review(card, Rating.Good, at)
        intervals.append(card.due - at)
        at = card.due
    assert card.state == State.Review
    assert intervals[2] < intervals[3]  # once learned, each success waits longer


def test_review_before_last_review_does_not_go_back_in_time() -> None:
    card = review(new_card(T0), Rating.Good, T0 + days(1))
    earlier = review(card, Rating.Good, T0)  # a second session's late-committed answer
    assert earlier.last_review == T0 + days(1)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        new_card(datetime(2026, 1, 1))


def test_order_for_review_due_then_new_then_rest() -> None:
    now = T0
    cards = {
        "overdue-1d": CardStatus("h", iso_utc(now - days(1))),
        "overdue-3d": CardStatus("h", iso_utc(now - days(3))),
        "due-now": CardStatus("h", iso_utc(now)),
        "later-5d": CardStatus("h", iso_utc(now + days(5))),
        "later-2d": CardStatus("h", iso_utc(now + days(2))),
        "edited": CardStatus("old", iso_utc(now - days(9))),
    }
    questions = [
        ("later-5d", "h"),
        ("fresh-b", "h"),
        ("overdue-1d", "h"),
        ("edited", "h"),
        ("due-now", "h"),
        ("fresh-a", "h"),
        ("later-2d", "h"),
        ("overdue-3d", "h"),
    ]
    assert order_for_review(questions, cards, iso_utc(now)) == [
        "overdue-3d",
        "overdue-1d",
        "due-now",  # most overdue first
        "fresh-b",
        "edited",
        "fresh-a",  # new and changed, in the order given
        "later-2d",
        "later-5d",  # the rest, soonest first
    ]


@pytest.mark.parametrize(("ours", "theirs"), [(Rating, fsrs.Rating), (State, fsrs.State)])
def test_rating_and_state_have_the_values_fsrs_gives_them(ours: type, theirs: type) -> None:
    # The store keeps these as ints, and fsrs reads them back: the two must agree.
    assert {m.name: int(m) for m in ours} == {m.name: int(m) for m in theirs}


def test_reading_an_up_to_date_store_does_not_load_fsrs(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    with Store.open(path) as store:
        store.record_answer(answer("capital", at=T0))
        assert store.card_rows("demo")[0].state == State.Learning  # replayed: fsrs used
    # A new start reads the cards (nothing to replay) and records an answer (rating it).
    script = (
        "import sys\n"
        "from datetime import UTC, datetime\n"
        "from quizapp.store import Store\nfrom quizapp.store.rows import AnswerRecord\n"
        f"store = Store.open({str(path)!r})\n"
        "rows = store.card_rows('demo')\n"
        "store.record_answer(AnswerRecord(2, 'demo', 'capital', 'h1', 'Paris', 1.0, True,"
        " 3000, False, datetime(2026, 3, 3, tzinfo=UTC)))\n"
        "print(len(rows), 'fsrs' in sys.modules)\n"
    )
    assert output_of(script).split() == ["1", "False"]
