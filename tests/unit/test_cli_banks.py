"""One way to open banks for every command, ``quizapp PATH...``, and line mode's small
promises (the answer echoed, nothing due, settings kept)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from small_banks import GOOD, broken_bank

from quizapp.paths import Settings, read_settings, write_settings

# Loads as TOML and as a bank, but fails check: the answer is not one of the choices.
LINT_BROKEN = broken_bank("lint")
TOML_BROKEN = GOOD.replace('id = "good"', 'id = "toml"').replace("[[questions]]", "[[questions]")


def run(tmp_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QUIZAPP_PROGRESS": str(tmp_path / "progress.sqlite3"),
        "QUIZAPP_CACHE_DIR": str(tmp_path / "cache"),
        "QUIZAPP_SETTINGS": str(tmp_path / "settings.toml"),
    }
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        cwd=tmp_path,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    banks = tmp_path / "banks"
    banks.mkdir()
    (banks / "a-good.toml").write_text(GOOD, encoding="utf-8")
    (banks / "b-lint.toml").write_text(LINT_BROKEN, encoding="utf-8")
    (banks / "c-toml.toml").write_text(TOML_BROKEN, encoding="utf-8")
    return banks


def test_a_broken_bank_in_a_folder_does_not_block_the_good_ones(
    tmp_path: Path, folder: Path
) -> None:
    result = run(tmp_path, "play", str(folder), "--plain", stdin="1\n")
    assert result.returncode == 0, result.stderr
    assert "quizapp: Good bank — 1 question (practice)" in result.stdout
    left_out = result.stderr.splitlines()
    assert len(left_out) == 2
    assert left_out[0].startswith(f"quizapp: left out: {folder / 'b-lint.toml'}:")
    assert "'red' is not one of the choices" in left_out[0]
    assert left_out[1].startswith(f"quizapp: left out: {folder / 'c-toml.toml'}:")


@pytest.mark.parametrize(
    "args",
    [
        ("play", "{bank}", "--plain"),
        ("grade", "{bank}", "sky", "red"),
        ("export-bank", "{bank}"),
        ("stats", "{bank}"),
    ],
)
def test_every_command_refuses_a_bank_that_fails_check(tmp_path: Path, args: tuple[str]) -> None:
    bank = tmp_path / "lint.toml"
    bank.write_text(LINT_BROKEN, encoding="utf-8")
    result = run(tmp_path, *(arg.format(bank=bank) for arg in args))
    assert result.returncode == 1, result.stdout
    assert "'red' is not one of the choices" in result.stderr
    assert "Traceback" not in result.stderr


def test_quizapp_path_opens_the_study_app_with_the_progress_file_given(
    tmp_path: Path, folder: Path
) -> None:
    chosen = tmp_path / "chosen.sqlite3"
    result = run(tmp_path, "--progress", str(chosen), str(folder))
    # No terminal here: the study app refuses, after opening the progress file named.
    assert result.returncode == 2
    assert "needs a terminal" in result.stderr
    assert chosen.exists()
    assert not (tmp_path / "progress.sqlite3").exists()


def test_a_word_that_is_no_command_and_no_path_is_still_an_unknown_command(
    tmp_path: Path,
) -> None:
    result = run(tmp_path, "stat")
    assert result.returncode == 2
    assert "No such command 'stat'" in result.stderr


def test_answers_from_a_pipe_are_echoed_after_the_prompt(tmp_path: Path, folder: Path) -> None:
    result = run(tmp_path, "play", str(folder / "a-good.toml"), "--plain", stdin="blue\n")
    assert "Answer: blue\nVerdict: correct" in result.stdout


def test_an_empty_input_ends_with_a_clear_result_not_zero_of_zero(tmp_path: Path) -> None:
    bank = tmp_path / "good.toml"
    bank.write_text(GOOD, encoding="utf-8")
    result = run(tmp_path, "play", str(bank), "--plain", stdin="")
    assert "0 of 0" not in result.stdout
    assert "Results: 0 of 1 point (0%), 0 answered, 1 unanswered" in result.stdout


def test_review_with_nothing_due_says_so_and_what_to_play_instead(tmp_path: Path) -> None:
    bank = tmp_path / "good.toml"
    bank.write_text(GOOD, encoding="utf-8")
    result = run(tmp_path, "play", str(bank), "--plain", "--mode", "review")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "quizapp: nothing is due for review. Instead: 1 new question: --new, or --mode practice"
    ]


def test_a_sprint_reports_the_personal_best(tmp_path: Path) -> None:
    bank = tmp_path / "good.toml"
    bank.write_text(GOOD, encoding="utf-8")
    first = run(
        tmp_path, "play", str(bank), "--plain", "--sprint", "60", "--no-shuffle", stdin="1\n"
    )
    assert "(sprint, 60 s)" in first.stdout
    assert "Sprint: 1 in 60 s (your first sprint of this length on these banks)" in first.stdout
    second = run(
        tmp_path, "play", str(bank), "--plain", "--sprint", "60", "--no-shuffle", stdin="2\n"
    )
    assert "Sprint: 0 in 60 s (personal best 1)" in second.stdout
    refused = run(tmp_path, "play", str(bank), "--plain", "--sprint", "60", "--mode", "exam")
    assert refused.returncode == 2


def test_play_takes_its_default_count_and_mode_from_the_settings(tmp_path: Path) -> None:
    bank = tmp_path / "many.toml"
    questions = "".join(
        f'\n[[questions]]\nid = "q{n}"\ntype = "truefalse"\nprompt = "Is {n} even?"\n'
        f"answer = {'true' if n % 2 == 0 else 'false'}\n"
        for n in range(12)
    )
    bank.write_text('[bank]\nid = "many"\ntitle = "Many"\n' + questions, encoding="utf-8")
    assert "— 10 questions (practice)" in run(tmp_path, "play", str(bank), "--plain").stdout
    write_settings(Settings(count=3, mode="exam"), tmp_path / "settings.toml")
    assert "— 3 questions (exam)" in run(tmp_path, "play", str(bank), "--plain").stdout


def test_settings_round_trip_and_bad_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "settings.toml"
    assert read_settings(path) == (Settings(), None)
    assert write_settings(Settings(theme="nord", count=7, mode="review"), path) is None
    assert read_settings(path) == (Settings(theme="nord", count=7, mode="review"), None)
    path.write_text('count = 0\nmode = "speed"\nsprint = -1\ncolour = 1\n', encoding="utf-8")
    settings, notice = read_settings(path)
    assert settings == Settings()
    assert notice is not None and "count must be" in notice and "'colour'" in notice
    assert "mode must be" in notice and "sprint must be" in notice
    path.write_text("count = [", encoding="utf-8")
    assert read_settings(path)[0] == Settings()
