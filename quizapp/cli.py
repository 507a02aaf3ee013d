"""The command line. Every subcommand is a thin shell over the core.

Subcommands live in ``quizapp.commands`` and are imported only when run, so the start
of a session does not pay for the others. ``quizapp --help`` imports every one of them to
list it; what a single command alone needs is deferred inside it (quizapp/SPEED.md).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys

import click

from quizapp import __version__
from quizapp.collector import pause_collection, resume_collection

# name -> "module:function" of each subcommand, in the order --help lists them.
COMMANDS = {
    "play": "quizapp.commands.play:play",
    "check": "quizapp.commands.bank_tools:check",
    "schema": "quizapp.commands.bank_tools:schema",
    "new": "quizapp.commands.bank_tools:new",
    "grade": "quizapp.commands.grade:grade",
    "stats": "quizapp.commands.progress:stats",
    "export": "quizapp.commands.progress:export",
    "doctor": "quizapp.commands.doctor:doctor",
    "import": "quizapp.commands.transfer:import_bank",
    "export-bank": "quizapp.commands.transfer:export_bank",
    "draft": "quizapp.commands.draft:draft",
    "report": "quizapp.commands.report:report",
    "serve": "quizapp.commands.serve:serve",
    "class": "quizapp.commands.serve:class_view",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if self._spec_exists(name)]

    @staticmethod
    def _spec_exists(name: str) -> bool:
        module = COMMANDS[name].split(":")[0]
        return importlib.util.find_spec(module) is not None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """``quizapp PATH...``: a bank file or folder where a command would be opens the home
        screen on those banks (a word that is neither stays an unknown command)."""
        first = args[0] if args else ""
        names_banks = first.endswith(".toml") or os.path.exists(first)
        if first and first not in COMMANDS and not first.startswith("-") and names_banks:
            # The group's --progress belongs to the study app here: pass it on, so that
            # the group itself has none left to refuse.
            progress = ctx.params.pop("progress", None)
            passed_on = ["--progress", progress] if progress is not None else []
            return "play", self.get_command(ctx, "play"), ["--home", *passed_on, *args]
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = COMMANDS.get(cmd_name)
        if spec is None:
            return None
        module_name, attr = spec.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:  # a command not built (yet): as if unknown
                return None
            raise
        command = getattr(module, attr)
        assert isinstance(command, click.Command)
        if cmd_name != "play":  # the study app resumes it when its first screen is drawn
            resume_collection()
        return command


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="quizapp")
@click.option(
    "--progress",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="With no command: the progress file (default: the user data dir, or $QUIZAPP_PROGRESS).",
)
@click.pass_context
def cli(ctx: click.Context, progress: str | None = None) -> None:
    """A terminal quiz and study app. With no command, opens the study app on the bundled banks;
    quizapp PATH... opens it on the banks PATH names (bank files or folders)."""
    if ctx.invoked_subcommand is None:
        play = cli.get_command(ctx, "play")
        assert play is not None
        ctx.invoke(play, progress=progress)
    elif progress is not None:
        raise click.UsageError(
            f"put --progress after the command: quizapp {ctx.invoked_subcommand} --progress FILE"
        )


def main() -> None:
    """Entry point: a clean one-line error for anything unexpected, never a traceback."""
    pause_collection()  # until the command runs (the study app: until its first frame)
    try:
        code = cli.main(prog_name="quizapp", standalone_mode=False)
    except click.UsageError as error:
        sys.exit(show_usage_error(error))
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except (KeyboardInterrupt, click.Abort):
        sys.exit(130)
    except Exception as error:  # the last line of defence; QUIZAPP_DEBUG shows the trace
        if os.environ.get("QUIZAPP_DEBUG"):
            raise
        click.echo(f"quizapp: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


def show_usage_error(error: click.UsageError) -> int:
    """Bad usage in one line, with where to read more: click's own form takes three."""
    command = error.ctx.command_path if error.ctx is not None else "quizapp"
    click.echo(f"{command}: {error.format_message()} (see '{command} --help')", err=True)
    return error.exit_code
