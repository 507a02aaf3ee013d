"""Limits are checked where they are given: on the command line and in the bank."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quizapp.bank.loader import parse_bank
from quizapp.bank.problems import BankError
from quizapp.cli import cli


@pytest.mark.parametrize("option", ["--timed", "--time-limit"])
@pytest.mark.parametrize("value", ["nan", "inf", "1e10", "1e300", "0", "-5"])
def test_time_limits_out_of_range_are_usage_errors(tmp_path: Path, option: str, value: str) -> None:
    """nan meant "no limit" and 1e10 overflowed select() once the session started."""
    result = CliRunner().invoke(
        cli, ["play", "--plain", option, value, "--progress", str(tmp_path / "p.sqlite3")]
    )
    assert result.exit_code == 2
    assert result.stderr.endswith(
        f"Invalid value for '{option}': must be more than 0 seconds and at most 86400 (a day)\n"
    )
    assert not (tmp_path / "p.sqlite3").exists()


def many_choices(count: int) -> str:
    choices = ", ".join(f'"c{n}"' for n in range(count))
    return (
        '[bank]\nid = "b"\ntitle = "B"\n\n[[questions]]\nid = "q"\ntype = "multi"\n'
        f'prompt = "?"\nchoices = [{choices}]\nanswers = ["c0"]\n'
    )


def test_a_question_holds_at_most_a_hundred_choices() -> None:
    parse_bank(many_choices(100), "b.toml")
    with pytest.raises(BankError) as caught:
        parse_bank(many_choices(101), "b.toml")
    (problem,) = caught.value.problems
    assert problem.message == "'choices' allows at most 100 items, got 101 items"
