"""The grading table: (question, response, expected score), typed the ways people type."""

from __future__ import annotations

from typing import Any

import pytest
from grading_questions import choice, cloze, date, match, multi, number, order, short, truefalse

from quizapp.grading import grade

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
SPOKESMAN = short("Nykyforov", "Sergiy Nykyforov", "Nikiforov")
PRESIDENT = short("Zelensky", "Zelenskyy", "Volodymyr Zelensky")
YU = short("Yu Jun", fuzzy=False)
XI = short("Xi")
IRAN = short("Iran")
CAFE = short("café", accents=True)
KYIV = short("Kyiv")
APOSTROPHE = short("China's foreign ministry")
TWELVE = short("twelve")
SIDE = short("the Ukrainian side")
LONG = short("territorial integrity of all countries")
FIRE = cloze("neither watch the {{fire}}, nor add {{fuel}}, nor take advantage to {{profit|gain}}")
ONE_HOUR = cloze("an {{almost}} {{one|1}}-hour-long {{conversation}}")
SINGLE = cloze("the only {{way out}}")
EXACT_BLANK = cloze("spoken by {{Yu Jun}}", fuzzy=False)
MINUTES = number(60, tolerance=10, unit="minutes")
HOURS = number(1, tolerance=0.25, unit="hours")
COUNT = number(12, unit="points")
PLAIN = number(1000)
ZERO = number(0)
PRECISE = number(2.5, tolerance=0.1)
CALL = date("2023-04-26")
CALL_YEAR_REQUIRED = date("2023-04-26", require_year=True)
MAY_FIFTH = date("2023-05-04")
PAPER_MONTH = date("2023-02-01", precision="month")
MONTH_WITH_YEAR = date("2023-04-01", precision="month", require_year=True)
YEAR = date("2023-01-01", precision="year")
TIMELINE = order("paper", "visit", "call")
FOUR = order("a", "b", "c", "d")
ROLES = match(("Xi", "China"), ("Zelensky", "Ukraine"), ("Putin", "Russia"))
TWITTER = short("Twitter")
PHONE = short("phone")
DIALOGUE = short("dialogue")
DIALOG = short("dialog")
DEFENCE = short("defence")
QUESTION_MARK = short("?")
ALMOST_AN_HOUR_MINUTES = number(55, tolerance=5, unit="minutes")
ALMOST_AN_HOUR = number(0.9, tolerance=0.1, unit="hours")
FIRST = number(1)
DAY_OF_MONTH = number(26)
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
    # short
    ("short-exact", SPOKESMAN, "Nykyforov", 1, None),
    ("short-lower", SPOKESMAN, "nykyforov", 1, None),
    ("short-one-typo", SPOKESMAN, "Nykiforov", 1, None),
    ("short-two-typos", SPOKESMAN, "Nikiforof", 1, None),
    ("short-alternative", SPOKESMAN, "Sergiy Nykyforov", 1, None),
    ("short-alternative-typo", SPOKESMAN, "Sergei Nykyforov", 1, None),
    ("short-wrong", SPOKESMAN, "Yu Jun", 0, None),
    ("short-too-far", SPOKESMAN, "Nikiforovich", 0, None),
    ("short-quoted", PRESIDENT, '"Zelensky"', 1, None),
    ("short-curly-quoted", PRESIDENT, "“Zelensky”.", 1, None),
    ("short-trailing-period", PRESIDENT, "Zelensky.", 1, None),
    ("short-alt-spelling", PRESIDENT, "Zelenskyy", 1, None),
    ("short-transposition", PRESIDENT, "Zelnesky", 1, None),
    ("short-accented", PRESIDENT, "Zélensky", 1, None),
    ("short-full-name", PRESIDENT, "volodymyr zelensky", 1, None),
    ("short-first-name-only", PRESIDENT, "Volodymyr", 0, None),
    ("short-two-letters-exact", XI, "xi", 1, None),
    ("short-two-letters-typo", XI, "Xu", 0, None),
    ("short-four-letters-exact-only", IRAN, "Iraq", 0, None),
    ("short-four-letters", IRAN, "IRAN", 1, None),
    ("short-kyiv-spaced", KYIV, " K y i v ", 0, None),
    ("short-no-fuzzy-exact", YU, "yu jun", 1, None),
    ("short-no-fuzzy-typo", YU, "Yu Jin", 0, None),
    ("short-no-fuzzy-hyphen", YU, "Yu-Jun", 1, None),
    ("short-accents-matter", CAFE, "cafe", 0, None),
    ("short-accents-right", CAFE, "Café", 1, None),
    ("short-accents-decomposed", CAFE, "cafe\u0301", 1, None),
    ("short-typographic-apostrophe", APOSTROPHE, "China’s foreign ministry", 1, None),
    ("short-no-apostrophe", APOSTROPHE, "Chinas foreign ministry", 1, None),
    ("short-number-word", TWELVE, "12", 1, None),
    ("short-number-word-same", TWELVE, "Twelve", 1, None),
    ("short-number-other", TWELVE, "13", 0, None),
    ("short-article-dropped", SIDE, "Ukrainian side", 1, None),
    ("short-article-added", SIDE, "The Ukrainian side", 1, None),
    ("short-long-three-typos", LONG, "teritorial integrety of all contries", 1, None),
    ("short-empty", SPOKESMAN, "", 0, None),
    ("short-whitespace", SPOKESMAN, "   ", 0, None),
    ("short-number-response", TWELVE, 12, 1, None),
    ("short-dict", SPOKESMAN, {"a": "b"}, 0, None),
    ("short-fullwidth", PRESIDENT, "Ｚｅｌｅｎｓｋｙ", 1, None),
    # A leading preposition is dropped like a leading article.
    ("short-preposition-on", TWITTER, "on Twitter", 1, None),
    ("short-preposition-on-wrong", TWITTER, "on Facebook", 0, None),
    ("short-preposition-by", PHONE, "by phone", 1, None),
    ("short-preposition-by-wrong", PHONE, "by letter", 0, None),
    ("short-preposition-and-article", TWITTER, "on the Twitter", 1, None),
    ("short-preposition-alone", SIDE, "on", 0, None),
    # British and American spellings are one answer, either way round.
    ("short-spelling-american", DIALOGUE, "dialog", 1, None),
    ("short-spelling-british", DIALOG, "dialogue", 1, None),
    ("short-spelling-defense", DEFENCE, "defense", 1, None),
    ("short-spelling-other-word", DIALOGUE, "monolog", 0, None),
    ("short-spelling-offense", DEFENCE, "offense", 0, None),
    # Punctuation-only answers are compared by their marks.
    ("short-punctuation-same", QUESTION_MARK, " ? ", 1, None),
    ("short-punctuation-other", QUESTION_MARK, "!", 0, None),
    ("short-punctuation-more", QUESTION_MARK, "??", 0, None),
    # cloze: share of blanks
    ("cloze-all", FIRE, ["fire", "fuel", "profit"], 1, None),
    ("cloze-semicolons", FIRE, "fire; fuel; profit", 1, None),
    ("cloze-alternative", FIRE, ["fire", "fuel", "gain"], 1, None),
    ("cloze-typo", FIRE, ["fire", "fuel", "proffit"], 1, None),
    ("cloze-two-of-three", FIRE, ["fire", "oil", "profit"], 2 / 3, None),
    ("cloze-one-of-three", FIRE, ["fire"], 1 / 3, None),
    ("cloze-none", FIRE, ["water", "oil", "money"], 0, None),
    ("cloze-empty-middle", FIRE, "fire;;profit", 2 / 3, None),
    ("cloze-extra-ignored", FIRE, ["fire", "fuel", "profit", "more"], 1, None),
    ("cloze-short-blank-exact", FIRE, ["fir", "fuel", "profit"], 2 / 3, None),
    ("cloze-digit-for-word", ONE_HOUR, ["almost", "1", "conversation"], 1, None),
    ("cloze-word-for-alt", ONE_HOUR, ["Almost", "ONE", "conversations"], 1, None),
    ("cloze-single-string", SINGLE, "way out", 1, None),
    ("cloze-single-wrong", SINGLE, "exit", 0, None),
    ("cloze-no-fuzzy", EXACT_BLANK, ["Yu Jin"], 0, None),
    ("cloze-no-fuzzy-exact", EXACT_BLANK, ["YU JUN"], 1, None),
    ("cloze-not-text", FIRE, 42, 0, None),
    # number
    ("number-exact", MINUTES, "60", 1, None),
    ("number-decimal", MINUTES, "60.0", 1, None),
    ("number-word", MINUTES, "sixty", 1, None),
    ("number-about", MINUTES, "about 60", 1, None),
    ("number-unit", MINUTES, "60 minutes", 1, None),
    ("number-unit-short", MINUTES, "60 min", 1, None),
    ("number-unit-singular", MINUTES, "60 minute", 1, None),
    ("number-within-tolerance", MINUTES, "55", 1, None),
    ("number-edge-of-tolerance", MINUTES, "70", 1, None),
    ("number-outside-tolerance", MINUTES, "71", 0, None),
    ("number-other-unit", MINUTES, "1 hour", 0, None),
    ("number-hours-word", HOURS, "one hour", 1, None),
    ("number-an-hour", HOURS, "almost an hour", 1, None),
    ("number-hours-decimal", HOURS, "1.2 hours", 1, None),
    ("number-hours-too-long", HOURS, "2 hours", 0, None),
    ("number-twelve", COUNT, "twelve", 1, None),
    ("number-twelve-points", COUNT, "12 points", 1, None),
    ("number-hyphen-point", COUNT, "12-point", 1, None),
    ("number-thirteen", COUNT, "13", 0, None),
    ("number-thousands-comma", PLAIN, "1,000", 1, None),
    ("number-thousands-space", PLAIN, "1 000", 1, None),
    ("number-thousand-words", PLAIN, "one thousand", 1, None),
    ("number-a-thousand", PLAIN, "a thousand", 1, None),
    ("number-close-but-no", PLAIN, "1001", 0, None),
    ("number-none", ZERO, "none", 1, None),
    ("number-zero-word", ZERO, "zero", 1, None),
    ("number-decimal-tolerance", PRECISE, "2.58", 1, None),
    ("number-decimal-comma", PRECISE, "2,5", 1, None),
    ("number-decimal-outside", PRECISE, "2.7", 0, None),
    ("number-not-a-number", MINUTES, "a while", 0, None),
    ("number-two-numbers", MINUTES, "50 or 60", 0, None),
    ("number-empty", MINUTES, "", 0, None),
    # Bounds and hedges: a bound is right on the answer's side and within the tolerance.
    ("number-bound-under", ALMOST_AN_HOUR_MINUTES, "under 60", 1, None),
    ("number-bound-under-minutes", ALMOST_AN_HOUR_MINUTES, "under 60 minutes", 1, None),
    ("number-bound-over", ALMOST_AN_HOUR_MINUTES, "over 60", 0, None),
    ("number-bound-too-vague", ALMOST_AN_HOUR_MINUTES, "under 1000", 0, None),
    ("number-bound-wrong-side", ALMOST_AN_HOUR_MINUTES, "less than 50", 0, None),
    ("number-bound-more-than", ALMOST_AN_HOUR_MINUTES, "more than 50", 1, None),
    ("number-hedge-nearly", ALMOST_AN_HOUR_MINUTES, "nearly 60", 1, None),
    ("number-hedge-nearly-too-far", ALMOST_AN_HOUR_MINUTES, "nearly 70", 0, None),
    ("number-almost-outside", ALMOST_AN_HOUR_MINUTES, "65", 0, None),
    ("number-bound-just-under-an-hour", ALMOST_AN_HOUR, "just under an hour", 1, None),
    ("number-bound-less-than-1", ALMOST_AN_HOUR, "less than 1", 1, None),
    ("number-hedge-almost-an-hour", ALMOST_AN_HOUR, "almost an hour", 1, None),
    ("number-bound-over-an-hour", ALMOST_AN_HOUR, "over an hour", 0, None),
    ("number-bound-less-than-2", ALMOST_AN_HOUR, "less than 2 hours", 0, None),
    ("number-almost-an-hour-too-long", ALMOST_AN_HOUR, "1.25 hours", 0, None),
    # Ordinals, and a day of the month written as a date.
    ("number-ordinal-first", FIRST, "first", 1, None),
    ("number-ordinal-the-first", FIRST, "the first", 1, None),
    ("number-ordinal-point", FIRST, "point 1", 1, None),
    ("number-ordinal-1st", FIRST, "1st", 1, None),
    ("number-ordinal-second", FIRST, "second", 0, None),
    ("number-ordinal-point-2", FIRST, "point 2", 0, None),
    ("number-ordinal-2nd", FIRST, "2nd", 0, None),
    ("number-day-ordinal-words", DAY_OF_MONTH, "twenty-sixth", 1, None),
    ("number-day-month-first", DAY_OF_MONTH, "April 26", 1, None),
    ("number-day-ordinal-wrong", DAY_OF_MONTH, "twenty-fifth", 0, None),
    ("number-day-month-first-wrong", DAY_OF_MONTH, "April 25", 0, None),
    # date
    ("date-iso", CALL, "2023-04-26", 1, None),
    ("date-us-long", CALL, "April 26, 2023", 1, None),
    ("date-uk-long", CALL, "26 April 2023", 1, None),
    ("date-abbrev-no-year", CALL, "Apr 26", 1, None),
    ("date-dmy", CALL, "26/04/2023", 1, None),
    ("date-mdy", CALL, "04/26/2023", 1, None),
    ("date-dotted", CALL, "26.4.23", 1, None),
    ("date-weekday", CALL, "Wednesday, April 26", 1, None),
    ("date-wrong-weekday", CALL, "Tuesday, April 26", 0.5, None),
    ("date-ordinal", CALL, "26th of April", 1, None),
    ("date-ordinal-words", CALL, "the twenty-sixth of April", 1, None),
    ("date-all-abbreviated", CALL, "Wed 26 Apr '23", 1, None),
    ("date-wrong-day", CALL, "April 25, 2023", 0, None),
    ("date-wrong-year", CALL, "April 26, 2022", 0, None),
    ("date-month-only", CALL, "April 2023", 0, None),
    ("date-weekday-only", CALL, "Wednesday", 0, None),
    ("date-year-required", CALL_YEAR_REQUIRED, "April 26", 0, None),
    ("date-year-required-given", CALL_YEAR_REQUIRED, "April 26 2023", 1, None),
    ("date-ambiguous-dm", MAY_FIFTH, "04/05/2023", 1, None),
    ("date-ambiguous-md", MAY_FIFTH, "05/04/2023", 1, None),
    ("date-ambiguous-neither", MAY_FIFTH, "06/04/2023", 0, None),
    ("date-not-real", CALL, "31 February", 0, None),
    ("date-garbage", CALL, "last spring", 0, None),
    ("date-month-precision", PAPER_MONTH, "February", 1, None),
    ("date-month-abbrev", PAPER_MONTH, "Feb", 1, None),
    ("date-month-with-year", PAPER_MONTH, "February 2023", 1, None),
    ("date-month-numeric", PAPER_MONTH, "2023-02", 1, None),
    ("date-month-wrong", PAPER_MONTH, "March", 0, None),
    ("date-month-wrong-year", PAPER_MONTH, "Feb 2022", 0, None),
    ("date-month-with-day", PAPER_MONTH, "24 February 2023", 1, None),
    ("date-month-year-required", MONTH_WITH_YEAR, "April", 0, None),
    ("date-month-year-required-given", MONTH_WITH_YEAR, "04/2023", 1, None),
    ("date-year", YEAR, "2023", 1, None),
    ("date-year-wrong", YEAR, "2022", 0, None),
    ("date-year-from-full-date", YEAR, "2023-04-26", 1, None),
    ("date-year-missing", YEAR, "April", 0, None),
    ("date-year-two-digits", YEAR, "23", 1, None),
    ("date-year-two-digits-apostrophe", YEAR, "'23", 1, None),
    ("date-year-two-digits-wrong", YEAR, "22", 0, None),
    ("date-two-digits-not-a-year-here", CALL, "23", 0, None),
    ("date-month-preposition", PAPER_MONTH, "in February", 1, None),
    ("date-month-preposition-wrong", PAPER_MONTH, "in March", 0, None),
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
    verdict = grade(question, response, shown)
    assert verdict.score == pytest.approx(score)
    assert verdict.correct == (score == 1)
    assert verdict.status == ("correct" if score == 1 else "partial" if score else "wrong")


def test_the_table_is_large_and_its_labels_unique() -> None:
    labels = [case[0] for case in CASES]
    assert len(labels) >= 150
    assert len(set(labels)) == len(labels)
