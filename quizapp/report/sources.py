"""Reading what a class answered: class folders, progress files and JSON exports.

Every source is reduced at once to one ``Tally`` per learner and question, so a report
over a million answers never holds a million rows. Progress files are opened read-only
(a learner may be writing to theirs) and summed by SQLite itself.

A learner is identified by their key (``quizapp.serve.learners.learner_key``): the
same name in a class folder and in an export is one learner.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.serve.config import CLASS_FILE
from quizapp.serve.learners import (
    NAME_SUFFIX,
    PROGRESS_SUFFIX,
    learner_key,
    name_for_progress_file,
)
from quizapp.store.schema import APPLICATION_ID

TIME_STEP_MS = 100
"""Times are kept to a tenth of a second: enough for a median, and few distinct values."""


class SourceError(Exception):
    """A source cannot be read; the message is one line naming it."""


QuestionKey = tuple[str, str]
"""(bank id, question id)."""


@dataclass
class Tally:
    """One learner's answers to one question."""

    attempts: int = 0
    timed_out: int = 0
    overrides: int = 0
    elapsed_ms: int = 0
    first_at: str = "\uffff"
    """When the first attempt was answered (ISO 8601 UTC); later than any real time at first."""
    first_score: float = 0.0
    wrong: Counter[str] = field(default_factory=Counter)
    """Each wrong or partly right response given, and how often."""
    times: Counter[int] = field(default_factory=Counter)
    """Time taken, in steps of ``TIME_STEP_MS``, and how often."""

    def add_first(self, answered_at: str, score: float) -> None:
        if answered_at < self.first_at:
            self.first_at = answered_at
            self.first_score = score


@dataclass
class LearnerAnswers:
    name: str
    tallies: dict[QuestionKey, Tally] = field(default_factory=dict)

    def tally(self, key: QuestionKey) -> Tally:
        found = self.tallies.get(key)
        if found is None:
            found = self.tallies[key] = Tally()
        return found


@dataclass(frozen=True)
class Filters:
    banks: frozenset[str] = frozenset()
    """Only these bank ids (none: every bank)."""
    since: str | None = None
    """Only answers from this ISO date or time on (UTC)."""

    def keeps(self, bank_id: str, answered_at: str) -> bool:
        return (not self.banks or bank_id in self.banks) and (
            self.since is None or answered_at >= self.since
        )


@dataclass
class ClassAnswers:
    """Everything read, merged by learner."""

    learners: dict[str, LearnerAnswers] = field(default_factory=dict)
    bank_files: list[Path] = field(default_factory=list)
    """Banks named by class folders (``class.json``) or given as TOML files."""

    def learner(self, name: str) -> LearnerAnswers:
        key = learner_key(name) or name
        found = self.learners.get(key)
        if found is None:
            found = self.learners[key] = LearnerAnswers(name)
        return found


def read_sources(paths: Iterable[Path], filters: Filters = Filters()) -> ClassAnswers:
    """Read class folders, progress files, JSON exports and bank files, merged by learner."""
    result = ClassAnswers()
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            _read_class_dir(path, filters, result, seen)
        elif not path.exists():
            raise SourceError(f"{path}: no such file or folder")
        elif path.suffix == ".toml":
            result.bank_files.append(path)
        else:
            _read_file(path, filters, result, seen)
    return result


def _read_class_dir(folder: Path, filters: Filters, result: ClassAnswers, seen: set[Path]) -> None:
    manifest = folder / CLASS_FILE
    if manifest.is_file():
        result.bank_files.extend(_banks_in_manifest(manifest))
    files = sorted(folder.glob(f"*{PROGRESS_SUFFIX}")) + sorted(folder.glob("*.json"))
    for file in files:
        if file.name != CLASS_FILE and not file.name.endswith(NAME_SUFFIX):
            _read_file(file, filters, result, seen)


def _banks_in_manifest(manifest: Path) -> list[Path]:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return [Path(p) for p in data.get("banks", []) if isinstance(p, str)]
    except (OSError, ValueError, AttributeError):
        raise SourceError(f"{manifest}: not a class file written by 'quizapp serve'") from None


def _read_file(path: Path, filters: Filters, result: ClassAnswers, seen: set[Path]) -> None:
    resolved = path.resolve()
    if resolved in seen:  # the same file given twice counts once
        return
    seen.add(resolved)
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise SourceError(f"{path}: cannot read: {error.strerror or error}") from None
    if head.startswith(b"SQLite format 3"):
        _read_progress_file(path, filters, result.learner(name_for_progress_file(path)))
    else:
        _read_export(path, filters, result)


