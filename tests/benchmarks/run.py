"""Run the benchmarks: ``python tests/benchmarks/run.py [NAME...]``.

Prints one line per benchmark, ``NAME value baseline ratio target ok|MISS`` (medians of
at least five runs; a note after ``#``), and exits 1 if any target is missed. Every
baseline is measured in the same run, alternating with what it is held against, so
the ratios hold on any machine. Not part of the test suite: it takes a few minutes,
and its numbers depend on the machine being otherwise idle.

Needs quizapp installed (``pip install -e .``) and, for startup and rss, tmux.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Result


def _startup() -> list[Result]:
    import startup_bench

    return startup_bench.results(startup_bench.measure())


def _loading() -> list[Result]:
    import loading_bench

    return loading_bench.run()


def _record() -> list[Result]:
    import progress_bench

    return [progress_bench.run("record")]


def _keypress() -> list[Result]:
    import keypress_bench

    return [keypress_bench.run()]


def _stats() -> list[Result]:
    import progress_bench

    return [progress_bench.run("stats-1m")]


GROUPS: dict[str, Callable[[], list[Result]]] = {
    "startup": _startup,  # also gives rss
    "load": _loading,  # load-10k and load-100k
    "record": _record,
    "keypress": _keypress,
    "stats-1m": _stats,
    "draft-5k": lambda: __import__("draft_bench").run(),
    "report-1m": lambda: __import__("report_bench").run(),
    "limits": lambda: __import__("limits_bench").run(),
    "class-30": lambda: __import__("class_bench").run(),  # median, p95 and memory
}
ALIASES = {
    "rss": "startup",
    "load-10k": "load",
    "load-100k": "load",
    **dict.fromkeys(
        ("import-clash-16k", "lint-multi-100", "grade-order-100", "grade-match-100"), "limits"
    ),
    **dict.fromkeys(("class-30-median", "class-30-p95", "class-30-memory"), "class-30"),
}


def main(argv: list[str]) -> int:
    if argv[:1] == [IN_THIS_PROCESS]:
        return _run_group(argv[1])
    wanted = [ALIASES.get(name, name) for name in argv] or list(GROUPS)
    unknown = sorted(set(wanted) - set(GROUPS))
    if unknown:
        names = ", ".join([*GROUPS, *ALIASES])
        print(f"unknown benchmark {unknown[0]!r}; choose from {names}", file=sys.stderr)
        return 2
    print("NAME value baseline ratio target ok|MISS", flush=True)
    missed = False
    started = time.perf_counter()
    for group in dict.fromkeys(wanted):
        # Each group runs in a process of its own, as the app would: none inherits the
        # heap or the imports of the ones before it (run after the loading benchmarks,
        # in their process, keypress read 16.6 ms; alone, 13.4 to 14.5).
        child = subprocess.run([sys.executable, __file__, IN_THIS_PROCESS, group], check=False)
        missed = missed or child.returncode != 0
    print(f"# {time.perf_counter() - started:.0f} s in all", flush=True)
    return 1 if missed else 0


IN_THIS_PROCESS = "--in-this-process"


def _run_group(group: str) -> int:
    """Run one group here and print its lines; 1 if any target is missed."""
    results = GROUPS[group]()
    for result in results:
        print(result.line(), flush=True)
    return 0 if all(result.ok for result in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
