"""``quizapp check``, ``quizapp schema`` and ``quizapp new``: tools for writing banks."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from quizapp.bank.starter import starter_bank
from quizapp.commands.overwrite import exists_message, refuse_overwrite
from quizapp.errors import EXIT_BAD_DATA, DataError


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(), metavar="PATH...")
def check(paths: tuple[str, ...]) -> None:
    """Check bank files (or folders of them): one line per problem, FILE:LINE:COL: message.

    Exits 0 when there are no errors (warnings are allowed), 1 when there are.
    """
    from quizapp.bank.check import check_paths  # deferred: quizapp/SPEED.md

    report = check_paths(paths)
    for problem in report.problems:
        click.echo(str(problem))
    click.echo(report.summary())
    if not report.ok:
        sys.exit(EXIT_BAD_DATA)


@click.command()
def schema() -> None:
    """Print the JSON Schema of the bank format, for editors that complete and check TOML."""
    from quizapp.bank.validation import bank_json_schema  # deferred: quizapp/SPEED.md

    click.echo(json.dumps(bank_json_schema(), indent=2, ensure_ascii=False))


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
def new(file: Path, force: bool) -> None:
    """Write a commented starter bank to FILE: one question of every type.

    An existing FILE is replaced only with --force.
    """
    refuse_overwrite(file, force)
    try:
        # "x": a file that appeared since the check is not written over either.
        with file.open("w" if force else "x", encoding="utf-8") as out:
            out.write(starter_bank(file))
    except FileExistsError:
        raise DataError(exists_message(file)) from None
    except OSError as error:
        raise DataError(f"cannot write {file}: {error.strerror or error}") from None
    click.echo(
        f"wrote {file}: a starter bank with one question of every type; "
        f"edit it, then run: quizapp check {file}"
    )
