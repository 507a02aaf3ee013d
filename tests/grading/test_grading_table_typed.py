"""The grading table for typed answers (short, cloze, number, date): (question, response,
expected score), typed the ways people type."""

from __future__ import annotations

from typing import Any

import pytest
from grading_questions import assert_graded, cloze, date, number, short

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

# (question, response, expected score, shown order or None)
CASES: list[tuple[str, Any, Any, float, list[str] | None]] = [
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
]


@pytest.mark.parametrize(
    ("question", "response", "score", "shown"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_grading_table(question: Any, response: Any, score: float, shown: list[str] | None) -> None:
    assert_graded(question, response, score, shown)


def test_the_table_is_large_and_its_labels_unique() -> None:
    labels = [case[0] for case in CASES]
    assert len(labels) >= 170
    assert len(set(labels)) == len(labels)
