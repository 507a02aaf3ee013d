"""Every command that writes a file refuses an existing one in the same words, and
replaces it with --force."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quizapp.cli import cli
from quizapp.commands.overwrite import exists_message

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[2]
BANK = ROOT / "questions" / "xi-zelensky-call.toml"
ARTICLE = next((ROOT / "tests" / "draft" / "articles").iterdir())
KEPT = "# my own work\n"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A progress file with one answer, for export; every folder the app uses in tmp_path."""
    progress = tmp_path / "p.sqlite3"
    environment = {
        "QUIZAPP_PROGRESS": str(progress),
        "QUIZAPP_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    played = CliRunner().invoke(
        cli, ["play", "--plain", "--count", "1", str(BANK)], input="x\n", env=environment
    )
    assert progress.exists(), played.output
    return environment


COMMANDS = {
    "new": lambda out: ["new", out],
    "import": lambda out: ["import", str(DATA / "gift" / "choice.gift"), "-o", out],
    "export-bank": lambda out: ["export-bank", str(BANK), "-o", out],
    "draft": lambda out: ["draft", str(ARTICLE), "-o", out],
    "export": lambda out: ["export", "-o", out],
    "report": lambda out: ["report", "{progress}", "-o", out],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_an_existing_file_is_refused_in_one_sentence_and_replaced_with_force(
    command: str, tmp_path: Path, env: dict[str, str]
) -> None:
    out = tmp_path / "out.txt"
    out.write_text(KEPT)
    args = [arg.format(progress=env["QUIZAPP_PROGRESS"]) for arg in COMMANDS[command](str(out))]
    refused = CliRunner().invoke(cli, args, env=env)
    assert refused.exit_code == 1
    assert refused.stderr == f"quizapp: {exists_message(out)}\n"
    assert out.read_text() == KEPT
    replaced = CliRunner().invoke(cli, [*args, "--force"], env=env)
    assert replaced.exit_code == 0, replaced.output
    assert out.read_text() != KEPT
