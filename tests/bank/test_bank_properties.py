"""Whatever a bank file holds, checking it gives a Bank or located problems: nothing else.

Three sources of trouble: arbitrary TOML documents (built as data, then written
out), arbitrary bytes, and a valid bank mangled line by line the way editing
goes wrong (lines lost, doubled, swapped).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import toml_text
import tomli
from bank_text import VALID_QUESTIONS, bank, question
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.check import check_text
from quizapp.bank.loader import decode_bank_bytes
from quizapp.bank.models import QUESTION_MODELS, QUESTION_TYPES, Bank, BankInfo
from quizapp.bank.problems import BankError, Problem
from quizapp.bank.record import field_names
from quizapp.bank.starter import starter_bank

FIELDS = sorted(
    {name for model in QUESTION_MODELS.values() for name in field_names(model)}
    | set(field_names(BankInfo))
    | {"bank", "questions"}
)
PROPERTIES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text a teacher could type, and any text at all (control characters included).
TYPED = st.text(st.characters(exclude_categories=["Cc", "Cf", "Cs"]), max_size=12)
ANY = st.text(max_size=12)


def document_strategy(text: st.SearchStrategy[str]) -> st.SearchStrategy[dict[str, Any]]:
    """Bank-shaped documents (often valid, often nearly) and shapeless ones, from ``text``."""
    keys = st.one_of(st.sampled_from(FIELDS), text)
    scalars = st.one_of(
        text,
        st.sampled_from([*QUESTION_TYPES, "day", "month", "year", "{{a|b}} {{c}}", "{{", "}}"]),
        st.integers(min_value=-(2**63), max_value=2**63 - 1),
        st.floats(allow_nan=False),
        st.booleans(),
        st.dates(),
        st.datetimes(),
        st.times(),
    )
    values = st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)
        ),
        max_leaves=10,
    )
    good_id = st.from_regex(r"[a-z][a-z0-9-]{0,6}", fullmatch=True)
    ids = st.one_of(good_id, text)
    plausible = {
        "id": ids,
        "choices": st.lists(text, max_size=4),
        "answers": st.lists(text, max_size=3),
        "items": st.lists(text, max_size=4),
        "pairs": st.lists(st.lists(text, min_size=1, max_size=3), max_size=3),
        "answer": st.one_of(text, st.booleans(), st.integers(-5, 5), st.dates()),
        "tolerance": st.floats(allow_nan=False),
        "text": st.text(alphabet="ab{}| ", max_size=16),
    }

    @st.composite
    def nearly_valid_question(draw: st.DrawFn) -> dict[str, Any]:
        """A valid question of some type, often with one thing changed."""
        kind = draw(st.sampled_from(QUESTION_TYPES))
        table = {
            "id": draw(good_id),
            "type": kind,
            "prompt": draw(text),
            **tomli.loads(VALID_QUESTIONS[kind]),
        }
        change = draw(st.sampled_from(["none", "none", "replace", "drop", "add"]))
        name = draw(st.sampled_from(sorted(table)))
        if change == "replace":
            table[name] = draw(plausible.get(name, values))
        elif change == "drop":
            del table[name]
        elif change == "add":
            table[draw(keys)] = draw(values)
        return table

    @st.composite
    def any_question(draw: st.DrawFn) -> dict[str, Any]:
        table: dict[str, Any] = {
            "id": draw(ids),
            "type": draw(st.sampled_from(QUESTION_TYPES)),
            "prompt": draw(text),
        }
        for name in draw(st.lists(st.sampled_from(sorted(plausible)), max_size=4)):
            table[name] = draw(plausible[name])
        table.update(draw(st.dictionaries(keys, values, max_size=2)))
        for name in draw(st.lists(st.sampled_from(sorted(table)), max_size=2)):
            table.pop(name, None)
        return table

    return st.one_of(
        st.fixed_dictionaries(
            {
                "bank": st.fixed_dictionaries(
                    {
                        "id": st.one_of(good_id, good_id, ids),
                        "title": st.one_of(text, text.filter(str.strip)),
                    },
                    optional={
                        "version": st.one_of(st.integers(1, 3), values),
                        "language": st.one_of(st.just("en"), values),
                    },
                ),
                "questions": st.lists(
                    st.one_of(nearly_valid_question(), nearly_valid_question(), any_question()),
                    min_size=1,
                    max_size=4,
                ),
            }
        ),
        st.dictionaries(keys, values, max_size=4),
    )


documents = st.one_of(document_strategy(TYPED), document_strategy(ANY))


def assert_bank_or_located(text: str) -> Bank | None:
    """Check ``text``; any problem must be at a real line and print as one safe line."""
    try:
        bank_, problems = check_text(text, "b.toml")
    except BankError as error:  # check_text catches these; escaping would be a bug too
        raise AssertionError(f"BankError escaped: {error}") from None
    assert_located(problems, text)
    return bank_


def assert_located(problems: list[Problem], text: str) -> None:
    lines = max(1, len(text.split("\n")))
    for problem in problems:
        assert 1 <= problem.line <= lines, str(problem)
        assert problem.column >= 1, str(problem)
        printed = str(problem)
        assert printed.startswith(f"b.toml:{problem.line}:{problem.column}: ")
        assert printed.isprintable(), printed


@PROPERTIES
@given(documents)
def test_any_toml_document_gives_a_bank_or_located_problems(document: dict[str, Any]) -> None:
    text = toml_text.dumps(document)
    assert tomli.loads(text) == document  # the generator writes what it means
    loaded = assert_bank_or_located(text)
    if loaded is not None:
        assert loaded.id == document["bank"]["id"]
        assert len(loaded.questions) == len(document["questions"])


@PROPERTIES
@given(st.binary(max_size=300))
def test_any_bytes_give_a_bank_or_located_problems(data: bytes) -> None:
    try:
        text = decode_bank_bytes(data, "b.toml")
    except BankError as error:
        assert_located(error.problems, data.decode("utf-8", "replace"))
        return
    assert_bank_or_located(text)


@PROPERTIES
@given(st.binary(max_size=40), st.integers(min_value=0), st.booleans())
def test_bytes_spliced_into_a_valid_bank_give_a_bank_or_located_problems(
    noise: bytes, where: int, replace: bool
) -> None:
    data = bank(*(question(kind, qid=kind) for kind in VALID_QUESTIONS)).encode()
    at = where % (len(data) + 1)
    data = data[:at] + noise + data[at + (len(noise) if replace else 0) :]
    try:
        text = decode_bank_bytes(data, "b.toml")
    except BankError as error:
        assert_located(error.problems, data.decode("utf-8", "replace"))
        return
    assert_bank_or_located(text)


STARTER_LINES = starter_bank("starter.toml").split("\n")
edits = st.lists(
    st.tuples(
        st.sampled_from(["delete", "duplicate", "swap"]),
        st.integers(min_value=0),
        st.integers(min_value=0),
    ),
    min_size=1,
    max_size=4,
)


@PROPERTIES
@given(edits)
def test_a_mangled_starter_bank_gives_a_bank_or_located_problems(
    changes: list[tuple[str, int, int]],
) -> None:
    lines = list(STARTER_LINES)
    for change, first, second in changes:
        i, j = first % len(lines), second % len(lines)
        if change == "delete" and len(lines) > 1:
            del lines[i]
        elif change == "duplicate":
            lines.insert(i, lines[i])
        else:
            lines[i], lines[j] = lines[j], lines[i]
    assert_bank_or_located("\n".join(lines))


def test_the_generators_reach_valid_banks_lint_findings_and_broken_banks() -> None:
    """Guard against properties that pass because every example is rejected early."""
    outcomes = set()

    @settings(max_examples=300, deadline=None, database=None, derandomize=True)
    @given(documents)
    def sample(document: dict[str, Any]) -> None:
        loaded, problems = check_text(toml_text.dumps(document), "b.toml")
        if loaded is None:
            outcomes.add("refused")
        else:
            outcomes.add("linted" if problems else "clean")

    sample()
    assert outcomes == {"refused", "linted", "clean"}


def test_the_writer_handles_every_kind_of_value() -> None:
    document = {
        "a": [
            'x\n"y"\\\x1b',
            -1,
            1.5,
            float("-inf"),
            True,
            dt.date(2023, 4, 26),
            dt.datetime(2023, 4, 26, 10, 0),
            dt.time(9, 30),
        ],
        "t": {"k y": {"z": 1}},
        "q": [{"id": "1"}, {"id": "2", "s": {"x": []}}],
    }
    assert tomli.loads(toml_text.dumps(document)) == document