def _read_progress_file(path: Path, filters: Filters, learner: LearnerAnswers) -> None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise SourceError(f"{path}: cannot open: {error}") from None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise SourceError(f"{path}: not a quizapp progress file")
        _sum_progress_file(conn, filters, learner)
    except sqlite3.Error as error:
        raise SourceError(f"{path}: cannot read: {error}") from None
    finally:
        conn.close()


def has_overrides(conn: sqlite3.Connection) -> bool:
    """Whether the file records "I was right" (progress files from version 2 on; an older
    file, opened read-only, is not upgraded)."""
    return any(row[1] == "overridden" for row in conn.execute("PRAGMA table_info(answers)"))


def _sum_progress_file(conn: sqlite3.Connection, filters: Filters, learner: LearnerAnswers) -> None:
    where, params = _where(filters)
    overridden = "sum(overridden)" if has_overrides(conn) else "0"
    for bank, question, attempts, timed_out, overrides, elapsed in conn.execute(
        f"SELECT bank_id, question_id, count(*), sum(timed_out), {overridden}, sum(elapsed_ms)"
        f" FROM answers {where} GROUP BY bank_id, question_id",
        params,
    ):
        tally = learner.tally((bank, question))
        tally.attempts += attempts
        tally.timed_out += timed_out
        tally.overrides += overrides
        tally.elapsed_ms += elapsed
    for bank, question, answered_at, score in conn.execute(
        "SELECT bank_id, question_id, answered_at, score FROM answers WHERE id IN"
        f" (SELECT min(id) FROM answers {where} GROUP BY bank_id, question_id)",
        params,
    ):
        learner.tally((bank, question)).add_first(answered_at, score)
    wrong_where = f"{where} AND correct = 0" if where else "WHERE correct = 0"
    for bank, question, response, count in conn.execute(
        f"SELECT bank_id, question_id, response, count(*) FROM answers {wrong_where}"
        " GROUP BY bank_id, question_id, response",
        params,
    ):
        learner.tally((bank, question)).wrong[response] += count
    half = TIME_STEP_MS // 2
    for bank, question, step, count in conn.execute(
        f"SELECT bank_id, question_id, (elapsed_ms + {half}) / {TIME_STEP_MS}, count(*)"
        f" FROM answers {where} GROUP BY 1, 2, 3",
        params,
    ):
        learner.tally((bank, question)).times[step] += count


def _where(filters: Filters) -> tuple[str, tuple[str, ...]]:
    clauses, params = [], []
    if filters.banks:
        clauses.append(f"bank_id IN ({', '.join('?' * len(filters.banks))})")
        params.extend(sorted(filters.banks))
    if filters.since is not None:
        clauses.append("answered_at >= ?")
        params.append(filters.since)
    return ("WHERE " + " AND ".join(clauses) if clauses else "", tuple(params))


EXPORT_FIELDS = ("bank", "question", "response", "score", "correct", "elapsed_ms", "answered_at")


def _read_export(path: Path, filters: Filters, result: ClassAnswers) -> None:
    """A ``quizapp export --format json`` file; its records name their learner when it
    was made with ``--learner``, else the file's name stands for the learner."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        raise SourceError(
            f"{path}: neither a progress file nor a 'quizapp export --format json' file"
        ) from None
    if not isinstance(records, list):
        raise SourceError(f"{path}: not a 'quizapp export --format json' file")
    half = TIME_STEP_MS // 2
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict) or any(name not in record for name in EXPORT_FIELDS):
            raise SourceError(f"{path}: record {number} is not an exported answer")
        try:
            bank, question = str(record["bank"]), str(record["question"])
            answered_at = str(record["answered_at"])
            score = float(record["score"])
            elapsed = int(record["elapsed_ms"])
        except (TypeError, ValueError):
            raise SourceError(f"{path}: record {number} is not an exported answer") from None
        if not filters.keeps(bank, answered_at):
            continue
        name = record.get("learner")
        learner = result.learner(name if isinstance(name, str) and name.strip() else path.stem)
        tally = learner.tally((bank, question))
        tally.attempts += 1
        tally.timed_out += bool(record.get("timed_out"))
        tally.overrides += bool(record.get("overridden"))
        tally.elapsed_ms += elapsed
        tally.add_first(answered_at, score)
        if not record["correct"]:
            tally.wrong[str(record["response"])] += 1
        tally.times[(elapsed + half) // TIME_STEP_MS] += 1
