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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.serve.config import CLASS_FILE
from quizapp.serve.learners import (
    NAME_SUFFIX,
    PROGRESS_SUFFIX,
    learner_key,
    name_for_progress_file,
)
from quizapp.store.file import decode_text
from quizapp.store.readable import READABLE_SQL, exported_problem, is_text
from quizapp.store.schema import APPLICATION_ID

TIME_STEP_MS = 100
"""Times are counted in tenths of a second."""
FINE_TIMES_BELOW_MS = 10_000


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

    def add_first(self, answered_at: str, score: float) -> None:
        if answered_at < self.first_at:
            self.first_at = answered_at
            self.first_score = score


@dataclass
class LearnerAnswers:
    name: str
    tallies: dict[QuestionKey, Tally] = field(default_factory=dict)
    last_at: str = ""
    """When their latest answer was given (ISO 8601 UTC); empty before any."""

    def saw(self, answered_at: str) -> None:
        self.last_at = max(self.last_at, answered_at)

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
    """Everything read: per learner and question, and per question for the whole class."""

    learners: dict[str, LearnerAnswers] = field(default_factory=dict)
    wrong: dict[QuestionKey, Counter[str]] = field(default_factory=dict)
    """Each wrong or partly right response given to a question, and how often."""
    times: dict[QuestionKey, Counter[int]] = field(default_factory=dict)
    """Time taken on a question, in steps of ``TIME_STEP_MS``, and how often."""
    bank_files: list[Path] = field(default_factory=list)
    """Banks named by class folders (``class.json``) or given as TOML files."""
    unreadable: dict[Path, int] = field(default_factory=dict)
    """Progress files with answers that cannot be read (left out), and how many."""
    bad_records: dict[Path, int] = field(default_factory=dict)
    """Exported files with records that are not exported answers (left out), and how many."""

    def add_wrong(self, key: QuestionKey, response: str, count: int) -> None:
        found = self.wrong.get(key)
        if found is None:
            found = self.wrong[key] = Counter()
        found[response] += count

    def add_time(self, key: QuestionKey, step: int, count: int) -> None:
        found = self.times.get(key)
        if found is None:
            found = self.times[key] = Counter()
        found[step] += count

    def learner(self, name: str) -> LearnerAnswers:
        key = learner_key(name) or name
        found = self.learners.get(key)
        if found is None:
            found = self.learners[key] = LearnerAnswers(name)
        return found


def read_sources(paths: Iterable[Path], filters: Filters = Filters()) -> ClassAnswers:
    """Read class folders, progress files, JSON exports and bank files, merged by learner.

    Progress files are summed a few at a time in threads: SQLite does the work without
    holding the interpreter's lock, so the files of a big class are read side by side.
    """
    result = ClassAnswers()
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(_files_in_class_dir(path, result))
        elif not path.exists():
            raise SourceError(f"{path}: no such file or folder")
        elif path.suffix == ".toml":
            result.bank_files.append(path)
        else:
            files.append(path)
    progress_files = []
    for file in dict.fromkeys(file.resolve() for file in files):  # given twice: counted once
        if _is_sqlite(file):
            # Named now, so a learner is shown by the name first met in the order given.
            progress_files.append((file, result.learner(name_for_progress_file(file))))
        else:
            _read_export(file, filters, result)
    _read_progress_files(progress_files, filters, result)
    return result


READERS = 4
"""Progress files read at once."""


def class_bank_files(folder: Path) -> list[Path]:
    """The banks a class folder was served, as ``quizapp serve`` recorded them."""
    manifest = folder / CLASS_FILE
    return _banks_in_manifest(manifest) if manifest.is_file() else []


def _files_in_class_dir(folder: Path, result: ClassAnswers) -> list[Path]:
    result.bank_files.extend(class_bank_files(folder))
    files = sorted(folder.glob(f"*{PROGRESS_SUFFIX}")) + sorted(folder.glob("*.json"))
    return [f for f in files if f.name != CLASS_FILE and not f.name.endswith(NAME_SUFFIX)]


