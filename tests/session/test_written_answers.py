"""Each question type writes an answer one way: the learner's and the expected one alike,
on every screen, in ``--plain``, in the progress file and its exports."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quizapp.bank.loader import parse_bank
from quizapp.clock import FakeClock
from quizapp.plain import PlainFrontEnd
from quizapp.session import Session, SessionOptions
from quizapp.store import Store
from quizapp.store.stats import export_answers
from quizapp.wording import answers_saved, plural, points_of

EVERY_KIND = parse_bank(
    """
[bank]
id = "kinds"
title = "Kinds"

[[questions]]
id = "colour"
type = "choice"
prompt = "Sky colour?"
choices = ["blue", "green", "red"]
answer = "blue"

[[questions]]
id = "rings"
type = "multi"
prompt = "Which have rings?"
choices = ["Saturn", "Mars", "Uranus", "Venus"]
answers = ["Saturn", "Uranus"]

[[questions]]
id = "moon"
type = "truefalse"
prompt = "The Moon makes its own light."
answer = false

[[questions]]
id = "river"
type = "cloze"
prompt = "Fill in"
text = "{{Paris}} lies on the {{Seine}}."

[[questions]]
id = "events"
type = "order"
prompt = "Order them"
items = ["paper", "visit", "call"]

[[questions]]
id = "moons"
type = "match"
prompt = "Match each moon with its planet"
pairs = [["Titan", "Saturn"], ["Io", "Jupiter"], ["Phobos", "Mars"]]
""",
    "kinds.toml",
)

RIGHT: dict[str, object] = {
    "colour": "blue",
    "rings": ["Saturn", "Uranus"],
    "moon": False,
    "river": ["Paris", "Seine"],
    "events": ["paper", "visit", "call"],
    "moons": {"Titan": "Saturn", "Io": "Jupiter", "Phobos": "Mars"},
}


def test_a_right_answer_is_written_as_the_expected_answer_is() -> None:
    session = Session([EVERY_KIND], SessionOptions(seed=5), clock=FakeClock())
    written = {}
    while (item := session.current) is not None:
        outcome = session.submit(RIGHT[item.question.id])  # type: ignore[arg-type]
        assert outcome.verdict.correct, item.question.id
        written[item.question.id] = (outcome.response, outcome.verdict.expected)
    for question_id, (response, expected) in written.items():
        assert response == expected, question_id
    assert written["moon"][0] == "False"
    assert written["events"][0] == "1. paper  2. visit  3. call"
    assert written["moons"][0] == "Titan → Saturn; Io → Jupiter; Phobos → Mars"


def test_plain_answers_by_number_are_written_and_exported_as_the_screens_write_them(
    tmp_path: Path,
) -> None:
    store = Store.open(tmp_path / "progress.sqlite3")
    bank = EVERY_KIND
    match_only = Session(
        [bank],
        SessionOptions(seed=1),
        clock=FakeClock(),
        store=store,
        items=[
            i
            for i in Session([bank], SessionOptions(seed=1)).items
            if i.question.id in ("moons", "moon")
        ],
    )
    by_id = {item.question.id: item for item in match_only.items}
    shown = by_id["moons"].shown
    assert shown is not None
    numbers = "; ".join(str(shown.index(right) + 1) for right in ("Saturn", "Jupiter", "Mars"))
    lines = {"moons": numbers, "moon": "f"}
    stdin = io.StringIO("".join(lines[item.question.id] + "\n" for item in match_only.items))
    out = io.StringIO()
    PlainFrontEnd(match_only, stdin, out).run()
    assert "Expected: Titan → Saturn; Io → Jupiter; Phobos → Mars" in out.getvalue()
    assert "Expected: False" in out.getvalue()

    exported = io.StringIO()
    export_answers(store, exported, "csv")
    store.close()
    assert "Titan → Saturn; Io → Jupiter; Phobos → Mars" in exported.getvalue()
    assert ",False," in exported.getvalue()


HINTS = parse_bank(
    """
[bank]
id = "hints"
title = "Hints"

[[questions]]
id = "year"
type = "date"
prompt = "When?"
answer = 2023-04-26
precision = "year"

[[questions]]
id = "with-year"
type = "date"
prompt = "On what day?"
answer = 2023-04-26
require_year = true

[[questions]]
id = "month"
type = "date"
prompt = "In what month?"
answer = 2023-04-26
precision = "month"

[[questions]]
id = "minutes"
type = "number"
prompt = "How long?"
answer = 60
unit = "minutes"
""",
    "hints.toml",
)


def test_plain_hints_follow_precision_say_the_year_is_required_and_show_the_unit() -> None:
    session = Session([HINTS], SessionOptions(shuffle=False), clock=FakeClock())
    out = io.StringIO()
    PlainFrontEnd(session, io.StringIO("x\n" * 4), out).run()
    text = out.getvalue()
    assert "Type a year (for example 2021)." in text
    assert "Type a date with its year (for example 3 March 2021 or 2021-03-03)." in text
    assert "Type a month (for example March 2021)." in text
    assert "Type a number, in minutes." in text
    assert "26 April 2023" not in text.split("Verdict")[0]  # no example gives an answer away


@pytest.mark.parametrize(
    ("count", "noun", "said"),
    [
        (1, "problem", "1 problem"),
        (2, "problem", "2 problems"),
        (0, "answer", "0 answers"),
        (0.5, "point", "0.5 points"),
        (1, "match", "1 match"),
        (3, "match", "3 matches"),
    ],
)
def test_one_plural_rule(count: float, noun: str, said: str) -> None:
    many = "matches" if noun == "match" else ""
    assert plural(count, noun, many) == said


def test_scores_and_saved_answers_agree_in_number() -> None:
    assert points_of(1, 1) == "1 of 1 point"
    assert points_of(0.33, 1) == "0.33 of 1 point"
    assert points_of(1.5, 2) == "1.5 of 2 points"
    assert answers_saved(1) == "1 answer so far is saved."
    assert answers_saved(2) == "2 answers so far are saved."
