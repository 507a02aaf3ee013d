"""The grading table for answers picked from what is shown (choice, true/false, multi,
order, match): (question, response, expected score), typed the ways people type."""

from __future__ import annotations

from typing import Any

import pytest
from grading_questions import assert_graded, choice, match, multi, order, truefalse

WHO = choice(["Xi Jinping", "Vladimir Putin", "Volodymyr Zelensky", "Yu Jun"], "Xi Jinping")
POINTS = choice(["8", "10", "12", "15"], "12")
PAPER = multi(
    ["Sovereignty", "Independence", "Territorial integrity", "Neutrality", "Disarmament"],
    ["Sovereignty", "Independence", "Territorial integrity"],
)
PLEDGE = multi(
    ["A delegation", "A special representative", "Troops", "Weapons"],
    ["A delegation", "A special representative"],
)
PRIMES = multi(["2", "3", "4", "5"], ["2", "3", "5"])
SIZES = order("1", "2", "3")
TENS = order("10", "20", "30")
COMMA = multi(["Peace, and talks", "War", "Trade"], ["Peace, and talks"])
TRUE, FALSE = truefalse(True), truefalse(False)
TIMELINE = order("paper", "visit", "call")
FOUR = order("a", "b", "c", "d")
ROLES = match(("Xi", "China"), ("Zelensky", "Ukraine"), ("Putin", "Russia"))
PLATFORMS = match(
    ("Zelensky", "Twitter"),
    ("Nykyforov", "Facebook"),
    ("Yu Jun", "A press conference"),
    ("CCTV", "A state broadcast"),
)
SHOWN_WHO = ["Yu Jun", "Xi Jinping", "Vladimir Putin", "Volodymyr Zelensky"]

