"""The bundled article bank: it loads, uses every type, and its key answers are right."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from quizapp.bank.check import check_text
from quizapp.bank.loader import load_bank
from quizapp.bank.models import (
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
)
from quizapp.grading import grade
from quizapp.grading.graders import grader_for

ROOT = Path(__file__).resolve().parents[2]
BANK_FILE = ROOT / "questions" / "xi-zelensky-call.toml"
ARTICLE = (
    ROOT / "tests" / "draft" / "articles" / "xi-zelensky.txt"
)  # the article the bank is built on
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
    assert bank.bank.version == 2


def test_check_finds_no_errors_and_no_warnings() -> None:
    bank, problems = check_text(BANK_FILE.read_text(encoding="utf-8"), str(BANK_FILE))
    assert bank is not None
    assert [str(problem) for problem in problems] == []


def test_enough_questions_of_every_type(bank: Bank) -> None:
    assert len(bank.questions) >= 60
    per_type = Counter(q.type for q in bank.questions)
    assert set(per_type) == set(QUESTION_TYPES)
    assert min(per_type.values()) >= 2, per_type


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
    assert call_date.precision == "day" and not call_date.require_year
    assert call_date.answer.strftime("%A") == "Wednesday"
    weekday = question(bank, "call-weekday-typed")
    assert isinstance(weekday, ShortQuestion) and weekday.answers[0] == "Wednesday"


def test_the_date_s_feedback_does_not_answer_the_weekday_question(bank: Bank) -> None:
    """After the date question, the learner reads its explanation and expected answer;
    neither may hand over the answer the weekday question asks for later."""
    call_date = question(bank, "call-date")
    weekday = question(bank, "call-weekday-typed")
    assert isinstance(weekday, ShortQuestion)
    expected = grader_for(call_date).expected(call_date)
    wrong_weekday = grade(call_date, "Tuesday, April 26").note  # the note of a wrong weekday
    shown = f"{call_date.explanation} {expected} {wrong_weekday}".casefold()
    assert [answer for answer in weekday.answers if answer.casefold() in shown] == []


def test_no_question_asks_for_the_year(bank: Bank) -> None:
    """The article says "Wednesday, April 26" and never gives the year."""
    dates = [q for q in bank.questions if isinstance(q, DateQuestion)]
    assert [q.id for q in dates if q.precision == "year" or q.require_year] == []
    for q in dates:
        assert grade(q, q.answer.strftime("%B %d").replace(" 0", " ")).correct, q.id


def test_the_months_around_the_call(bank: Bank) -> None:
    expected = {"paper-month": 2, "moscow-visit-month": 3}
    for question_id, month in expected.items():
        q = question(bank, question_id)
        assert isinstance(q, DateQuestion) and q.precision == "month"
        assert q.answer.month == month, question_id


def test_the_paper_has_twelve_points_and_its_first_is_quoted(bank: Bank) -> None:
    points = question(bank, "paper-points")
    assert isinstance(points, NumberQuestion)
    assert points.answer == 12 and points.tolerance == 0
    quoted = question(bank, "quoted-point-number")
    assert isinstance(quoted, NumberQuestion) and quoted.answer == 1
    principles = question(bank, "paper-principles-cloze")
    assert isinstance(principles, ClozeQuestion)
    assert principles.blanks() == [["sovereignty"], ["independence"], ["territorial integrity"]]


@pytest.mark.parametrize(
    ("question_id", "accepted", "refused"),
    [
        ("call-length-minutes", ["50", "55", "60", "under 60"], ["45", "65", "70", "over 60"]),
        ("call-length-hours", ["1", "0.9", "less than 1"], ["0.75", "1.25", "1.1", "over 1"]),
    ],
)
def test_the_call_lasted_a_little_under_an_hour(
    bank: Bank, question_id: str, accepted: list[str], refused: list[str]
) -> None:
    """ "An almost one-hour-long telephone conversation": never more than an hour."""
    length = question(bank, question_id)
    assert [answer for answer in accepted if not grade(length, answer).correct] == []
    assert [answer for answer in refused if grade(length, answer).score] == []


def test_a_two_word_answer_is_asked_for_with_two_words(bank: Bank) -> None:
    for q in bank.questions:
        if isinstance(q, ShortQuestion) and "(two words" in q.prompt:
            assert all(len(a.removeprefix("a ").split()) == 2 for a in q.answers), q.id


def test_who_said_what_and_where(bank: Bank) -> None:
    initiator = question(bank, "call-initiator-typed")
    assert isinstance(initiator, ShortQuestion) and initiator.answers[0] == "Ukraine"
    assert question(bank, "zelensky-platform-typed").answers[0] == "Twitter"  # type: ignore[attr-defined]
    assert question(bank, "nykyforov-platform").answers == ["Facebook"]  # type: ignore[attr-defined]
    spokesman = question(bank, "spokesman-name")
    assert isinstance(spokesman, ShortQuestion)
    assert {"Nykyforov", "Sergiy Nykyforov", "Serhiy Nykyforov"} <= set(spokesman.answers)
    reported = question(bank, "who-reported-match")
    assert isinstance(reported, MatchQuestion)
    assert dict(reported.pairs)["Yu Jun"] == "Which side instigated the call"


def test_the_sequence_of_events(bank: Bank) -> None:
    timeline = question(bank, "timeline-order")
    assert isinstance(timeline, OrderQuestion)
    assert timeline.items == [
        "China issues its position paper",
        "Xi goes to Moscow",
        "Xi and Zelensky speak by phone",
    ]


def test_every_question_cites_a_sentence_of_the_article(bank: Bank) -> None:
    """Each fact is traceable: the ``source`` is copied from the article word for word."""
    article = " ".join(ARTICLE.read_text(encoding="utf-8").split())
    assert [q.id for q in bank.questions if not q.source] == []
    assert [q.id for q in bank.questions if " ".join(q.source.split()) not in article] == []


def test_every_question_grades_its_own_answers_right_and_its_distractors_wrong(
    bank: Bank,
) -> None:
    """Expected answer 1, every listed alternative 1, every distractor 0."""
    for q in bank.questions:
        for right in _right_answers(q):
            assert grade(q, right).score == 1, (q.id, right)
        for wrong in _distractors(q):
            assert grade(q, wrong).score == 0, (q.id, wrong)


def _right_answers(q: object) -> list[object]:
    if isinstance(q, ChoiceQuestion):
        return [q.answer]
    if isinstance(q, MultiQuestion):
        return [list(q.answers)]
    if isinstance(q, TrueFalseQuestion):
        return [q.answer, "True" if q.answer else "False"]
    if isinstance(q, ShortQuestion):
        return list(q.answers)
    if isinstance(q, ClozeQuestion):
        firsts = [alternatives[0] for alternatives in q.blanks()]
        every = [firsts]
        for number, alternatives in enumerate(q.blanks()):
            every += [[*firsts[:number], alt, *firsts[number + 1 :]] for alt in alternatives[1:]]
        return every
    if isinstance(q, NumberQuestion):
        return [str(q.answer), str(q.answer - q.tolerance), str(q.answer + q.tolerance)]
    if isinstance(q, DateQuestion):
        return [q.answer.isoformat()]
    if isinstance(q, OrderQuestion):
        return [list(q.items)]
    if isinstance(q, MatchQuestion):
        return [dict(q.pairs)]
    raise AssertionError(f"no answers for {q!r}")


def _distractors(q: object) -> list[object]:
    if isinstance(q, ChoiceQuestion):
        return [choice for choice in q.choices if choice != q.answer]
    if isinstance(q, MultiQuestion):
        return [[choice] for choice in q.choices if choice not in q.answers]
    if isinstance(q, TrueFalseQuestion):
        return [not q.answer]
    return []
