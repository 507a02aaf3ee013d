"""What each deferral in quizapp/SPEED.md saves: ``python tests/benchmarks/deferrals.py``.

For each deferred module, the time to import it in a new process that has already
imported what its line says would be there anyway (the minimum and the median of 15
runs): what that start would pay if the module were imported at the top instead. Not
part of the test suite; run it on an otherwise idle machine.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

FIRST_QUESTION = (
    "import quizapp.cli, quizapp.commands.play, quizapp.session, quizapp.store, "
    "quizapp.bank.opening, quizapp.tui.app, quizapp.tui.screens.question, textual.widgets"
)
"""What the study app imports to show its first question."""
COMMANDS = (
    "import quizapp.cli, quizapp.commands.bank_tools, quizapp.commands.progress, "
    "quizapp.commands.transfer, quizapp.commands.draft, quizapp.commands.serve, "
    "quizapp.commands.report"
)
"""What ``quizapp --help`` imports: every command module."""

DEFERRED = {
    "pydantic (bank validation)": (FIRST_QUESTION, "import quizapp.bank.validation"),
    "TOML parser, checker and lint": (FIRST_QUESTION, "import quizapp.bank.check"),
    "fsrs (the scheduler)": (FIRST_QUESTION, "import fsrs"),
    "the graders": (FIRST_QUESTION, "import quizapp.grading"),
    "line mode's front end": (FIRST_QUESTION, "import quizapp.plain"),
    "rapidfuzz (near-miss answers)": (FIRST_QUESTION, "import rapidfuzz.distance"),
    "tomli (the settings file)": (FIRST_QUESTION, "import tomli"),
    "json": (FIRST_QUESTION, "import json"),
    "the screens not shown first": (
        FIRST_QUESTION,
        "import quizapp.tui.screens.home, quizapp.tui.screens.stats, "
        "quizapp.tui.screens.results, quizapp.tui.screens.help, "
        "quizapp.tui.screens.feedback, quizapp.tui.screens.nothing_due, "
        "quizapp.tui.widgets.footer",
    ),
    "the stats screen alone": (FIRST_QUESTION, "import quizapp.tui.screens.stats"),
    "the home screen alone": (FIRST_QUESTION, "import quizapp.tui.screens.home"),
    "Textual (quizapp --help)": (COMMANDS, "import quizapp.tui.app"),
    "validation (quizapp --help)": (
        COMMANDS,
        "import quizapp.bank.check, quizapp.bank.validation, quizapp.transfer.files, "
        "quizapp.transfer.gift_export, quizapp.bank.loader",
    ),
    "the class server (quizapp --help)": (COMMANDS, "import quizapp.serve.server"),
    "the drafter (quizapp --help)": (COMMANDS, "import quizapp.draft.writer"),
    "all of them (quizapp --help)": (
        COMMANDS,
        "import quizapp.tui.app, quizapp.bank.check, quizapp.bank.validation, "
        "quizapp.transfer.files, quizapp.transfer.gift_export, quizapp.bank.loader, "
        "quizapp.serve.server, quizapp.draft.writer, quizapp.tui.screens.draft_review, "
        "quizapp.tui.screens.join, quizapp.tui.screens.class_view",
    ),
}
RUNS = 15


def cost_ms(already: str, statement: str) -> list[float]:
    script = (
        f"import time\n{already}\nstarted = time.perf_counter()\n{statement}\n"
        "print((time.perf_counter() - started) * 1000)\n"
    )
    times = []
    for _ in range(RUNS):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
        times.append(float(done.stdout.split()[-1]))
    return times


def main() -> int:
    for name, (already, statement) in DEFERRED.items():
        times = cost_ms(already, statement)
        print(f"{name:<36} min {min(times):6.1f} ms   median {statistics.median(times):6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