# (question, response, expected score, shown order or None)
CASES: list[tuple[str, Any, Any, float, list[str] | None]] = [
    # choice: number as shown, or the text, leniently
    ("choice-number", WHO, "1", 1, None),
    ("choice-number-dot", WHO, "1.", 1, None),
    ("choice-number-paren", WHO, "1)", 1, None),
    ("choice-number-wrong", WHO, "2", 0, None),
    ("choice-number-as-shown", WHO, "2", 1, SHOWN_WHO),
    ("choice-number-as-shown-wrong", WHO, "1", 0, SHOWN_WHO),
    ("choice-text", WHO, "Xi Jinping", 1, None),
    ("choice-text-lower", WHO, "xi jinping", 1, None),
    ("choice-text-spacing", WHO, "  Xi   Jinping ", 1, None),
    ("choice-text-typo", WHO, "Xi Jingping", 1, None),
    ("choice-text-wrong", WHO, "Vladimir Putin", 0, None),
    ("choice-text-not-an-option", WHO, "Biden", 0, None),
    ("choice-out-of-range", WHO, "7", 0, None),
    ("choice-empty", WHO, "", 0, None),
    ("choice-numeric-text", POINTS, "12", 1, None),
    ("choice-numeric-position", POINTS, "3", 1, None),
    ("choice-numeric-wrong-text", POINTS, "10", 0, None),
    ("choice-numeric-word", POINTS, "twelve", 1, None),
    ("choice-not-text", WHO, None, 0, None),
    ("choice-shown-not-a-permutation", WHO, "1", 1, ["x", "y"]),
    # truefalse
    ("tf-bool", TRUE, True, 1, None),
    ("tf-bool-wrong", TRUE, False, 0, None),
    ("tf-true", TRUE, "true", 1, None),
    ("tf-True-caps", TRUE, "TRUE", 1, None),
    ("tf-t", TRUE, "t", 1, None),
    ("tf-yes", TRUE, "Yes", 1, None),
    ("tf-y", TRUE, "y", 1, None),
    ("tf-1", TRUE, "1", 1, None),
    ("tf-2", TRUE, "2", 0, None),
    ("tf-false", FALSE, "false", 1, None),
    ("tf-f", FALSE, "F", 1, None),
    ("tf-no", FALSE, "no", 1, None),
    ("tf-2-false", FALSE, "2", 1, None),
    ("tf-shown-reversed", FALSE, "1", 1, ["False", "True"]),
    ("tf-false-wrong", FALSE, "yes", 0, None),
    ("tf-garbage", TRUE, "maybe", 0, None),
    ("tf-empty", TRUE, "", 0, None),
    ("tf-list", TRUE, ["true"], 0, None),
    # The spelling the expected answer is shown with is read back.
    ("tf-expected-spelling-true", TRUE, "True", 1, None),
    ("tf-expected-spelling-false", FALSE, "False", 1, None),
    ("tf-expected-spelling-wrong", FALSE, "True", 0, None),
    # multi: (right - wrong) / answers, floored at 0
    ("multi-all", PAPER, ["Sovereignty", "Independence", "Territorial integrity"], 1, None),
    ("multi-all-numbers", PAPER, ["1", "2", "3"], 1, None),
    ("multi-all-semicolons", PAPER, "1; 2; 3", 1, None),
    ("multi-all-commas", PAPER, "1, 2, 3", 1, None),
    ("multi-all-spaces", PAPER, "1 2 3", 1, None),
    ("multi-all-text-commas", PAPER, "sovereignty, independence, territorial integrity", 1, None),
    ("multi-any-order", PAPER, ["3", "1", "2"], 1, None),
    ("multi-two-of-three", PAPER, ["1", "2"], 2 / 3, None),
    ("multi-one-of-three", PAPER, ["Sovereignty"], 1 / 3, None),
    ("multi-all-plus-wrong", PAPER, ["1", "2", "3", "4"], 2 / 3, None),
    ("multi-two-plus-wrong", PAPER, ["1", "2", "4"], 1 / 3, None),
    ("multi-one-plus-two-wrong", PAPER, ["1", "4", "5"], 0, None),
    ("multi-all-wrong", PAPER, ["4", "5"], 0, None),
    ("multi-everything", PAPER, ["1", "2", "3", "4", "5"], 1 / 3, None),
    ("multi-nothing", PAPER, [], 0, None),
    ("multi-duplicate-pick", PAPER, ["1", "1", "2", "3"], 1, None),
    ("multi-unknown-pick", PAPER, ["1", "2", "3", "bananas"], 2 / 3, None),
    ("multi-typo", PLEDGE, ["a delegaton", "a special representative"], 1, None),
    (
        "multi-shown",
        PLEDGE,
        ["3", "4"],
        1,
        ["Troops", "Weapons", "A delegation", "A special representative"],
    ),
    ("multi-comma-in-option", COMMA, "Peace, and talks", 1, None),
    ("multi-single-string", PLEDGE, "a delegation", 0.5, None),
    # Numeric options: the picks of one answer are read all as numbers or all as texts.
    ("multi-numeric-options-as-texts", PRIMES, ["2", "3", "5"], 1, None),
    ("multi-numeric-options-as-positions", PRIMES, "1; 2; 4", 1, None),
    ("multi-numeric-options-texts-and-out-of-range", PRIMES, "2 3 5", 1, None),
    ("multi-numeric-options-all-both", PRIMES, "2; 3; 4", 1 / 3, None),
    ("order-numeric-items-all-both-read-as-texts", SIZES, ["2", "3", "1"], 1 / 3, ["3", "1", "2"]),
    ("order-numeric-items-as-positions", TENS, ["2", "3", "1"], 1, ["30", "10", "20"]),
    # order: share of pairs in the right relative order
    ("order-right", TIMELINE, ["paper", "visit", "call"], 1, None),
    ("order-right-numbers", TIMELINE, ["1", "2", "3"], 1, None),
    ("order-right-line", TIMELINE, "paper; visit; call", 1, None),
    ("order-right-spaced-numbers", TIMELINE, "1 2 3", 1, None),
    ("order-one-swap", TIMELINE, ["visit", "paper", "call"], 2 / 3, None),
    ("order-reversed", TIMELINE, ["call", "visit", "paper"], 0, None),
    ("order-rotated", TIMELINE, ["visit", "call", "paper"], 1 / 3, None),
    ("order-numbers-as-shown", TIMELINE, ["2", "3", "1"], 1, ["call", "paper", "visit"]),
    ("order-missing-item", TIMELINE, ["paper", "visit"], 1 / 3, None),
    ("order-four-one-swap", FOUR, ["a", "b", "d", "c"], 5 / 6, None),
    ("order-four-reversed", FOUR, ["d", "c", "b", "a"], 0, None),
    ("order-typo", TIMELINE, ["Paper", "Visit", "Call"], 1, None),
    ("order-duplicate", TIMELINE, ["paper", "paper", "visit", "call"], 1, None),
    ("order-unknown-item", TIMELINE, ["paper", "lunch", "visit", "call"], 1, None),
    ("order-nothing", TIMELINE, [], 0, None),
    # match: share of pairs
    ("match-mapping", ROLES, {"Xi": "China", "Zelensky": "Ukraine", "Putin": "Russia"}, 1, None),
    ("match-pairs", ROLES, ["Xi=China", "Zelensky=Ukraine", "Putin=Russia"], 1, None),
    ("match-arrows", ROLES, ["Xi -> China", "Zelensky → Ukraine", "Putin->Russia"], 1, None),
    ("match-line", ROLES, "Xi=China; Zelensky=Ukraine; Putin=Russia", 1, None),
    ("match-bare-rights", ROLES, ["China", "Ukraine", "Russia"], 1, None),
    ("match-numbers", ROLES, ["1", "2", "3"], 1, None),
    ("match-bare-with-a-gap", ROLES, "China;;Russia", 2 / 3, None),
    ("match-numbers-as-shown", ROLES, ["2", "3", "1"], 1, ["Russia", "China", "Ukraine"]),
    ("match-left-numbers", ROLES, ["1=China", "2=Ukraine", "3=Russia"], 1, None),
    (
        "match-one-swap",
        ROLES,
        {"Xi": "China", "Zelensky": "Russia", "Putin": "Ukraine"},
        1 / 3,
        None,
    ),
    ("match-partial", ROLES, {"Xi": "China"}, 1 / 3, None),
    ("match-case", ROLES, {"xi": "CHINA", "zelensky": "ukraine", "PUTIN": "russia"}, 1, None),
    ("match-all-wrong", ROLES, ["Russia", "China", "Ukraine"], 0, None),
    ("match-unknown-right", ROLES, ["Xi=Mars", "Zelensky=Ukraine", "Putin=Russia"], 2 / 3, None),
    ("match-twice", ROLES, ["Xi=China", "Xi=Russia", "Putin=Russia"], 2 / 3, None),
    (
        "match-long-rights",
        PLATFORMS,
        {
            "Zelensky": "twitter",
            "Nykyforov": "facebook",
            "Yu Jun": "a press conference",
            "CCTV": "a state broadcast",
        },
        1,
        None,
    ),
    ("match-nothing", ROLES, {}, 0, None),
    ("match-not-pairs", ROLES, 7, 0, None),
]


@pytest.mark.parametrize(
    ("question", "response", "score", "shown"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_grading_table(question: Any, response: Any, score: float, shown: list[str] | None) -> None:
    assert_graded(question, response, score, shown)


def test_the_table_is_large_and_its_labels_unique() -> None:
    labels = [case[0] for case in CASES]
    assert len(labels) >= 100
    assert len(set(labels)) == len(labels)
