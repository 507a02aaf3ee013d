"""``quizapp draft`` through the real command line group."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from quizapp.bank.check import check_paths
from quizapp.cli import cli

ARTICLE = Path(__file__).resolve().parents[2] / "tests" / "draft" / "articles" / "xi-zelensky.txt"


def run(*args: str | Path, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, [str(arg) for arg in args], input=stdin)


def assert_one_line_failure(result: Result, code: int) -> str:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output and "internal error" not in result.output
    (line,) = result.stderr.splitlines()
    return line


def test_the_draft_passes_check_and_opens_with_a_draft_comment(tmp_path: Path) -> None:
    out = tmp_path / "call.toml"
    result = run("draft", ARTICLE, "--year", "2023", "-o", out, "--id", "call", "--title", "Call")
    assert result.exit_code == 0, result.output
    report = check_paths([out])
    # A draft asks related questions of one article: check's giveaway warnings point the
    # teacher at those to reword; nothing else may be wrong with it.
    assert [p for p in report.problems if not p.message.endswith("which gives it away")] == []
    bank = report.banks[0]
    assert (bank.id, bank.title) == ("call", "Call")
    assert len(bank.questions) >= 20
    assert out.read_text("utf-8").startswith(
        "# A DRAFT made by 'quizapp draft' from xi-zelensky.txt"
    )
    assert f"into {out}" in result.stderr


def test_every_question_cites_its_source_sentence(tmp_path: Path) -> None:
    out = tmp_path / "call.toml"
    assert run("draft", ARTICLE, "-o", out).exit_code == 0
    article = " ".join(ARTICLE.read_text("utf-8").split())
    text = out.read_text("utf-8")
    tables = text.split("[[questions]]")[1:]
    sources = [line for line in text.splitlines() if line.startswith("source = ")]
    assert len(sources) == len(tables)
    for line in sources:
        source = line.removeprefix("source = ").strip('"')
        for sentence in source.split(" … "):  # the sentences of a question on several
            assert sentence in article


def test_the_same_article_always_gives_the_same_bank() -> None:
    first = run("draft", ARTICLE, "--year", "2023")
    second = run("draft", ARTICLE, "--year", "2023")
    assert first.exit_code == 0 and first.stdout == second.stdout


def test_stdin_is_read_with_a_dash() -> None:
    article = "Mayor Ada Holm said, “The library reopens on Monday, May 6.” Critic Lu Fen agreed."
    result = run("draft", "-", stdin=article)
    assert result.exit_code == 0, result.output
    assert 'id = "draft"' in result.stdout
    assert "The library reopens" in result.stdout


def test_an_existing_file_is_not_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "bank.toml"
    out.write_text("keep me", "utf-8")
    line = assert_one_line_failure(run("draft", ARTICLE, "-o", out), 1)
    assert line == f"quizapp: {out} already exists; use --force to replace it"
    assert out.read_text("utf-8") == "keep me"
    assert run("draft", ARTICLE, "-o", out, "--force").exit_code == 0
    assert check_paths([out]).ok


def test_an_article_with_nothing_to_ask_exits_1_with_one_line(tmp_path: Path) -> None:
    article = tmp_path / "calm.md"
    article.write_text("# A calm day\n\nThe weather was pleasant in the park.\n", "utf-8")
    line = assert_one_line_failure(run("draft", article), 1)
    assert line == f"quizapp: {article}: nothing to ask: no quotation, date, number or role found"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "Missing argument 'ARTICLE'"),
        ((ARTICLE, "--year", "twenty"), "'--year': 'twenty' is not a valid integer"),
        ((ARTICLE, "--id", "bad id!"), "Invalid value for '--id'"),
        ((ARTICLE, "--bogus"), "No such option"),
        ((ARTICLE, "--review"), "--review writes the kept questions to a file"),
    ],
)
def test_bad_usage_exits_2_with_one_line(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "draft", *map(str, args)],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("quizapp draft: ") and message in line


def test_a_missing_or_non_utf8_article_exits_1(tmp_path: Path) -> None:
    line = assert_one_line_failure(run("draft", tmp_path / "none.txt"), 1)
    assert line.endswith("none.txt: no such file")
    latin = tmp_path / "latin.txt"
    latin.write_bytes('Caf\xe9 owner Ana Ruiz said "no".'.encode("latin-1"))
    line = assert_one_line_failure(run("draft", latin), 1)
    assert "not UTF-8 text" in line


def test_only_the_draft_command_imports_the_draft_code() -> None:
    from fresh_python import output_of

    script = (
        "import sys\n"
        "from quizapp.cli import cli\n"
        "import quizapp.tui.app, quizapp.commands.play\n"
        "for args in (['--help'], ['draft', '--help']):\n"
        "    try:\n"
        "        cli.main(args, prog_name='quizapp')\n"
        "    except SystemExit:\n"
        "        pass\n"
        "    print('imported:', [m for m in ('quizapp.draft', 'syntok', 'text_to_num')"
        " if m in sys.modules])\n"
    )
    lines = [line for line in output_of(script).splitlines() if line.startswith("imported:")]
    assert lines == ["imported: []", "imported: []"]
