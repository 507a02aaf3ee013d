"""One way to open banks for every command and the home screen.

Each bank file is checked as ``quizapp check`` would check it (a bank unchanged since
it last passed comes from the bank cache, without the checker), so a bank that one
command refuses no other command accepts. A folder may hold a broken bank: the banks
that pass are opened, and each broken one is named with its first located error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.bank.cache import BankCache
from quizapp.bank.models import Bank
from quizapp.bank.problems import Problem
from quizapp.wording import plural


@dataclass(frozen=True)
class BrokenBank:
    """A bank file that does not pass ``check``."""

    path: str
    first_error: Problem
    errors: int

    def __str__(self) -> str:
        more = self.errors - 1
        hint = f" (and {plural(more, 'more problem')}; run 'quizapp check')" if more else ""
        return f"{self.first_error}{hint}"


@dataclass
class OpenedBanks:
    """The banks that passed, and the files that did not."""

    banks: list[Bank] = field(default_factory=list)
    broken: list[BrokenBank] = field(default_factory=list)


def open_banks(paths: Sequence[str | Path], cache_dir: Path | None = None) -> OpenedBanks:
    """Every bank ``paths`` (files or folders) name, checked; ``cache_dir``: the bank cache.

    A path that names nothing (a missing file, a folder without banks) is reported as a
    broken "bank" under that path, so the caller has one list of what could not be opened.
    """
    cache = BankCache(cache_dir) if cache_dir is not None else None
    if cache is not None:
        cached = cache.load(paths)
        if cached is not None:
            return OpenedBanks(cached)
    from quizapp.bank.check import check_paths  # deferred: quizapp/SPEED.md

    report = check_paths(paths, cache=cache)
    errors: dict[str, list[Problem]] = {}
    for problem in report.problems:
        if problem.severity == "error":
            errors.setdefault(problem.path, []).append(problem)
    opened = OpenedBanks(
        banks=[bank for bank in report.banks if bank.path not in errors],
        broken=[BrokenBank(path, found[0], len(found)) for path, found in errors.items()],
    )
    return opened
