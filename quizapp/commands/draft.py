"""``quizapp draft``: a bank drafted from a news article, every question citing its sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quizapp.commands.overwrite import refuse_overwrite
from quizapp.commands.transfer import _bank_id, _title, write_output
from quizapp.errors import DataError

STDIN = "-"


def _read_article(article: str) -> tuple[str, str]:
    """(text, name) of the article; ``-`` is standard input."""
    from quizapp.transfer.common import ImportFailed, decode  # deferred: quizapp/SPEED.md
    from quizapp.transfer.files import read_file  # deferred: quizapp/SPEED.md

    try:
        if article == STDIN:
            return decode(sys.stdin.buffer.read(), "<stdin>"), "<stdin>"
        return read_file(Path(article)), article
    except ImportFailed as failure:
        raise DataError(str(failure.problem)) from None


@click.command()
@click.argument("article", metavar="ARTICLE")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="BANK.toml",
    help="Write the bank here (default: standard output).",
)
@click.option(
    "--id",
    "bank_id",
    callback=_bank_id,
    metavar="ID",
    help="The bank's id (default: from the file name).",
)
@click.option(
    "--title", callback=_title, help="The bank's title (default: the article's first line)."
)
@click.option(
    "--year",
    type=click.IntRange(1, 9999),
    metavar="YYYY",
    help="The year of dates the article gives without one ('Wednesday, April 26').",
)
@click.option(
    "--review", is_flag=True, help="Keep or drop each question in the study app, then write."
)
@click.option("--force", is_flag=True, help="Overwrite BANK.toml if it exists.")
def draft(
    article: str,
    output: Path | None,
    bank_id: str | None,
    title: str | None,
    year: int | None,
    review: bool,
    force: bool,
) -> None:
    """Draft a bank from ARTICLE (UTF-8 text or Markdown; - reads standard input).

    Asks who said each quotation and has it completed; asks the dates, numbers,
    roles and channels the article names. Each question cites the sentence it
    came from in its 'source'. The draft passes 'quizapp check'; review it before use.
    """
    from quizapp.draft.drafting import NothingToAsk  # deferred: quizapp/SPEED.md
    from quizapp.draft.writer import DraftFailed, draft_bank  # deferred: quizapp/SPEED.md
    from quizapp.transfer.files import bank_id_for  # deferred: quizapp/SPEED.md

    if review and output is None:
        raise click.UsageError("--review writes the kept questions to a file: give -o BANK.toml")
    refuse_overwrite(output, force)
    text, name = _read_article(article)
    default_id = "draft" if article == STDIN else bank_id_for(Path(article))
    try:
        drafted = draft_bank(
            text, article=Path(name).name, bank_id=bank_id or default_id, title=title, year=year
        )
        kept = None
        if review:
            from quizapp.tui.screens.draft_review import review_draft  # deferred: quizapp/SPEED.md

            kept = review_draft(drafted)
            if kept is None:
                click.echo("quizapp: review ended without writing; no bank written", err=True)
                return
        bank = drafted.text(kept)
    except NothingToAsk:
        raise DataError(
            f"{name}: nothing to ask: no quotation, date, number or role found"
        ) from None
    except DraftFailed as failure:
        raise DataError(f"the drafted bank does not pass check: {failure}") from None
    write_output(output, bank)
    where = f" into {output}" if output else ""
    count = len(drafted.questions) if kept is None else len(kept)
    click.echo(
        f"drafted {count} questions from {name}{where}: review each one "
        "against its source sentence",
        err=True,
    )
