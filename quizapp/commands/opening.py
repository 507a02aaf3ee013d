"""What every command opens the same way: banks (checked as ``check`` checks them) and the
progress file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quizapp.bank.opening import OpenedBanks
from quizapp.bank.opening import open_banks as open_checked
from quizapp.errors import DataError
from quizapp.paths import bank_cache_dir, bundled_banks_dir, progress_path
from quizapp.store import Store, StoreError
from quizapp.store.readable import skipped_message

if TYPE_CHECKING:
    from quizapp.bank.models import Bank


def open_banks(paths: Sequence[str]) -> OpenedBanks:
    """The banks ``paths`` name (default: the bundled ones), each checked; broken ones listed.

    Refused when none of them opens (exit 1, with the first error).
    """
    named: list[str | Path] = [*paths] or [bundled_banks_dir()]
    opened = open_checked(named, bank_cache_dir())
    if not opened.banks:
        if opened.broken:
            raise DataError(str(opened.broken[0]))
        raise DataError(f"no banks in {', '.join(str(path) for path in named)}")
    return opened


def load_banks(paths: Sequence[str], *, partial: bool = False) -> list[Bank]:
    """The banks to use. ``partial``: a broken bank among good ones is named on stderr and
    left out; otherwise any broken bank stops the command here (exit 1)."""
    opened = open_banks(paths)
    if opened.broken and not partial:
        raise DataError(str(opened.broken[0]))
    for broken in opened.broken:
        click.echo(f"quizapp: left out: {broken}", err=True)
    return opened.banks


def open_store(progress: str | None) -> tuple[Store, int]:
    """The progress file for a session: created if new, opened before anything is asked
    (so a bad location fails early); with how many of its answers cannot be read, said
    on stderr here and handed on to the study app, which says it on its home screen."""
    try:
        store = Store.open(progress_path(progress))
        unreadable = store.unreadable_count()
    except StoreError as error:
        raise DataError(str(error)) from None
    if store.notice:
        click.echo(f"quizapp: {store.notice}", err=True)
    say_unreadable(store, unreadable)
    return store, unreadable


def say_unreadable(store: Store, count: int) -> None:
    """One line on stderr when ``count`` answers in the progress file cannot be read (they
    are left out; the command goes on with the rest)."""
    if count:
        click.echo(f"quizapp: {skipped_message(count, store.path)}", err=True)
