"""A session's writes to the progress file: made in order, and kept when the file refuses
one (a full disk, an unwritable file) until the learner has it try again."""

from __future__ import annotations

from collections.abc import Callable

from quizapp.store import StoreError


class ProgressWrites:
    """Runs each write at once, unless an earlier one is waiting: then it waits too, so the
    file never holds a later write without an earlier one (an override without its answer)."""

    def __init__(self) -> None:
        self.failure: str | None = None
        """Why the progress file refused the first waiting write (None: nothing waits)."""
        self._waiting: list[Callable[[], None]] = []

    def add(self, write: Callable[[], None]) -> None:
        self._waiting.append(write)
        if len(self._waiting) == 1:
            self.retry()

    def retry(self) -> bool:
        """Run the waiting writes, in order. True when none is left; else ``failure`` says
        why the first one still failed."""
        while self._waiting:
            try:
                self._waiting[0]()
            except StoreError as error:
                self.failure = str(error)
                return False
            self._waiting.pop(0)
        self.failure = None
        return True
