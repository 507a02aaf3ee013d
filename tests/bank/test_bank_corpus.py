"""The corpus of bad banks: each file says, on its first lines, what must be reported where.

``# expect: LINE: text`` means a problem on LINE whose printed form (after
``FILE:LINE:COL: ``) contains ``text``; every problem found must be expected.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.bank.check import check_paths
from quizapp.bank.problems import Problem

BAD = Path(__file__).resolve().parent / "bad"
EXPECT = re.compile(rb"^# expect: (\d+): (.*)$")
CORPUS = sorted(BAD.glob("*.toml"))


def expectations(path: Path) -> list[tuple[int, str]]:
    found = []
    for raw in path.read_bytes().splitlines():
        match = EXPECT.match(raw)
        if not match:
            break
        found.append((int(match.group(1)), match.group(2).decode("utf-8")))
    return found


def printed_message(problem: Problem) -> str:
    return str(problem).split(": ", 1)[1]


def test_the_corpus_is_large_enough_and_every_file_says_what_to_expect() -> None:
    assert len(CORPUS) >= 20
    assert all(expectations(path) for path in CORPUS)


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.stem)
def test_each_bad_bank_is_reported_at_its_line_with_its_message(path: Path) -> None:
    report = check_paths([path])
    expected = expectations(path)
    for line, text in expected:
        at_line = [printed_message(p) for p in report.problems if p.line == line]
        assert any(text in message for message in at_line), (
            f"expected {text!r} on line {line}; got {[str(p) for p in report.problems]}"
        )
    assert len(report.problems) == len(expected), [str(p) for p in report.problems]
    assert all(p.path == str(path) and p.column >= 1 for p in report.problems)
