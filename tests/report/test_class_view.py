"""``quizapp class DIR``: the teacher's live view, read from the class folder."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from class_fixture import T0, make_class, write_progress

from quizapp.bank.loader import load_bank
from quizapp.report.live import class_goal, snapshot
from quizapp.serve.learners import learner_in
from quizapp.tui.screens.class_view import REFRESH_S, ClassViewApp

NOW = T0 + timedelta(minutes=6)


def class_folder(tmp_path: Path) -> tuple[Path, list]:  # type: ignore[type-arg]
    folder, _ = make_class(tmp_path)
    return folder, [load_bank(tmp_path / "geo.toml")]


def test_snapshot_says_who_is_in_how_far_and_the_hardest_questions(tmp_path: Path) -> None:
    folder, banks = class_folder(tmp_path)
    found = snapshot(folder, banks, NOW)
    # Ana answered last at minute 3, Cy at 2, Dee at 1 (Ben's answers are not in the folder).
    assert [
        (one.name, one.answered, one.goal, round(one.score), one.since_last_s)
        for one in found.learners
    ] == [
        ("Ana", 3, 3, 67, 180.0),
        ("Cy", 3, 3, 100, 240.0),
        ("Dee", 2, 3, 50, 300.0),
    ]
    # q1 and q2: two of three right at first; q1 comes first by its id. q3: all right.
    assert [(q.question, round(q.facility)) for q in found.hardest] == [
        ("q1", 67),
        ("q2", 67),
        ("q3", 100),
    ]
    assert found.answers == 9


def test_the_goal_is_the_fixed_sessions_count(tmp_path: Path) -> None:
    folder, banks = class_folder(tmp_path)
    (folder / "class.json").write_text('{"banks": [], "session": {"count": 2}}')
    assert class_goal(folder, banks) == 2


async def wait_for_read(pilot, app: ClassViewApp) -> None:  # type: ignore[no-untyped-def]
    await app.workers.wait_for_complete()
    await pilot.pause()


def rows(app: ClassViewApp, table: str) -> list[list[str]]:
    data = app.query_one(table)
    return [[str(cell) for cell in data.get_row_at(n)] for n in range(data.row_count)]


async def test_the_live_view_lists_learners_and_hardest_questions(tmp_path: Path) -> None:
    folder, banks = class_folder(tmp_path)
    app = ClassViewApp(folder, banks, lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_read(pilot, app)
        assert rows(app, "#class-learners")[0] == ["● Ana", "3/3", "██████████", "67%", "3m"]
        assert [row[0] for row in rows(app, "#class-learners")] == ["● Ana", "● Cy", "● Dee"]
        assert rows(app, "#class-hardest")[0] == ["Which option is right?", "67%", "3", "B (1)"]
        assert "3 learners (3 active), 9 answers" in str(app.query_one("#class-summary").render())


async def test_a_new_answer_shows_at_the_next_refresh_without_a_key(tmp_path: Path) -> None:
    assert REFRESH_S <= 2
    folder, banks = class_folder(tmp_path)
    app = ClassViewApp(folder, banks, lambda: NOW, refresh_s=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_read(pilot, app)
        eve = learner_in(folder, "Eve")
        # A name file edited by hand: what is read from the folder is shown, never run.
        eve.progress.with_suffix(".name.json").write_text('{"name": "Eve\\u001b[2J"}')
        write_progress(eve.progress, [("q1", "C", 0, 900, False)])
        for _ in range(200):
            await pilot.pause(0.05)
            if app.latest is not None and len(app.latest.learners) == 4:
                break
        await pilot.pause()
        names = [row[0] for row in rows(app, "#class-learners")]
        assert names[-1] == "○ Eve\\x1b[2J"  # answered six minutes ago: idle


async def test_a_broken_file_is_one_line_and_the_view_goes_on(tmp_path: Path) -> None:
    folder, banks = class_folder(tmp_path)
    (folder / "stray.json").write_text("[{]")
    app = ClassViewApp(folder, banks, lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_read(pilot, app)
        summary = str(app.query_one("#class-summary").render())
        assert summary.startswith("Cannot read the class: ")
        assert "stray.json" in summary


@pytest.mark.parametrize("size", [(40, 15), (60, 20), (80, 24), (200, 60)])
async def test_the_live_view_fits(tmp_path: Path, size: tuple[int, int]) -> None:
    folder, banks = class_folder(tmp_path)
    app = ClassViewApp(folder, banks, lambda: NOW)
    async with app.run_test(size=size) as pilot:
        await wait_for_read(pilot, app)
        for selector in ("#class-summary", "#class-learners", "#class-hardest"):
            region = app.query_one(selector).region
            assert region.height > 0 and region.right <= size[0], selector
        assert app.query_one("#class-learners").region.height >= 3
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "ClassHelp"
        await pilot.press("escape")
        assert type(app.screen).__name__ != "ClassHelp"


def test_class_needs_a_terminal_and_an_existing_folder(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quizapp.cli import cli

    missing = CliRunner().invoke(cli, ["class", str(tmp_path / "none")])
    assert missing.exit_code == 2 and "does not exist" in missing.stderr
    piped = CliRunner().invoke(cli, ["class", str(tmp_path)])
    assert piped.exit_code == 2 and "needs a terminal" in piped.stderr
