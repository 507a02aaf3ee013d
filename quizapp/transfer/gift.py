"""Read Moodle's GIFT format into bank questions.

A GIFT file is a list of questions separated by blank lines:
``::title:: question text {answers}``. Lines starting with ``//`` are comments,
``$CATEGORY: a/b`` sets the category (a tag here) of the questions after it.
Text after the answer block makes a missing-word question. Every problem is
reported at its file and line, and a broken question never stops the rest.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from quizapp.bank.models import CLOZE_BLANK
from quizapp.bank.text_safety import find_control_character
from quizapp.transfer.common import Draft, ImportResult, Reporter, finish, slugify
from quizapp.transfer.gift_answers import AnswerReader, GiftSyntaxError, Ungradable
from quizapp.transfer.text import find_unescaped, split_format, tidy_lines, to_plain, unescape

BLANK = "_____"
CLOZE_PROMPT = "Fill in the blank."
_CATEGORY = re.compile(r"\s*\$CATEGORY\s*:", re.IGNORECASE)
_NON_SPACE = re.compile(r"\S")
_SLOT = "\x00"  # stands for the answers while the text around them is cleaned up
_CONTEXT_SEGMENT = re.compile(r"^\$[a-z0-9]*\$$", re.IGNORECASE)  # $course$, $system$, $cat1$


@dataclass
class Source:
    """The text of one question (or several not yet split) and where each line came from."""

    lines: list[tuple[int, str]]

    def __post_init__(self) -> None:
        self.text = "\n".join(line for _, line in self.lines)
        self.starts = [0]
        for _, line in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def where(self, offset: int) -> tuple[int, int]:
        """File line and column (1-based) of an offset into ``text``."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.lines[index][0], offset - self.starts[index] + 1

    def line_index(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1


@dataclass
class Category:
    line: int
    path: str


def category_tags(path: str) -> list[str]:
    """The tag a ``$CATEGORY:`` path gives: its last segment, slugified.

    Moodle writes ``$course$/top/Sub/Leaf``; the context (``$course$``) and the
    root ``top`` are not topics, so ``$course$/top`` alone gives no tag. A ``/``
    inside a category name is written ``//``.
    """
    segments = [part.replace("\x00", "/") for part in path.replace("//", "\x00").split("/")]
    segments = [part.strip() for part in segments if part.strip()]
    segments = [part for part in segments if not _CONTEXT_SEGMENT.match(part)]
    if segments and segments[0].lower() == "top":
        segments = segments[1:]
    tag = slugify(segments[-1], 60) if segments else ""
    return [tag] if tag else []


def blocks(text: str) -> Iterator[Source | Category]:
    """Questions and category lines, in order; comment lines dropped."""
    lines: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        category = _CATEGORY.match(line)
        if not stripped or category:
            if lines:
                yield Source(lines)
                lines = []
            if category:
                yield Category(number, line[category.end() :].strip())
            continue
        lines.append((number, line))
    if lines:
        yield Source(lines)


class GiftReader:
    """Reads the questions of one GIFT file."""

    def __init__(self, name: str) -> None:
        self.reporter = Reporter(name)
        self.drafts: list[Draft] = []
        self.tags: list[str] = []
        self.unsafe: list[int] = []  # offsets of control characters in the current block

    def read(self, text: str) -> ImportResult:
        for block in blocks(text):
            if isinstance(block, Category):
                self.tags = category_tags(block.path)
            else:
                self._read_block(block)
        return finish(self.drafts, self.reporter)

    def _read_block(self, source: Source) -> None:
        """Read the block's questions; a later line with its own answers starts another."""
        unsafe = find_control_character(source.text)
        if unsafe:  # rare: find where, once for the block
            self.unsafe = [i for i, char in enumerate(source.text) if find_control_character(char)]
        else:
            self.unsafe = []
        start: int | None = 0
        while start is not None:
            start = self._read_question(source, start)

    def _error(self, source: Source, offset: int, message: str) -> None:
        self.reporter.error(*source.where(offset), message)

    def _read_question(self, source: Source, begin: int) -> int | None:
        """Read the question starting at offset ``begin``; return where the next one starts."""
        text = source.text
        first = _NON_SPACE.search(text, begin)
        if first is None:
            return None
        start = first.start()
        title, body_start = "", start
        if text.startswith("::", start):
            title_end = find_unescaped(text, "::", start + 2)
            if title_end < 0:
                self._error(source, start, "the title opened with '::' is never closed")
                return None
            title = " ".join(unescape(text[start + 2 : title_end]).split())
            body_start = title_end + 2
        opening = find_unescaped(text, "{", body_start)
        if opening < 0:
            if not self._refuse_unsafe(source, start, len(text)):
                self.reporter.warning(
                    *source.where(start),
                    "description (text with no answers) skipped: it cannot be graded",
                )
            return None
        closing = find_unescaped(text, "}", opening + 1)
        inner = find_unescaped(text, "{", opening + 1)
        if closing < 0:
            self._error(source, opening, "'{' is never closed (a question ends at a blank line)")
            return None
        if 0 <= inner < closing:
            self._error(source, inner, "'{' inside the answers; write '\\{' for a brace")
            return None
        # Text on the lines after the closing brace belongs to another question when it
        # has answers of its own; otherwise it is the rest of a missing-word sentence.
        end, rest = len(text), None
        following = find_unescaped(text, "{", closing + 1)
        if following >= 0:
            next_line = source.line_index(closing) + 1
            if source.line_index(following) < next_line:
                self._error(
                    source,
                    following,
                    "a second answer block '{' in the same question; write '\\{' for a brace",
                )
                return None
            end = rest = source.starts[next_line]
        if not self._refuse_unsafe(source, start, end):
            self._question(
                source,
                start,
                title,
                text[body_start:opening],
                text[opening + 1 : closing],
                text[closing + 1 : end],
                opening,
            )
        return rest

    def _refuse_unsafe(self, source: Source, start: int, end: int) -> bool:
        """Report a control character between ``start`` and ``end``; True if there is one."""
        bad = next((at for at in self.unsafe if start <= at < end), None)
        if bad is None:
            return False
        code = find_control_character(source.text[bad])
        self._error(source, bad, f"control character {code} is not allowed")
        return True

    def _question(
        self,
        source: Source,
        start: int,
        title: str,
        before: str,
        answers: str,
        after: str,
        opening: int,
    ) -> None:
        text_format, before = split_format(before)
        line, column = source.where(opening)

        def warn(offset: int, message: str) -> None:
            self.reporter.warning(*source.where(opening + 1 + offset), message)

        try:
            fields = AnswerReader(text_format, warn).read(answers)
        except Ungradable as skipped:
            self.reporter.warning(line, column, str(skipped))
            return
        except GiftSyntaxError as error:
            self._error(source, opening + 1 + error.offset, error.message)
            return
        missing_word = bool(after.strip())
        raw = before + _SLOT + after if missing_word else before
        plain = to_plain(unescape(tidy_lines(raw)), text_format).strip()
        if missing_word and _SLOT in plain:
            fields = _missing_word(fields, *plain.split(_SLOT, 1))
        else:  # no answers in the sentence, or their place went with an HTML tag around it
            fields["prompt"] = plain.replace(_SLOT, "")
        if not fields["prompt"].strip():
            self._error(source, opening, "the question has no text before its answers")
            return
        if self.tags:
            fields["tags"] = list(self.tags)
        self.drafts.append(Draft(fields, *source.where(start), title))


def _missing_word(fields: dict[str, Any], before: str, after: str) -> dict[str, Any]:
    """A question whose answers stand inside its sentence.

    A typed answer becomes a cloze blank, unless an answer or the text around it
    holds what cloze syntax would misread (``|``, ``{{``, ``}}``); then, like every
    other kind, it shows ``_____`` where the answers stood.
    """
    if fields["type"] == "short":
        blank = "{{" + "|".join(fields["answers"]) + "}}"
        text = (before + blank + after).strip()
        found = CLOZE_BLANK.findall(text)
        rest = CLOZE_BLANK.sub("", text)
        clean = "{{" not in rest and "}}" not in rest
        same = len(found) == 1 and [a.strip() for a in found[0].split("|")] == fields["answers"]
        if clean and same:
            del fields["answers"]
            return {**fields, "type": "cloze", "prompt": CLOZE_PROMPT, "text": text}
    return {**fields, "prompt": (before + BLANK + after).strip()}


def parse_gift(text: str, name: str = "<gift>") -> ImportResult:
    """The questions of a GIFT text (already decoded) and the problems met."""
    return GiftReader(name).read(text)
