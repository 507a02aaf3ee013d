"""``quizapp report`` and ``quizapp export --learner`` as a teacher runs them."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from class_fixture import ANSWERS, make_class, write_progress
from click.testing import CliRunner

from quizapp.cli import cli
from quizapp.csv_safety import defuse_cell
from quizapp.serve.learners import learner_in


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def sources(tmp_path: Path) -> list[str]:
    folder, exports = make_class(tmp_path)
    return [str(folder), *map(str, exports)]


def test_table_names_every_question_and_learner(tmp_path: Path) -> None:
    code, out, _ = run("report", *sources(tmp_path))
    assert code == 0
    assert out.startswith("4 learners, 3 questions, 13 answers")
    assert re.search(r"geo/q2 +5 +4 +50% +-30% +3\.0s +0 +0  Dnepr \(2\)", out)
    assert "distractors picked: B: 2, C: 0" in out
    assert "! consider accepting 'Dnepr'" in out
    assert re.search(r"Dee +3 +3 +33% +40s", out)


def test_json_carries_the_figures(tmp_path: Path) -> None:
    _, out, _ = run("report", *sources(tmp_path), "--format", "json")
    data = json.loads(out)
    q2 = data["questions"][1]
    assert (q2["question"], q2["facility_pct"], q2["discrimination_pct"]) == ("q2", 50.0, -30.2)
    assert [t["tag"] for t in data["tags"]] == ["dates", "geo", "names"]


def test_csv_cells_cannot_run_as_formulas(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    write_progress(
        learner_in(folder, "=cmd|' /C calc'!A0").progress,
        [("q1", '=HYPERLINK("http://x")', 0, 1000, False), ("q2", "@SUM(1)", 0, 900, False)],
    )
    code, out, _ = run("report", str(folder), "--format", "csv")
    assert code == 0
    cells = [cell for row in csv.reader(io.StringIO(out)) for cell in row]
    assert '\'=HYPERLINK("http://x") (1)' in cells
    assert "'=cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(("=", "@", "+")) for cell in cells)
    assert defuse_cell(-3) == -3 and defuse_cell("-3") == "'-3"


def test_html_is_one_file_with_no_outside_requests(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, _, _ = run("report", *sources(tmp_path), "--format", "html", "-o", str(target))
    page = target.read_text(encoding="utf-8")
    assert code == 0
    assert "<svg" in page and "@media print" in page
    assert not re.search(r"(src|href)\s*=|url\(|@import|https?://(?!www\.w3\.org/2000/svg)", page)
    assert "consider accepting &#x27;Dnepr&#x27;" in page


def test_names_and_answers_are_escaped_in_html(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    write_progress(
        learner_in(folder, "<script>x</script>").progress, [("q1", "<img src=x>", 0, 1, False)]
    )
    code, out, _ = run("report", str(folder), "--format", "html")
    assert code == 0
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;x&lt;/script&gt;" in out


def test_no_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("keep")
    given = sources(tmp_path)
    code, _, err = run("report", *given, "-o", str(target))
    assert (code, target.read_text()) == (1, "keep")
    assert err == f"quizapp: {target} already exists; use --force to replace it\n"
    code, _, _ = run("report", *given, "-o", str(target), "--force")
    assert code == 0 and target.read_text().startswith("4 learners")


def test_bad_sources_and_options_are_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.json"
    junk.write_text("{not json")
    code, _, err = run("report", str(junk))
    assert code == 1
    assert (
        err
        == f"quizapp: {junk}: neither a progress file nor a 'quizapp export --format json' file\n"
    )
    code, _, err = run("report", str(tmp_path / "missing"))
    assert (code, err) == (1, f"quizapp: {tmp_path / 'missing'}: no such file or folder\n")
    code, _, err = run("report", str(tmp_path), "--since", "yesterday")
    assert code == 2 and "expected a date as YYYY-MM-DD" in err


def test_export_learner_names_every_answer(tmp_path: Path) -> None:
    progress = tmp_path / "p.sqlite3"
    write_progress(progress, ANSWERS["Cy"])
    code, out, _ = run("export", "--progress", str(progress), "--format", "json", "--learner", "Cy")
    assert code == 0
    assert {record["learner"] for record in json.loads(out)} == {"Cy"}
    code, out, _ = run("export", "--progress", str(progress), "--learner", "Cy")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3 and rows[0]["learner"] == "Cy"


def test_a_damaged_record_in_an_export_is_left_out_and_counted(tmp_path: Path) -> None:
    """One bad record used to stop the whole report ("record 9 is not an exported answer")."""
    folder, (ben, dee) = make_class(tmp_path)
    records = json.loads(ben.read_text())
    good = records[0]
    damaged = [
        {"bank": "geo"},
        7,
        {**good, "score": "lots"},
        {**good, "score": float("nan")},
        {**good, "score": 5},
        {**good, "elapsed_ms": 1e999},
        {**good, "elapsed_ms": -3},
        {**good, "bank": 12},
        {**good, "question": {"id": "q1"}},
        {**good, "answered_at": "yesterday"},
        {**good, "correct": "yes"},
    ]
    ben.write_text(json.dumps(records + damaged))
    code, out, err = run("report", str(folder), str(ben), str(dee))
    assert code == 0
    assert out.startswith("4 learners, 3 questions, 13 answers")
    assert err == f"quizapp: 11 records in {ben} are not exported answers and were left out\n"
