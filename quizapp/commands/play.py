"""``quizapp play``: a session in the TUI, or in line mode with ``--plain``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import cast

import click

from quizapp.errors import DataError
from quizapp.wording import plural

SESSION_OPTIONS = (
    "mode",
    "count",
    "tag",
    "timed",
    "time_limit",
    "seed",
    "no_shuffle",
    "speed_bonus",
    "weak",
)


def load_banks(paths: tuple[str, ...]) -> list:  # type: ignore[type-arg]
    """The banks to play, each loaded and checked; a bank with errors stops here (exit 1).

    Banks checked before and unchanged since come from the bank cache, without importing
    the checker at all; any other goes through ``check`` (and into the cache if it passes).
    """
    from quizapp.bank.cache import BankCache
    from quizapp.paths import bank_cache_dir, bundled_banks_dir

    named: list[str | Path] = [*paths] or [bundled_banks_dir()]
    cache = BankCache(bank_cache_dir())
    cached = cache.load(named)
    if cached is not None:
        return cached
    from quizapp.bank.check import check_paths

    report = check_paths(named, cache=cache)
    errors = [p for p in report.problems if p.severity == "error"]
    if errors:
        more = (
            f" (and {plural(len(errors) - 1, 'more problem')}; run 'quizapp check')"
            if len(errors) > 1
            else ""
        )
        raise DataError(f"{errors[0]}{more}")
    return report.banks


def open_store(progress: str | None):  # type: ignore[no-untyped-def]
    """The progress file, opened before anything is asked (so a bad location fails early)."""
    from quizapp.paths import progress_path
    from quizapp.store import Store, StoreError

    try:
        store = Store.open(progress_path(progress))
    except StoreError as error:
        raise DataError(str(error)) from None
    if store.notice:
        click.echo(f"quizapp: {store.notice}", err=True)
    return store


def seconds(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """A time limit: more than 0 and at most a day (nan and inf are no limits)."""
    from quizapp.bank.models import MAX_TIME_LIMIT

    if value is not None and not 0 < value <= MAX_TIME_LIMIT:  # False for nan
        raise click.BadParameter(
            f"must be more than 0 seconds and at most {MAX_TIME_LIMIT} (a day)"
        )
    return value


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--mode",
    type=click.Choice(["practice", "exam", "review"]),
    default="practice",
    show_default=True,
    help="practice: feedback after each answer; exam: at the end; review: due questions first.",
)
@click.option("--count", type=int, help="How many questions.")
@click.option("--tag", multiple=True, help="Only questions with this tag (repeatable).")
@click.option(
    "--timed",
    type=float,
    callback=seconds,
    metavar="S",
    help="Seconds per question (a question's own time_limit wins).",
)
@click.option(
    "--time-limit",
    type=float,
    callback=seconds,
    metavar="S",
    help="Seconds for the whole session.",
)
@click.option("--seed", type=int, help="Seed the order, for a reproducible session.")
@click.option("--no-shuffle", is_flag=True, help="Keep questions and choices in bank order.")
@click.option(
    "--speed-bonus",
    is_flag=True,
    help="Full points in the first half of the time limit, down to half at the limit.",
)
@click.option("--weak", is_flag=True, help="Practice: the most-missed questions first.")
@click.option(
    "--progress",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="The progress file (default: the user data dir, or $QUIZAPP_PROGRESS).",
)
@click.option("--plain", is_flag=True, help="Line mode: for screen readers, pipes and scripts.")
@click.pass_context
def play(
    ctx: click.Context,
    paths: tuple[str, ...],
    mode: str,
    count: int | None,
    tag: tuple[str, ...],
    timed: float | None,
    time_limit: float | None,
    seed: int | None,
    no_shuffle: bool,
    speed_bonus: bool,
    weak: bool,
    progress: str | None,
    plain: bool,
) -> None:
    """Play a session. PATH is a bank file or a folder of banks (default: the bundled banks)."""
    from quizapp.session import Mode, Session, SessionOptions, SessionSetupError

    if count is not None and count < 1:
        raise click.BadParameter("must be at least 1", param_hint="--count")
    banks = load_banks(paths)
    options = SessionOptions(
        mode=cast(Mode, mode),
        count=count,
        tags=tag,
        seed=seed,
        shuffle=not no_shuffle,
        question_time=timed,
        session_time=time_limit,
        speed_bonus=speed_bonus,
        weak=weak,
    )
    explicit = bool(paths) or any(
        ctx.get_parameter_source(name) == click.core.ParameterSource.COMMANDLINE
        for name in SESSION_OPTIONS
    )
    store = open_store(progress)
    try:
        if plain or explicit:
            try:
                session = Session(banks, options, store=store)
            except SessionSetupError as error:
                raise click.UsageError(str(error)) from None
            if plain:
                from quizapp.collector import resume_collection
                from quizapp.plain import PlainFrontEnd

                resume_collection()
                PlainFrontEnd(session).run()
                return
            _run_tui(banks, store, options, session)
        else:
            _run_tui(banks, store, options, None)
    finally:
        store.close()


WEB_DRIVER = "textual.drivers.web_driver:WebDriver"
"""Textual's driver for a browser (textual-serve): its standard streams are pipes."""


def _run_tui(banks: list, store, options, session) -> None:  # type: ignore[no-untyped-def]
    in_browser = os.environ.get("TEXTUAL_DRIVER") == WEB_DRIVER
    if not in_browser and (not sys.stdin.isatty() or not sys.stdout.isatty()):
        raise click.UsageError("the study app needs a terminal; use --plain for pipes and scripts")
    from quizapp.tui.app import make_app

    make_app(banks, store, options, session=session).run()  # resumes collection when drawn
