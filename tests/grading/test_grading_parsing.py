"""The pieces under the graders: number words, typed numbers, dates, normalisation, typos."""

from __future__ import annotations

import pytest
from grading_questions import number

from quizapp.grading import grade
from quizapp.grading.dates import DateReading, parse_date
from quizapp.grading.numbers import parse_number, replace_number_words
from quizapp.grading.text import allowed_typos, normalise
from quizapp.grading.verdict import UnusableAnswer


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("twelve", "12"),
        ("twenty one", "21"),
        ("ninety nine", "99"),
        ("one hundred", "100"),
        ("a hundred and five", "105"),
        ("twelve hundred", "1200"),
        ("two thousand and twenty three", "2023"),
        ("one million two hundred thousand", "1200000"),
        ("three thousand four hundred fifty six", "3456"),
        ("first", "1st"),
        ("twenty second", "22nd"),
        ("one hundred and third", "103rd"),
        ("eleventh", "11th"),
        ("one two", "1 2"),
        ("rock and roll", "rock and roll"),
        ("a day", "a day"),
        ("zero", "0"),
    ],
)
def test_number_words(words: str, digits: str) -> None:
    assert " ".join(replace_number_words(words.split())) == digits


@pytest.mark.parametrize(
    ("typed", "value", "rest"),
    [
        ("12", 12, ""),
        ("-5", -5, ""),
        ("minus five", -5, ""),
        ("12.0", 12, ""),
        (".5", 0.5, ""),
        ("1,000", 1000, ""),
        ("1,000,000", 1_000_000, ""),
        ("1 000", 1000, ""),
        ("12,5", 12.5, ""),
        ("1.5 million", 1_500_000, ""),
        ("12 thousand", 12_000, ""),
        ("about 60 minutes", 60, "minutes"),
        ("approximately 60", 60, ""),
        ("~60", 60, ""),
        ("twenty-one points", 21, "points"),
        ("an hour", 1, "hour"),
        ("none", 0, ""),
        ("1e3", 1000, ""),
        ("twelfth", 12, ""),
        ("the first", 1, ""),
        ("point 1", 1, ""),
        ("1st", 1, ""),
        ("the 26th", 26, ""),
    ],
)
def test_parse_number(typed: str, value: float, rest: str) -> None:
    parsed = parse_number(typed)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)
    assert parsed.rest == rest


def test_an_article_is_a_number_only_before_the_unit() -> None:
    assert grade(number(1, unit="hours"), "an hour").correct
    assert grade(number(1), "a while").note == "'a while' is not a number"


@pytest.mark.parametrize("typed", ["", "soon", "the", "point", "a", "points"])
def test_parse_number_finds_none(typed: str) -> None:
    assert parse_number(typed) is None


@pytest.mark.parametrize(
    ("typed", "readings"),
    [
        ("2023-04-26", [DateReading(2023, 4, 26)]),
        ("20230426", [DateReading(2023, 4, 26)]),
        ("2023/4/26", [DateReading(2023, 4, 26)]),
        ("26 April 2023", [DateReading(2023, 4, 26)]),
        ("26. April 2023", [DateReading(2023, 4, 26)]),
        ("April 26th, 2023", [DateReading(2023, 4, 26)]),
        ("Sept. 5th", [DateReading(None, 9, 5)]),
        ("on the 26th", [DateReading(None, None, 26)]),
        ("Wednesday", [DateReading(weekday=2)]),
        ("Wed, 26 Apr '23", [DateReading(2023, 4, 26, weekday=2)]),
        ("4/2023", [DateReading(2023, 4)]),
        ("2023-04", [DateReading(2023, 4)]),
        ("2023", [DateReading(2023)]),
        ("26/4/75", [DateReading(1975, 4, 26)]),
        ("05/05/2023", [DateReading(2023, 5, 5)]),
        (
            "04/05",
            [
                DateReading(None, 5, 4, order="day/month"),
                DateReading(None, 4, 5, order="month/day"),
            ],
        ),
        ("29 February", [DateReading(None, 2, 29)]),
        ("ÁPRIL 26", [DateReading(None, 4, 26)]),
    ],
)
def test_parse_date(typed: str, readings: list[DateReading]) -> None:
    assert parse_date(typed) == readings


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "soon",
        "29 February 2023",
        "13/13/2023",
        "April 26 at noon",
        "Monday Tuesday",
        "99999999999",
        "April 32",
    ],
)
def test_parse_date_refuses(typed: str) -> None:
    with pytest.raises(UnusableAnswer):
        parse_date(typed)


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("  Xi   Jinping  ", "xi jinping"),
        ("«Zelensky»", "zelensky"),
        ("Zelensky’s", "zelenskys"),
        ("twenty—one", "21"),
        ("Ｘｉ", "xi"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("U.S.", "us"),
        ("1,000 people", "1000 people"),
        ("12.5", "12.5"),
        ("C++", "c + +"),
        ("(the answer)", "the answer"),
        ("", ""),
    ],
)
def test_normalise(typed: str, normal: str) -> None:
    assert normalise(typed) == normal


def test_accents_kept_when_they_matter() -> None:
    assert normalise("Café", accents=True) == "café"
    assert normalise("Cafe\u0301", accents=True) == "café"


@pytest.mark.parametrize(
    ("length", "typos"),
    [
        (1, 0),
        (3, 0),
        (4, 0),
        (5, 1),
        (8, 1),
        (9, 2),
        (15, 2),
        (16, 3),
        (40, 3),
    ],
)
def test_typo_tolerance_grows_with_length(length: int, typos: int) -> None:
    assert allowed_typos(length) == typos
