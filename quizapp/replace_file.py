"""Writing a file so that it is never left half-written: through a temporary file beside
it, moved over it only once complete. Every command that writes a file, and the settings,
go through here."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO


class WriteThenReplace:
    """Write a file through a temporary one beside it, renamed over ``path`` only once
    complete: a failed export leaves what was there before. A FIFO or a device is
    written directly."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve() if path.is_symlink() else path
        self._temp: Path | None = None
        self._out: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        # newline="": the csv module writes its own line ends.
        if self.path.exists() and not self.path.is_file():
            self._out = self.path.open("w", encoding="utf-8", newline="")
            return self._out
        handle, name = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent
        )
        self._temp = Path(name)
        self._out = os.fdopen(handle, "w", encoding="utf-8", newline="")
        return self._out

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        assert self._out is not None
        try:
            self._out.close()
            if self._temp is not None and kind is None:
                os.replace(self._temp, self.path)
        finally:
            if self._temp is not None and self._temp.exists():
                self._temp.unlink()
