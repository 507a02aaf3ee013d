"""Read the Aiken format into bank questions.

An Aiken question is its text, lettered options and the letter of the right one::

    What is the capital of France?
    A. Paris
    B) London
    ANSWER: A

Several letters (``ANSWER: A, C``) make a question with several right answers.
The text may run over several lines; blank lines between questions are optional.
A question that cannot be read is reported at its line and the next one is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizapp.transfer.common import Draft, ImportResult, Reporter, finish, quote, repeat_index

OPTION = re.compile(r"^\s*([A-Z])[.)](?:\s+(.*?))?\s*$")
ANSWER = re.compile(r"^\s*ANSWER\s*:\s*(.*?)\s*$", re.IGNORECASE)
_LETTERS = re.compile(r"[\s,;]+")


@dataclass
class _Pending:
    """The question being read."""

    line: int
    text: list[str] = field(default_factory=list)
    options: list[tuple[int, str]] = field(default_factory=list)  # (line, text)
    broken: bool = False


class AikenReader:
    """Reads the questions of one Aiken file."""

    def __init__(self, name: str) -> None:
        self.reporter = Reporter(name)
        self.drafts: list[Draft] = []
        self.pending: _Pending | None = None
        self.after_blank = False

    def read(self, text: str) -> ImportResult:
        for number, line in enumerate(text.split("\n"), start=1):
            self._line(number, line)
        if self.pending and not self.pending.broken:
            self._error(self.pending.line, "question has no 'ANSWER:' line")
        return finish(self.drafts, self.reporter)

    def _error(self, line: int, message: str, column: int = 1) -> None:
        self.reporter.error(line, column, message)

    def _line(self, number: int, line: str) -> None:
        if not line.strip():
            self.after_blank = True
            return
        after_blank, self.after_blank = self.after_blank, False
        pending = self.pending
        answer = ANSWER.match(line)
        if pending is None:
            if answer:
                self._error(number, "'ANSWER:' with no question before it")
            else:
                self.pending = _Pending(number, [line.strip()])
            return
        if answer:
            self.pending = None
            if not pending.broken:
                self._finish(pending, number, answer.group(1))
            return
        if pending.broken:
            if after_blank:  # a broken question ends at a blank line at the latest
                self.pending = _Pending(number, [line.strip()])
            return
        option = OPTION.match(line)
        if option:
            self._option(pending, number, option)
        elif not pending.options:
            pending.text.append(line.strip())
        elif after_blank:
            self._error(pending.line, "question has no 'ANSWER:' line")
            self.pending = _Pending(number, [line.strip()])
        else:
            expected = chr(ord("A") + len(pending.options))
            self._error(
                number, f"expected option '{expected}.' or 'ANSWER:', found {quote(line.strip())}"
            )
            pending.broken = True

    def _option(self, pending: _Pending, number: int, option: re.Match[str]) -> None:
        letter, text = option.group(1), (option.group(2) or "").strip()
        expected = chr(ord("A") + len(pending.options))
        if letter != expected:
            self._error(number, f"option '{letter}' out of order (expected '{expected}')")
            pending.broken = True
        elif not text:
            self._error(number, f"option '{letter}' has no text")
            pending.broken = True
        else:
            pending.options.append((number, text))

    def _finish(self, pending: _Pending, number: int, value: str) -> None:
        if not pending.options:
            self._error(number, "'ANSWER:' without lettered options ('A. ...') before it")
            return
        if len(pending.options) < 2:
            self._error(pending.line, "a question needs at least two options")
            return
        choices = [text for _, text in pending.options]
        repeated = repeat_index(choices)
        if repeated is not None:
            line = pending.options[repeated][0]
            self._error(line, f"option {quote(choices[repeated])} is written twice")
            return
        letters = [token.upper() for token in _LETTERS.split(value) if token]
        if not letters or any(len(token) != 1 or not token.isalpha() for token in letters):
            self._error(
                number,
                f"'ANSWER:' must name option letters, like 'ANSWER: B'; found {quote(value)}",
            )
            return
        last = chr(ord("A") + len(choices) - 1)
        for letter in letters:
            if not "A" <= letter <= last:
                self._error(number, f"answer '{letter}' is not an option (A to {last})")
                return
        right = [choices[ord(letter) - ord("A")] for letter in dict.fromkeys(letters)]
        fields: dict[str, object] = {"prompt": "\n".join(pending.text), "choices": choices}
        if len(right) == 1:
            fields.update(type="choice", answer=right[0])
        else:
            fields.update(type="multi", answers=right)
        self.drafts.append(Draft(fields, pending.line, 1))


def parse_aiken(text: str, name: str = "<aiken>") -> ImportResult:
    """The questions of an Aiken text (already decoded) and the problems met."""
    return AikenReader(name).read(text)


def looks_like_aiken(text: str) -> int:
    """How many ``ANSWER:`` lines follow an option line: the evidence for Aiken."""
    count = 0
    previous = ""
    for line in text.split("\n"):
        if not line.strip():
            continue
        if ANSWER.match(line) and OPTION.match(previous):
            count += 1
        previous = line
    return count
