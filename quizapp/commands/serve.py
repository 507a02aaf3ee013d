"""``quizapp serve``: the study app for a class, in the browser; and, run as
``python -m quizapp.commands.serve``, one learner's study app behind the join screen."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from quizapp.bank.models import Bank
from quizapp.commands.opening import load_banks
from quizapp.commands.play import refuse_a_sprint_outside_practice, seconds
from quizapp.commands.report import banks_of_class
from quizapp.errors import DataError
from quizapp.serve.config import ClassConfig, ConfigError, session_fields
from quizapp.serve.learners import new_join_code, normalise_code
from quizapp.session import Mode, Session, SessionOptions, SessionSetupError

FIXING_OPTIONS = ("mode", "count", "tag", "timed", "time_limit", "sprint", "seed")
"""Options that, given to ``serve``, fix every learner's session (a class test)."""


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option(
    "--class", "class_dir", required=True, metavar="DIR",
    type=click.Path(file_okay=False, path_type=Path),
    help="The class folder: one progress file per learner.",
)  # fmt: skip
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--code", metavar="CODE", help="Join code (generated when --host is not loopback).")
@click.option(
    "--max-learners", type=click.IntRange(1, 1000), default=60, show_default=True,
    help="Browser tabs at once; past it a newcomer is told the class is full.",
)  # fmt: skip
@click.option(
    "--mode", type=click.Choice(["practice", "exam", "review"]),
    help="Fix the mode for every learner (practice, exam, review).",
)  # fmt: skip
@click.option("--count", type=click.IntRange(min=1), help="Fix how many questions.")
@click.option("--tag", multiple=True, help="Fix the questions to this tag (repeatable).")
@click.option("--timed", type=float, callback=seconds, metavar="S", help="Seconds per question.")
@click.option(
    "--time-limit", type=float, callback=seconds, metavar="S", help="Seconds for the session."
)
@click.option(
    "--sprint", type=float, callback=seconds, metavar="S",
    help="Fix a sprint of S seconds: as many questions as each learner can answer.",
)  # fmt: skip
@click.option("--seed", type=int, help="Fix the question order.")
@click.pass_context
def serve(
    ctx: click.Context,
    paths: tuple[str, ...],
    class_dir: Path,
    host: str,
    port: int,
    code: str | None,
    max_learners: int,
    mode: Mode | None,
    count: int | None,
    tag: tuple[str, ...],
    timed: float | None,
    time_limit: float | None,
    sprint: float | None,
    seed: int | None,
) -> None:
    """Serve the study app to a class in the browser until Ctrl+C.

    PATH is a bank file or a folder of banks (default: the bundled banks). Each learner
    joins with their name; the same name later resumes their progress. Any session
    option given here fixes the session for every learner.
    """
    from quizapp.serve.server import ClassServer, is_loopback  # deferred: quizapp/SPEED.md

    banks = load_banks(paths)  # a bank with errors stops here, before anyone joins
    refuse_a_sprint_outside_practice(sprint, mode)
    fixed = SessionOptions(
        mode=mode or "practice",
        count=count,
        tags=tag,
        seed=seed,
        question_time=timed,
        session_time=time_limit,
        sprint=sprint,
    )
    session = _fixed_session(ctx, banks, fixed)
    if code is not None and (not normalise_code(code) or not code.isprintable()):
        raise click.BadParameter("a join code is printable characters", param_hint="--code")
    if code is None and not is_loopback(host):
        code = new_join_code()
    config = ClassConfig(
        class_dir=str(class_dir.resolve()),
        banks=[str(Path(path).resolve()) for path in paths],
        session=session,
        code=code,
    )
    try:
        config.write_class_file()
    except OSError as error:
        raise DataError(f"cannot use the class folder {class_dir}: {error.strerror}") from None
    server = ClassServer(config, host, port, max_learners)
    try:
        server.serve()
    except OSError as error:
        raise DataError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


def _fixed_session(
    ctx: click.Context, banks: list[Bank], options: SessionOptions
) -> dict[str, Any] | None:
    """The session options fixed for the class, checked now; None if none was given."""
    given = [
        name
        for name in FIXING_OPTIONS
        if ctx.get_parameter_source(name) == click.core.ParameterSource.COMMANDLINE
    ]
    if not given:
        return None
    try:
        Session(banks, options)  # the same check a learner's session makes, up front
    except SessionSetupError as error:
        raise click.UsageError(str(error)) from None
    return session_fields(options)


def learner_main() -> None:
    """One learner's study app, run by the server for each browser tab (under
    textual-serve's web driver: its standard streams are pipes, not a terminal)."""
    from quizapp.tui.screens.join import ServedApp  # deferred: quizapp/SPEED.md

    try:
        config = ClassConfig.from_env()
        banks = load_banks(tuple(config.banks))
    except (ConfigError, click.ClickException) as error:
        message = error.format_message() if isinstance(error, click.ClickException) else error
        click.echo(f"quizapp: {message}", err=True)
        sys.exit(1)
    options = config.fixed_options()
    os.environ.pop("QUIZAPP_PROGRESS", None)  # every file this process writes is in the class
    ServedApp(banks, config, options).run()


@click.command("class")
@click.argument(
    "class_dir", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
def class_view(class_dir: Path) -> None:
    """The class being served, live: who is in, how far each is, scores, time since the
    last answer, and the hardest questions so far. DIR is the folder given to
    'quizapp serve --class'."""
    from quizapp.tui.screens.class_view import ClassViewApp  # deferred: quizapp/SPEED.md

    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise click.UsageError("the live view needs a terminal; use 'quizapp report' instead")
    banks = banks_of_class(class_dir)
    ClassViewApp(class_dir, banks, lambda: datetime.now(UTC)).run()


if __name__ == "__main__":
    learner_main()
