"""The Session: selection, order, grading through the grader, timing on a fake clock."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizapp.bank.loader import parse_bank
from quizapp.clock import FakeClock
from quizapp.session import (
    Results,
    Session,
    SessionOptions,
    SessionSetupError,
    SessionTimeUp,
    speed_factor,
)

BANK = parse_bank(
    """
[bank]
id = "demo"
title = "Demo"

[[questions]]
id = "colour"
type = "choice"
prompt = "Sky colour?"
choices = ["blue", "green", "red"]
answer = "blue"
tags = ["easy"]

[[questions]]
id = "year"
type = "number"
prompt = "Which year?"
answer = 2023
tags = ["dates"]
points = 2

[[questions]]
id = "capital"
type = "short"
prompt = "Capital of Ukraine?"
answers = ["Kyiv", "Kiev"]
tags = ["easy"]
time_limit = 5

[[questions]]
id = "steps"
type = "order"
prompt = "Order them"
items = ["one", "two", "three"]
""",
    "demo.toml",
)


def make(clock: FakeClock | None = None, **options: object) -> Session:
    return Session([BANK], SessionOptions(**options), clock=clock or FakeClock())  # type: ignore[arg-type]


def answer_right(session: Session) -> None:
    item = session.current
    assert item is not None
    right = {"colour": "blue", "year": "2023", "capital": "Kyiv", "steps": ["one", "two", "three"]}[
        item.question.id
    ]
    session.submit(right)


def test_same_seed_same_order_and_choices() -> None:
    first, second = make(seed=7), make(seed=7)
    assert [i.question.id for i in first.items] == [i.question.id for i in second.items]
    assert [i.shown for i in first.items] == [i.shown for i in second.items]


def test_different_seeds_give_different_orders() -> None:
    orders = {tuple(i.question.id for i in make(seed=s).items) for s in range(10)}
    assert len(orders) > 1


def test_no_shuffle_keeps_bank_order_and_choice_order() -> None:
    session = make(shuffle=False)
    assert [i.question.id for i in session.items] == ["colour", "year", "capital", "steps"]
    assert session.items[0].shown == ("blue", "green", "red")


def test_order_items_are_never_shown_in_the_right_order() -> None:
    for seed in range(30):
        steps = next(i for i in make(seed=seed).items if i.question.id == "steps")
        assert steps.shown != ("one", "two", "three")
        assert sorted(steps.shown or ()) == ["one", "three", "two"]


def test_count_and_tags_select_questions() -> None:
    session = make(count=1, tags=("easy",), seed=1)
    assert len(session.items) == 1
    assert session.items[0].question.id in {"colour", "capital"}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"count": 0}, "at least 1"),
        ({"tags": ("nope",)}, "unknown tag 'nope'"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], message: str) -> None:
    with pytest.raises(SessionSetupError, match=message):
        make(**options)


def test_answers_are_graded_and_scored_with_points() -> None:
    session = make(shuffle=False)
    session.submit("blue")
    outcome = session.submit("2022")
    assert outcome.verdict.status == "wrong"
    assert outcome.points == 0
    session.submit("kyiv")
    assert session.score == 2  # colour 1 + capital 1; the year (2 points) was wrong
    last = session.submit(["one", "three", "two"])
    assert 0 < last.verdict.score < 1
    assert session.finished
    results = session.results()
    assert results.max_score == 5
    assert results.per_tag["easy"] == (2, 2)
    assert results.per_tag["dates"] == (0, 2)
    assert [i.question.id for i in results.missed] == ["year", "steps"]


def test_elapsed_time_comes_from_the_clock() -> None:
    clock = FakeClock()
    session = make(clock, shuffle=False)
    session.begin_question()
    clock.advance(3.25)
    assert session.submit("blue").elapsed_ms == 3250


def test_question_expires_on_its_own_limit_over_timed() -> None:
    clock = FakeClock()
    session = make(clock, shuffle=False, question_time=20)
    for _ in range(2):
        answer_right(session)
    session.begin_question()  # "capital" has time_limit = 5, which beats --timed 20
    assert session.question_limit() == 5
    clock.advance(4.9)
    assert session.tick() is None
    clock.advance(0.2)
    outcome = session.tick("Ky")
    assert outcome is not None and outcome.timed_out
    assert outcome.points == 0 and outcome.verdict.note == "timed out"
    assert outcome.response == "Ky"
    assert outcome.elapsed_ms == 5000
    assert session.current is not None and session.current.question.id == "steps"


def test_timed_applies_to_questions_without_their_own_limit() -> None:
    clock = FakeClock()
    session = make(clock, shuffle=False, question_time=10)
    session.begin_question()
    clock.advance(9)
    assert session.time_left() == pytest.approx(1)
    clock.advance(2)
    late = session.submit("blue")  # an answer after the deadline counts as timed out
    assert late.timed_out and late.points == 0


def test_session_limit_ends_the_session_with_unanswered_questions() -> None:
    clock = FakeClock()
    session = make(clock, shuffle=False, session_time=30)
    session.begin_question()
    clock.advance(10)
    answer_right(session)
    session.begin_question()
    clock.advance(25)
    assert session.tick() is None
    assert session.finished and session.ended_by_time
    results = session.results()
    assert len(results.outcomes) == 1
    assert [i.question.id for i in results.unanswered] == ["year", "capital", "steps"]
    assert results.max_score == 5


def test_an_answer_after_the_session_time_is_refused_as_time_up_not_as_any_error() -> None:
    clock = FakeClock()
    session = make(clock, shuffle=False, session_time=30)
    session.begin_question()
    clock.advance(31)
    with pytest.raises(SessionTimeUp):
        session.submit("anything")
    assert session.finished and session.ended_by_time
    with pytest.raises(RuntimeError):  # a front end's mistake stays a plain error
        session.submit("again")


def test_results_work_out_their_totals_and_take_no_totals_given() -> None:
    results = make(shuffle=False).results()
    assert (results.score, results.max_score, results.per_tag) == (0, 0, {})
    with pytest.raises(TypeError):
        Results([], [], False, score=3)  # type: ignore[call-arg]


def test_question_and_session_limits_combine_nearest_first() -> None:
    clock = FakeClock()
    session = make(clock, shuffle=False, question_time=20, session_time=25)
    session.begin_question()
    clock.advance(15)
    answer_right(session)
    session.begin_question()
    assert session.time_left() == pytest.approx(10)  # the session's 10 s beat the question's 20
    clock.advance(10)
    session.tick()
    assert session.ended_by_time


def test_speed_bonus_is_full_in_first_half_then_falls_to_half() -> None:
    assert speed_factor(4, 10) == 1
    assert speed_factor(7.5, 10) == pytest.approx(0.75)
    assert speed_factor(10, 10) == pytest.approx(0.5)
    assert speed_factor(100, None) == 1
    clock = FakeClock()
    session = make(clock, shuffle=False, question_time=10, speed_bonus=True)
    session.begin_question()
    clock.advance(7.5)
    assert session.submit("blue").points == pytest.approx(0.75)


def test_speed_bonus_is_off_by_default() -> None:
    clock = FakeClock()
    session = make(clock, shuffle=False, question_time=10)
    session.begin_question()
    clock.advance(9)
    assert session.submit("blue").points == 1


def test_retry_missed_asks_only_the_missed_questions() -> None:
    session = make(shuffle=False)
    for response in ("red", "2023", "Lviv", ["one", "two", "three"]):
        session.submit(response)
    retry = session.retry_missed()
    assert [i.question.id for i in retry.items] == ["colour", "capital"]


def test_stop_keeps_what_was_answered() -> None:
    session = make(shuffle=False)
    session.submit("blue")
    session.stop()
    assert session.finished and session.current is None
    assert len(session.results().outcomes) == 1
    with pytest.raises(RuntimeError):
        session.submit("x")


PICKS = parse_bank(
    """
