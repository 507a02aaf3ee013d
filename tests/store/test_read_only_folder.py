"""A progress file in a folder nobody may write (chattr +i, which holds for root too):
the reading commands read it; a session is refused in words that name the folder.

Reading failed with "unable to open database file" (SQLite cannot make the shared-memory
file a WAL database needs there), and play said "cannot read the progress file".
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_helpers import answer

from quizapp.cli import cli
from quizapp.store import Store

pytestmark = pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr")
ANSWERS = 3


@pytest.fixture
def locked_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    with Store.open(folder / "p.sqlite3") as store:
        for number in range(ANSWERS):
            store.record_answer(answer(f"q{number}"))
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("this filesystem cannot make a folder immutable")
    yield folder
    subprocess.run(["chattr", "-i", str(folder)], check=True)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_the_reading_commands_read_a_file_in_a_read_only_folder(locked_folder: Path) -> None:
    progress = str(locked_folder / "p.sqlite3")
    code, out, err = run("export", "--format", "json", "--progress", progress)
    assert (code, err, len(json.loads(out))) == (0, "", ANSWERS)
    code, out, err = run("stats", "--json", "--progress", progress)
    assert (code, err, json.loads(out)["answers"]) == (0, "", ANSWERS)
    code, out, err = run("doctor", "--progress", progress)
    assert (code, err) == (0, "")
    assert sorted(path.name for path in locked_folder.iterdir()) == ["p.sqlite3"]


@pytest.mark.parametrize("name", ["p.sqlite3", "new.sqlite3"])
def test_a_session_in_a_read_only_folder_is_refused_naming_the_folder(
    locked_folder: Path, name: str
) -> None:
    progress = locked_folder / name
    code, _, err = run("play", "--plain", "--progress", str(progress))
    assert code == 1
    assert err == (
        f"quizapp: the folder of the progress file {progress} is read-only: answers cannot "
        "be saved there (make it writable, or name another file with --progress)\n"
    )


def test_export_into_a_read_only_folder_says_it_cannot_write_there(
    locked_folder: Path, tmp_path: Path
) -> None:
    out = locked_folder / "out.csv"
    code, _, err = run("export", "--progress", str(tmp_path / "missing.sqlite3"), "-o", str(out))
    assert code == 1 and err.count("\n") == 1
    with Store.open(tmp_path / "elsewhere.sqlite3") as store:
        store.record_answer(answer("q"))
    code, _, err = run("export", "--progress", str(tmp_path / "elsewhere.sqlite3"), "-o", str(out))
    assert (code, err) == (1, f"quizapp: cannot write {out}: Operation not permitted\n")
