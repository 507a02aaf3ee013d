"""A cache of checked banks: a bank opens without being parsed, validated and linted again.

Checking needs the TOML parser, the checker and pydantic's validators; reading a checked
bank back from a pickle needs none of them, so the study app's first question comes up
sooner, and a large bank opens several times faster (quizapp/SPEED.md, "The bank models",
has the figures).

Only banks that passed ``check`` with no errors are kept, one entry per bank file
(named by a CRC of its resolved path, which it also records), in the user cache folder
(``quizapp.paths.bank_cache_dir``). An entry is used only if everything it was made
from is unchanged:

- the file's bytes: the entry keeps them and they are compared, so any edit is seen,
  even one that keeps the file's size and modification time (no digest is computed:
  comparing is faster than hashing, and needs no hashing library at start-up);
- quizapp's version, Python's version, and the source files of ``quizapp.bank`` (size
  and modification time of each), so that neither an upgrade nor a changed model ever
  unpickles old data into new classes.

Anything wrong with an entry (truncated, garbage, another version's, not ours) makes it
a miss: the bank is checked again and the entry rewritten. Writing is atomic (a temporary
file renamed into place) and best effort: a cache that cannot be written only costs
speed. Entries are pickles, so they are read only from files owned by the user.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import tempfile
import zlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from quizapp import __version__
from quizapp.bank.files import bank_files, read_bank_bytes
from quizapp.bank.models import Bank
from quizapp.bank.problems import BankError

FORMAT = 2
"""Bumped when the layout of an entry changes."""
MAX_ENTRIES = 64
"""Entries beyond this many are removed, least recently written first."""
ENTRY_SUFFIX = ".bank.pickle"


@cache
def code_fingerprint() -> str:
    """What the pickled objects depend on: quizapp's and Python's versions, and the bank
    package's source files (an edited model changes it even without a new version)."""
    package = Path(__file__).resolve().parent
    parts = [f"{FORMAT}", __version__, sys.version]
    for source in sorted(package.glob("*.py")):
        stat = source.stat()
        parts.append(f"{source.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


class BankCache:
    """Checked banks in ``folder`` (created when first written)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def entry_path(self, bank_file: Path) -> Path:
        key = zlib.crc32(str(bank_file.resolve()).encode())
        return self.folder / f"{key:08x}{ENTRY_SUFFIX}"

    # -- reading ------------------------------------------------------------------------
    def get(self, bank_file: Path, data: bytes) -> Bank | None:
        """The bank cached for ``bank_file`` whose bytes are ``data``, or None."""
        entry = self.entry_path(bank_file)
        try:
            with entry.open("rb") as handle:
                if hasattr(os, "getuid") and os.fstat(handle.fileno()).st_uid != os.getuid():
                    return None  # only ever unpickle the user's own files
                header = pickle.load(handle)
                if header != self._header(bank_file, data):
                    return None
                bank = pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry: drop it, the bank is checked again
            self._remove(entry)
            return None
        if not isinstance(bank, Bank):
            self._remove(entry)
            return None
        bank.located(str(bank_file))
        return bank

    def load(self, paths: Iterable[str | Path]) -> list[Bank] | None:
        """Every bank ``paths`` name, if every one is cached and current; else None.

        None means "check them": a missing file, a miss, or two files with one bank id
        (which ``check`` reports) all go the full way, so the caller sees what ``check``
        would say.
        """
        try:
            files = bank_files(paths)
        except BankError:
            return None
        banks: list[Bank] = []
        seen: set[Path] = set()
        for bank_file in files:
            resolved = bank_file.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            try:
                data = read_bank_bytes(bank_file)
            except BankError:
                return None
            bank = self.get(bank_file, data)
            if bank is None or any(other.id == bank.id for other in banks):
                return None
            banks.append(bank)
        return banks

    # -- writing ------------------------------------------------------------------------
    def put(self, bank_file: Path, data: bytes, bank: Bank) -> None:
        """Keep ``bank``, checked from ``data`` (the bytes read from ``bank_file``)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(
                dir=self.folder, prefix=".tmp-", suffix=ENTRY_SUFFIX
            )
            try:
                with os.fdopen(descriptor, "wb") as handle:
                    pickle.dump(
                        self._header(bank_file, data), handle, protocol=pickle.HIGHEST_PROTOCOL
                    )
                    pickle.dump(bank, handle, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, self.entry_path(bank_file))
            except BaseException:
                self._remove(Path(temporary))
                raise
            self._prune()
        except (OSError, pickle.PicklingError):
            pass  # a cache that cannot be written only costs speed

    def _header(self, bank_file: Path, data: bytes) -> tuple[str, str, bytes]:
        """What an entry was made from: the code, the file (two paths may share an entry
        name), and the file's bytes."""
        return (code_fingerprint(), str(bank_file.resolve()), data)

    def _prune(self) -> None:
        entries = self._entries()
        if len(entries) <= MAX_ENTRIES:
            return
        entries.sort(key=lambda path: path.stat().st_mtime_ns)
        for old in entries[: len(entries) - MAX_ENTRIES]:
            self._remove(old)

    def _entries(self) -> list[Path]:
        return [
            path for path in self.folder.glob(f"*{ENTRY_SUFFIX}") if not path.name.startswith(".")
        ]

    @staticmethod
    def _remove(path: Path) -> None:
        with contextlib.suppress(OSError):
            path.unlink()
