"""Lint: each rule, its severity, and the line it points at."""

from __future__ import annotations

import pytest
from bank_text import VALID_QUESTIONS, bank, line_of, question

from quizapp.bank import lint as lint_module
from quizapp.bank import loader
from quizapp.bank.lint import lint_bank
from quizapp.bank.loader import parse_bank
from quizapp.bank.problems import Problem


def lint(text: str) -> list[Problem]:
    return lint_bank(parse_bank(text, "b.toml"), text, "b.toml")


def only(text: str) -> Problem:
    (problem,) = lint(text)
    return problem


@pytest.mark.parametrize("kind", sorted(VALID_QUESTIONS))
def test_a_sensible_question_of_every_type_has_no_findings(kind: str) -> None:
    assert lint(bank(question(kind))) == []


CASES = [
    # (type, body, fragment of the reported line, severity, message)
    (
        "choice",
        'choices = ["Kyiv", "Lviv"]\nanswer = "Odesa"\n',
        "answer =",
        "error",
        "answer 'Odesa' is not one of the choices",
    ),
    (
        "choice",
        'choices = ["Kyiv", "Lviv"]\nanswer = "kyiv"\n',
        "answer =",
        "error",
        "answer 'kyiv' is not one of the choices (did you mean 'Kyiv'?)",
    ),
    (
        "choice",
        'choices = ["Kyiv", "Lviv", "Kyiv"]\nanswer = "Kyiv"\n',
        "choices",
        "error",
        "choice 'Kyiv' repeats choice 1 (first on line 9)",
    ),
    (
        "choice",
        'choices = ["Kyiv", " "]\nanswer = "Kyiv"\n',
        "choices",
        "error",
        "choice 2 is empty",
    ),
    (
        "multi",
        'choices = ["a", "b", "c"]\nanswers = ["a", "d"]\n',
        "answers",
        "error",
        "answer 'd' is not one of the choices",
    ),
    (
        "multi",
        'choices = ["a", "b", "c"]\nanswers = ["a", "a"]\n',
        "answers",
        "error",
        "answer 'a' repeats answer 1",
    ),
    (
        "multi",
        'choices = ["a", "b", "B "]\nanswers = ["a"]\n',
        "choices",
        "error",
        "choice 'B ' repeats, up to case and spacing, choice 2",
    ),
    ("short", 'answers = ["Kyiv", ""]\n', "answers", "error", "accepted answer 2 is empty"),
    (
        "short",
        'answers = ["Kyiv", "KYIV"]\n',
        "answers",
        "warning",
        "accepted answer 'KYIV' repeats, up to case and spacing, accepted answer 1",
    ),
    (
        "cloze",
        'text = "No blanks here."\n',
        "text",
        "error",
        "'text' has no blanks: mark each one as {{answer}}",
    ),
    (
        "cloze",
        'text = "A {{}} blank."\n',
        "text",
        "error",
        "blank 1 is empty: write the answer inside {{...}}",
    ),
    (
        "cloze",
        'text = "A {{b|}} blank."\n',
        "text",
        "warning",
        "blank 1 '{{b|}}' has an empty alternative",
    ),
    (
        "cloze",
        'text = "A {{b}} and {{c."\n',
        "text",
        "error",
        "'text' has a '{{' or '}}' that does not close or open a blank",
    ),
    (
        "number",
        "answer = 3\ntolerance = -1\n",
        "tolerance",
        "error",
        "'tolerance' cannot be negative, got -1",
    ),
    ("number", "answer = nan\n", "answer", "error", "'answer' must be a finite number, got nan"),
    (
        "number",
        "answer = 1\ntolerance = inf\n",
        "tolerance",
        "error",
        "'tolerance' must be a finite number, got inf",
    ),
    (
        "date",
        'answer = 2023-02-24\nprecision = "month"\n',
        "answer",
        "warning",
        "precision 'month' ignores the day of 2023-02-24; write 2023-02-01 so the bank says what "
        "is asked",
    ),
    (
        "date",
        'answer = 2023-02-01\nprecision = "year"\n',
        "answer",
        "warning",
        "precision 'year' ignores the month and day of 2023-02-01; write 2023-01-01",
    ),
    (
        "order",
        'items = ["only"]\n',
        "items",
        "error",
        "an order question needs at least 2 items, got 1",
    ),
    ("order", 'items = ["a", "b", "a"]\n', "items", "error", "item 'a' repeats item 1"),
    (
        "match",
        'pairs = [["a", "1"]]\n',
        "pairs",
        "warning",
        "a match question with one pair gives its answer away",
    ),
    (
        "match",
        'pairs = [\n ["a", "1"],\n ["a", "2"],\n]\n',
        '["a", "2"]',
        "error",
        "left side 'a' repeats left side 1 (first on line 10)",
    ),
    ("match", 'pairs = [["a", "1"], ["b", ""]]\n', "pairs", "error", "right side 2 is empty"),
    ("truefalse", 'answer = true\ntags = ["dates", ""]\n', "tags", "warning", "tag is empty"),
    (
        "truefalse",
        'answer = true\ntags = ["dates", "dates"]\n',
        "tags",
        "warning",
        "tag 'dates' is listed twice",
    ),
    (
        "truefalse",
        'answer = true\ntags = [" dates"]\n',
        "tags",
        "warning",
        "tag ' dates' has spaces around it",
    ),
]


