"""Every question type: a valid table loads as its model; an invalid one is located."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing

import pytest
from bank_text import HEADER, VALID_QUESTIONS, bank, line_of, question

from quizapp.bank.loader import parse_bank
from quizapp.bank.models import (
    QUESTION_MODELS,
    QUESTION_TYPES,
    BankInfo,
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
from quizapp.bank.problems import BankError


def test_every_type_has_a_valid_example() -> None:
    assert set(VALID_QUESTIONS) == set(QUESTION_TYPES)


@pytest.mark.parametrize(
    ("kind", "model", "fields"),
    [
        (
            "choice",
            ChoiceQuestion,
            {"choices": ["Kyiv", "Lviv", "Odesa"], "answer": "Kyiv", "shuffle": True},
        ),
        ("multi", MultiQuestion, {"answers": ["Saturn", "Uranus"]}),
        ("truefalse", TrueFalseQuestion, {"answer": False}),
        (
            "short",
            ShortQuestion,
            {"answers": ["Nykyforov", "Serhii Nykyforov"], "fuzzy": False, "accents": False},
        ),
        ("cloze", ClozeQuestion, {"fuzzy": True}),
        ("number", NumberQuestion, {"answer": 12.0, "tolerance": 0.5, "unit": "points"}),
        (
            "date",
            DateQuestion,
            {"answer": dt.date(2023, 4, 26), "precision": "day", "require_year": True},
        ),
        ("order", OrderQuestion, {"items": ["paper", "Moscow visit", "call"]}),
        (
            "match",
            MatchQuestion,
            {"pairs": [("Yu Jun", "ambassador"), ("CCTV", "state broadcaster")]},
        ),
    ],
)
def test_a_valid_question_loads_as_its_model(kind: str, model: type, fields: dict) -> None:
    loaded = parse_bank(bank(question(kind)), "b.toml")
    (only,) = loaded.questions
    assert type(only) is model
    assert (only.id, only.type, only.prompt, only.points) == ("q1", kind, "Prompt?", 1)
    for name, value in fields.items():
        assert getattr(only, name) == value


def test_cloze_blanks_and_their_alternatives() -> None:
    (cloze,) = parse_bank(bank(question("cloze")), "b.toml").questions
    assert isinstance(cloze, ClozeQuestion)
    assert cloze.blanks() == [["an hour", "one hour"], ["long"]]


def test_common_fields_are_read() -> None:
    body = VALID_QUESTIONS["truefalse"] + (
        'tags = ["dates", "events"]\npoints = 2\ntime_limit = 30\nexplanation = "Why."\n'
        'source = "The sentence it comes from."\n'
    )
    (only,) = parse_bank(bank(question("truefalse", body)), "b.toml").questions
    assert (only.tags, only.points, only.time_limit, only.explanation, only.source) == (
        ["dates", "events"],
        2,
        30,
        "Why.",
        "The sentence it comes from.",
    )


def test_a_quoted_date_is_still_a_date() -> None:
    (only,) = parse_bank(bank(question("date", 'answer = "2023-04-26"\n')), "b.toml").questions
    assert isinstance(only, DateQuestion)
    assert only.answer == dt.date(2023, 4, 26)


def _number_and_true_false_keys() -> list[tuple[str, str, str]]:
    """Every key that takes a number or true/false, with a value that pydantic would
    coerce into one if the field were not strict: ("bank" or question type, key, value)."""
    coerced = {bool: ['"true"', "1"], int: ['"1"', "1.0", "true"], float: ['"1"', "true"]}
    found = []
    for table, model in [("bank", BankInfo), *QUESTION_MODELS.items()]:
        hints = typing.get_type_hints(model)
        for field in dataclasses.fields(model):
            kinds = set(typing.get_args(hints[field.name])) - {type(None)}
            for kind in kinds or {hints[field.name]}:
                found += [(table, field.name, value) for value in coerced.get(kind, [])]
    return found


@pytest.mark.parametrize(("table", "key", "value"), _number_and_true_false_keys())
def test_numbers_and_true_false_are_never_coerced(table: str, key: str, value: str) -> None:
    """``points = "3"`` or ``answer = "yes"`` is a mistake to report, for every such key
    (a new one too), not a value to guess at."""
    line = f"{key} = {value}"
    if table == "bank":
        text = HEADER + line + "\n" + question("truefalse")
    else:
        body = "".join(
            f"{kept}\n"
            for kept in VALID_QUESTIONS[table].splitlines()
            if not kept.startswith(f"{key} =")
        )
        text = bank(question(table, body + line + "\n"))
    with pytest.raises(BankError) as caught:
        parse_bank(text, "b.toml")
    (problem,) = caught.value.problems
    assert problem.line == line_of(text, line)
    assert f"'{key}' should be" in problem.message


def test_content_hash_changes_with_what_is_graded_only() -> None:
    def loaded(body: str) -> str:
        return parse_bank(bank(question("choice", body)), "b.toml").questions[0].content_hash()

    base = loaded('choices = ["a", "b"]\nanswer = "a"\n')
    assert loaded('choices = ["a", "b"]\nanswer = "a"\nexplanation = "new"\n') == base
    assert loaded('choices = ["a", "b"]\nanswer = "a"\nsource = "A sentence."\n') == base
    assert loaded('choices = ["a", "b"]\nanswer = "b"\n') != base


INVALID = [
    (
        "choice",
        'choices = ["Kyiv"]\nanswer = "Kyiv"\n',
        "choices = [",
        "'choices' needs at least 2 items, got 1 item",
    ),
    (
        "choice",
        'choices = ["Kyiv", "Lviv"]\nanswer = 1\n',
        "answer = 1",
        "'answer' should be text in quotes, got the number 1",
    ),
    (
        "choice",
        'choices = ["Kyiv", "Lviv"]\nanswer = "Kyiv"\nshuffle = "no"\n',
        "shuffle",
        "'shuffle' should be true or false",
    ),
    (
        "multi",
        'choices = ["a", "b"]\nanswers = []\n',
        "answers = []",
        "'answers' needs at least 1 item, got 0 items",
    ),
    (
        "multi",
        'choices = ["a", "b"]\nanswer = "a"\n',
        "answer = ",
        "unknown key 'answer' (did you mean 'answers'?)",
    ),
    (
        "truefalse",
        "answer = 1\n",
        "answer = 1",
        "'answer' should be true or false, got the number 1",
    ),
    (
        "truefalse",
        'answer = true\nchoices = ["a", "b"]\n',
        "choices",
        "unknown key 'choices' for a truefalse question (known keys:",
    ),
    (
        "short",
        'answers = "Kyiv"\n',
        "answers",
        "'answers' should be an array [...], got text \"Kyiv\"",
    ),
    ("short", 'answers = ["Kyiv", 3]\n', "answers", "'answers' item 2 should be text in quotes"),
    ("cloze", 'txt = "The {{cat}}."\n', "txt", "unknown key 'txt' (did you mean 'text'?)"),
    ("cloze", "text = 3\n", "text = 3", "'text' should be text in quotes, got the number 3"),
    ("number", 'answer = "twelve"\n', "answer", "'answer' should be a number, got text \"twelve\""),
    (
        "number",
        "answer = 12\ntolerance = true\n",
        "tolerance",
        "'tolerance' should be a number, got true",
    ),
    (
        "date",
        "answer = 10:30:00\n",
        "answer",
        "'answer' should be a date like 2023-04-26, got the time",
    ),
    ("date", 'answer = "2023-02-30"\n', "answer", "day value is outside expected range"),
    (
        "date",
        'answer = 2023-04-26\nprecision = "week"\n',
        "precision",
        "'precision' should be one of 'day', 'month' or 'year'",
    ),
    ("order", "items = []\n", "items", "'items' needs at least 1 item, got 0 items"),
    ("order", 'items = "a, b"\n', "items", "'items' should be an array [...]"),
    (
        "match",
        'pairs = [["a", "b", "c"]]\n',
        "pairs",
        '\'pairs\' item 1 should be a pair ["left", "right"], got 3 items',
    ),
    ("match", 'pairs = ["a", "b"]\n', "pairs", "'pairs' item 1 should be a pair"),
]


@pytest.mark.parametrize(
    ("kind", "body", "where", "message"),
    INVALID,
    ids=[f"{kind}-{n}" for n, (kind, *_) in enumerate(INVALID)],
)
def test_an_invalid_question_is_reported_at_its_key(
    kind: str, body: str, where: str, message: str
) -> None:
    text = bank(question(kind, body))
    with pytest.raises(BankError) as caught:
        parse_bank(text, "b.toml")
    problems = caught.value.problems
    assert any(message in p.message for p in problems), [str(p) for p in problems]
    (problem,) = [p for p in problems if message in p.message]
    assert problem.line == line_of(text, where)
    assert problem.question_id == "q1"
    assert str(problem).startswith(f"b.toml:{problem.line}:{problem.column}: [q1] ")


@pytest.mark.parametrize("field", ["id", "prompt"])
def test_a_missing_common_key_is_reported_at_the_question(field: str) -> None:
    text = bank(question("truefalse").replace(f"\n{field} = ", "\nremoved = ", 1))
    with pytest.raises(BankError) as caught:
        parse_bank(text, "b.toml")
    messages = {p.message: p.line for p in caught.value.problems}
    assert messages[f"missing required key '{field}'"] == line_of(text, "[[questions]]")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('points = "3"', "'points' should be a number, got text \"3\" (write it without quotes)"),
        ("points = -1", "'points' must be at least 0.01, got the number -1"),
        ("points = 5e-324", "'points' must be at least 0.01, got the number 5e-324"),
        ("points = 1e308", "'points' must be at most 1000, got the number 1e+308"),
        ("points = nan", "'points' should be a finite number, got the number nan"),
        ("time_limit = inf", "'time_limit' should be a finite number, got the number inf"),
        ("time_limit = nan", "'time_limit' should be a finite number, got the number nan"),
        ("time_limit = 1e10", "'time_limit' must be at most 86400, got the number 10000000000.0"),
        ("time_limit = 0", "'time_limit' must be greater than 0, got the number 0"),
        ('tags = "dates"', "'tags' should be an array [...], got text \"dates\""),
        ("explanation = false", "'explanation' should be text in quotes, got false"),
    ],
)
def test_common_fields_refuse_the_wrong_type(line: str, message: str) -> None:
    text = bank(question("truefalse", "answer = true\n" + line + "\n"))
    with pytest.raises(BankError) as caught:
        parse_bank(text, "b.toml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.message) == (line_of(text, line), message)
