"""Properties of the grader that must hold for every question and every answer."""

from __future__ import annotations

import calendar
import os
from typing import Any

from grading_questions import cloze, date, number, short
from grading_strategies import (
    answer_text,
    any_response,
    any_shown,
    choice_questions,
    cloze_questions,
    dates,
    match_questions,
    multi_questions,
    order_questions,
    questions,
    short_questions,
    variant,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.grading import expected_answer, grade, split_answers
from quizapp.grading.numbers import format_number
from quizapp.grading.text import normalise

# A deeper run on demand: QUIZAPP_GRADING_EXAMPLES=5000 pytest tests/grading
EXAMPLES = int(os.environ.get("QUIZAPP_GRADING_EXAMPLES", "150"))
FAST = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


# ------------------------------------------------------------ every accepted answer scores 1


@FAST
@given(short_questions())
def test_every_accepted_short_answer_scores_1(question: Any) -> None:
    for answer in question.answers:
        assert grade(question, answer).correct


@FAST
@given(cloze_questions(), st.data())
def test_every_accepted_set_of_blanks_scores_1(question: Any, data: st.DataObject) -> None:
    answers = [data.draw(st.sampled_from(alternatives)) for alternatives in question.blanks()]
    assert grade(question, answers).score == 1


@FAST
@given(choice_questions(), st.data())
def test_the_right_choice_scores_1_by_text_and_by_number(
    question: Any, data: st.DataObject
) -> None:
    shown = data.draw(st.permutations(question.choices))
    assert grade(question, question.answer, shown).correct
    assert grade(question, str(shown.index(question.answer) + 1), shown).correct


@FAST
@given(choice_questions(), st.data())
def test_a_wrong_choice_scores_0(question: Any, data: st.DataObject) -> None:
    wrong = data.draw(st.sampled_from([c for c in question.choices if c != question.answer]))
    shown = data.draw(st.permutations(question.choices))
    assert grade(question, wrong, shown).score == 0
    assert grade(question, str(shown.index(wrong) + 1), shown).score == 0


@FAST
@given(multi_questions(), st.data())
def test_the_right_picks_score_1(question: Any, data: st.DataObject) -> None:
    picks = data.draw(st.permutations(question.answers))
    assert grade(question, picks).correct
    assert grade(question, split_answers(question, "; ".join(picks))).correct


@FAST
@given(order_questions(), st.data())
def test_the_right_order_scores_1(question: Any, data: st.DataObject) -> None:
    shown = data.draw(st.permutations(question.items))
    assert grade(question, list(question.items), shown).correct
    numbers = [str(shown.index(item) + 1) for item in question.items]
    assert grade(question, numbers, shown).correct


@FAST
@given(match_questions(), st.data())
def test_the_right_pairs_score_1(question: Any, data: st.DataObject) -> None:
    assert grade(question, dict(question.pairs)).correct
    assert grade(question, [f"{left}={right}" for left, right in question.pairs]).correct
    shown = data.draw(st.permutations([right for _, right in question.pairs]))
    numbers = [str(shown.index(right) + 1) for _, right in question.pairs]
    assert grade(question, numbers, shown).correct


@FAST
@given(
    st.integers(-(10**9), 10**9) | st.floats(-1e9, 1e9).map(lambda x: round(x, 4)),
    st.sampled_from(["", "minutes", "points"]),
)
def test_the_number_itself_scores_1(value: float, unit: str) -> None:
    question = number(value, 0, unit)
    assert grade(question, format_number(value)).correct
    assert grade(question, f"{format_number(value)} {unit}").correct
    if value == int(value) and abs(value) >= 1000:
        assert grade(question, f"{int(value):,}").correct


@FAST
@given(
    st.floats(-1e6, 1e6).map(lambda x: round(x, 2)),
    st.floats(0, 100).map(lambda x: round(x, 2)),
    st.floats(-1, 1),
)
def test_anything_within_the_tolerance_scores_1(
    value: float, tolerance: float, share: float
) -> None:
    typed = round(value + share * tolerance * 0.99, 6)
    assert grade(number(value, tolerance), repr(typed)).correct


@FAST
@given(dates, st.sampled_from(["day", "month", "year"]), st.booleans())
def test_the_date_itself_scores_1_in_every_common_form(
    day: Any, precision: str, require_year: bool
) -> None:
    question = date(day.isoformat(), precision, require_year)
    month = calendar.month_name[day.month]
    forms = [
        day.isoformat(),
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{day.day:02}/{day.month:02}/{day.year}",
        f"{day.month}/{day.day}/{day.year}",
        f"{calendar.day_name[day.weekday()]}, {month} {day.day}, {day.year}",
    ]
    for form in forms:
        assert grade(question, form).correct, form


# ---------------------------------------------------- case, accent and spacing variants


@FAST
@given(answer_text, st.data())
def test_case_accent_and_spacing_variants_score_1(answer: str, data: st.DataObject) -> None:
    question = short(answer, fuzzy=False)
    typed = data.draw(variant(answer))
    assert grade(question, typed).correct, typed


@FAST
@given(cloze_questions(), st.data())
def test_variants_of_blanks_score_1(question: Any, data: st.DataObject) -> None:
    answers = [
        data.draw(variant(alternatives[0], accents=not question.accents))
        for alternatives in question.blanks()
    ]
    assert grade(question, answers).correct, answers


@FAST
@given(choice_questions(), st.data())
def test_variants_of_the_right_choice_score_1(question: Any, data: st.DataObject) -> None:
    assert grade(question, data.draw(variant(question.answer))).correct


# ------------------------------------------------------------------ normalisation


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(st.text(max_size=40), st.booleans())
def test_normalisation_is_idempotent(text: str, accents: bool) -> None:
    once = normalise(text, accents=accents)
    assert normalise(once, accents=accents) == once


# ------------------------------------------------------------ scores and robustness


@settings(
    max_examples=EXAMPLES * 2,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(questions, any_response, any_shown)
def test_grade_never_raises_and_scores_stay_in_0_1(
    question: Any, response: Any, shown: Any
) -> None:
    verdict = grade(question, response, shown)
    assert 0 <= verdict.score <= 1
    assert verdict.correct == (verdict.score == 1)
    assert verdict.expected == expected_answer(question)


@FAST
@given(questions, st.text(max_size=40))
def test_any_typed_line_grades(question: Any, line: str) -> None:
    verdict = grade(question, split_answers(question, line))
    assert 0 <= verdict.score <= 1


# ------------------------------------------------------------- partial credit is monotonic


@FAST
@given(multi_questions(), st.data())
def test_multi_adding_a_right_pick_or_dropping_a_wrong_one_never_lowers(
    question: Any, data: st.DataObject
) -> None:
    picks = data.draw(st.lists(st.sampled_from(question.choices), unique=True))
    before = grade(question, picks).score
    missing = [a for a in question.answers if a not in picks]
    if missing:
        assert grade(question, [*picks, data.draw(st.sampled_from(missing))]).score >= before
    wrong = [p for p in picks if p not in question.answers]
    if wrong:
        fixed = [p for p in picks if p != data.draw(st.sampled_from(wrong))]
        assert grade(question, fixed).score >= before


@FAST
@given(order_questions(), st.data())
def test_order_swapping_a_wrongly_ordered_neighbour_pair_never_lowers(
    question: Any, data: st.DataObject
) -> None:
    items = list(question.items)
    arranged = data.draw(st.permutations(items))
    before = grade(question, arranged).score
    inverted = [
        i
        for i in range(len(arranged) - 1)
        if items.index(arranged[i]) > items.index(arranged[i + 1])
    ]
    if inverted:
        i = data.draw(st.sampled_from(inverted))
        arranged[i], arranged[i + 1] = arranged[i + 1], arranged[i]
        assert grade(question, arranged).score > before


@FAST
@given(match_questions(), st.data())
def test_match_fixing_one_pair_never_lowers(question: Any, data: st.DataObject) -> None:
    rights = [right for _, right in question.pairs]
    chosen = {left: data.draw(st.sampled_from(rights)) for left, _ in question.pairs}
    before = grade(question, chosen).score
    left, right = data.draw(st.sampled_from(question.pairs))
    assert grade(question, {**chosen, left: right}).score >= before


@FAST
@given(cloze_questions(), st.lists(answer_text, max_size=6), st.data())
def test_cloze_fixing_one_blank_never_lowers(
    question: Any, typed: list[str], data: st.DataObject
) -> None:
    blanks = question.blanks()
    answers = (typed + [""] * len(blanks))[: len(blanks)]
    before = grade(question, answers).score
    index = data.draw(st.integers(0, len(blanks) - 1))
    answers[index] = blanks[index][0]
    assert grade(question, answers).score >= before


def test_cloze_of_a_single_fixed_question_grows_by_one_blank() -> None:
    question = cloze("{{alpha}} {{beta}} {{gamma}}")
    scores = [
        grade(question, ["alpha", "beta", "gamma"][:n] + ["x"] * (3 - n)).score for n in range(4)
    ]
    assert scores == sorted(scores) and scores[0] == 0 and scores[-1] == 1