@pytest.mark.parametrize(
    ("kind", "body", "where", "severity", "message"),
    CASES,
    ids=[f"{case[0]}-{n}" for n, case in enumerate(CASES)],
)
def test_each_rule_reports_at_the_offending_key(
    kind: str, body: str, where: str, severity: str, message: str
) -> None:
    text = bank(question(kind, body))
    problem = only(text)
    assert message in problem.message
    assert (problem.line, problem.severity, problem.question_id) == (
        line_of(text, where),
        severity,
        "q1",
    )


def test_an_empty_prompt_is_an_error_at_the_prompt() -> None:
    text = bank(question("truefalse", prompt="  "))
    problem = only(text)
    assert (problem.line, problem.message) == (
        line_of(text, "prompt"),
        "'prompt' is empty: the learner would see no question",
    )


def test_a_duplicate_question_id_points_at_the_second_and_names_the_first() -> None:
    text = bank(question("truefalse", qid="same"), question("short", qid="same"))
    problem = only(text)
    assert problem.line == 12
    assert problem.message == "question id 'same' is used twice (first on line 6)"


def test_a_blank_title_is_an_error() -> None:
    text = bank(question("truefalse")).replace('title = "Test bank"', 'title = " "')
    assert str(only(text)) == "b.toml:3:1: 'title' is blank"


def test_findings_are_sorted_by_line_and_carry_warnings_as_such() -> None:
    text = bank(
        question("truefalse", 'answer = true\ntags = [""]\n', qid="a"),
        question("order", 'items = ["x"]\n', qid="b"),
    )
    problems = lint(text)
    assert [p.line for p in problems] == sorted(p.line for p in problems)
    assert [str(p) for p in problems] == [
        "b.toml:10:9: warning: [a] tag is empty",
        "b.toml:16:1: [b] an order question needs at least 2 items, got 1",
    ]


def test_a_clean_bank_is_loaded_and_linted_without_building_the_key_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_index(text: str) -> None:
        raise AssertionError("the key index was built for a clean bank")

    monkeypatch.setattr(loader, "KeyIndex", no_index)
    monkeypatch.setattr(lint_module, "KeyIndex", no_index)
    text = bank(*(question(kind, qid=kind) for kind in VALID_QUESTIONS))
    assert lint_bank(parse_bank(text, "b.toml"), text, "b.toml") == []


# ------------------------------------------------------------------ giveaways

SPOKESMAN = question("short", 'answers = ["Nykyforov"]\n', qid="spokesman")


def test_a_prompt_showing_another_questions_typed_answer_is_a_giveaway() -> None:
    text = bank(SPOKESMAN, question("truefalse", qid="tf", prompt="Nykyforov spoke first."))
    problem = only(text)
    assert (problem.severity, problem.question_id) == ("warning", "tf")
    assert problem.line == line_of(text, "Nykyforov spoke first")
    assert problem.message == (
        "'prompt' shows 'nykyforov', an accepted answer of question 'spokesman', "
        "which gives it away"
    )


