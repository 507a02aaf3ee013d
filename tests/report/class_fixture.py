"""A small fixed class whose figures are worked out by hand in test_analysis.py.

Four learners, three questions. First attempts (1 right, 0 wrong):

    learner   q1 (choice)  q2 (short "Dnipro")  q3 (truefalse)
    Ana       1 (A)        0 (Dnepr), then 1    1
    Ben       0 (B)        0 (Dnepr)            1
    Cy        1 (A)        1                   1
    Dee       0 (B)        1                   0 (timed out)

Ana, Ben and Cy study in the class folder; Ben's answers arrive as an export made
with ``--learner Ben``; Dee's q1 and q2 are in the class folder and her q3 in an
export named ``DEE `` (one learner, whatever the case and spaces).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.serve.learners import learner_in
from quizapp.store import Store
from quizapp.store.rows import AnswerRecord

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

BANK = """
[bank]
id = "geo"
title = "Geography"

[[questions]]
id = "q1"
type = "choice"
prompt = "Which option is right?"
choices = ["A", "B", "C"]
answer = "A"
tags = ["geo"]

[[questions]]
id = "q2"
type = "short"
prompt = "Which river flows through Kyiv?"
answers = ["Dnipro"]
tags = ["geo", "names"]

[[questions]]
id = "q3"
type = "truefalse"
prompt = "The call was in 2023."
answer = true
tags = ["dates"]
"""

# learner -> (question, response, score, elapsed_ms, timed_out), in answering order
ANSWERS = {
    "Ana": [
        ("q1", "A", 1, 4000, False),
        ("q2", "Dnepr", 0, 6000, False),
        ("q3", "true", 1, 2000, False),
        ("q2", "Dnipro", 1, 3000, False),
    ],
    "Ben": [
        ("q1", "B", 0, 5000, False),
        ("q2", "Dnepr", 0, 7000, False),
        ("q3", "true", 1, 1000, False),
    ],
    "Cy": [
        ("q1", "A", 1, 3000, False),
        ("q2", "Dnipro", 1, 2000, False),
        ("q3", "true", 1, 1500, False),
    ],
    "Dee": [("q1", "B", 0, 8000, False), ("q2", "Dnipro", 1, 2500, False)],
}
DEE_AT_HOME = [("q3", "false", 0, 30000, True)]


def record(
    question: str, response: str, score: int, elapsed: int, timed_out: bool, n: int
) -> AnswerRecord:
    return AnswerRecord(
        session_id=1,
        bank_id="geo",
        question_id=question,
        content_hash="h",
        response=response,
        score=float(score),
        correct=bool(score),
        elapsed_ms=elapsed,
        timed_out=timed_out,
        answered_at=T0 + timedelta(minutes=n),
    )


def write_progress(
    path: Path, answers: list[tuple[str, str, int, int, bool]], start: int = 0
) -> None:
    with Store.open(path, tz=UTC) as store:
        for n, answer in enumerate(answers, start):
            store.record_answer(record(*answer, n))


def export_json(
    learner: str | None, answers: list[tuple[str, str, int, int, bool]], start: int = 0
) -> str:
    records = []
    for n, (question, response, score, elapsed, timed_out) in enumerate(answers, start):
        item = {
            "bank": "geo", "question": question, "response": response, "score": float(score),
            "correct": bool(score), "elapsed_ms": elapsed, "timed_out": timed_out,
            "answered_at": (T0 + timedelta(minutes=n)).isoformat(timespec="milliseconds"),
            "session": 1, "time_limit_ms": None,
        }  # fmt: skip
        if learner:
            item["learner"] = learner
        records.append(item)
    return json.dumps(records)


def make_class(root: Path) -> tuple[Path, list[Path]]:
    """The class folder, and the other files a teacher was sent (exports); the bank file
    is in the root."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "geo.toml").write_text(BANK, encoding="utf-8")
    folder = root / "class"
    folder.mkdir()
    (folder / "class.json").write_text(json.dumps({"banks": [str(root / "geo.toml")]}))
    for name in ("Ana", "Cy", "Dee"):
        write_progress(learner_in(folder, name).progress, ANSWERS[name])
    ben = root / "ben-export.json"
    ben.write_text(export_json("Ben", ANSWERS["Ben"]))
    dee = root / "dee-home.json"
    dee.write_text(export_json("DEE ", DEE_AT_HOME, start=10))
    return folder, [ben, dee]
