"""``quizapp import`` (GIFT or Aiken to a TOML bank) and ``quizapp export-bank`` (to GIFT).

Problems go to stderr one line each (``FILE:LINE:COL: message``); the bank or the
GIFT text goes to ``-o FILE`` or stdout, so the commands work in pipes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quizapp.commands.opening import load_banks
from quizapp.commands.overwrite import refuse_overwrite
from quizapp.errors import EXIT_BAD_DATA, DataError
from quizapp.replace_file import WriteThenReplace
from quizapp.transfer.toml_writer import bank_toml
from quizapp.wording import plural

if TYPE_CHECKING:
    from quizapp.transfer.files import Format

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def _bank_id(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and (not _ID.match(value) or len(value) > 100):
        raise click.BadParameter(
            "use letters, digits, '.', '_' and '-', starting with a "
            "letter or digit (at most 100 characters)"
        )
    return value


def _title(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and (not value.strip() or len(value) > 200 or not value.isprintable()):
        raise click.BadParameter("give one line of 1 to 200 printable characters")
    return value


def write_output(output: Path | None, text: str) -> None:
    """``text`` to ``output`` (replaced in one step, never left half-written) or stdout."""
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        with WriteThenReplace(output) as out:
            out.write(text)
    except OSError as error:
        raise DataError(f"cannot write {output}: {error.strerror or error}") from None


def _title_for(path: Path) -> str:
    title = " ".join(re.sub(r"[_-]+", " ", path.stem).split())
    return title[:200]


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="OUT.toml",
    help="Write the bank here (default: standard output).",
)
@click.option(
    "--id",
    "bank_id",
    callback=_bank_id,
    metavar="BANK_ID",
    help="The bank's id (default: from the file name).",
)
@click.option("--title", callback=_title, help="The bank's title (default: from the file name).")
@click.option(
    "--format",
    "text_format",
    type=click.Choice(["gift", "aiken"]),
    help="The file's format (default: told from its content).",
)
@click.option(
    "--partial", is_flag=True, help="Exit 0 even when some questions could not be imported."
)
@click.option("--force", is_flag=True, help="Overwrite OUT.toml if it exists.")
def import_bank(
    file: Path,
    output: Path | None,
    bank_id: str | None,
    title: str | None,
    text_format: Format | None,
    partial: bool,
    force: bool,
) -> None:
    """Import a GIFT or Aiken FILE as a TOML bank that passes 'quizapp check'.

    Questions that cannot be read are reported at their line and left out; the
    rest are imported. Essays and descriptions are skipped: they cannot be graded.
    Exits 1 if any question was left out for an error, unless --partial is given.
    """
    from quizapp.bank.check import check_text  # deferred: quizapp/SPEED.md
    from quizapp.transfer.common import ImportFailed  # deferred: quizapp/SPEED.md
    from quizapp.transfer.files import (  # deferred: quizapp/SPEED.md
        bank_id_for,
        build_bank,
        parse_text,
        read_file,
    )

    refuse_overwrite(output, force)
    try:
        chosen, result = parse_text(read_file(file), str(file), text_format)
    except ImportFailed as failure:
        raise DataError(str(failure.problem)) from None
    for problem in result.problems:
        click.echo(str(problem), err=True)
    if not result.questions:
        raise DataError(f"{file}: no questions imported")
    bank_id = bank_id or bank_id_for(file)
    title = (title or "").strip() or _title_for(file) or bank_id
    description = f"Imported from {file.name} ({chosen.upper()})."
    bank = build_bank(result, bank_id, title, description)
    text = bank_toml(
        bank,
        [
            f"Imported from {file.name} ({chosen.upper()}) by 'quizapp import'.",
            "Check it after editing: quizapp check FILE",
        ],
    )
    written, problems = check_text(text, str(output or "<output>"))
    errors = [problem for problem in problems if problem.severity == "error"]
    if written is None or errors:  # the importer's promise; never expected to break
        raise DataError(f"the imported bank does not pass check: {(errors or problems)[0]}")
    write_output(output, text)
    where = f" into {output}" if output else ""
    left_out = len(result.errors)
    click.echo(
        f"imported {plural(len(result.questions), 'question')} from {file} "
        f"({chosen.upper()}){where}; {plural(left_out, 'error')}, "
        f"{plural(len(result.warnings), 'warning')}",
        err=True,
    )
    if left_out and not partial:
        sys.exit(EXIT_BAD_DATA)


@click.command("export-bank")
@click.argument("bank_file", type=click.Path(path_type=Path), metavar="BANK.toml")
@click.option(
    "--format",
    "text_format",
    type=click.Choice(["gift"]),
    default="gift",
    show_default=True,
    help="The format to write.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write here (default: standard output).",
)
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Name each question written without settings GIFT cannot carry.",
)
def export_bank(
    bank_file: Path, text_format: str, output: Path | None, force: bool, verbose: bool
) -> None:
    """Write the questions of BANK.toml as GIFT, for Moodle.

    GIFT has no ordering or date questions and no cloze with several blanks:
    those are skipped, each named on stderr.
    """
    from quizapp.transfer.gift_export import export_gift  # deferred: quizapp/SPEED.md

    if bank_file.is_dir():
        raise click.BadParameter("give one bank file, not a folder", param_hint="BANK.toml")
    refuse_overwrite(output, force)
    [bank] = load_banks([str(bank_file)])  # checked as play and check check it
    exported = export_gift(bank)
    for question_id, reason in exported.skipped:
        click.echo(f"quizapp: skipped '{question_id}': {reason}", err=True)
    if verbose:
        for question_id, lost in exported.losses:
            click.echo(
                f"quizapp: note: '{question_id}' written without what GIFT cannot "
                f"carry: {', '.join(lost)}",
                err=True,
            )
    elif exported.losses:
        kinds = sorted({item for _, lost in exported.losses for item in lost})
        click.echo(
            f"quizapp: note: {plural(len(exported.losses), 'question')} written without "
            f"what GIFT cannot carry ({'; '.join(kinds)}); --verbose names them",
            err=True,
        )
    if not exported.written:
        raise DataError(f"{bank_file}: none of its questions can be written as GIFT")
    write_output(output, exported.text)
    where = f" to {output}" if output else ""
    written = plural(len(exported.written), "question")
    click.echo(
        f"exported {written}{where} ({text_format.upper()}); {len(exported.skipped)} skipped",
        err=True,
    )
