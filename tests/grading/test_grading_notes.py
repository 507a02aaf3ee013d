"""What the grader says: notes, expected answers, and the splitting of typed lines."""

from __future__ import annotations

from typing import Any

import pytest
from grading_questions import choice, cloze, date, match, multi, number, order, short, truefalse

from quizapp.grading import Verdict, expected_answer, grade, split_answers

SPOKESMAN = short("Nykyforov", "Nikiforov")
PRESIDENT = short("Zelensky", "Zelenskyy")
ROLES = match(("Xi", "China"), ("Zelensky", "Ukraine"))
FIRE = cloze("watch the {{fire}}, add {{fuel}}, to {{profit}}")


@pytest.mark.parametrize(
    ("question", "response", "note"),
    [
        (SPOKESMAN, "Nykyforov", ""),
        (SPOKESMAN, "Nykiforov", "accepted with 1 typo"),
        (SPOKESMAN, "Nykiforof", "accepted with 2 typos"),
        (PRESIDENT, "Zelenskyy", "matched the alternative 'Zelenskyy'"),
        # Nearer to the alternative (1 off) than to the first answer (3 off).
        (SPOKESMAN, "Nikiforow", "matched the alternative 'Nikiforov' with 1 typo"),
        (short("Vladimir Putin", "Putin"), "Puttin", "matched the alternative 'Putin' with 1 typo"),
        (SPOKESMAN, "Nakaforav", "close: did you mean 'Nykyforov'?"),
        (short("Yu Jun", fuzzy=False), "Yu Jin", "close, but this answer must be spelt exactly"),
        (short("café", accents=True), "cafe", "the accents matter here"),
        (SPOKESMAN, "Putin", ""),
        (SPOKESMAN, "", "no answer given"),
        (FIRE, ["fire", "oil", "profit"], "2 of 3 blanks"),
        (FIRE, ["fire", "fuel", "proffit"], "blank 3: accepted with 1 typo"),
        (FIRE, ["fire", "fual", "profit"], "2 of 3 blanks; blank 2: close: did you mean 'fuel'?"),
        (FIRE, ["fire", "fuel", "profit", "x"], "1 extra answer ignored"),
        (cloze("{{Nykyforov}}"), "Nykiforov", "accepted with 1 typo"),
        (number(60, 10, "minutes"), "65", "within ±10 of 60"),
        (number(60, 10, "minutes"), "1 hour", "the answer is in minutes, not 'hour'"),
        (number(60), "soon", "'soon' is not a number"),
        (number(55, 5, "minutes"), "under 60", "read 'under 60' as a bound"),
        (number(55, 5, "minutes"), "over 60", "the answer is not over 60"),
        (
            number(55, 5, "minutes"),
            "under 1000",
            "'under 1000' is too vague: a bound counts only within ±5 of the answer",
        ),
        (number(60), "50 or 60", "give one number, not '50 or 60'"),
        (date("2023-05-04"), "04/05/2023", "read as day/month (4 May 2023)"),
        (date("2023-04-05"), "04/05/2023", "read as month/day (5 April 2023)"),
        (
            date("2023-04-26"),
            "Tuesday 26 April",
            "the date is right, but it was not a Tuesday",
        ),
        (date("2023-04-26"), "April 26, 2022", "right day, wrong year"),
        (date("2023-04-26", require_year=True), "April 26", "right, but the year is required"),
        (date("2023-04-26"), "Wednesday", "a weekday alone is not a date"),
        (date("2023-04-26"), "April", "give the day as well"),
        (date("2023-04-26"), "30 February", "'30 February' is not a real date"),
        (date("2023-01-01", precision="year"), "April", "give the year"),
        (choice(["Xi Jinping", "Putin"], "Xi Jinping"), "2", "you picked 'Putin'"),
        (choice(["Xi Jinping", "Putin"], "Xi Jinping"), "Xi Jingping", "read as 'Xi Jinping'"),
        (choice(["Xi Jinping", "Putin"], "Xi Jinping"), "5", "there is no choice 5 (1 to 2)"),
        (
            choice(["Xi Jinping", "Putin"], "Xi Jinping"),
            "Biden",
            "'Biden' is not one of the choices",
        ),
        (truefalse(True), "perhaps", "'perhaps' is neither true nor false"),
        (multi(["a", "b", "c"], ["a", "b"]), ["a"], "1 of 2 right"),
        (multi(["a", "b", "c"], ["a", "b"]), ["a", "c"], "1 of 2 right, 1 wrong pick"),
        (multi(["a", "b", "c"], ["a", "b"]), [], "nothing picked"),
        (order("a", "b", "c"), ["b", "a", "c"], "2 of 3 pairs in order"),
        (order("a", "b", "c"), ["a", "b"], "1 of 3 pairs in order; 1 item missing"),
        (ROLES, {"Xi": "China"}, "1 of 2 pairs"),
        (ROLES, ["Xi=China", "Mao=Ukraine"], "1 of 2 pairs; 'Mao' is not one of the left items"),
        (SPOKESMAN, None, "cannot read an answer from NoneType"),
        (number(60), "x" * 500, f"'{'x' * 39}…' is not a number"),
    ],
)
def test_note(question: Any, response: Any, note: str) -> None:
    assert grade(question, response).note == note


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (date("2023-04-26"), "2023-04-26 (April 26, 2023)"),
        (date("2023-02-01", precision="month"), "February 2023"),
        (date("2023-02-01", precision="year"), "2023"),
        (SPOKESMAN, "Nykyforov"),
        (choice(["a", "b"], "b"), "b"),
        (truefalse(False), "False"),
        (multi(["a", "b", "c"], ["a", "c"]), "a; c"),
        (FIRE, "fire; fuel; profit"),
        (number(60, 10, "minutes"), "60 minutes (±10)"),
        (number(2.5), "2.5"),
        (number(1, 0.25, "hours"), "1 hour (±0.25)"),
        (number(2, 0, "hours"), "2 hours"),
        (order("paper", "visit", "call"), "1. paper  2. visit  3. call"),
        (ROLES, "Xi → China; Zelensky → Ukraine"),
    ],
)
def test_expected_answer_is_the_verdicts(question: Any, expected: str) -> None:
    assert expected_answer(question) == expected
    assert grade(question, "something else entirely").expected == expected


