"""Errors that end a command with one clear line and a meaningful exit code."""

from __future__ import annotations

from typing import IO, Any

import click

EXIT_BAD_DATA = 1
EXIT_USAGE = 2


class DataError(click.ClickException):
    """Bad input found (a broken bank, an unusable answer, a progress file refused): exit 1."""

    exit_code = EXIT_BAD_DATA

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"quizapp: {self.format_message()}", err=True)
