"""Any answer at all, to any question of every type: a verdict, soon, with nothing in it
that could drive a terminal."""

from __future__ import annotations

import time
from typing import Any

from grading_questions import date, match, multi, order
from grading_strategies import questions
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.text_safety import find_control_character
from quizapp.grading import MAX_ANSWER_CHARS, grade, split_answers

TIME_BOUND_S = 2.0
"""Far above what any answer takes; an answer that grows the cost faster than its
length (or a loop that never ends) runs into it."""

HOSTILE = [
    "\x1b]0;owned\x07",  # OSC: set the terminal title
    "\x1b[2J\x1b[H",  # clear the screen
    "\x07",  # BEL
    "\x9b31m",  # C1 CSI
    "\u202eevil",  # right-to-left override
    "\r\n\t\x00\x7f",
]
hostile_text = st.text(
    alphabet=st.characters(codec=None) | st.sampled_from(["\x1b", "\x9b", "\u202e", ";", "="]),
    max_size=300,
) | st.sampled_from(HOSTILE).flatmap(
    lambda bad: st.text(max_size=20).map(lambda text: text + bad + text)
)


def assert_inert(text: str) -> None:
    assert find_control_character(text) is None, repr(text)
    assert "\n" not in text and "\r" not in text and "\t" not in text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(questions, hostile_text)
def test_any_answer_gets_a_verdict_in_time_with_nothing_raw(question: Any, answer: str) -> None:
    started = time.perf_counter()
    verdict = grade(question, answer)
    split = grade(question, split_answers(question, answer))
    assert time.perf_counter() - started < TIME_BOUND_S
    for each in (verdict, split):
        assert 0 <= each.score <= 1
        assert_inert(each.note)


def test_a_date_of_thousands_of_digits_is_read_as_no_date() -> None:
    """Python refuses to turn more than 4,300 digits into an int: grade() raised."""
    verdict = grade(date("2023-04-26", "day"), "9" * 4301)
    assert not verdict.correct
    assert verdict.note.startswith("cannot read '999")


def test_hostile_notes_are_visible_and_inert() -> None:
    verdict = grade(multi(["a", "b"], ["a"]), "\x1b[2J\u202e\x9b\x07")
    assert verdict.note == (
        "0 of 1 right, 1 wrong pick; '\\x1b[2J\\u202e\\x9b\\x07' is not one of the choices"
    )


def test_an_answer_too_long_to_read_is_refused_at_once() -> None:
    question = match(("a", "1"), ("b", "2"))
    grade(question, "a=1")  # the match grader is loaded with its first answer
    started = time.perf_counter()
    verdict = grade(question, "a=1;" * 5001)
    assert time.perf_counter() - started < 0.1
    assert not verdict.correct
    assert verdict.note == (
        f"the answer is too long to read (20004 characters; at most {MAX_ANSWER_CHARS})"
    )


def test_a_note_names_three_problems_at_most() -> None:
    verdict = grade(order("a", "b", "c"), ";".join(f"x{n}" for n in range(500)))
    assert verdict.note.endswith("; 'x2' is not one of the items; 497 more problems")
    assert len(verdict.note) < 200
