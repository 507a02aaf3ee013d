"""Problems found in a bank, each located at a file, line and column."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from quizapp.bank.text_safety import visible

Severity = Literal["error", "warning"]

WHOLE_FILE = 0
"""The line of a problem with the file as a whole (missing, unreadable, too large)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bank, printed as ``FILE:LINE:COL: message``."""

    path: str
    line: int
    """1-based; ``WHOLE_FILE`` (0) when the problem is not at a place in the file."""
    column: int
    message: str
    severity: Severity = "error"
    question_id: str | None = None

    def __str__(self) -> str:
        where = self.path if self.line == WHOLE_FILE else f"{self.path}:{self.line}:{self.column}"
        label = "" if self.severity == "error" else "warning: "
        about = f"[{self.question_id}] " if self.question_id else ""
        return printable(f"{where}: {label}{about}{self.message}")


# Messages quote the bank (a key, an id, a choice); a newline or an escape sequence in
# that quote must show as ``\n`` or ``\x1b``, never act.
printable = visible


class BankError(Exception):
    """A bank could not be loaded; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
