"""Stats on a store of known content, and the stats command."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_helpers import T0, answer, days, demo_bank

from quizapp.cli import cli
from quizapp.scheduling import Rating, new_card, review
from quizapp.store import Store
from quizapp.store.stats import BankStats, DayActivity, TagStats, compute_stats, day_streak

NOW = T0 + days(3)  # Thursday 2026-03-05, 09:00 UTC


def fill_known_content(store: Store) -> None:
    """Answers over five of the last nine days, in the demo bank and a bank with no file."""
    bank = demo_bank()
    current = {q.id: q.content_hash() for q in bank.questions}

    def record(question: str, correct: bool, at: datetime, **kw: object) -> None:
        kw.setdefault("content_hash", current.get(question, "h"))
        store.record_answer(answer(question, correct=correct, at=at, **kw))  # type: ignore[arg-type]

    record("capital", True, T0 - days(3))  # Fri 02-27
    record("capital", True, T0)  # Mon 03-02
    record("year", False, T0 + timedelta(minutes=1))
    record("year", True, T0 + days(1))  # Tue 03-03
    record("removed", True, T0 + days(2))  # Wed 03-04: no longer in the bank
    record("day", True, T0 + days(2), content_hash="stale")  # answered before an edit
    record("year", False, NOW - timedelta(hours=1))  # Thu 03-05, today
    record("q1", False, NOW - timedelta(hours=1), bank_id="old")


def test_stats_of_known_content(store: Store) -> None:
    fill_known_content(store)
    stats = compute_stats(store, [demo_bank()], NOW)

    capital = review(review(new_card(T0), Rating.Good, T0 - days(3)), Rating.Good, T0)
    capital_due = int(capital.due <= NOW)
    demo, old = stats.banks
    assert demo == BankStats(
        id="demo",
        title="Demo bank",
        questions=3,
        answered=3,  # capital, year, day ("removed" is not in the bank now)
        answers=7,
        correct=5,  # every answer to the bank, "removed" included
        learned=1,  # capital: two good answers days apart
        due=1 + capital_due,  # year, missed an hour ago
        new=1,  # day: edited since it was answered
        tags=[TagStats("dates", 4, 2), TagStats("numbers", 3, 1), TagStats("places", 2, 2)],
    )
    assert demo.accuracy == pytest.approx(5 / 7)
    assert old == BankStats(
        id="old",
        title=None,
        questions=None,
        answered=1,
        answers=1,
        correct=0,
        learned=0,
        due=1,
        new=0,
    )
    assert (stats.answers, stats.correct) == (8, 5)
    assert stats.streak == 4  # 03-02 to 03-05; 02-27 is behind a gap
    assert stats.today == date(2026, 3, 5)
    assert len(stats.days) == 14
    assert stats.days[0].day == date(2026, 2, 20)
    assert [d for d in stats.days if d.answers] == [
        DayActivity(date(2026, 2, 27), 1, 1),
        DayActivity(date(2026, 3, 2), 2, 1),
        DayActivity(date(2026, 3, 3), 1, 1),
        DayActivity(date(2026, 3, 4), 2, 2),
        DayActivity(date(2026, 3, 5), 2, 0),
    ]
    assert stats.tags == demo.tags


def test_stats_json_shape(store: Store) -> None:
    fill_known_content(store)
    data = compute_stats(store, [demo_bank()], NOW).to_json()
    assert json.loads(json.dumps(data)) == data
    assert data["answers"] == 8
    assert [(b["id"], b["answered"], b["correct"]) for b in data["banks"]] == [
        ("demo", 3, 5),
        ("old", 1, 0),
    ]
    assert all(isinstance(b["due"], int) for b in data["banks"])
    assert data["streak"] == 4
    assert data["days"][-1] == {"day": "2026-03-05", "answers": 2, "correct": 0}


def test_days_are_the_learners_calendar_days(progress_file: Path) -> None:
    east = timezone(timedelta(hours=2))
    late_evening_utc = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)  # already 03-03 at UTC+2
    with Store.open(progress_file, tz=east) as store:
        store.record_answer(answer("capital", at=late_evening_utc))
        stats = compute_stats(store, [], late_evening_utc)
    assert stats.today == date(2026, 3, 3)
    assert stats.days[-1] == DayActivity(date(2026, 3, 3), 1, 1)


def test_empty_store(store: Store) -> None:
    stats = compute_stats(store, [demo_bank()], NOW)
    assert (stats.answers, stats.streak, stats.accuracy) == (0, 0, None)
    assert stats.banks[0].new == 3
    assert all(d.answers == 0 for d in stats.days)


@pytest.mark.parametrize(
    ("active", "streak"),
    [
        ([], 0),
        (["2026-03-05"], 1),
        (["2026-03-04", "2026-03-03"], 2),  # nothing yet today: the streak holds
        (["2026-03-05", "2026-03-04", "2026-03-02"], 2),
        (["2026-03-03", "2026-03-02"], 0),  # a whole day missed
        (["2026-03-07", "2026-03-05"], 1),  # a day "in the future" is ignored
    ],
)
def test_day_streak(active: list[str], streak: int) -> None:
    assert day_streak(active, date(2026, 3, 5)) == streak


# -- the command ----------------------------------------------------------------------


def past_progress(path: Path) -> None:
    """Known answers from long ago, so everything answered is due whenever the test runs."""
    long_ago = datetime(2024, 1, 10, 12, 0, tzinfo=UTC)
    bank = demo_bank()
    capital = bank.questions[0].content_hash()
    with Store.open(path, tz=UTC) as store:
        store.record_answer(answer("capital", content_hash=capital, at=long_ago))
        store.record_answer(answer("capital", correct=False, content_hash=capital, at=long_ago))
        store.record_answer(answer("q1", bank_id="old", at=long_ago))


def test_stats_command_json(tmp_path: Path) -> None:
    progress = tmp_path / "p.sqlite3"
    past_progress(progress)
    bank_file = tmp_path / "demo.toml"
    demo_bank(bank_file)
    result = CliRunner().invoke(
        cli, ["stats", "--json", "--progress", str(progress), str(bank_file)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["answers"] == 3
    assert [{k: b[k] for k in ("id", "answered", "correct", "due")} for b in data["banks"]] == [
        {"id": "demo", "answered": 1, "correct": 1, "due": 1},
        {"id": "old", "answered": 1, "correct": 1, "due": 1},
    ]
    assert len(data["days"]) == 14


def test_stats_command_text_on_bundled_banks(tmp_path: Path) -> None:
    progress = tmp_path / "p.sqlite3"
    past_progress(progress)
    result = CliRunner().invoke(cli, ["stats", "--progress", str(progress)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "Bank",
        "Questions",
        "Answered",
        "Accuracy",
        "Learned",
        "Due",
        "now",
    ]
    assert lines[1].startswith("xi-zelensky-call")  # the bundled bank
    assert any(line.split()[:3] == ["demo", "(no", "file)"] for line in lines)
    assert "Answers: 3  Accuracy: 67%  Streak: 0 days" in lines
    assert "Last 14 days:" in lines


def test_stats_command_says_there_is_no_progress_file(tmp_path: Path) -> None:
    progress = tmp_path / "none.sqlite3"
    result = CliRunner().invoke(cli, ["stats", "--json", "--progress", str(progress)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"quizapp: there is no progress file at {progress} (nothing answered with it yet)\n"
    )
    assert not progress.exists()


def test_stats_command_honours_the_environment(tmp_path: Path) -> None:
    progress = tmp_path / "env.sqlite3"
    past_progress(progress)
    result = CliRunner(env={"QUIZAPP_PROGRESS": str(progress)}).invoke(cli, ["stats", "--json"])
    assert json.loads(result.stdout)["answers"] == 3


def test_stats_command_reports_a_broken_bank_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[bank]\nid = "x"\ntitle = "X"\n[[questions]]\nid = "a"\n')
    result = CliRunner().invoke(cli, ["stats", "--progress", str(tmp_path / "p"), str(bad)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"quizapp: {bad}:")


def test_stats_command_reports_an_unusable_progress_file_in_one_line(tmp_path: Path) -> None:
    past_progress(tmp_path / "newer.sqlite3")
    conn = sqlite3.connect(tmp_path / "newer.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    for command in ("stats", "export"):
        result = CliRunner().invoke(cli, [command, "--progress", str(tmp_path / "newer.sqlite3")])
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1
        assert "newer quizapp" in result.stderr


def test_stats_command_refuses_a_file_that_is_not_a_progress_file(tmp_path: Path) -> None:
    progress = tmp_path / "p.sqlite3"
    progress.write_bytes(b"garbage" * 200)
    result = CliRunner().invoke(cli, ["stats", "--json", "--progress", str(progress)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"quizapp: {progress} is not a progress file (not an SQLite database); left it untouched\n"
    )
    assert progress.read_bytes() == b"garbage" * 200
    assert [p.name for p in tmp_path.iterdir()] == ["p.sqlite3"]


def test_the_stats_table_and_the_study_block_agree_on_a_learned_question_now_due(
    tmp_path: Path,
) -> None:
    """A question learned (two right answers days apart) and due again was counted twice
    by the table, learned and due, while the Study block counted it due only."""
    progress = tmp_path / "p.sqlite3"
    bank_file = tmp_path / "demo.toml"
    capital = demo_bank(bank_file).questions[0].content_hash()
    long_ago = datetime(2020, 1, 6, 9, tzinfo=UTC)
    with Store.open(progress, tz=UTC) as store:
        for at in (long_ago, long_ago + days(3)):
            store.record_answer(answer("capital", content_hash=capital, at=at))
            store.record_answer(answer("q1", bank_id="old", at=at))
    result = CliRunner().invoke(
        cli, ["stats", "--json", "--progress", str(progress), str(bank_file)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    demo, old = data["banks"]
    study = data["insights"]["study"]["demo"]
    assert (demo["new"], demo["due"], demo["learned"]) == (2, 1, 0)
    assert (study["new"], study["due"], study["learned"]) == (2, 1, 0)
    # a bank known only from the store counts by the same rule
    assert (old["due"], old["learned"]) == (1, 0)
