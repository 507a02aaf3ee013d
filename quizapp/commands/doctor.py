"""``quizapp doctor``: what in the progress file cannot be read, and how to repair it."""

from __future__ import annotations

import click

from quizapp.commands.progress import PROGRESS_HELP
from quizapp.errors import EXIT_BAD_DATA, DataError
from quizapp.paths import progress_path
from quizapp.store import StoreError
from quizapp.store.repair import examine, set_aside_unreadable
from quizapp.wording import plural


@click.command()
@click.option("--progress", type=click.Path(dir_okay=False), metavar="FILE", help=PROGRESS_HELP)
@click.option(
    "--fix",
    is_flag=True,
    help="Keep a copy of FILE, then move the answers that cannot be read out of it.",
)
def doctor(progress: str | None, fix: bool) -> None:
    """Check every answer in the progress file: list those that cannot be read.

    Other commands leave such answers out and say how many. With --fix, a copy of the
    file is kept beside it (FILE.backup-DATE) and the unreadable answers are removed
    from FILE; every answer that can be read stays. Exits 1 while any answer cannot be
    read (or the file is damaged), 0 when all can.
    """
    path = progress_path(progress)
    try:
        checkup = examine(path)
    except StoreError as error:
        raise DataError(str(error)) from None
    total = checkup.readable + len(checkup.unreadable)
    if checkup.damage is not None:
        click.echo(
            f"the progress file {path} is damaged: {checkup.damage}. Keep a copy of it; "
            "'quizapp play' moves a file it cannot open aside and starts a new one, and "
            f"'sqlite3 {path} .recover' can save what is left",
            err=True,
        )
    if not checkup.unreadable:
        if checkup.damage is not None:
            raise click.exceptions.Exit(EXIT_BAD_DATA)
        click.echo(f"the progress file {path} is sound: {plural(total, 'answer')}, all readable")
        return
    bad = len(checkup.unreadable)
    click.echo(
        f"the progress file {path}: {plural(total, 'answer')}, "
        f"{bad} of {'them' if total != 1 else 'it'} cannot be read:"
    )
    for answer in checkup.unreadable:
        click.echo(f"  {answer.line()}")
    if not fix:
        click.echo(
            f"{'It is' if bad == 1 else 'They are'} left out of review, stats and exports; "
            "the other answers count as usual. To repair the file: quizapp doctor --fix"
            f"{'' if progress is None else f' --progress {path}'} (it keeps a copy of the "
            "file first, then removes only the answers listed)."
        )
        raise click.exceptions.Exit(EXIT_BAD_DATA)
    if checkup.damage is not None:
        raise DataError("not repairing a damaged file; recover it first (see above)")
    try:
        repair = set_aside_unreadable(path, [answer.id for answer in checkup.unreadable])
    except StoreError as error:
        raise DataError(str(error)) from None
    click.echo(
        f"kept a copy of the file as {repair.backup}; removed "
        f"{plural(repair.removed, 'unreadable answer')} from {path}, "
        f"{plural(repair.kept, 'answer')} kept"
    )
