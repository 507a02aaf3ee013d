"""Answers to the bundled bank, typed the ways learners type them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quizapp.bank import Bank, load_bank
from quizapp.grading import expected_answer, grade, split_answers

BUNDLED = Path(__file__).resolve().parents[2] / "questions" / "xi-zelensky-call.toml"


@pytest.fixture(scope="module")
def bank() -> Bank:
    if not BUNDLED.exists():
        pytest.skip("the bundled bank is not there")
    return load_bank(BUNDLED)


# (question id, response as typed on one line, expected score)
TYPED: list[tuple[str, str, float]] = [
    ("call-date", "26 April 2023", 1),
    ("call-date", "April 26", 1),
    ("call-date", "wednesday 26th april", 1),
    ("call-date", "26/4/2023", 1),
    ("call-date", "4/26/23", 1),
    ("call-date", "Thursday, April 26", 0.5),
    ("call-date", "April 27", 0),
    ("call-weekday", "3", 1),
    ("call-weekday", "wednesday", 1),
    ("call-weekday", "Wednsday", 1),
    ("call-weekday", "Tuesday", 0),
    ("call-weekday-typed", "Wed", 1),
    ("call-weekday-typed", "wendsday", 1),
    ("call-month", "April 2023", 1),
    ("call-month", "04/2023", 1),
    ("call-month", "April", 0),  # this question requires the year
    ("call-year", "2023", 1),
    ("call-year", "2022", 0),
    ("call-day-of-month", "26", 1),
    ("call-day-of-month", "26th", 1),
    ("call-day-of-month", "twenty-six", 1),
    ("paper-month", "February", 1),
    ("paper-month", "feb.", 1),
    ("paper-month", "March", 0),
    ("moscow-visit-month", "March 2023", 1),
    ("moscow-before-call", "false", 1),
    ("moscow-before-call", "T", 0),
    ("months-match", "February; March; April", 1),
    ("months-match", "March; February; April", 1 / 3),
    ("earlier-calls-count", "none", 1),
    ("earlier-calls-count", "0", 1),
    ("earlier-calls-count", "one", 0),
    ("call-initiator-typed", "Ukraine", 1),
    ("call-initiator-typed", "the ukrainians", 1),
    ("call-initiator-typed", "China", 0),
    ("moscow-host", "putin", 1),
    ("moscow-host", "Vladimir Poutine", 1),
    ("moscow-city", "Moskow", 1),
    ("china-pledge", "A delegation; A special representative of its government", 1),
    ("china-pledge", "a delegation", 0.5),
    ("china-pledge", "A delegation; Peacekeeping troops", 0),
    ("spokesman-name", "Nykyforov", 1),
    ("spokesman-name", "nykiforov", 1),
    ("spokesman-name", "Serhiy Nykyforov", 1),
    ("spokesman-name", "Nikiforov", 1),
    ("spokesman-name", "Yu Jun", 0),
    ("yu-jun-name", "yu jun", 1),
    ("yu-jun-name", "Yu Jung", 0),  # fuzzy is off for this name
    ("ukraine-president-name", "zelenskyy", 1),
    ("ukraine-president-name", "Zelenski", 1),
    ("ukraine-president-name", "Zelensky.", 1),
    ("ukraine-president-name", "Putin", 0),
    ("china-president-name", "Xi", 1),
    ("china-president-name", "xi jingping", 1),
    ("china-president-name", "Hu", 0),
    ("cctv-name", "cctv", 1),
    ("cctv-name", "CCTB", 0),
    ("zelensky-platform-typed", "twiter", 1),
    ("zelensky-platform-typed", "X", 0),
    ("nykyforov-platform", "facebok", 1),
    (
        "timeline-order",
        "China publishes its 12-point position paper; Xi visits Putin in Moscow; "
        "Xi and Zelensky speak by phone",
        1,
    ),
    (
        "fire-pledge-order",
        "add fuel to the fire; watch the fire from the other side; "
        "take advantage of the crisis to profit",
        2 / 3,
    ),
    (
        "fire-phrases-match",
        "watch the fire=from the other side; add fuel=to the fire; "
        "take advantage of the crisis=to profit",
        1,
    ),
    ("call-length-minutes", "about 60", 1),
    ("call-length-minutes", "almost an hour", 0),  # the question asks for minutes
    ("call-length-minutes", "55 mins", 1),
    ("call-length-minutes", "sixty minutes", 1),
    ("call-length-minutes", "30", 0),
    ("call-length-hours", "1", 1),
    ("call-length-hours", "an hour", 1),
    ("call-length-hours", "one hour", 1),
    ("call-length-hours", "2", 0),
    ("paper-points", "12", 1),
    ("paper-points", "twelve", 1),
    ("paper-points", "12 points", 1),
    ("paper-points", "10", 0),
    ("paper-points-choice", "12", 1),
    ("paper-points-choice", "3", 1),
    ("paper-points-choice", "10", 0),
    ("paper-first-point-values", "Sovereignty, Independence, Territorial integrity", 1),
    ("paper-first-point-values", "sovereignty; independence; neutrality", 1 / 3),
    ("paper-first-point-count", "three", 1),
    ("sovereignty-point-number", "first", 1),
    ("sovereignty-point-number", "point 1", 1),
    ("sovereignty-point-number", "second", 0),
    ("sovereignty-point-number", "1", 1),
    ("paper-first-point-cloze", "sovereignty; independence; territorial integrity", 1),
    ("paper-first-point-cloze", "soverignty; independance; teritorial integrity", 1),
    ("paper-first-point-cloze", "sovereignty; neutrality; territorial integrity", 2 / 3),
    ("paper-settlement-typed", "a political settlement", 1),
    ("paper-settlement-typed", "Political", 1),
    ("paper-settlement-typed", "military", 0),
    ("quote-long-meaningful", "long; meaningful", 1),
    ("quote-long-meaningful", "long; productive", 0.5),
    ("quote-one-hour", "almost; one; conversation", 1),
    ("quote-one-hour", "almost; 1; conversation", 1),
    ("quote-fire", "fire; fuel; crisis; profit", 1),
    ("quote-fire", "fire; oil; crisis; profit", 0.75),
    ("quote-side-of-peace", "peace; peace talks", 1),
    ("quote-viable-solution", "Dialogue; Negotiation; viable", 1),
    ("quote-viable-solution", "dialogue; negotiations; viable", 1),
    # The American spelling is the same answer.
    ("quote-viable-solution", "dialog; negotiation; viable", 1),
    ("quote-viable-solution", "monologue; negotiation; viable", 2 / 3),
]


@pytest.mark.parametrize(
    ("question_id", "line", "score"), TYPED, ids=[f"{qid}:{line}" for qid, line, _ in TYPED]
)
def test_typed_answers_to_the_bundled_bank(
    bank: Bank, question_id: str, line: str, score: float
) -> None:
    question: Any = bank.question(question_id)
    assert question is not None, f"the bundled bank has no question '{question_id}'"
    shown = getattr(question, "choices", None)
    verdict = grade(question, split_answers(question, line), shown)
    assert verdict.score == pytest.approx(score), verdict


def test_every_bundled_question_accepts_its_own_expected_answer(bank: Bank) -> None:
    """The expected answer as displayed, typed back on one line, gets full marks."""
    for question in bank.questions:
        kind = question.type  # type: ignore[attr-defined]
        if kind in ("order", "match"):
            continue  # shown as "1. a  2. b" and "a → b; c → d": checked below
        line = _typed_back(question)
        verdict = grade(question, split_answers(question, line))
        assert verdict.correct, (question.id, line, verdict)


def _typed_back(question: Any) -> str:
    """The displayed expected answer without its gloss: "2023-04-26 (Wednesday, ...)"."""
    text = expected_answer(question)
    return text.split(" (")[0] if question.type in ("date", "number") else text


def test_every_bundled_order_and_match_accepts_its_right_arrangement(bank: Bank) -> None:
    for question in bank.questions:
        kind = question.type  # type: ignore[attr-defined]
        if kind == "order":
            assert grade(question, list(question.items)).correct  # type: ignore[attr-defined]
        elif kind == "match":
            pairs = dict(question.pairs)  # type: ignore[attr-defined]
            assert grade(question, pairs).correct, question.id
