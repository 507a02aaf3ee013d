"""Finding and reading bank files: the part of loading that needs neither TOML nor pydantic.

Kept apart from the loader so that opening banks from the cache (``quizapp.bank.cache``)
imports nothing of the checker.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from quizapp.bank.problems import WHOLE_FILE, BankError, Problem

MAX_BANK_BYTES = 8 * 1024 * 1024
BANK_SUFFIX = ".toml"
NO_BANKS_IN_FOLDER = "folder holds no bank files (*.toml)"


def bank_files(paths: Iterable[str | Path]) -> list[Path]:
    """The bank files named by ``paths`` (files, or folders searched for ``*.toml``)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob(f"*{BANK_SUFFIX}") if p.is_file())
            if not found:
                raise BankError([Problem(str(path), WHOLE_FILE, 0, NO_BANKS_IN_FOLDER)])
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise BankError([Problem(str(path), WHOLE_FILE, 0, "no such file or folder")])
    return files


def read_bank_bytes(path: Path) -> bytes:
    """The file's bytes, or a BankError if it cannot be read or is over the size limit."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BANK_BYTES:
            raise BankError(
                [
                    Problem(
                        name,
                        WHOLE_FILE,
                        0,
                        (
                            f"file is {size / 1024 / 1024:.1f} MiB; a bank may be at most "
                            f"{MAX_BANK_BYTES // 1024 // 1024} MiB (split it into several banks)"
                        ),
                    )
                ]
            )
        with path.open("rb") as file:
            return file.read(MAX_BANK_BYTES + 1)  # the file may have grown since stat()
    except IsADirectoryError:
        raise BankError([Problem(name, WHOLE_FILE, 0, "is a folder, not a bank file")]) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise BankError([Problem(name, WHOLE_FILE, 0, f"cannot read file: {reason}")]) from None
