"""Which stored answers can be read: the one test every reader of the answer log uses.

A row of ``answers`` is unreadable when one of its values is not what the schema says:
a NULL, a value of the wrong type, a number out of its range (``rating = 99``), a time
that is not one, or text that is not UTF-8. A damaged disk, a crafted file or another
program can put such a row there. Readers skip it and say how many they skipped; the
rest of the log is read as usual, so the progress lost is that one answer's.
``quizapp doctor`` lists such rows and moves them out of the way.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quizapp.bank.text_safety import visible
from quizapp.store.file import Undecodable
from quizapp.wording import plural

ANSWER_COLUMNS = (
    "id",
    "session_id",
    "bank_id",
    "question_id",
    "content_hash",
    "response",
    "score",
    "correct",
    "elapsed_ms",
    "timed_out",
    "time_limit_ms",
    "rating",
    "answered_at",
    "overridden",
)
SELECT_ANSWERS = f"SELECT {', '.join(ANSWER_COLUMNS)} FROM answers"
"""Every column of the answer log, in the order ``answer_problem`` reads them."""

EARLIEST_YEAR = 1900
LATEST_YEAR = 9000
"""Times outside these years are no clock's: taken as damage (and far enough from the
calendar's ends that scheduling a review after them cannot overflow)."""


Check = Callable[[object], str | None]
"""Why a value cannot be read, or None."""


def is_text(value: object) -> bool:
    """Whether a value read from the progress file is text that was valid UTF-8."""
    return isinstance(value, str) and not isinstance(value, Undecodable)


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return "is not text"
    if isinstance(value, Undecodable):
        return "is not UTF-8 text"
    return None


def _whole(low: int, high: int | None = None) -> Check:
    def check(value: object) -> str | None:
        if not isinstance(value, int):
            return "is not a whole number"
        if value < low or (high is not None and value > high):
            return f"is out of range ({low} to {high})" if high is not None else "is negative"
        return None

    return check


def _share(value: object) -> str | None:
    if not isinstance(value, int | float) or math.isnan(value):
        return "is not a number"
    return None if 0 <= value <= 1 else "is out of range (0 to 1)"


def _optional_whole(value: object) -> str | None:
    return None if value is None else _WHOLE(value)


def _time(value: object) -> str | None:
    problem = _text(value)
    if problem is not None:
        return problem
    try:
        at = datetime.fromisoformat(str(value))
    except ValueError:
        return "is not a time"
    if at.tzinfo is None:
        return "is a time without its time zone"
    if not EARLIEST_YEAR <= at.year <= LATEST_YEAR:
        return f"is not a time between {EARLIEST_YEAR} and {LATEST_YEAR}"
    return None


_FLAG = _whole(0, 1)
_WHOLE = _whole(0)
_CHECKS: dict[str, Check] = {
    "id": _WHOLE,
    "session_id": _WHOLE,
    "bank_id": _text,
    "question_id": _text,
    "content_hash": _text,
    "response": _text,
    "score": _share,
    "correct": _FLAG,
    "elapsed_ms": _WHOLE,
    "timed_out": _FLAG,
    "time_limit_ms": _optional_whole,
    "rating": _whole(1, 4),
    "answered_at": _time,
    "overridden": _FLAG,
}


_MOST = 2**63 - 1
READABLE_SQL = (
    # Comparisons, not typeof(): SQLite orders NULL < numbers < text < blobs, and
    # compares without calling a function, so each check costs the least it can.
    f"session_id BETWEEN 0 AND {_MOST}"
    " AND bank_id >= '' AND question_id >= '' AND content_hash >= '' AND response >= ''"
    " AND score BETWEEN 0 AND 1 AND correct IN (0, 1) AND timed_out IN (0, 1)"
    f" AND elapsed_ms BETWEEN 0 AND {_MOST}"
    f" AND (time_limit_ms IS NULL OR time_limit_ms BETWEEN 0 AND {_MOST})"
    " AND rating BETWEEN 1 AND 4"
    f" AND answered_at BETWEEN '{EARLIEST_YEAR}-01-01T' AND '{LATEST_YEAR}-12-31U'"
)
"""The checks of ``answer_problem`` as SQL, for readers that sum the answers inside
SQLite (the class report), as far as one comparison per value tells: not text that is
not UTF-8 or is a blob (both reach the reader, as ``Undecodable`` or bytes, which it
tells apart), nor a whole number from a fraction, nor a time from other text in its
range, nor the ``overridden`` flag (version 1 files lack it). A row it passes may still
fail ``answer_problem``; a row it refuses always does."""


