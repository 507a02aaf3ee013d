"""The wheel carries the bundled banks: installed away from the repository, it finds them.

The wheel is built from the repository, installed into a folder of its own and run
from another folder, with only that folder on the path for quizapp (its dependencies
come from the environment the tests run in).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("wheel")]

PIP_TIMEOUT_S = 300


def pip(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pip", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=PIP_TIMEOUT_S,
    )


def build_wheel(repo: Path, into: Path) -> Path:
    """The repository's wheel; skips the test if its build tools cannot be had."""
    # With the build backend at hand no network is needed; otherwise pip fetches it
    # into an isolated build environment, which needs the package index.
    local_backend = importlib.util.find_spec("hatchling") is not None
    isolation = ["--no-build-isolation"] if local_backend else []
    built = pip("wheel", "--no-deps", *isolation, "-w", into, repo)
    if built.returncode != 0:
        output = built.stdout + built.stderr
        if not local_backend and "build dependencies" in output:
            pytest.skip(
                "building the wheel needs its build backend (hatchling) from the "
                "package index, which cannot be reached: " + output.strip().splitlines()[-1]
            )
        pytest.fail(f"pip wheel failed:\n{output}")
    wheels = list(into.glob("quizapp-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_an_installed_wheel_finds_its_bundled_banks_from_anywhere(
    repo: Path, bundled_bank: Path, tmp_path: Path, app_env: dict[str, str]
) -> None:
    wheel = build_wheel(repo, tmp_path / "wheels")
    site = tmp_path / "site"
    installed = pip("install", "--no-deps", "--no-index", "--target", site, wheel)
    assert installed.returncode == 0, installed.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**app_env, "PYTHONPATH": str(site)}

    def python(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args],
            input=stdin,
            env=env,
            cwd=elsewhere,
            capture_output=True,
            text=True,
            timeout=60,
        )

    located = python(
        "-c",
        "import quizapp, quizapp.paths as p; print(quizapp.__file__); print(p.bundled_banks_dir())",
    )
    assert located.returncode == 0, located.stderr
    package_file, banks_dir = (Path(line).resolve() for line in located.stdout.splitlines())
    assert package_file.is_relative_to(site.resolve())  # not the repository's copy
    assert banks_dir == (site / "quizapp" / "questions").resolve()
    assert (banks_dir / bundled_bank.name).read_bytes() == bundled_bank.read_bytes()

    checked = python("-m", "quizapp", "check", str(banks_dir))
    with bundled_bank.open("rb") as bank_file:
        count = len(tomllib.load(bank_file)["questions"])
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"1 bank, {count} questions, 0 errors, 0 warnings" in checked.stdout

    # With no bank named, play takes the bundled one from inside the installed package.
    played = python("-m", "quizapp", "play", "--plain", "--count", "1", "--no-shuffle")
    assert played.returncode == 0, played.stderr
    assert "Question 1 of 1" in played.stdout
    assert "On what date did Xi and Zelensky speak by phone?" in played.stdout
    assert "End of input." in played.stdout
