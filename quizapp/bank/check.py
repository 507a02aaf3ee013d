"""Check banks the way ``quizapp check`` does: load, lint, compare across files.

This is the core of the command (no click), so the play command can refuse a
bank that fails ``check`` with exactly the problems ``check`` would print.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.bank.lint import lint_bank
from quizapp.bank.loader import (
    bank_files,
    decode_bank_bytes,
    parse_bank,
    read_bank_bytes,
)
from quizapp.bank.locate import KeyIndex
from quizapp.bank.models import Bank
from quizapp.bank.problems import BankError, Problem
from quizapp.collector import collector_paused
from quizapp.wording import plural

if TYPE_CHECKING:
    from quizapp.bank.cache import BankCache


@dataclass
class CheckReport:
    """What checking some bank files found."""

    files: list[str] = field(default_factory=list)
    """Every bank file checked, in order."""
    banks: list[Bank] = field(default_factory=list)
    """The banks that loaded (they may still have lint errors)."""
    problems: list[Problem] = field(default_factory=list)
    """Every problem, file by file, each file's by line."""

    @property
    def errors(self) -> int:
        return sum(problem.severity == "error" for problem in self.problems)

    @property
    def warnings(self) -> int:
        return sum(problem.severity == "warning" for problem in self.problems)

    @property
    def questions(self) -> int:
        return sum(len(bank.questions) for bank in self.banks)

    @property
    def ok(self) -> bool:
        """No errors (warnings are allowed)."""
        return self.errors == 0

    def summary(self) -> str:
        """``N banks, M questions, E errors, W warnings``."""
        return ", ".join(
            plural(number, noun)
            for number, noun in (
                (len(self.files), "bank"),
                (self.questions, "question"),
                (self.errors, "error"),
                (self.warnings, "warning"),
            )
        )


def check_text(text: str, name: str = "<bank>") -> tuple[Bank | None, list[Problem]]:
    """Load and lint one bank's text: the bank (None if it did not load) and its problems."""
    with collector_paused():  # lint walks every question just made: no garbage, no cycles
        try:
            bank = parse_bank(text, name)
        except BankError as error:
            return None, error.problems
        return bank, lint_bank(bank, text, name)


def check_paths(paths: Iterable[str | Path], cache: BankCache | None = None) -> CheckReport:
    """Load and lint every bank that ``paths`` (files or folders) name.

    With a ``cache``, a bank found in it is taken as checked (without its warnings), and
    every bank that passes with no errors is kept in it.
    """
    report = CheckReport()
    seen: set[Path] = set()
    first_with_id: dict[str, str] = {}
    for raw in paths:
        try:
            files = bank_files([raw])
        except BankError as error:
            report.problems.extend(error.problems)
            continue
        for path in files:
            if path.resolve() in seen:  # named twice, e.g. a folder and a file in it
                continue
            seen.add(path.resolve())
            name = str(path)
            report.files.append(name)
            try:
                data = read_bank_bytes(path)
                cached = cache.get(path, data) if cache is not None else None
                if cached is not None and cached.id not in first_with_id:
                    first_with_id[cached.id] = name
                    report.banks.append(cached)
                    continue
                text = decode_bank_bytes(data, name)
            except BankError as error:
                report.problems.extend(error.problems)
                continue
            bank, problems = check_text(text, name)
            if bank is not None:
                report.banks.append(bank)
                problems.extend(_same_id(bank, text, name, first_with_id))
                if cache is not None and not any(p.severity == "error" for p in problems):
                    cache.put(path, data, bank)
            report.problems.extend(sorted(problems, key=lambda p: (p.line, p.column)))
    return report


def load_checked(paths: Iterable[str | Path]) -> list[Bank]:
    """The banks ``paths`` name, or a BankError with every error ``check`` would report."""
    report = check_paths(paths)
    errors = [problem for problem in report.problems if problem.severity == "error"]
    if errors:
        raise BankError(errors)
    return report.banks


def _same_id(bank: Bank, text: str, name: str, first_with_id: dict[str, str]) -> list[Problem]:
    """Two files with one bank id would share (and mix) their progress."""
    other = first_with_id.setdefault(bank.id, name)
    if other == name:
        return []
    line, column = KeyIndex(text).find(("bank", "id"))
    message = f"bank id '{bank.id}' is also the id of {other}; progress is kept by bank id"
    return [Problem(name, line, column, message)]
