"""A session's writes wait, in order, behind one the progress file refused, until retried."""

from __future__ import annotations

from quizapp.progress_writes import ProgressWrites
from quizapp.store import StoreError


class Disk:
    """A place to write that can be full."""

    def __init__(self) -> None:
        self.full = False
        self.written: list[str] = []

    def writer(self, what: str):  # type: ignore[no-untyped-def]
        def write() -> None:
            if self.full:
                raise StoreError("database or disk is full")
            self.written.append(what)

        return write


def test_writes_after_a_refused_one_wait_for_it_and_all_go_in_order() -> None:
    disk = Disk()
    writes = ProgressWrites()
    writes.add(disk.writer("answer 1"))
    disk.full = True
    writes.add(disk.writer("answer 2"))
    assert writes.failure == "database or disk is full"
    disk.full = False
    writes.add(disk.writer("its override"))  # never written before the answer it overrides
    assert disk.written == ["answer 1"]
    disk.full = True
    assert not writes.retry() and writes.failure == "database or disk is full"
    disk.full = False
    assert writes.retry() and writes.failure is None
    assert disk.written == ["answer 1", "answer 2", "its override"]
