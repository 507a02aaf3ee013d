"""Export of every answer, as CSV and JSON, through the core and the command."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_helpers import T0, answer

from quizapp.cli import cli
from quizapp.store import Store
from quizapp.store.stats import EXPORT_FIELDS, export_answers

TRICKY = 'Kyiv, "the capital"\nsecond line – ünïcode'

EXPECTED = [
    {
        "bank": "demo",
        "question": "capital",
        "response": TRICKY,
        "score": 1.0,
        "correct": True,
        "elapsed_ms": 20_000,
        "timed_out": False,
        "answered_at": "2026-03-02T09:00:00.000+00:00",
        "session": 1,
        "time_limit_ms": None,
        "overridden": False,
    },
    {
        "bank": "demo",
        "question": "year",
        "response": "",
        "score": 0.0,
        "correct": False,
        "elapsed_ms": 30_000,
        "timed_out": True,
        "answered_at": "2026-03-02T09:00:30.250+00:00",
        "session": 1,
        "time_limit_ms": 30_000,
        "overridden": False,
    },
    {
        "bank": "other",
        "question": "q1",
        "response": "a;b",
        "score": 0.5,
        "correct": False,
        "elapsed_ms": 20_000,
        "timed_out": False,
        "answered_at": "2026-03-02T10:00:00.000+00:00",
        "session": 2,
        "time_limit_ms": None,
        "overridden": False,
    },
]


def fill(path: Path) -> None:
    with Store.open(path, tz=UTC) as store:
        first = store.start_session("practice", ["demo"], T0)
        store.record_answer(answer("capital", response=TRICKY, session_id=first))
        store.record_answer(
            answer(
                "year",
                correct=False,
                response="",
                session_id=first,
                elapsed_ms=30_000,
                timed_out=True,
                time_limit_ms=30_000,
                at=T0 + timedelta(seconds=30, milliseconds=250),
            )
        )
        second = store.start_session("exam", ["other"], T0 + timedelta(hours=1))
        store.record_answer(
            answer(
                "q1",
                bank_id="other",
                correct=False,
                score=0.5,
                response="a;b",
                session_id=second,
                at=T0 + timedelta(hours=1),
            )
        )


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def as_csv_text(record: dict[str, object]) -> dict[str, str]:
    def text(value: object) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if value == TRICKY:
            return TRICKY.replace("\n", "\\n")
        return "" if value is None else str(value)

    return {key: text(value) for key, value in record.items()}


def test_json_export_of_known_content(progress_file: Path) -> None:
    fill(progress_file)
    out = io.StringIO()
    with Store.open(progress_file) as store:
        assert export_answers(store, out, "json") == 3
    assert json.loads(out.getvalue()) == EXPECTED


def test_csv_export_of_known_content(progress_file: Path) -> None:
    fill(progress_file)
    out = io.StringIO()
    with Store.open(progress_file) as store:
        assert export_answers(store, out, "csv") == 3
    text = out.getvalue()
    assert text.splitlines()[0] == ",".join(EXPORT_FIELDS)
    assert csv_rows(text) == [as_csv_text(record) for record in EXPECTED]


@pytest.mark.parametrize(
    ("fmt", "empty"), [("json", "[]\n"), ("csv", ",".join(EXPORT_FIELDS) + "\n")]
)
def test_export_of_nothing(progress_file: Path, fmt: str, empty: str) -> None:
    out = io.StringIO()
    with Store.open(progress_file) as store:
        assert export_answers(store, out, fmt) == 0  # type: ignore[arg-type]
    assert out.getvalue() == empty


def test_export_command_to_stdout_and_file(tmp_path: Path) -> None:
    progress = tmp_path / "p.sqlite3"
    fill(progress)
    runner = CliRunner()
    as_json = runner.invoke(cli, ["export", "--format", "json", "--progress", str(progress)])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.stdout) == EXPECTED

    target = tmp_path / "out.csv"
    as_csv = runner.invoke(
        cli, ["export", "--format", "csv", "-o", str(target), "--progress", str(progress)]
    )
    assert as_csv.exit_code == 0, as_csv.output
    assert as_csv.stdout == ""
    assert csv_rows(target.read_text(encoding="utf-8")) == [as_csv_text(r) for r in EXPECTED]


def test_export_command_defaults_to_csv(tmp_path: Path) -> None:
    progress = tmp_path / "p.sqlite3"
    fill(progress)
    result = CliRunner().invoke(cli, ["export", "--progress", str(progress)])
    assert result.exit_code == 0
    assert len(csv_rows(result.stdout)) == 3


def test_export_command_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    bad_format = runner.invoke(cli, ["export", "--format", "xml"])
    assert bad_format.exit_code == 2
    progress = tmp_path / "p.sqlite3"
    fill(progress)
    (tmp_path / "file").write_text("")
    unwritable = runner.invoke(
        cli, ["export", "-o", str(tmp_path / "file" / "out.csv"), "--progress", str(progress)]
    )
    assert unwritable.exit_code == 1
    assert unwritable.stderr.startswith("quizapp: cannot write ")
    assert unwritable.stderr.count("\n") == 1


def test_export_command_without_a_progress_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["export", "--format", "json", "--progress", str(tmp_path / "none.sqlite3")]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"quizapp: there is no progress file at {tmp_path / 'none.sqlite3'}"
        " (nothing answered with it yet)\n"
    )
    assert not (tmp_path / "none.sqlite3").exists()


@pytest.mark.parametrize(
    ("response", "cell"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "\\t=1"),
        ("\r=1", "\\r=1"),
        ("\x1b]0;owned\x07", "\\x1b]0;owned\\x07"),
        ("\u202eevil", "\\u202eevil"),
        ("Kyiv", "Kyiv"),
    ],
)
def test_csv_cells_are_defused(progress_file: Path, response: str, cell: str) -> None:
    """Teachers open exports in spreadsheets: no formula runs, no control character acts."""
    with Store.open(progress_file, tz=UTC) as store:
        store.record_answer(answer("capital", response=response))
        out = io.StringIO()
        export_answers(store, out, "csv")
        as_json = io.StringIO()
        export_answers(store, as_json, "json")
    assert csv_rows(out.getvalue())[0]["response"] == cell
    assert json.loads(as_json.getvalue())[0]["response"] == response
