"""What the GIFT and Aiken importers share: results, located problems, ids, validation.

An importer turns each question it reads into a :class:`Draft` (the fields of a
bank question, minus the id) or into a located error, and carries on with the
next question. :func:`finish` gives the drafts stable, unique ids and validates
each against the bank models, so what comes out always makes a valid bank.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from quizapp.bank.lint import Finding, find_issues, normal
from quizapp.bank.models import CLOZE_BLANK, ID_PATTERN, Bank, BankInfo, Question
from quizapp.bank.problems import WHOLE_FILE, Problem, Severity
from quizapp.bank.text_safety import find_control_character
from quizapp.bank.validation import ValidationError, validate_question

MAX_IMPORT_BYTES = 8 * 1024 * 1024
MAX_ID_LENGTH = 100
_ID = re.compile(ID_PATTERN)
_SLUG_WORDS = 6  # an id made from question text uses its first few words
_SLUG_LENGTH = 40


class ImportFailed(Exception):
    """The whole file cannot be read (not text, too big): one located problem."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


@dataclass
class Draft:
    """One question read from the file, before it has an id."""

    fields: dict[str, Any]
    """The question's fields as the bank models take them (``type``, ``prompt``, ...)."""
    line: int
    column: int
    title: str = ""
    """A title the author gave the question (GIFT ``::title::``), the preferred source of its id."""


@dataclass
class ImportResult:
    """Everything read from one file: the questions, and every problem met on the way."""

    questions: list[Question] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


class Reporter:
    """Collects located problems for one file."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []

    def add(self, line: int, column: int, message: str, severity: Severity = "error") -> None:
        self.problems.append(Problem(self.name, line, column, message, severity))

    def error(self, line: int, column: int, message: str) -> None:
        self.add(line, column, message, "error")

    def warning(self, line: int, column: int, message: str) -> None:
        self.add(line, column, message, "warning")


def decode(data: bytes, name: str) -> str:
    """The file's text with a UTF-8 BOM dropped and every line ending made ``\\n``."""
    if len(data) > MAX_IMPORT_BYTES:
        limit = MAX_IMPORT_BYTES // (1024 * 1024)
        message = f"file is {len(data):,} bytes; the limit is {limit} MiB"
        raise ImportFailed(Problem(name, WHOLE_FILE, 0, message))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        byte = data[error.start]
        raise ImportFailed(
            Problem(
                name,
                line,
                column,
                f"not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8",
            )
        ) from None
    # A BOM can also turn up mid-file where files were joined; it is never meant as text.
    return normalise_newlines(text.replace("\ufeff", ""))


def normalise_newlines(text: str) -> str:
    """Windows (``\\r\\n``) and old Mac (``\\r``) line endings as ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def slugify(text: str, max_length: int = _SLUG_LENGTH) -> str:
    """Lower-case ASCII words joined by hyphens: ``"Où est-ce ?"`` -> ``"ou-est-ce"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        # Cut at a word boundary when there is one not too far back.
        slug = cut.rsplit("-", 1)[0] if "-" in cut[max_length // 2 :] else cut
    return slug.strip("-")


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:6]


class IdMaker:
    """Stable, unique question ids: from a title when given, else from the question's words.

    A title that is already a valid id is kept exactly, so a bank exported to GIFT
    (which writes each id as the title) comes back with the same ids. A clash gets
    a short hash of the question's content, so re-importing an edited file keeps
    the ids of the questions that did not change.
    """

    def __init__(self) -> None:
        self.used: set[str] = set()
        self._next_counter: dict[tuple[str, str], int] = {}
        """Per clashing title and content: the counter to try next, so that a thousand
        copies of one question cost a thousand tries, not half a million."""

    def make(self, title: str, text: str, content: str) -> str:
        title = title.strip()
        if _ID.match(title) and len(title) <= MAX_ID_LENGTH:
            base = title
        else:
            base = slugify(title) or slugify(" ".join(text.split()[:_SLUG_WORDS]))
        digest = short_hash(content)
        base = base or f"q-{digest}"
        candidate = base
        if candidate in self.used:
            candidate = f"{base[: MAX_ID_LENGTH - 7]}-{digest}"
        counter = self._next_counter.get((base, digest), 2)
        while candidate in self.used:
            suffix = f"-{digest}-{counter}"
            candidate = f"{base[: MAX_ID_LENGTH - len(suffix)]}{suffix}"
            counter += 1
        self._next_counter[(base, digest)] = counter
        self.used.add(candidate)
        return candidate


def _strings(item: Any) -> list[str]:
    if isinstance(item, str):
        return [item]
    if isinstance(item, list | tuple):
        return [text for part in item for text in _strings(part)]
    return []


def _describe_validation(error: ValidationError) -> str:
    first = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"][1:]) or "question"
    return f"'{where}': {first['msg']}"


def finish(drafts: list[Draft], reporter: Reporter) -> ImportResult:
    """Give each draft its id and validate it; a draft that fails is reported, not kept."""
    ids = IdMaker()
    questions: list[Question] = []
    for draft in drafts:
        unsafe = next(
            (
                code
                for text in [*_strings(list(draft.fields.values())), draft.title]
                if (code := find_control_character(text))
            ),
            None,
        )
        if unsafe:
            reporter.error(
                draft.line,
                draft.column,
                f"control character {unsafe} is not allowed in question text",
            )
            continue
        text = str(draft.fields.get("prompt", ""))
        if draft.fields.get("type") == "cloze":
            # The words around the blank, not the answer in it, name the question.
            text = CLOZE_BLANK.sub(" ", str(draft.fields.get("text", "")))
        content = repr(sorted(draft.fields.items()))
        question_id = ids.make(draft.title, text, content)
        try:
            question = validate_question({"id": question_id, **draft.fields})
        except ValidationError as error:
            reporter.error(draft.line, draft.column, _describe_validation(error))
            continue
        findings = _lint(question)
        for finding in findings:
            reporter.add(draft.line, draft.column, finding.message, finding.severity)
        if not any(finding.severity == "error" for finding in findings):
            questions.append(question)
    problems = sorted(reporter.problems, key=lambda p: (p.line, p.column))
    return ImportResult(questions, problems)


def _lint(question: Question) -> list[Finding]:
    """What ``quizapp check`` would say about the question, so no import fails it."""
    alone = Bank(bank=BankInfo(id="import", title="import"), questions=[question])
    return list(find_issues(alone))


def repeat_index(texts: list[str]) -> int | None:
    """Index of the first text that repeats an earlier one, up to case and spacing
    (as lint sees it), or None."""
    seen: set[str] = set()
    for index, text in enumerate(texts):
        if normal(text) in seen:
            return index
        seen.add(normal(text))
    return None


def unique(texts: list[str]) -> list[str]:
    """``texts`` without repeats (up to case and spacing), in their first order."""
    return list({normal(text): text for text in reversed(texts)}.values())[::-1]


def quote(text: str, limit: int = 40) -> str:
    """A short quoted excerpt of ``text`` for a one-line message."""
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "…")
