"""``quizapp stats`` and ``quizapp export``: what the progress file holds."""

from __future__ import annotations

import json
import os
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quizapp.bank.text_safety import visible
from quizapp.commands.opening import load_banks, say_unreadable
from quizapp.commands.overwrite import refuse_overwrite
from quizapp.errors import DataError
from quizapp.paths import progress_path
from quizapp.replace_file import WriteThenReplace
from quizapp.store import Store, StoreError
from quizapp.store.insights import insights_text, read_stats
from quizapp.store.stats import ExportFormat, Stats, export_answers

if TYPE_CHECKING:
    from quizapp.store.readable import UnreadableAnswer

PROGRESS_HELP = "The progress file (default: the user data dir, or $QUIZAPP_PROGRESS)."
BAR_WIDTH = 30


def open_progress(progress: str | None) -> Store:
    """The progress file, opened to read only: nothing there is created, moved or
    written. A file that is missing or is not a progress file stops here (exit 1)."""
    try:
        return Store.open_for_reading(progress_path(progress))
    except StoreError as error:
        raise DataError(str(error)) from None


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the stats as one JSON object.")
@click.option("--progress", type=click.Path(dir_okay=False), metavar="FILE", help=PROGRESS_HELP)
def stats(paths: tuple[str, ...], as_json: bool, progress: str | None) -> None:
    """Progress per bank, the day streak and the last 14 days.

    PATH is a bank file or a folder of banks (default: the bundled banks); banks with
    answers in the progress file but not given are listed by id.
    """
    banks = load_banks(paths, partial=True)
    store = open_progress(progress)
    try:
        result, insights = read_stats(store, banks, datetime.now(UTC))
        unreadable = store.unreadable_count()
    except StoreError as error:
        raise DataError(str(error)) from None
    finally:
        store.close()
    say_unreadable(store, unreadable)
    if as_json:
        found = {
            **result.to_json(),
            "insights": insights.to_json(),
            "unreadable_answers": unreadable,
        }
        click.echo(json.dumps(found, indent=2, ensure_ascii=False))
    else:
        click.echo(format_stats(result))
        click.echo("")
        click.echo(insights_text(insights, shutil.get_terminal_size().columns))


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json"]),
    default="csv",
    show_default=True,
    help="CSV with a header row, or a JSON array of objects.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write to FILE instead of standard output.",
)
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
@click.option("--progress", type=click.Path(dir_okay=False), metavar="FILE", help=PROGRESS_HELP)
@click.option("--learner", metavar="NAME", help="Name every answer as NAME's, for a class report.")
def export(
    fmt: ExportFormat,
    output: Path | None,
    force: bool,
    progress: str | None,
    learner: str | None,
) -> None:
    """Every recorded answer: bank, question, response, score, correct, elapsed_ms,
    timed_out, answered_at (ISO 8601, UTC).

    Cells a spreadsheet would run as a formula are written as text, and control
    characters in answers are written as escapes (\\x1b).
    """
    if output is not None:
        refuse_output(output, progress_path(progress), force)
    store = open_progress(progress)
    skipped: list[UnreadableAnswer] = []
    try:
        if output is None:
            export_answers(store, sys.stdout, fmt, learner, skipped)
        else:
            with WriteThenReplace(output) as out:
                export_answers(store, out, fmt, learner, skipped)
    except BrokenPipeError:
        if output is not None:
            raise DataError(f"cannot write {output}: broken pipe") from None
        # The reader stopped early (``| head``): nothing more to say. Point stdout at
        # /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as error:
        where = "standard output" if output is None else output
        raise DataError(f"cannot write {where}: {error.strerror or error}") from None
    except StoreError as error:
        raise DataError(str(error)) from None
    finally:
        store.close()
    say_unreadable(store, len(skipped))


def refuse_output(output: Path, progress: Path, force: bool) -> None:
    """Stop (exit 1) before writing ``output`` over the progress file being read (or its
    log), over a folder, or over an existing file without ``--force``."""
    for own in (progress, Path(f"{progress}-wal"), Path(f"{progress}-shm")):
        if _same_file(output, own):
            raise DataError(
                f"{output} is the progress file being exported; write the export elsewhere"
            )
    if output.is_dir():
        raise DataError(f"{output} is a folder; name a file to write")
    refuse_overwrite(output, force)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:  # either is missing
        return one.resolve() == other.resolve()


def format_stats(result: Stats) -> str:
    """The stats as text for a terminal."""
    lines = [
        f"{'Bank':<32} {'Questions':>9} {'Answered':>8} {'Accuracy':>8} "
        f"{'Learned':>7} {'Due now':>7}"
    ]
    for bank in result.banks:
        name = visible(bank.id) + ("" if bank.questions is not None else " (no file)")
        questions = "-" if bank.questions is None else str(bank.questions)
        lines.append(
            f"{name:<32} {questions:>9} {bank.answered:>8} "
            f"{_percent(bank.accuracy):>8} {bank.learned:>7} {bank.due:>7}"
        )
    if not result.banks:
        lines.append("(no banks)")
    lines.append("")
    days = "day" if result.streak == 1 else "days"
    lines.append(
        f"Answers: {result.answers}  Accuracy: {_percent(result.accuracy)}  "
        f"Streak: {result.streak} {days}"
    )
    if result.overridden:
        lines.append(
            f'Judged right by the learner ("I was right"): {result.overridden} of the right answers'
        )
    lines.append("")
    lines.append(f"Last {len(result.days)} days:")
    busiest = max((d.answers for d in result.days), default=0)
    for day in result.days:
        bar = "#" * (round(day.answers / busiest * BAR_WIDTH) if busiest else 0)
        if day.answers and not bar:
            bar = "#"
        lines.append(f"  {day.day.isoformat()} {day.day.strftime('%a')}  {day.answers:>5}  {bar}")
    return "\n".join(lines)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"
