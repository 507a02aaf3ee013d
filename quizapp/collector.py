"""When Python's cycle collector runs: never over what starting up made, and not while a
bank is parsed.

Starting up makes a few hundred thousand objects that live as long as the process
(modules, classes, the banks, the first screen) and almost no garbage, so the collector's
passes over them are wasted: they cost the study app a fifth of its start, and later, in a
session, each full pass went over all of them again (long enough to be felt, landing on
whichever key was being answered). The measured figures are in quizapp/SPEED.md.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def pause_collection() -> None:
    """Called first thing by the command line; ``resume_collection`` ends the pause."""
    gc.disable()


def resume_collection() -> None:
    """Collect again, leaving out every object made so far (``gc.freeze``): no pass need
    ever visit them. Does nothing unless paused, so an app made by a test that never
    paused leaves the collector as it was."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection while a bank is parsed (and linted).

    Parsing builds many objects and no reference cycles, so the collector's passes
    over them are wasted: they were a third of the time of loading a large bank.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