[bank]
id = "picks"
title = "Picks"

[[questions]]
id = "colour"
type = "choice"
prompt = "Sky colour?"
choices = ["blue", "green", "red"]
answer = "blue"

[[questions]]
id = "rings"
type = "multi"
prompt = "Which have rings?"
choices = ["Saturn", "Mars", "Uranus", "Venus"]
answers = ["Saturn", "Uranus"]

[[questions]]
id = "moon"
type = "truefalse"
prompt = "The Moon makes its own light."
answer = false

[[questions]]
id = "events"
type = "order"
prompt = "Order them"
items = ["paper", "visit", "call"]

[[questions]]
id = "capital"
type = "short"
prompt = "Capital of Ukraine?"
answers = ["Kyiv"]
""",
    "picks.toml",
)


def test_picks_by_number_are_recorded_as_the_options_shown() -> None:
    # A number means nothing once the options are shuffled: the record names the option.
    session = Session([PICKS], SessionOptions(seed=11), clock=FakeClock())
    responses = {"colour": "2", "rings": "1 3", "moon": "2", "events": "3; 1; 2", "capital": "1"}
    recorded = {}
    while (item := session.current) is not None:
        outcome = session.submit(responses[item.question.id])
        recorded[item.question.id] = (outcome.response, item.shown)
    response, shown = recorded["colour"]
    assert shown is not None and response == shown[1]
    response, shown = recorded["rings"]
    assert shown is not None and response == f"{shown[0]}; {shown[2]}"
    assert recorded["moon"][0] == "False"  # as the expected answer is written
    response, shown = recorded["events"]
    assert shown is not None and response == f"1. {shown[2]}  2. {shown[0]}  3. {shown[1]}"
    assert recorded["capital"][0] == "1"  # a typed answer is kept as typed


def test_an_unreadable_pick_is_recorded_as_given() -> None:
    session = make(shuffle=False, count=1)
    outcome = session.submit("7")
    assert outcome.response == "7"
    assert outcome.verdict.note == "there is no choice 7 (1 to 3)"


def test_a_question_changed_since_it_was_answered_is_flagged(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from quizapp.store import Store

    clock = FakeClock()
    with Store.open(tmp_path / "progress.sqlite3") as store:
        first = Session([PICKS], SessionOptions(shuffle=False, count=2), clock, store)
        assert [item.changed for item in first.items] == [False, False]
        first.submit("blue")
        first.submit("Saturn; Uranus")
        reworded = replace(PICKS.questions[0], prompt="What colour is the sky?")
        edited = replace(PICKS, questions=[reworded, *PICKS.questions[1:]])
        again = Session([edited], SessionOptions(shuffle=False, count=3), clock, store)
        assert [item.changed for item in again.items] == [True, False, False]
