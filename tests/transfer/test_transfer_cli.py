"""``quizapp import`` and ``quizapp export-bank`` through the real command line group."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from quizapp.bank.check import check_paths
from quizapp.bank.loader import load_bank
from quizapp.cli import cli

DATA = Path(__file__).parent / "data"
BUNDLED = Path(__file__).resolve().parents[2] / "questions" / "xi-zelensky-call.toml"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def assert_clean_failure(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


def test_import_writes_a_bank_that_passes_check(tmp_path: Path) -> None:
    out = tmp_path / "choice.toml"
    result = run("import", DATA / "gift" / "choice.gift", "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert lines(result.stderr) == [
        f"imported 3 questions from {DATA / 'gift' / 'choice.gift'} (GIFT) into {out}; "
        "0 errors, 0 warnings"
    ]
    report = check_paths([out])
    assert report.problems == [] and report.banks[0].id == "choice"
    assert report.banks[0].title == "choice"


def test_import_to_stdout_with_id_and_title(tmp_path: Path) -> None:
    result = run("import", DATA / "aiken" / "basic.txt", "--id", "Geo.1", "--title", "Geography")
    assert result.exit_code == 0, result.output
    written = tmp_path / "written.toml"
    written.write_text(result.stdout, "utf-8")
    bank = load_bank(written)
    assert (bank.id, bank.title, len(bank.questions)) == ("Geo.1", "Geography", 4)
    assert "(AIKEN)" in result.stderr


def test_bank_id_comes_from_the_file_name(tmp_path: Path) -> None:
    source = tmp_path / "My Chapter_1.gift"
    shutil.copy(DATA / "gift" / "truefalse.gift", source)
    result = run("import", source, "-o", tmp_path / "out.toml")
    assert result.exit_code == 0, result.output
    bank = load_bank(tmp_path / "out.toml")
    assert (bank.id, bank.title) == ("my-chapter-1", "My Chapter 1")


def test_import_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out.toml"
    out.write_text("keep me", "utf-8")
    result = run("import", DATA / "gift" / "choice.gift", "-o", out)
    assert_clean_failure(result, 1)
    assert lines(result.stderr) == [f"quizapp: {out} already exists; use --force to replace it"]
    assert out.read_text("utf-8") == "keep me"
    forced = run("import", DATA / "gift" / "choice.gift", "-o", out, "--force")
    assert forced.exit_code == 0, forced.output
    assert len(load_bank(out).questions) == 3


def test_broken_questions_are_reported_and_the_rest_imported(tmp_path: Path) -> None:
    source = DATA / "gift" / "broken.gift"
    out = tmp_path / "out.toml"
    result = run("import", source, "-o", out)
    assert_clean_failure(result, 1)
    errors = [line for line in lines(result.stderr) if line.startswith(str(source))]
    assert len(errors) == 17
    assert errors[0] == f"{source}:5:41: '{{' is never closed (a question ends at a blank line)"
    assert [q.id for q in load_bank(out).questions] == ["good-1", "good-2", "good-3"]
    assert lines(result.stderr)[-1].endswith("; 17 errors, 0 warnings")


def test_partial_makes_a_partly_broken_import_succeed(tmp_path: Path) -> None:
    result = run("import", DATA / "aiken" / "broken.txt", "-o", tmp_path / "out.toml", "--partial")
    assert result.exit_code == 0, result.output
    assert len(load_bank(tmp_path / "out.toml").questions) == 2


def test_warnings_alone_do_not_fail_the_import(tmp_path: Path) -> None:
    result = run("import", DATA / "gift" / "skipped.gift", "-o", tmp_path / "out.toml")
    assert result.exit_code == 0, result.output
    assert sum("warning: essay question" in line for line in lines(result.stderr)) == 2


def test_format_option_overrides_detection(tmp_path: Path) -> None:
    result = run("import", DATA / "aiken" / "basic.txt", "--format", "gift")
    assert_clean_failure(result, 1)
    assert "no questions imported" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"no questions here\n", "cannot tell whether this is GIFT or Aiken"),
        (b"Q {T}\n\xff\xfe\n", ":2:1: not UTF-8 text (byte 0xff)"),
        (b"Just a description.\n", "cannot tell"),
        (b"::d:: A description only.\n", "no questions imported"),
    ],
)
def test_unusable_files_fail_in_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    source = tmp_path / "in.gift"
    source.write_bytes(content)
    result = run("import", source, "-o", tmp_path / "out.toml")
    assert_clean_failure(result, 1)
    assert message in lines(result.stderr)[-1]
    assert not (tmp_path / "out.toml").exists()


def test_missing_file_and_folder(tmp_path: Path) -> None:
    missing = run("import", tmp_path / "nope.gift")
    assert_clean_failure(missing, 1)
    assert lines(missing.stderr) == [f"quizapp: {tmp_path / 'nope.gift'}: no such file"]
    folder = run("import", tmp_path)
    assert_clean_failure(folder, 1)
    assert "is a folder" in folder.stderr


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--id", "-bad"),
        ("--id", "has space"),
        ("--id", "x" * 101),
        ("--id", "ünï"),
        ("--title", ""),
        ("--title", "x" * 201),
        ("--title", "two\nlines"),
        ("--title", "\x1b[31m"),
    ],
)
def test_bad_bank_id_or_title_is_a_usage_error(option: str, value: str) -> None:
    result = run("import", DATA / "gift" / "choice.gift", option, value)
    assert_clean_failure(result, 2)
    assert option in result.stderr


def test_export_bank_writes_gift_and_names_what_it_skips(tmp_path: Path) -> None:
    out = tmp_path / "bank.gift"
    result = run("export-bank", BUNDLED, "--format", "gift", "-o", out)
    assert result.exit_code == 0, result.output
    bank = load_bank(BUNDLED)
    unsayable = [
        q.id
        for q in bank.questions
        if q.type in ("order", "date") or (q.type == "cloze" and len(q.blanks()) > 1)
    ]  # type: ignore[attr-defined]
    skipped = [line.split("'")[1] for line in lines(result.stderr) if "skipped '" in line]
    assert skipped == unsayable and skipped
    written = len(bank.questions) - len(unsayable)
    assert lines(result.stderr)[-1] == (
        f"exported {written} questions to {out} (GIFT); {len(unsayable)} skipped"
    )
    reimported = run("import", out, "-o", tmp_path / "again.toml")
    assert reimported.exit_code == 0, reimported.output
    again = load_bank(tmp_path / "again.toml")
    expected = [q.id for q in bank.questions if q.id not in unsayable]
    assert [q.id for q in again.questions] == expected


def test_export_bank_to_stdout_and_verbose_notes(tmp_path: Path) -> None:
    result = run("export-bank", BUNDLED, "--verbose")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("// ")
    assert "::call-weekday-typed::" in result.stdout
    assert any(
        line.startswith("quizapp: note: 'call-weekday-typed'") and "time_limit" in line
        for line in lines(result.stderr)
    )


def test_export_bank_refuses_a_broken_bank_and_a_folder(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(
        '[bank]\nid = "b"\ntitle = "B"\n\n[[questions]]\nid = "q"\ntype = "choice"\n'
        'prompt = "P"\nchoices = ["a", "b"]\nanswr = "a"\n',
        "utf-8",
    )
    result = run("export-bank", broken)
    assert_clean_failure(result, 1)
    assert f"{broken}:10:1:" in result.stderr and "answr" in result.stderr
    assert_clean_failure(run("export-bank", tmp_path), 2)


def test_export_bank_with_nothing_gift_can_say(tmp_path: Path) -> None:
    bank = tmp_path / "order.toml"
    bank.write_text(
        '[bank]\nid = "o"\ntitle = "O"\n\n[[questions]]\nid = "q"\ntype = "order"\n'
        'prompt = "Put in order"\nitems = ["a", "b"]\n',
        "utf-8",
    )
    result = run("export-bank", bank, "-o", tmp_path / "out.gift")
    assert_clean_failure(result, 1)
    assert "none of its questions can be written as GIFT" in result.stderr
    assert not (tmp_path / "out.gift").exists()


def test_export_bank_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "out.gift"
    out.write_text("keep", "utf-8")
    assert_clean_failure(run("export-bank", BUNDLED, "-o", out), 1)
    assert out.read_text("utf-8") == "keep"
    assert run("export-bank", BUNDLED, "-o", out, "--force").exit_code == 0
    assert out.read_text("utf-8").startswith("// ")
