"""``quizapp stats`` and ``quizapp export``: what the progress file holds."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quizapp.errors import DataError

if TYPE_CHECKING:
    from quizapp.bank import Bank
    from quizapp.store import Store
    from quizapp.store.stats import Stats

PROGRESS_HELP = "The progress file (default: the user data dir, or $QUIZAPP_PROGRESS)."
BAR_WIDTH = 30


def open_progress(progress: str | None) -> Store:
    """The progress file for reading. A file that does not exist yet is not created:
    an empty store in memory stands in for it."""
    from quizapp.paths import progress_path
    from quizapp.store import Store, StoreError

    path = progress_path(progress)
    try:
        store = Store.open(path) if path.exists() else Store.empty()
    except StoreError as error:
        raise DataError(str(error)) from None
    if store.notice:
        click.echo(f"quizapp: {store.notice}", err=True)
    return store


def load_banks(paths: tuple[str, ...]) -> list[Bank]:
    """The banks named (default: the bundled ones); a bank that fails to load stops here."""
    from quizapp.bank import BankError, bank_files, load_bank
    from quizapp.paths import bundled_banks_dir

    try:
        if not paths:
            bundled = bundled_banks_dir()
            files = bank_files([bundled]) if bundled.is_dir() else []
        else:
            files = bank_files(paths)
        return [load_bank(file) for file in files]
    except BankError as error:
        first = error.problems[0]
        more = len(error.problems) - 1
        hint = f" (and {more} more; run 'quizapp check')" if more else ""
        raise DataError(f"{first}{hint}") from None


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the stats as one JSON object.")
@click.option("--progress", type=click.Path(dir_okay=False), metavar="FILE", help=PROGRESS_HELP)
def stats(paths: tuple[str, ...], as_json: bool, progress: str | None) -> None:
    """Progress per bank, the day streak and the last 14 days.

    PATH is a bank file or a folder of banks (default: the bundled banks); banks with
    answers in the progress file but not given are listed by id.
    """
    from quizapp.store import StoreError
    from quizapp.store.stats import compute_stats

    banks = load_banks(paths)
    store = open_progress(progress)
    try:
        result = compute_stats(store, banks, datetime.now(UTC))
    except StoreError as error:
        raise DataError(str(error)) from None
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_stats(result))


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
@click.option("--progress", type=click.Path(dir_okay=False), metavar="FILE", help=PROGRESS_HELP)
@click.option("--learner", metavar="NAME", help="Name every answer as NAME's, for a class report.")
def export(fmt: str, output: Path | None, progress: str | None, learner: str | None) -> None:
    """Every recorded answer: bank, question, response, score, correct, elapsed_ms,
    timed_out, answered_at (ISO 8601, UTC)."""
    from quizapp.store import StoreError
    from quizapp.store.stats import export_answers

    store = open_progress(progress)
    try:
        if output is None:
            export_answers(store, sys.stdout, fmt, learner)  # type: ignore[arg-type]
        else:
            # newline="": the csv module writes its own line ends.
            with output.open("w", encoding="utf-8", newline="") as out:
                export_answers(store, out, fmt, learner)  # type: ignore[arg-type]
    except BrokenPipeError:
        if output is not None:
            raise DataError(f"cannot write {output}: broken pipe") from None
        # The reader stopped early (``| head``): nothing more to say. Point stdout at
        # /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as error:
        raise DataError(f"cannot write {output}: {error.strerror or error}") from None
    except StoreError as error:
        raise DataError(str(error)) from None
    finally:
        store.close()


def format_stats(result: Stats) -> str:
    """The stats as text for a terminal."""
    lines = [
        f"{'Bank':<32} {'Questions':>9} {'Answered':>8} {'Accuracy':>8} "
        f"{'Learned':>7} {'Due now':>7}"
    ]
    for bank in result.banks:
        name = _printable(bank.id) + ("" if bank.questions is not None else " (no file)")
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


def _printable(text: str) -> str:
    """Store text is shown, never interpreted: control characters are escaped."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