def _banks_in_manifest(manifest: Path) -> list[Path]:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return [Path(p) for p in data.get("banks", []) if isinstance(p, str)]
    except (OSError, ValueError, AttributeError):
        raise SourceError(f"{manifest}: not a class file written by 'quizapp serve'") from None


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16).startswith(b"SQLite format 3")
    except OSError as error:
        raise SourceError(f"{path}: cannot read: {error.strerror or error}") from None


Rows = list[tuple[Any, ...]]

# Times to a tenth of a second up to ten seconds, to the second above: enough for a
# median, and few distinct values to carry out of SQLite.
TIME_STEP_SQL = (
    f"CASE WHEN elapsed_ms < {FINE_TIMES_BELOW_MS} THEN (elapsed_ms + 50) / {TIME_STEP_MS}"
    f" ELSE (elapsed_ms + 500) / 1000 * 10 END"
)


def time_step(elapsed_ms: int) -> int:
    """The same steps as ``TIME_STEP_SQL``, for answers read from exports."""
    if elapsed_ms < FINE_TIMES_BELOW_MS:
        return (elapsed_ms + 50) // TIME_STEP_MS
    return (elapsed_ms + 500) // 1000 * 10


def _read_progress_files(
    files: list[tuple[Path, LearnerAnswers]], filters: Filters, result: ClassAnswers
) -> None:
    """Sum the progress files in a few threads, each summing its share inside SQLite."""
    shares = [files[n::READERS] for n in range(READERS) if files[n::READERS]]
    with ThreadPoolExecutor(max_workers=READERS) as pool:
        summed = list(pool.map(lambda share: _sum_files([f for f, _ in share], filters), shares))
    steps: dict[QuestionKey, list[str]] = {}
    for share, (per_file, wrong) in zip(shares, summed, strict=True):
        for (path, learner), (rows, last_at, unreadable) in zip(share, per_file, strict=True):
            _add_tallies(learner, rows)
            learner.saw(last_at)
            if unreadable:
                result.unreadable[path] = unreadable
            for bank, question, *_, question_steps in rows:
                steps.setdefault((bank, question), []).append(question_steps)
        for bank, question, response, count in wrong:
            result.add_wrong((bank, question), response, count)
    for key, texts in steps.items():
        # Counted by Counter over the joined lists: one pass in C, however many answers.
        for step, count in Counter(",".join(texts).split(",")).items():
            result.add_time(key, int(step), count)


def _sum_files(files: list[Path], filters: Filters) -> tuple[list[tuple[Rows, str, int]], Rows]:
    """Per file, one row per question; and over all the files, the wrong responses per
    question. Everything is summed inside SQLite: an in-memory database gathers the
    wrong responses each attached file gives, so only sums reach Python."""
    where, params = _where(filters)
    conn = sqlite3.connect(":memory:", uri=True, isolation_level=None, check_same_thread=False)
    conn.text_factory = decode_text
    try:
        conn.execute("CREATE TABLE wrong (bank, question, response, n)")
        per_file = [_sum_file(conn, path, where, params) for path in files]
        wrong = conn.execute(
            "SELECT bank, question, response, sum(n) FROM wrong GROUP BY 1, 2, 3"
        ).fetchall()
        return per_file, [row for row in wrong if _readable_key(row) and isinstance(row[2], str)]
    finally:
        conn.close()