EXPORTED_COLUMNS = {
    "bank": "bank_id",
    "question": "question_id",
    "response": "response",
    "score": "score",
    "correct": "correct",
    "elapsed_ms": "elapsed_ms",
    "answered_at": "answered_at",
}
"""The keys of a ``quizapp export --format json`` record that ``report`` reads, and the
answer column each holds."""


def exported_problem(record: dict[str, object]) -> str | None:
    """Why a record of a JSON export cannot be read as an answer, by the rules a row of
    the progress file is read by; None if it can."""
    for key, column in EXPORTED_COLUMNS.items():
        if key not in record:
            return f"{key} is missing"
        problem = _CHECKS[column](record[key])
        if problem is not None:
            return f"{key} {_shown(record[key])} {problem}"
    return None


def answer_problem(row: Sequence[object]) -> str | None:
    """Why the answer ``row`` (its ``ANSWER_COLUMNS``) cannot be read, or None."""
    if _plainly_readable(row):  # nearly every row: one expression, no call per value
        return None
    for name, value in zip(ANSWER_COLUMNS, row, strict=True):
        if value is None and name != "time_limit_ms":
            return f"{name} is missing (NULL)"
        problem = _CHECKS[name](value)
        if problem is not None:
            return f"{name} {_shown(value)} {problem}"
    return None


_FLAGS = (0, 1)


def _plainly_readable(row: Sequence[object]) -> bool:
    """The checks of ``_CHECKS``, for a row that passes them all, in one expression."""
    (
        id_, session_id, bank_id, question_id, content_hash, response, score, correct,
        elapsed_ms, timed_out, time_limit_ms, rating, answered_at, overridden,
    ) = row  # fmt: skip
    text = str
    return (
        type(id_) is int
        and type(session_id) is int
        and session_id >= 0  # type: ignore[operator]
        and type(bank_id) is text
        and type(question_id) is text
        and type(content_hash) is text
        and type(response) is text
        and type(score) in (int, float)
        and 0 <= score <= 1  # type: ignore[operator]
        and type(correct) is int
        and correct in _FLAGS
        and type(elapsed_ms) is int
        and elapsed_ms >= 0  # type: ignore[operator]
        and type(timed_out) is int
        and timed_out in _FLAGS
        and (time_limit_ms is None or (type(time_limit_ms) is int and time_limit_ms >= 0))  # type: ignore[operator]
        and type(rating) is int
        and 1 <= rating <= 4  # type: ignore[operator]
        and type(overridden) is int
        and overridden in _FLAGS
        and _time(answered_at) is None
    )


def _shown(value: object) -> str:
    text = visible(repr(value) if not isinstance(value, str) else f"'{value}'")
    return text if len(text) <= 40 else text[:39] + "…"


@dataclass(frozen=True)
class UnreadableAnswer:
    """An answer row that cannot be read: its id, where it seems to belong, and why."""

    id: int
    problem: str
    bank_id: str | None = None
    question_id: str | None = None

    def line(self) -> str:
        where = ""
        if self.bank_id is not None and self.question_id is not None:
            where = f" (bank '{visible(self.bank_id)}', question '{visible(self.question_id)}')"
        return f"answer {self.id}{where}: {self.problem}"


def unreadable(row: Sequence[object], problem: str) -> UnreadableAnswer:
    bank_id, question_id = row[2], row[3]
    readable_ids = is_text(bank_id) and is_text(question_id)
    return UnreadableAnswer(
        row[0] if isinstance(row[0], int) else -1,
        problem,
        str(bank_id) if readable_ids else None,
        str(question_id) if readable_ids else None,
    )


def is_readable(row: Sequence[object], skipped: list[UnreadableAnswer] | None) -> bool:
    """Whether the answer ``row`` (its ``ANSWER_COLUMNS``) can be read; one that cannot is
    added to ``skipped`` (when given). Every reader of the answer log skips rows with this."""
    problem = answer_problem(row)
    if problem is None:
        return True
    if skipped is not None:
        skipped.append(unreadable(row, problem))
    return False


def skipped_message(count: int, path: Path | str) -> str:
    """The one line every command shows when it left unreadable answers out."""
    return (
        f"{plural(count, 'answer')} in the progress file {path} cannot be read and "
        f"{'was' if count == 1 else 'were'} left out; 'quizapp doctor' lists "
        f"{'it' if count == 1 else 'them'} and how to repair the file"
    )
