"""The one rule for every command that writes a file: an existing file is replaced only
with ``--force``, and always refused in the same words."""

from __future__ import annotations

from pathlib import Path

from quizapp.errors import DataError


def exists_message(path: Path) -> str:
    """What every command says when it will not write over ``path``."""
    return f"{path} already exists; use --force to replace it"


def refuse_overwrite(output: Path | None, force: bool) -> None:
    """Stop (exit 1) before writing over the existing file ``output`` without ``--force``.

    A FIFO, a terminal or a device such as /dev/null holds nothing to lose: it is
    written to, not replaced, so it is never refused. A link to a missing file is.
    """
    if output is None or force:
        return
    if (output.exists() and output.is_file()) or (output.is_symlink() and not output.exists()):
        raise DataError(exists_message(output))
