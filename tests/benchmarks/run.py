"""Run the benchmarks: ``python tests/benchmarks/run.py [NAME...]``.

Prints one line per benchmark, ``NAME value baseline ratio target ok|MISS`` (medians of
at least five runs; a note after ``#``), and exits 1 if any target is missed. Every
baseline is measured in the same run, alternating with what it is held against, so
the ratios hold on any machine. Not part of the test suite: it takes a few minutes,
and its numbers depend on the machine being otherwise idle.

Needs quizapp installed (``pip install -e .``) and, for startup and rss, tmux.
"""

from __future__ import annotations

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
}
ALIASES = {"rss": "startup", "load-10k": "load", "load-100k": "load"}


def main(argv: list[str]) -> int:
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
        for result in GROUPS[group]():
            print(result.line(), flush=True)
            missed = missed or not result.ok
    print(f"# {time.perf_counter() - started:.0f} s in all", flush=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
