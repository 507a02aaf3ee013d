"""What each deferral in quizapp/SPEED.md saves: ``python tests/benchmarks/deferrals.py``.

For each deferred module, the time to import it in a new process that has already
imported what the study app imports to show its first question (the minimum and the
median of 15 runs). That is what start-up would pay if the module were imported at
the top instead. Not part of the test suite; run it on an otherwise idle machine.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

ALREADY = (
    "import quizapp.cli, quizapp.session, quizapp.store, quizapp.bank.cache, "
    "quizapp.tui.app, quizapp.tui.screens.question, textual.widgets"
)
DEFERRED = {
    "pydantic (bank validation)": "import quizapp.bank.validation",
    "TOML parser, checker and lint": "import tomli, quizapp.bank.check",
    "fsrs (the scheduler)": "import fsrs",
}
RUNS = 15


def cost_ms(statement: str) -> list[float]:
    script = (
        f"import time\n{ALREADY}\nstarted = time.perf_counter()\n{statement}\n"
        "print((time.perf_counter() - started) * 1000)\n"
    )
    times = []
    for _ in range(RUNS):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
        times.append(float(done.stdout.split()[-1]))
    return times


def main() -> int:
    for name, statement in DEFERRED.items():
        times = cost_ms(statement)
        print(f"{name:<32} min {min(times):6.1f} ms   median {statistics.median(times):6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
