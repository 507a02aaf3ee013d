"""Answers to the bundled bank, typed the ways learners type them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quizapp.bank.loader import load_bank
from quizapp.bank.models import Bank
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
    ("call-weekday-typed", "Wed", 1),
    ("call-weekday-typed", "Weds", 1),
    ("call-weekday-typed", "on Wednesday", 1),
    ("call-weekday-typed", "wendsday", 1),
    ("call-weekday-typed", "Thurs", 0),
    ("paper-month", "February", 1),
    ("paper-month", "in February", 1),
    ("paper-month", "feb.", 1),
    ("paper-month", "March", 0),
    ("moscow-visit-month", "March", 1),
    ("moscow-visit-month", "in March", 1),
    ("moscow-visit-month", "April", 0),
    ("moscow-before-call", "false", 1),
    ("moscow-before-call", "False", 1),
    ("moscow-before-call", "T", 0),
    ("earlier-calls-count", "none", 1),
    ("earlier-calls-count", "0", 1),
    ("earlier-calls-count", "one", 0),
    # The alternatives a student would naturally type, and a near miss for each.
    ("call-initiator-typed", "Ukraine", 1),
    ("call-initiator-typed", "the ukrainian side", 1),
    ("call-initiator-typed", "Kiev", 1),
    ("call-initiator-typed", "the Ukrainian government", 1),
    ("call-initiator-typed", "the Chinese government", 0),
    ("call-initiator-typed", "Minsk", 0),
    ("call-initiator-typed", "China", 0),
    ("moscow-host", "putin", 1),
    ("moscow-host", "President Vladimir Putin", 1),
    ("moscow-host", "Vladimir Poutine", 1),
    ("moscow-host", "President Vladimir Zelensky", 0),
    ("zelensky-willing-typed", "President Zelensky", 1),
    ("zelensky-willing-typed", "Vladimir Zelensky", 1),
    ("zelensky-willing-typed", "Volodymyr Zelenskyy", 1),
    ("zelensky-willing-typed", "President Xi", 0),
    ("zelensky-willing-typed", "Vladimir Putin", 0),
    ("who-said-nuclear", "President Xi Jinping", 1),
    ("who-said-nuclear", "xi jingping", 1),
    ("who-said-nuclear", "President Zelensky", 0),
    ("who-said-nuclear", "Hu", 0),
    ("zelensky-platform-typed", "on Twitter", 1),
    ("zelensky-platform-typed", "X", 1),
    ("zelensky-platform-typed", "Twitter/X", 1),
    ("zelensky-platform-typed", "twiter", 1),
    ("zelensky-platform-typed", "on Facebook", 0),
    ("zelensky-platform-typed", "Y", 0),
    ("nykyforov-platform", "on Facebook", 1),
    ("nykyforov-platform", "facebok", 1),
    ("nykyforov-platform", "on Twitter", 0),
    ("special-representative", "government special representative", 1),
    ("special-representative", "a special representative", 1),
    ("special-representative", "special envoy", 0),
    ("china-pledge", "A delegation", 1),
    ("china-pledge", "A delegation; Peacekeeping troops", 0),
    ("spokesman-name", "Nykyforov", 1),
    ("spokesman-name", "nykiforov", 1),
    ("spokesman-name", "Serhiy Nykyforov", 1),
    ("spokesman-name", "Nikiforov", 1),
    ("spokesman-name", "Yu Jun", 0),
    (
        "timeline-order",
        "China issues its position paper; Xi goes to Moscow; Xi and Zelensky speak by phone",
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
    # "Almost one-hour-long": a little under an hour, never over it.
    ("call-length-minutes", "55 mins", 1),
    ("call-length-minutes", "sixty minutes", 1),
    ("call-length-minutes", "under 60", 1),
    ("call-length-minutes", "nearly 60", 1),
    ("call-length-minutes", "65", 0),
    ("call-length-minutes", "70 minutes", 0),
    ("call-length-minutes", "over 60", 0),
    ("call-length-minutes", "under 1000", 0),
    ("call-length-minutes", "almost an hour", 0),  # the question asks for minutes
    ("call-length-hours", "just under an hour", 1),
    ("call-length-hours", "less than 1", 1),
    ("call-length-hours", "almost an hour", 1),
    ("call-length-hours", "an hour", 1),
    ("call-length-hours", "1.25 hours", 0),
    ("call-length-hours", "over an hour", 0),
    ("call-length-hours", "2", 0),
    ("paper-points", "12", 1),
    ("paper-points", "twelve", 1),
    ("paper-points", "12 points", 1),
    ("paper-points", "10", 0),
    ("quoted-point-number", "1", 1),
    ("quoted-point-number", "first", 1),
    ("quoted-point-number", "the first", 1),
    ("quoted-point-number", "point 1", 1),
    ("quoted-point-number", "1st", 1),
    ("quoted-point-number", "second", 0),
    ("paper-principles-cloze", "sovereignty; independence; territorial integrity", 1),
    ("paper-principles-cloze", "soverignty; independance; teritorial integrity", 1),
    ("paper-principles-cloze", "sovereignty; neutrality; territorial integrity", 2 / 3),
    ("paper-settlement-typed", "a political settlement", 1),
    ("paper-settlement-typed", "Political", 0),  # two words are asked for
    ("paper-settlement-typed", "military settlement", 0),
    ("quote-long-meaningful", "meaningful", 1),
    ("quote-long-meaningful", "productive", 0),
    ("quote-powerful-impetus", "powerful; impetus; bilateral", 1),
    ("quote-powerful-impetus", "strong; impetus; bilateral", 2 / 3),
    ("quote-nuclear-mankind", "destiny; mankind", 1),
    ("quote-nuclear-mankind", "fate; mankind", 0.5),
    ("quote-viable-solution", "Dialogue; viable", 1),
    # The American spelling is the same answer.
    ("quote-viable-solution", "dialog; viable", 1),
    ("quote-viable-solution", "monologue; viable", 0.5),
    ("quote-right-approach", "approach", 1),
    ("quote-right-approach", "attitude", 0),
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
    """The displayed expected answer without its gloss: "2023-04-26 (April 26, 2023)"."""
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
