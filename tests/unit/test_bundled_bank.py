"""The bundled article bank: it loads, uses every type, and its key answers are right."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from quizapp.bank import (
    QUESTION_TYPES,
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    ShortQuestion,
    TrueFalseQuestion,
    load_bank,
)
from quizapp.bank.check import check_text

BANK_FILE = Path(__file__).resolve().parents[2] / "questions" / "xi-zelensky-call.toml"
ALLOWED_TAGS = {"dates", "speakers", "quotes", "paper", "numbers", "people", "events"}
KEBAB_CASE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank(BANK_FILE)


def question(bank: Bank, question_id: str) -> object:
    found = bank.question(question_id)
    assert found is not None, f"no question {question_id!r} in the bundled bank"
    return found


def test_bank_table(bank: Bank) -> None:
    assert bank.id == "xi-zelensky-call"
    assert bank.title == "The Xi–Zelensky phone call (April 2023)"
    assert bank.bank.description
    assert bank.bank.language == "en"
    assert bank.bank.version == 1


def test_check_finds_no_errors_and_no_warnings() -> None:
    bank, problems = check_text(BANK_FILE.read_text(encoding="utf-8"), str(BANK_FILE))
    assert bank is not None
    assert [str(problem) for problem in problems] == []


def test_enough_questions_of_every_type(bank: Bank) -> None:
    assert len(bank.questions) >= 60
    per_type = Counter(q.type for q in bank.questions)
    assert set(per_type) == set(QUESTION_TYPES)
    assert min(per_type.values()) >= 4, per_type


def test_ids_are_unique_and_kebab_case(bank: Bank) -> None:
    ids = [q.id for q in bank.questions]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert [i for i in ids if not KEBAB_CASE.match(i)] == []


def test_every_question_has_a_prompt_and_an_explanation(bank: Bank) -> None:
    assert [q.id for q in bank.questions if not q.prompt.strip()] == []
    assert [q.id for q in bank.questions if not q.explanation.strip()] == []


def test_tags_come_from_the_allowed_set(bank: Bank) -> None:
    assert all(q.tags for q in bank.questions)
    assert set(bank.tags()) <= ALLOWED_TAGS
    assert set(bank.tags()) == ALLOWED_TAGS  # every topic is covered


def test_some_questions_are_timed_fixed_order_or_worth_more(bank: Bank) -> None:
    assert sum(q.time_limit is not None for q in bank.questions) >= 3
    unshuffled = [
        q for q in bank.questions if isinstance(q, ChoiceQuestion | MultiQuestion) and not q.shuffle
    ]
    assert len(unshuffled) >= 3
    assert {q.points for q in bank.questions} >= {1, 2, 3}


def test_choice_and_multi_answers_are_among_distinct_choices(bank: Bank) -> None:
    for q in bank.questions:
        if isinstance(q, ChoiceQuestion):
            assert q.answer in q.choices, q.id
        if isinstance(q, MultiQuestion):
            assert set(q.answers) <= set(q.choices), q.id
            assert len(q.answers) < len(q.choices), q.id  # some wrong options to avoid
        if isinstance(q, ChoiceQuestion | MultiQuestion):
            assert len(q.choices) == len(set(q.choices)), q.id


def test_structured_questions_are_well_formed(bank: Bank) -> None:
    for q in bank.questions:
        if isinstance(q, ClozeQuestion):
            assert q.blanks() and all(q.blanks()), q.id
        if isinstance(q, OrderQuestion):
            assert len(q.items) >= 2 and len(set(q.items)) == len(q.items), q.id
        if isinstance(q, MatchQuestion):
            lefts, rights = zip(*q.pairs, strict=True)
            assert len(set(lefts)) == len(lefts) and len(set(rights)) == len(rights), q.id
        if isinstance(q, ShortQuestion):
            assert len(q.answers) == len(set(q.answers)), q.id
        if isinstance(q, NumberQuestion):
            assert q.tolerance >= 0, q.id
        if isinstance(q, DateQuestion) and q.precision != "day":
            # A month or year answer carries no day (and a year answer no month).
            assert q.answer.day == 1, q.id
            assert q.precision == "month" or q.answer.month == 1, q.id


def test_the_call_date(bank: Bank) -> None:
    call_date = question(bank, "call-date")
    assert isinstance(call_date, DateQuestion)
    assert call_date.answer == dt.date(2023, 4, 26)
    assert call_date.precision == "day"
    assert call_date.answer.strftime("%A") == "Wednesday"
    weekday = question(bank, "call-weekday")
    assert isinstance(weekday, ChoiceQuestion) and weekday.answer == "Wednesday"


def test_the_months_around_the_call(bank: Bank) -> None:
    expected = {"paper-month": (2023, 2), "moscow-visit-month": (2023, 3), "call-month": (2023, 4)}
    for question_id, (year, month) in expected.items():
        q = question(bank, question_id)
        assert isinstance(q, DateQuestion) and q.precision == "month"
        assert (q.answer.year, q.answer.month) == (year, month), question_id


def test_the_paper_has_twelve_points(bank: Bank) -> None:
    points = question(bank, "paper-points")
    assert isinstance(points, NumberQuestion)
    assert points.answer == 12 and points.tolerance == 0
    as_choice = question(bank, "paper-points-choice")
    assert isinstance(as_choice, ChoiceQuestion) and as_choice.answer == "12"
    ten = question(bank, "paper-ten-points")
    assert isinstance(ten, TrueFalseQuestion) and ten.answer is False


def test_the_papers_first_point_is_sovereignty(bank: Bank) -> None:
    first = question(bank, "paper-first-point")
    assert isinstance(first, ChoiceQuestion)
    assert "sovereignty" in first.answer.lower()
    assert "territorial integrity" in first.answer.lower()
    values = question(bank, "paper-first-point-values")
    assert isinstance(values, MultiQuestion)
    assert set(values.answers) == {"Sovereignty", "Independence", "Territorial integrity"}


def test_the_call_lasted_almost_an_hour(bank: Bank) -> None:
    minutes = question(bank, "call-length-minutes")
    assert isinstance(minutes, NumberQuestion) and minutes.unit == "minutes"
    # "Almost one hour": 55 minutes must be accepted, and so must the round 60.
    assert abs(55 - minutes.answer) <= minutes.tolerance
    assert abs(60 - minutes.answer) <= minutes.tolerance
    assert abs(30 - minutes.answer) > minutes.tolerance


def test_who_said_what_and_where(bank: Bank) -> None:
    initiator = question(bank, "call-initiator")
    assert isinstance(initiator, ChoiceQuestion) and initiator.answer == "The Ukrainian side"
    posted = question(bank, "where-posted-match")
    assert isinstance(posted, MatchQuestion)
    assert dict(posted.pairs)["Volodymyr Zelensky"] == "Twitter"
    assert dict(posted.pairs)["Sergiy Nykyforov"] == "Facebook"
    spokesman = question(bank, "spokesman-name")
    assert isinstance(spokesman, ShortQuestion)
    assert {"Nykyforov", "Sergiy Nykyforov", "Serhiy Nykyforov"} <= set(spokesman.answers)


def test_the_sequence_of_events(bank: Bank) -> None:
    timeline = question(bank, "timeline-order")
    assert isinstance(timeline, OrderQuestion)
    assert timeline.items == [
        "China publishes its 12-point position paper",
        "Xi visits Putin in Moscow",
        "Xi and Zelensky speak by phone",
    ]


def test_quote_blanks_hold_the_speakers_words(bank: Bank) -> None:
    fire = question(bank, "quote-fire")
    assert isinstance(fire, ClozeQuestion)
    assert fire.blanks() == [["fire"], ["fuel"], ["crisis"], ["profit"]]
    assert "watch the {{fire}} from the other side" in fire.text
    way_out = question(bank, "quote-only-way-out")
    assert isinstance(way_out, ClozeQuestion)
    assert way_out.blanks() == [["talks"], ["negotiation"], ["way out"]]
