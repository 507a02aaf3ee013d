"""The boundaries of DESIGN.md, enforced."""

from __future__ import annotations

import subprocess
import sys

CORE = ["quizapp.bank", "quizapp.grading", "quizapp.session", "quizapp.scheduling",
        "quizapp.store", "quizapp.clock", "quizapp.plain"]


def test_the_core_never_imports_textual() -> None:
    script = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in CORE)
        + "leaked = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""


def test_cli_help_does_not_import_the_tui_or_pydantic() -> None:
    script = (
        "import sys\n"
        "from quizapp.cli import cli\n"
        "try:\n"
        "    cli.main(['--help'], prog_name='quizapp')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print([m for m in ('textual', 'pydantic') if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"
