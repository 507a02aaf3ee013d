"""Whatever a GIFT or Aiken file holds, importing gives questions or located problems.

Text is built from the pieces that matter to each format (markers, braces,
escapes, line breaks) mixed with any characters at all; bytes are arbitrary.
Nothing may escape as an exception, every problem must point at a line of the
file, and every question imported must make a bank that passes ``check``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.check import check_text
from quizapp.bank.problems import printable
from quizapp.cli import cli
from quizapp.transfer.aiken import parse_aiken
from quizapp.transfer.common import ImportResult, normalise_newlines
from quizapp.transfer.files import build_bank
from quizapp.transfer.gift import parse_gift
from quizapp.transfer.toml_writer import bank_toml

PROPERTIES = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ANY_CHARACTER = st.characters(exclude_categories=["Cs"])  # decoded files hold no surrogates

GIFT_PIECES = [
    "::",
    "::t::",
    "{",
    "}",
    "{}",
    "=",
    "~",
    "#",
    "####",
    "->",
    "%50%",
    "%-100%",
    "%150%",
    "\\",
    "\\{",
    "\\=",
    "\\n",
    "\n",
    "\n\n",
    "\r\n",
    "//",
    "// c\n",
    "$CATEGORY: a/b\n",
    "T",
    "FALSE",
    "#12:1",
    "10..14",
    "..",
    ":",
    "[html]",
    "[plain]",
    "<b>",
    "&amp;",
    " ",
    "\t",
    "a",
    "Q?",
    "{{",
    "}}",
    "|",
    "\x00",
    "\x1b[31m",
    "\u202e",
    "\ufeff",
]
AIKEN_PIECES = [
    "A. ",
    "B. ",
    "C) ",
    "D. ",
    "A.",
    "ANSWER: ",
    "ANSWER:",
    "answer: ",
    "A",
    "B",
    "A, C",
    "Z",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "x",
    "What?",
    "\x1b",
    "{T}",
]


def texts(pieces: list[str]) -> st.SearchStrategy[str]:
    parts = st.one_of(st.sampled_from(pieces), st.text(ANY_CHARACTER, max_size=4))
    return st.lists(parts, max_size=40).map("".join)


def mangled(files: st.SearchStrategy[str], pieces: list[str]) -> st.SearchStrategy[str]:
    """Well-formed files with a few pieces dropped in at random places (often still valid)."""
    edits = st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(pieces)), max_size=3)

    def apply(file: str, changes: list[tuple[int, str]]) -> str:
        for position, piece in changes:
            at = position % (len(file) + 1)
            file = file[:at] + piece + file[at:]
        return file

    return st.builds(apply, files, edits)


WORDS = st.text("abcXYZ 019é?.'", max_size=6)
GIFT_ANSWER = st.tuples(
    st.sampled_from(["=", "~", "=%50%", "~%50%", "~%-100%", "=%100%"]),
    WORDS,
    st.sampled_from(["", "#feedback", " -> x", " -> y", " -> z"]),
).map("".join)
GIFT_ANSWERS = st.one_of(
    st.lists(GIFT_ANSWER, max_size=4).map(" ".join),
    st.sampled_from(
        [
            "T",
            "F",
            "TRUE",
            "false#no#yes",
            "#12",
            "#10..14",
            "#1:2",
            "#=3:1 =%50%3:2",
            "",
            "=a -> 1 =b -> 2",
            "=a =b",
            "~%50%a ~%50%b ~c",
        ]
    ),
)
GIFT_QUESTION = st.tuples(
    st.sampled_from(["", "::t::", "::T 2::", "::q.1::"]),
    st.sampled_from(["", "[html]", "[plain]"]),
    WORDS,
    st.just("{"),
    GIFT_ANSWERS,
    st.sampled_from(["", "####general"]),
    st.just("}"),
    st.sampled_from(["", " after", "\nmore", ""]),
).map("".join)
GIFT_FILES = st.lists(
    st.tuples(
        GIFT_QUESTION,
        st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n// c\n\n", "\n$CATEGORY: a/b\n"]),
    ).map("".join),
    max_size=6,
).map("".join)
AIKEN_QUESTION = st.tuples(
    WORDS.map(lambda text: text + "?\n"),
    st.lists(WORDS, min_size=0, max_size=5).map(
        lambda options: "".join(
            f"{chr(65 + n)}{'.' if n % 2 else ')'} {text}\n" for n, text in enumerate(options)
        )
    ),
    st.sampled_from(["ANSWER: A", "ANSWER: B", "ANSWER: A, C", "ANSWER: E", "ANSWER:", ""]),
).map("".join)
AIKEN_FILES = st.lists(AIKEN_QUESTION, max_size=5).map("\n\n".join)


def assert_located_or_imported(result: ImportResult, text: str, name: str) -> None:
    lines = text.count("\n") + 1
    for problem in result.problems:
        assert problem.path == name
        assert 1 <= problem.line <= lines, problem
        assert problem.column >= 1, problem
        assert "\n" not in str(problem) and str(problem) == printable(str(problem))
    if result.questions:
        written = bank_toml(build_bank(result, "fuzz", "Fuzz", ""))
        bank, problems = check_text(written, "fuzz.toml")
        assert bank is not None, problems
        assert [p for p in problems if p.severity == "error"] == []


@PROPERTIES
@given(st.one_of(texts(GIFT_PIECES), mangled(GIFT_FILES, GIFT_PIECES)))
def test_any_gift_text_gives_questions_or_located_problems(raw: str) -> None:
    text = normalise_newlines(raw)
    assert_located_or_imported(parse_gift(text, "fuzz.gift"), text, "fuzz.gift")


@PROPERTIES
@given(st.one_of(texts(AIKEN_PIECES), mangled(AIKEN_FILES, AIKEN_PIECES)))
def test_any_aiken_text_gives_questions_or_located_problems(raw: str) -> None:
    text = normalise_newlines(raw)
    assert_located_or_imported(parse_aiken(text, "fuzz.txt"), text, "fuzz.txt")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=200),
        mangled(GIFT_FILES, GIFT_PIECES).map(str.encode),
        mangled(AIKEN_FILES, AIKEN_PIECES).map(str.encode),
    ),
    st.sampled_from([[], ["--format", "gift"], ["--format", "aiken"]]),
)
def test_import_command_never_shows_a_traceback(data: bytes, options: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source, output = Path(folder, "input.txt"), Path(folder, "out.toml")
        source.write_bytes(data)
        result = CliRunner().invoke(cli, ["import", str(source), "-o", str(output), *options])
        assert result.exit_code in (0, 1), result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output
        if output.exists():
            bank, problems = check_text(output.read_text("utf-8"), "out.toml")
            assert bank is not None and not [p for p in problems if p.severity == "error"]