@pytest.mark.parametrize(
    ("kind", "body", "fragment"),
    [
        ("choice", 'choices = ["NYKYFORÓV", "Yu Jun"]\nanswer = "Yu Jun"\n', "choices ="),
        ("multi", 'choices = ["Yu Jun", "Mr Nykyforov"]\nanswers = ["Yu Jun"]\n', "choices ="),
        ("order", 'items = ["Yu Jun", "Nykyforov’s post"]\n', "items ="),
        ("match", 'pairs = [["a", "Nykyforov"], ["b", "c"]]\n', "pairs ="),
        ("cloze", 'text = "Nykyforov said it was {{long}}."\n', "text ="),
    ],
)
def test_choices_items_pairs_and_cloze_text_can_give_an_answer_away(
    kind: str, body: str, fragment: str
) -> None:
    """Case, accents and the punctuation around a word do not hide it."""
    text = bank(SPOKESMAN, question(kind, body, qid="other"))
    problem = only(text)
    assert (problem.severity, problem.question_id) == ("warning", "other")
    assert problem.line == line_of(text, fragment)
    assert "an accepted answer of question 'spokesman'" in problem.message


def test_a_cloze_blank_shown_elsewhere_is_a_giveaway() -> None:
    cloze = question("cloze", 'text = "an {{almost}} one-hour-long call"\n', qid="quote")
    choice = question(
        "choice",
        'choices = ["Almost an hour", "Two hours"]\nanswer = "Almost an hour"\n',
        qid="length",
    )
    problem = only(bank(cloze, choice))
    assert problem.question_id == "length"
    assert "'almost', an accepted answer of question 'quote'" in problem.message


@pytest.mark.parametrize(
    "other",
    [
        question("truefalse", qid="tf", prompt="Nykyforovs are many."),  # not the whole word
        question("truefalse", qid="tf", prompt="Sergiy spoke."),  # part of no answer
        question("choice", 'choices = ["Kyiv", "Lviv"]\nanswer = "Kyiv"\n', qid="c"),
    ],
)
def test_words_that_are_not_the_answer_give_nothing_away(other: str) -> None:
    assert lint(bank(SPOKESMAN, other)) == []


def test_a_question_may_show_its_own_answer() -> None:
    own = question("short", 'answers = ["Kyiv"]\n', prompt="Kyiv or Lviv?")
    assert lint(bank(own)) == []


def test_answers_the_bank_title_or_description_give_are_no_giveaway() -> None:
    header = '[bank]\nid = "b"\ntitle = "Nykyforov and others"\n'
    text = header + SPOKESMAN + question("truefalse", qid="tf", prompt="Nykyforov spoke.")
    assert lint(text) == []
    header = '[bank]\nid = "b"\ntitle = "T"\ndescription = "What Nykyforov said."\n'
    assert lint(header + SPOKESMAN + question("truefalse", qid="tf", prompt="Nykyforov.")) == []


def test_an_answer_shown_twice_in_one_text_is_reported_once() -> None:
    text = bank(SPOKESMAN, question("truefalse", qid="tf", prompt="Nykyforov, Nykyforov."))
    assert len(lint(text)) == 1


# ------------------------------------------------------- punctuation-only answers


def test_an_accepted_answer_of_punctuation_only_is_a_warning() -> None:
    text = bank(question("short", 'answers = ["Kyiv", "?"]\n'))
    problem = only(text)
    assert (problem.severity, problem.line) == ("warning", line_of(text, "answers ="))
    assert problem.message == (
        "accepted answer '?' has no letter or digit: is it meant to be marks only?"
    )


def test_a_cloze_blank_of_punctuation_only_is_a_warning() -> None:
    problem = only(bank(question("cloze", 'text = "Who said it{{?}}"\n')))
    assert problem.severity == "warning"
    assert "accepted answer '?' has no letter or digit" in problem.message


def test_an_answer_many_questions_accept_is_reported_once_per_text() -> None:
    shared = [question("short", 'answers = ["Kyiv"]\n', qid=f"s{n}") for n in range(3)]
    text = bank(*shared, question("truefalse", qid="tf", prompt="Kyiv is far."))
    problems = [p for p in lint(text) if p.question_id == "tf"]
    assert [p.message for p in problems] == [
        "'prompt' shows 'kyiv', an accepted answer of question 's0' (and 2 more), "
        "which gives it away"
    ]
