"""The learner's controls on a Session: skip, end early, "I was right", pause, sprint, and
review with nothing due. Real SQLite, a fake clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from test_session import BANK, answer_right

from quizapp.clock import FakeClock
from quizapp.session import NothingDue, Session, SessionOptions
from quizapp.store import Store


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = Store.open(tmp_path / "progress.sqlite3")
    yield opened
    opened.close()


def ids(session: Session) -> list[str]:
    return [item.question.id for item in session.items]


def test_a_skipped_question_comes_back_at_the_end_and_is_never_recorded(store: Store) -> None:
    session = Session([BANK], SessionOptions(shuffle=False), FakeClock(), store)
    assert session.skip()
    assert ids(session) == ["year", "capital", "steps", "colour"]
    while session.current is not None and session.current.question.id != "colour":
        answer_right(session)
    assert session.current is not None and session.current.question.id == "colour"
    assert not session.skip()  # the last one left cannot be put off
    answer_right(session)
    assert [a.question_id for a in store.iter_answers()] == ["year", "capital", "steps", "colour"]
    assert all(a.correct for a in store.iter_answers())


def test_a_skipped_question_gets_its_time_again(store: Store) -> None:
    clock = FakeClock()
    session = Session([BANK], SessionOptions(shuffle=False, question_time=10), clock, store)
    session.begin_question()
    clock.advance(8)
    session.skip()
    session.begin_question()
    assert session.question_time_left() == 10


@pytest.mark.parametrize("mode", ["practice", "exam"])
def test_ending_early_counts_the_unanswered_as_running_out_of_time_does(mode: str) -> None:
    def played(end: str) -> tuple[float, float, int]:
        clock = FakeClock()
        options = SessionOptions(mode=mode, shuffle=False, session_time=60)  # type: ignore[arg-type]
        session = Session([BANK], options, clock)
        answer_right(session)  # colour: 1 point
        if end == "stop":
            session.stop()
        else:
            clock.advance(61)
            session.tick()
        results = session.results()
        return results.score, results.max_score, len(results.unanswered)

    assert played("stop") == played("time") == (1, 5, 3)


def test_ended_early_says_so() -> None:
    session = Session([BANK], SessionOptions(shuffle=False), FakeClock())
    session.stop()
    results = session.results()
    assert results.ended_early and not results.ended_by_time
    assert not results.empty and results.percent == 0


def test_i_was_right_makes_a_typed_answer_right_in_results_and_progress(store: Store) -> None:
    session = Session([BANK], SessionOptions(shuffle=False), FakeClock(), store)
    answer_right(session)  # colour
    wrong = session.submit("2022")  # year, 2 points
    assert session.can_override(wrong)
    judged = session.override(wrong)
    assert (judged.verdict.correct, judged.points, judged.overridden) == (True, 2, True)
    assert session.outcomes[-1] is judged
    assert session.results().score == 3
    assert [(a.question_id, a.correct, a.overridden) for a in store.iter_answers()] == [
        ("colour", True, False),
        ("year", True, True),
    ]
    assert not session.can_override(judged)  # once only


def test_i_was_right_is_not_offered_for_picked_answers_exams_or_timeouts() -> None:
    picked = Session([BANK], SessionOptions(shuffle=False), FakeClock())
    assert not picked.can_override(picked.submit("green"))  # a choice: nothing to misread
    exam = Session([BANK], SessionOptions(shuffle=False, mode="exam"), FakeClock())
    answer_right(exam)
    assert not exam.can_override(exam.submit("2022"))
    clock = FakeClock()
    timed = Session([BANK], SessionOptions(shuffle=False, question_time=5), clock)
    answer_right(timed)
    timed.begin_question()
    clock.advance(6)
    late = timed.submit("2022")
    assert late.timed_out and not timed.can_override(late)
    earlier = Session([BANK], SessionOptions(shuffle=False), FakeClock())
    answer_right(earlier)
    first_wrong = earlier.submit("2022")
    earlier.submit("Paris")
    assert not earlier.can_override(first_wrong)  # only while its feedback is shown


def test_i_was_right_after_the_last_answer_updates_the_session_score(store: Store) -> None:
    session = Session([BANK], SessionOptions(shuffle=False, count=2), FakeClock(), store)
    answer_right(session)
    session.override(session.submit("2022"))
    assert session.finished
    assert store._read("SELECT score, max_score FROM sessions", ()) == [(3.0, 3.0)]


@pytest.mark.parametrize(
    ("mode", "pauses"), [("practice", True), ("review", True), ("exam", False)]
)
def test_the_clock_pauses_in_practice_only(mode: str, pauses: bool) -> None:
    clock = FakeClock()
    options = SessionOptions(mode=mode, shuffle=False, question_time=10, session_time=100)  # type: ignore[arg-type]
    session = Session([BANK], options, clock)
    session.begin_question()
    clock.advance(2)
    session.pause()
    clock.advance(30)
    assert session.paused is pauses
    session.resume()
    clock.advance(1)
    if pauses:
        assert session.question_time_left() == 7
        assert session.session_time_left() == 97
        assert session.tick() is None
    else:
        assert session.tick() is not None  # the question timed out during the dialog


def test_a_sprint_never_pauses_and_leaves_unreached_questions_out() -> None:
    clock = FakeClock()
    session = Session([BANK], SessionOptions(shuffle=False, sprint=30), clock)
    session.pause()
    assert not session.paused
    answer_right(session)
    answer_right(session)
    clock.advance(31)
    session.tick()
    results = session.results()
    assert results.ended_by_time
    assert (results.score, results.max_score, results.unanswered) == (3, 3, [])


def test_sprint_best_is_kept_per_bank_and_length(store: Store) -> None:
    def sprint(right: int, seconds: float = 30) -> Session:
        clock = FakeClock()
        session = Session([BANK], SessionOptions(shuffle=False, sprint=seconds), clock, store)
        for _ in range(right):
            answer_right(session)
        clock.advance(seconds + 1)
        session.tick()
        return session

    assert sprint(1).best_sprint() is None  # the first
    assert sprint(2).best_sprint() == 1  # the best before this one
    assert sprint(1).best_sprint() == 3  # colour 1 + year 2
    assert sprint(1, seconds=60).best_sprint() is None


def test_review_asks_only_what_is_due_and_says_when_nothing_is(store: Store) -> None:
    clock = FakeClock()
    first = Session([BANK], SessionOptions(shuffle=False, count=2), clock, store)
    answer_right(first)
    first.submit("2022")  # year: wrong, due again soon
    with pytest.raises(NothingDue) as nothing:
        Session([BANK], SessionOptions(mode="review"), clock, store)
    assert nothing.value.new == 2
    assert nothing.value.next_due is not None
    assert "nothing is due for review; the next is due" in str(nothing.value)
    clock.advance(timedelta(days=1).total_seconds())
    review = Session([BANK], SessionOptions(mode="review"), clock, store)
    assert ids(review) == ["year"]
    new = Session([BANK], SessionOptions(new_only=True, shuffle=False), clock, store)
    assert ids(new) == ["capital", "steps"]


def test_each_item_says_where_it_stands_in_review(store: Store) -> None:
    clock = FakeClock()
    first = Session([BANK], SessionOptions(shuffle=False, count=2), clock, store)
    answer_right(first)
    first.submit("2022")
    clock.advance(120)
    again = Session([BANK], SessionOptions(shuffle=False), clock, store)
    states = {item.question.id: item.review for item in again.items}
    # Right at once rates Easy, which FSRS graduates at once; wrong is due again in minutes.
    assert states == {"colour": "learned", "year": "due", "capital": "new", "steps": "new"}
    assert all(item.review is None for item in Session([BANK], clock=clock).items)
