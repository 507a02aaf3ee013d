"""``quizapp play``: a session in the TUI, or in line mode with ``--plain``."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import cast

import click

from quizapp.bank.models import MAX_TIME_LIMIT
from quizapp.collector import resume_collection
from quizapp.commands.opening import open_banks, open_store
from quizapp.errors import DataError
from quizapp.paths import read_settings
from quizapp.session import Mode, NothingDue, Session, SessionOptions, SessionSetupError
from quizapp.wording import plural

EXIT_INTERRUPTED = 130
"""Ctrl-C in line mode: the results so far are printed, then the shell's usual code."""

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
    "sprint",
    "new",
)


def refuse_a_sprint_outside_practice(sprint: float | None, mode: str | None) -> None:
    """--sprint with --mode exam or review is a usage error (play's and serve's options)."""
    if sprint is not None and mode not in (None, "practice"):
        raise click.BadParameter("a sprint is practice against the clock", param_hint="--mode")


def seconds(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """A time limit: more than 0 and at most a day (nan and inf are no limits)."""
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
    help="practice: feedback after each answer; exam: at the end; review: the questions due"
    " (default: the mode last used on the home screen, else practice).",
)
@click.option(
    "--count",
    type=int,
    help="How many questions (default: the home screen's, 10 unless changed there).",
)
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
    "--sprint",
    type=float,
    callback=seconds,
    metavar="S",
    help="As many questions as you can answer in S seconds, with a personal best per bank.",
)
@click.option("--new", "new_only", is_flag=True, help="Only questions never answered before.")
@click.option(
    "--progress",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="The progress file (default: the user data dir, or $QUIZAPP_PROGRESS).",
)
@click.option("--plain", is_flag=True, help="Line mode: for screen readers, pipes and scripts.")
@click.option("--home", is_flag=True, hidden=True, help="The home screen on PATH (quizapp PATH).")
@click.pass_context
def play(
    ctx: click.Context,
    paths: tuple[str, ...],
    mode: str | None,
    count: int | None,
    tag: tuple[str, ...],
    timed: float | None,
    time_limit: float | None,
    seed: int | None,
    no_shuffle: bool,
    speed_bonus: bool,
    weak: bool,
    sprint: float | None,
    new_only: bool,
    progress: str | None,
    plain: bool,
    home: bool,
) -> None:
    """Play a session. PATH is a bank file or a folder of banks (default: the bundled banks).

    A broken bank among them is left out (and named); quizapp PATH... opens the home
    screen on them instead, where a broken one is listed with its first error.
    """
    if count is not None and count < 1:
        raise click.BadParameter("must be at least 1", param_hint="--count")
    refuse_a_sprint_outside_practice(sprint, mode)
    settings, notice = read_settings()
    if notice and plain:  # the study app says it on its first screen
        click.echo(f"quizapp: {notice}", err=True)
    opened = open_banks(paths)
    banks = opened.banks
    options = SessionOptions(
        mode=cast(Mode, mode or settings.session_mode),
        count=count if count is not None else (None if sprint else settings.count),
        tags=tag,
        seed=seed,
        shuffle=not no_shuffle,
        question_time=timed,
        session_time=time_limit,
        speed_bonus=speed_bonus,
        weak=weak,
        sprint=sprint,
        new_only=new_only,
    )
    explicit = (bool(paths) and not home) or any(
        ctx.get_parameter_source(name) == click.core.ParameterSource.COMMANDLINE
        for name in SESSION_OPTIONS
    )
    if not (plain or explicit) and settings.home_sprint:  # the home screen opens on a sprint
        options = replace(options, sprint=settings.home_sprint, count=None)
    if plain:
        for broken in opened.broken:
            click.echo(f"quizapp: left out: {broken}", err=True)
    store, unreadable = open_store(progress)
    in_browser = os.environ.get("TEXTUAL_DRIVER") == WEB_DRIVER
    if not plain and not in_browser and (not sys.stdin.isatty() or not sys.stdout.isatty()):
        store.close()
        raise click.UsageError("the study app needs a terminal; use --plain for pipes and scripts")
    try:
        session = None
        nothing_due = None
        if plain or explicit:
            try:
                session = Session(banks, options, store=store)
            except NothingDue as error:
                if plain:
                    raise DataError(nothing_due_advice(error)) from None
                nothing_due = error  # the home screen says so, and offers what instead
            except SessionSetupError as error:
                raise click.UsageError(str(error)) from None
        if plain:
            from quizapp.plain import PlainFrontEnd  # deferred: quizapp/SPEED.md

            resume_collection()
            assert session is not None
            front_end = PlainFrontEnd(session)
            front_end.run()
            _say_not_saved(session.save_failure)
            if front_end.interrupted:
                raise click.exceptions.Exit(EXIT_INTERRUPTED)
            return
        from quizapp.tui.app import make_app  # deferred: quizapp/SPEED.md

        app = make_app(
            banks,
            store,
            options,
            session=session,
            broken=opened.broken,
            settings=settings,
            settings_notice=notice,
            nothing_due=nothing_due,
            unreadable=unreadable,
        )
        app.run()  # resumes collection when drawn
        _say_not_saved(app.save_failure)
    finally:
        store.close()


WEB_DRIVER = "textual.drivers.web_driver:WebDriver"
"""Textual's driver for a browser (textual-serve): its standard streams are pipes."""


def nothing_due_advice(error: NothingDue) -> str:
    """Nothing due, and what to play instead."""
    new = f"{plural(error.new, 'new question')}: --new" if error.new else ""
    return f"{error}. Instead: {new + ', or ' if new else ''}--mode practice"


def _say_not_saved(failure: str | None) -> None:
    """After a session whose answers could not all be saved: the reason, exit 1."""
    if failure is not None:
        raise DataError(f"the last answers were not saved: {failure}")
