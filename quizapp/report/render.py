"""A class report as text for a terminal, as CSV and as JSON (HTML: ``html.py``)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from typing import Any

from quizapp.bank.problems import printable
from quizapp.csv_safety import defuse_cell
from quizapp.report.analysis import ClassReport, QuestionStats, WrongAnswer


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}%"


def wrong_answers_text(answers: tuple[WrongAnswer, ...]) -> str:
    return "; ".join(f"{answer.response} ({answer.count})" for answer in answers)


def question_label(item: QuestionStats) -> str:
    return f"{item.bank}/{item.question}"


def to_table(report: ClassReport) -> str:
    """The report for a terminal: questions, learners, tags; text from files made visible."""
    lines = [
        f"{len(report.learners)} learners, {len(report.questions)} questions, "
        f"{report.attempts} answers",
        "",
        f"{'Question':<32} {'Tries':>5} {'Lrnrs':>5} {'Facil':>5} {'Discr':>5} "
        f"{'Median':>6} {'T/out':>5} {'Ovrd':>4}  Most common wrong answers",
    ]
    for item in report.questions:
        lines.append(
            f"{_cut(question_label(item), 32):<32} {item.attempts:>5} {item.learners:>5} "
            f"{percent(item.facility):>5} {percent(item.discrimination):>5} "
            f"{item.median_time_s:>5.1f}s {item.timed_out:>5} {item.overrides:>4}  "
            f"{printable(wrong_answers_text(item.wrong_answers)) or '-'}"
        )
        if item.distractors:
            picked = ", ".join(f"{printable(d.response)}: {d.count}" for d in item.distractors)
            lines.append(f"{'':<34}distractors picked: {picked}")
        lines.extend(f"{'':<34}! {printable(flag)}" for flag in item.flags)
    if not report.questions:
        lines.append("(no answers)")
    lines += ["", f"{'Learner':<32} {'Answered':>8} {'Tries':>6} {'Score':>6} {'Time':>8}  Tags"]
    for learner in report.learners:
        tags = ", ".join(f"{printable(t.tag)} {percent(t.facility)}" for t in learner.tags)
        lines.append(
            f"{_cut(printable(learner.name), 32):<32} {learner.answered:>8} {learner.attempts:>6} "
            f"{percent(learner.score):>6} {_duration(learner.time_s):>8}  {tags or '-'}"
        )
    if report.tags:
        lines += ["", f"{'Tag':<32} {'Facility':>8} {'Answers':>8}"]
        for tag in report.tags:
            lines.append(
                f"{_cut(printable(tag.tag), 32):<32} {percent(tag.facility):>8} {tag.answers:>8}"
            )
    if report.unknown_banks:
        banks = ", ".join(printable(b) for b in report.unknown_banks)
        lines += ["", f"(no bank file given for {banks}: prompts, tags and keys unknown)"]
    return "\n".join(lines) + "\n"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


QUESTION_COLUMNS = (
    "bank", "question", "type", "prompt", "attempts", "learners", "facility_pct",
    "discrimination_pct", "median_time_s", "timed_out", "overrides",
    "most_common_wrong_answers", "distractors_picked", "flags",
)  # fmt: skip
LEARNER_COLUMNS = ("learner", "answered", "attempts", "score_pct", "time_s", "tags")


def to_csv(report: ClassReport) -> str:
    """Questions, then a blank line and the learners, each with a header row. Cells that a
    spreadsheet would run as a formula are defused."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")

    def row(values: tuple[object, ...]) -> None:
        writer.writerow(defuse_cell("" if value is None else value) for value in values)

    row(QUESTION_COLUMNS)
    for item in report.questions:
        row((
            item.bank, item.question, item.type, item.prompt, item.attempts, item.learners,
            _rounded(item.facility), _rounded(item.discrimination), item.median_time_s,
            item.timed_out, item.overrides, wrong_answers_text(item.wrong_answers),
            wrong_answers_text(item.distractors), "; ".join(item.flags),
        ))  # fmt: skip
    writer.writerow(())
    row(LEARNER_COLUMNS)
    for learner in report.learners:
        tags = "; ".join(f"{t.tag} {t.facility:.0f}%" for t in learner.tags)
        row((learner.name, learner.answered, learner.attempts, _rounded(learner.score),
             round(learner.time_s, 1), tags))  # fmt: skip
    return out.getvalue()


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def to_json(report: ClassReport) -> str:
    return json.dumps(report_as_data(report), indent=2, ensure_ascii=False) + "\n"


def report_as_data(report: ClassReport) -> dict[str, Any]:
    data = asdict(report)
    for item in data["questions"]:
        item["facility_pct"] = _rounded(item.pop("facility"))
        item["discrimination_pct"] = _rounded(item.pop("discrimination"))
    for learner in data["learners"]:
        learner["score_pct"] = _rounded(learner.pop("score"))
    for tags in [data["tags"], *(learner["tags"] for learner in data["learners"])]:
        for tag in tags:
            tag["facility_pct"] = _rounded(tag.pop("facility"))
    return data
