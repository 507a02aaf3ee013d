"""``quizapp report``: item analysis of a class, from class folders, progress files and
exports."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from quizapp.bank.files import bank_files
from quizapp.bank.models import Bank
from quizapp.bank.problems import BankError
from quizapp.commands.overwrite import refuse_overwrite
from quizapp.errors import DataError
from quizapp.paths import bundled_banks_dir
from quizapp.report import Filters, SourceError, analyse, read_sources, render
from quizapp.report.analysis import ClassReport
from quizapp.report.html import to_html
from quizapp.report.sources import class_bank_files
from quizapp.store.readable import skipped_message
from quizapp.wording import plural

FORMATS = ("table", "csv", "json", "html")


def _since(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter("expected a date as YYYY-MM-DD") from None


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--bank", "bank_ids", multiple=True, metavar="ID", help="Only this bank (repeatable)."
)
@click.option(
    "--since", callback=_since, metavar="DATE", help="Only answers from DATE on (YYYY-MM-DD, UTC)."
)
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
    help="A table for the terminal, CSV, JSON, or one self-contained HTML page.",
)  # fmt: skip
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="Write to FILE instead of standard output.",
)  # fmt: skip
@click.option("--force", is_flag=True, help="Write over FILE if it exists.")
def report(
    sources: tuple[Path, ...],
    bank_ids: tuple[str, ...],
    since: str | None,
    fmt: str,
    output: Path | None,
    force: bool,
) -> None:
    """Item analysis of a class: per question, per learner, per tag.

    SOURCE is a class folder (from 'quizapp serve --class'), a learner's progress file,
    a 'quizapp export --format json' file, or a bank file (for prompts, tags and keys);
    learners are merged by name.
    """
    refuse_overwrite(output, force)
    try:
        answers = read_sources(sources, Filters(frozenset(bank_ids), since))
    except SourceError as error:
        raise DataError(str(error)) from None
    for path, count in answers.unreadable.items():
        click.echo(f"quizapp: {skipped_message(count, path)}", err=True)
    for path, count in answers.bad_records.items():
        what = (
            "is not an exported answer and was"
            if count == 1
            else "are not exported answers and were"
        )
        click.echo(f"quizapp: {plural(count, 'record')} in {path} {what} left out", err=True)
    banks = _load_banks(answers.bank_files)
    text = _render(analyse(answers, banks), fmt)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8", newline="")
    except OSError as error:
        raise DataError(f"cannot write {output}: {error.strerror or error}") from None


def banks_of_class(folder: Path) -> list[Bank]:
    """The banks a class folder was served (the bundled ones when it names none)."""
    try:
        return _load_banks(class_bank_files(folder), bundled=False) or _load_banks([])
    except SourceError as error:
        raise DataError(str(error)) from None


def _load_banks(named: list[Path], bundled: bool = True) -> list[Bank]:
    """Those named and the bundled banks; a named bank that is gone is skipped (its
    questions show by id), one that fails to load stops here."""
    from quizapp.bank.loader import load_bank  # deferred: quizapp/SPEED.md

    folders = [path for path in named if path.exists()]
    if bundled:
        folders.append(bundled_banks_dir())
    banks: dict[str, Bank] = {}
    try:
        for file in bank_files([folder for folder in folders if folder.exists()]):
            bank = load_bank(file)
            banks.setdefault(bank.id, bank)
    except BankError as error:
        raise DataError(str(error.problems[0])) from None
    return list(banks.values())


def _render(result: ClassReport, fmt: str) -> str:
    if fmt == "csv":
        return render.to_csv(result)
    if fmt == "json":
        return render.to_json(result)
    if fmt == "html":
        return to_html(result)
    return render.to_table(result)
