"""The report's figures on the fixed class of class_fixture.py, worked out by hand."""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from class_fixture import make_class, write_progress

from quizapp.bank.loader import load_bank
from quizapp.report import Filters, analyse, read_sources
from quizapp.report.analysis import ClassReport, QuestionStats, median_of_counts, pearson
from quizapp.serve.learners import learner_in
from quizapp.store import Store


def report_for(tmp_path: Path, filters: Filters | None = None) -> ClassReport:
    folder, exports = make_class(tmp_path)
    answers = read_sources([folder, *exports], filters or Filters())
    return analyse(answers, [load_bank(path) for path in answers.bank_files])


def by_id(report: ClassReport) -> dict[str, QuestionStats]:
    return {item.question: item for item in report.questions}


def test_learners_merge_by_name_across_folder_and_exports(tmp_path: Path) -> None:
    report = report_for(tmp_path)
    assert [(one.name, one.answered, one.attempts) for one in report.learners] == [
        ("Ana", 3, 4),
        ("Ben", 3, 3),
        ("Cy", 3, 3),
        ("Dee", 3, 3),
    ]
    assert report.attempts == 13


def test_facility_is_the_mean_first_attempt_score(tmp_path: Path) -> None:
    questions = by_id(report_for(tmp_path))
    # q1: 1 0 1 0; q2: 0 0 1 1 (Ana's later right answer does not count); q3: 1 1 1 0
    assert [questions[q].facility for q in ("q1", "q2", "q3")] == [50.0, 50.0, 75.0]
    assert [questions[q].attempts for q in ("q1", "q2", "q3")] == [4, 5, 4]
    assert [questions[q].learners for q in ("q1", "q2", "q3")] == [4, 4, 4]


def test_discrimination_correlates_with_the_rest_of_the_bank(tmp_path: Path) -> None:
    questions = by_id(report_for(tmp_path))
    # q1: x = 1 0 1 0, rest = .5 .5 1 .5: sxy = .25, sxx = 1, syy = .1875
    assert questions["q1"].discrimination == pytest.approx(100 * 0.25 / math.sqrt(0.1875))
    # q2: x = 0 0 1 1, rest = 1 .5 1 0: sxy = -.25, syy = .6875
    assert questions["q2"].discrimination == pytest.approx(-100 * 0.25 / math.sqrt(0.6875))
    # q3: x = 1 1 1 0, rest = .5 0 1 .5: sxy = 0
    assert questions["q3"].discrimination == pytest.approx(0.0)


def test_wrong_answers_distractors_times_and_timeouts(tmp_path: Path) -> None:
    questions = by_id(report_for(tmp_path))
    assert [(w.response, w.count) for w in questions["q1"].wrong_answers] == [("B", 2)]
    assert [(d.response, d.count) for d in questions["q1"].distractors] == [("B", 2), ("C", 0)]
    assert [(w.response, w.count) for w in questions["q2"].wrong_answers] == [("Dnepr", 2)]
    assert questions["q2"].distractors == ()
    assert [questions[q].median_time_s for q in ("q1", "q2", "q3")] == [4.5, 3.0, 1.75]
    assert [questions[q].timed_out for q in ("q1", "q2", "q3")] == [0, 0, 1]


def test_flags(tmp_path: Path) -> None:
    questions = by_id(report_for(tmp_path))
    assert questions["q1"].flags == ()
    assert questions["q2"].flags == (
        "check the key: negative discrimination",
        "consider accepting 'Dnepr'",
    )
    assert questions["q3"].flags == ()


def test_per_learner_and_per_tag(tmp_path: Path) -> None:
    report = report_for(tmp_path)
    ana = report.learners[0]
    assert ana.score == pytest.approx(200 / 3)
    assert ana.time_s == 15.0
    assert [(t.tag, t.facility) for t in ana.tags] == [
        ("dates", 100.0),
        ("geo", 50.0),
        ("names", 0.0),
    ]
    dee = report.learners[3]
    assert (dee.score, dee.time_s) == (pytest.approx(100 / 3), 40.5)
    assert [(t.tag, t.facility, t.answers) for t in report.tags] == [
        ("dates", 75.0, 4),
        ("geo", 50.0, 8),
        ("names", 50.0, 4),
    ]


def test_filters_by_bank_and_date(tmp_path: Path) -> None:
    assert report_for(tmp_path / "a", Filters(banks=frozenset({"other"}))).questions == ()
    # Dee's answer from home is at minute 10, after everything else.
    later = report_for(tmp_path / "b", Filters(since="2026-03-02T09:05"))
    assert [(q.question, q.attempts) for q in later.questions] == [("q3", 1)]


def test_overrides_are_counted_from_files_and_exports(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    progress = learner_in(folder, "Eve").progress
    write_progress(progress, [("q1", "B", 0, 1000, False), ("q1", "C", 0, 1000, False)])
    with Store.open(progress) as store:
        store.override_answer(2)
    export = tmp_path / "fay.json"
    export.write_text(
        '[{"bank": "geo", "question": "q1", "response": "C", "score": 1.0, "correct": true,'
        ' "elapsed_ms": 900, "answered_at": "2026-03-02T10:00:00.000+00:00", "overridden": true}]'
    )
    report = analyse(read_sources([folder, export]), [])
    assert report.questions[0].overrides == 2
    assert [(w.response, w.count) for w in report.questions[0].wrong_answers] == [("B", 1)]
    assert report.unknown_banks == ("geo",)


def test_a_version_1_progress_file_is_read_without_overrides(tmp_path: Path) -> None:
    progress = tmp_path / "old.sqlite3"
    write_progress(progress, [("q1", "B", 0, 1000, False)])
    with sqlite3.connect(progress) as conn:  # as a file written before version 2
        conn.execute("DROP INDEX answers_overridden")
        conn.execute("ALTER TABLE answers DROP COLUMN overridden")
        conn.execute("PRAGMA user_version = 1")
    before = progress.read_bytes()
    assert analyse(read_sources([progress]), []).questions[0].overrides == 0
    assert progress.read_bytes() == before


@pytest.mark.parametrize(
    ("key", "given", "close"),
    [
        ("Dnipro", "Dnepr", True),
        ("Kyiv", "Lviv", False),
        ("Kyiv", "Kiev", False),
        ("Zelensky", "Volodymyr Zelensky", True),
        ("Beijing", "Beijng", True),
        ("Paris", "Rome", False),
        ("no", "on", False),
    ],
)
def test_close_to_the_key(key: str, given: str, close: bool) -> None:
    from quizapp.bank.loader import parse_bank
    from quizapp.report.analysis import close_to_key

    bank = parse_bank(
        f'[bank]\nid = "b"\ntitle = "B"\n\n[[questions]]\nid = "q"\ntype = "short"\n'
        f'prompt = "?"\nanswers = ["{key}"]\n',
        "b.toml",
    )
    assert close_to_key(bank.questions[0], given) is close


def test_pearson_and_median_edge_cases() -> None:
    assert pearson([(1, 1)]) is None
    assert pearson([(1, 0), (1, 1)]) is None  # no spread on one side
    assert pearson([(0, 0), (1, 1), (0.5, 0.5)]) == pytest.approx(1.0)
    assert median_of_counts(Counter()) == 0.0
    assert median_of_counts(Counter({3: 1})) == 3
    assert median_of_counts(Counter({1: 2, 5: 1, 9: 1})) == 3.0