def _sum_file(
    conn: sqlite3.Connection, path: Path, where: str, params: tuple[str, ...]
) -> tuple[Rows, str, int]:
    """The file's sums per question, when its latest answer was given, and how many of
    its answers cannot be read (``quizapp.store.readable``): those are left out.

    Each question's row ends with its answers' time steps, listed (``group_concat``):
    the class's median times need them, and a list costs SQLite far less than a second
    grouping by question and step (see SPEED.md, "The report").
    """
    try:
        conn.execute("ATTACH DATABASE ? AS learner", (f"{path.as_uri()}?mode=ro",))
    except sqlite3.Error as error:
        raise SourceError(f"{path}: cannot open: {error}") from None
    try:
        if conn.execute("PRAGMA learner.application_id").fetchone()[0] != APPLICATION_ID:
            raise SourceError(f"{path}: not a quizapp progress file")
        columns = {row[1] for row in conn.execute("PRAGMA learner.table_info(answers)")}
        # Files from before version 2, opened read-only, are not upgraded: no overrides.
        overridden = "sum(overridden)" if "overridden" in columns else "0"
        # Most files hold no unreadable answer: one count tells, and only a file that
        # does pays for the check in each query that sums.
        unreadable = conn.execute(
            f"SELECT count(*) FROM learner.answers {_and(where, f'({READABLE_SQL}) IS NOT 1')}",
            params,
        ).fetchone()[0]
        if unreadable:
            where = _and(where, f"({READABLE_SQL})")
        wrong_where = _and(where, "correct = 0")
        conn.execute(
            "INSERT INTO wrong SELECT bank_id, question_id, response, count(*)"
            f" FROM learner.answers {wrong_where} GROUP BY 1, 2, 3",
            params,
        )
        # With exactly one min() in a query, SQLite takes the bare columns (answered_at,
        # score) from the row holding the minimum: the first answer.
        rows = conn.execute(
            f"SELECT bank_id, question_id, count(*), sum(timed_out), {overridden},"
            f" sum(elapsed_ms), min(id), answered_at, score, group_concat({TIME_STEP_SQL})"
            f" FROM learner.answers {where} GROUP BY 1, 2",
            params,
        ).fetchall()
        readable = [row for row in rows if _readable_key(row)]
        unreadable += sum(row[2] for row in rows) - sum(row[2] for row in readable)
        latest = conn.execute(  # answers are kept in time order: the last one is the latest
            f"SELECT answered_at FROM learner.answers {where} ORDER BY id DESC LIMIT 1", params
        ).fetchone()
        return readable, latest[0] if latest else "", unreadable
    except sqlite3.Error as error:
        raise SourceError(f"{path}: cannot read: {error}") from None
    finally:
        conn.execute("DETACH DATABASE learner")


def _add_tallies(learner: LearnerAnswers, rows: Rows) -> None:
    for bank, question, count, timed_out, overrides, elapsed, _, first_at, score, _ in rows:
        tally = learner.tally((bank, question))
        tally.attempts += count
        tally.timed_out += timed_out
        tally.overrides += overrides
        tally.elapsed_ms += elapsed
        tally.add_first(first_at, score)


def _readable_key(row: tuple[Any, ...]) -> bool:
    """Whether the bank and question ids a row of sums starts with are UTF-8 text: for
    those that are not, the question cannot be told, so its answers are left out."""
    return is_text(row[0]) and is_text(row[1])


def _and(where: str, clause: str) -> str:
    return f"{where} AND {clause}" if where else f"WHERE {clause}"


def _where(filters: Filters) -> tuple[str, tuple[str, ...]]:
    clauses, params = [], []
    if filters.banks:
        clauses.append(f"bank_id IN ({', '.join('?' * len(filters.banks))})")
        params.extend(sorted(filters.banks))
    if filters.since is not None:
        clauses.append("answered_at >= ?")
        params.append(filters.since)
    return ("WHERE " + " AND ".join(clauses) if clauses else "", tuple(params))


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
    for record in records:
        # One damaged record is left out and counted, as an unreadable row of a progress
        # file is, by the same rules: the rest of the class still gets its report.
        if not isinstance(record, dict) or exported_problem(record) is not None:
            result.bad_records[path] = result.bad_records.get(path, 0) + 1
            continue
        bank, question = record["bank"], record["question"]
        answered_at, score, elapsed = record["answered_at"], record["score"], record["elapsed_ms"]
        if not filters.keeps(bank, answered_at):
            continue
        name = record.get("learner")
        learner = result.learner(name if isinstance(name, str) and name.strip() else path.stem)
        learner.saw(answered_at)
        tally = learner.tally((bank, question))
        tally.attempts += 1
        tally.timed_out += bool(record.get("timed_out"))
        tally.overrides += bool(record.get("overridden"))
        tally.elapsed_ms += elapsed
        tally.add_first(answered_at, score)
        if not record["correct"]:
            result.add_wrong((bank, question), str(record["response"]), 1)
        result.add_time((bank, question), time_step(elapsed), 1)
