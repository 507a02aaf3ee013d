"""The command line's own behaviour: one-line errors with the right exit codes, and the
options ``quizapp`` takes with no command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, cwd: Path, env_progress: Path | None = None) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    if env_progress is not None:
        env["QUIZAPP_PROGRESS"] = str(env_progress)
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("play", "--count", "0", "--plain"), "--count"),
        (("play", "--mode", "sprint", "--plain"), "--mode"),
        (("no-such-command",), "no-such-command"),
        (("check",), "PATH"),
        (("--progress", "p.sqlite3", "stats"), "after the command"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(
    tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert words in lines[0]
    assert "--help" in lines[0]
    assert "Traceback" not in result.stderr


def test_bad_data_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = run("play", "missing.toml", "--plain", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["quizapp: missing.toml: no such file or folder"]


def test_progress_before_no_command_is_the_progress_file(tmp_path: Path) -> None:
    # Without a terminal the study app refuses to open, but only after the progress file
    # named on the group has been opened: it exists afterwards, and the env one does not.
    chosen, from_env = tmp_path / "chosen.sqlite3", tmp_path / "env.sqlite3"
    result = run("--progress", str(chosen), cwd=tmp_path, env_progress=from_env)
    assert result.returncode == 2
    assert "needs a terminal" in result.stderr
    assert chosen.exists()
    assert not from_env.exists()


def test_help_and_version_exit_0(tmp_path: Path) -> None:
    assert run("--help", cwd=tmp_path).returncode == 0
    version = run("--version", cwd=tmp_path)
    assert version.returncode == 0
    assert version.stdout.startswith("quizapp, version ")


def test_every_help_page_reads_as_plain_text() -> None:
    # Docstring markup (``code``) is shown literally by a terminal's help page.
    import click

    from quizapp.cli import cli as group

    assert isinstance(group, click.Group)
    with click.Context(group, info_name="quizapp") as context:
        pages = {"quizapp": group.get_help(context)}
        for name in group.list_commands(context):
            command = group.get_command(context, name)
            assert command is not None
            with click.Context(command, info_name=name, parent=context) as sub:
                pages[name] = command.get_help(sub)
    marked = {name: page for name, page in pages.items() if "``" in page}
    assert marked == {}