@pytest.mark.parametrize(
    ("question", "line", "response"),
    [
        (SPOKESMAN, "  Nykyforov ", "Nykyforov"),
        (number(60), "about 60; really", "about 60; really"),
        (multi(["a", "b", "c"], ["a"]), "1; 3", ["1", "3"]),
        (multi(["a", "b", "c"], ["a"]), "1, 3", ["1", "3"]),
        (multi(["a", "b", "c"], ["a"]), "1 3", ["1", "3"]),
        (multi(["Peace, and talks", "War"], ["War"]), "peace, and talks", ["peace, and talks"]),
        (order("a", "b"), "b; a", ["b", "a"]),
        (FIRE, "fire;; profit", ["fire", "", "profit"]),
        (ROLES, "Xi=China; Zelensky=Ukraine", ["Xi=China", "Zelensky=Ukraine"]),
    ],
)
def test_split_answers(question: Any, line: str, response: Any) -> None:
    assert split_answers(question, line) == response


def test_split_then_grade_round_trip_for_line_mode() -> None:
    question = multi(["Sovereignty", "Independence", "Neutrality"], ["Sovereignty", "Independence"])
    assert grade(question, split_answers(question, "1;2")).correct


@pytest.mark.parametrize(
    ("score", "correct", "status"),
    [
        (1.0, True, "correct"),
        (0.5, False, "partial"),
        (0.0, False, "wrong"),
    ],
)
def test_verdict_status(score: float, correct: bool, status: str) -> None:
    assert Verdict(score, correct, "x").status == status
