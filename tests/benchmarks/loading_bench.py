"""Loading banks: parsing and validating 10,000 and 100,000 questions, against tomli alone."""

from __future__ import annotations

import tempfile
import tracemalloc
from pathlib import Path

import tomli
from common import RUNS, Result, median_seconds, paired_medians
from generate import bank_text

from quizapp.bank import loader
from quizapp.bank.cache import BankCache
from quizapp.bank.check import check_paths
from quizapp.bank.loader import load_bank

LARGE = 100_000


def _tomli(path: Path) -> object:
    return tomli.loads(path.read_text(encoding="utf-8"))


def _checked(path: Path) -> object:
    report = check_paths([path])
    assert report.ok, report.problems[:3]
    return report


def load_10k(folder: Path) -> tuple[Result, float]:
    """``load_bank`` (read, TOML, validation) of 10,000 questions against ``tomli.loads``.

    The note adds what ``quizapp check`` and the study app's first open also pay (lint),
    and what a later open pays (the bank cache)."""
    path = folder / "bank-10k.toml"
    path.write_text(bank_text(10_000), encoding="utf-8")
    value, baseline = paired_medians(lambda: load_bank(path), lambda: _tomli(path))
    checked, baseline_again = paired_medians(lambda: _checked(path), lambda: _tomli(path))

    cache = BankCache(folder / "cache")
    check_paths([path], cache=cache)
    assert cache.load([path]) is not None
    cached = median_seconds(lambda: cache.load([path]))
    note = (
        f"checked (with lint) {checked / baseline_again:.2f}x; "
        f"from the bank cache {cached * 1000:.0f} ms ({cached / baseline:.2f}x)"
    )
    return Result("load-10k", value, "s", 1.5, baseline, note=note), value


def load_100k(folder: Path, ten_thousand: float) -> Result:
    """``load_bank`` of 100,000 questions against 11 times the 10,000 time, with the peak of
    memory it allocates. Such a bank (17 MiB) is over the size limit a bank may have, so
    the limit is lifted for this measurement only."""
    path = folder / "bank-100k.toml"
    path.write_text(bank_text(LARGE), encoding="utf-8")
    limit = loader.MAX_BANK_BYTES
    files_limit = _files_module().MAX_BANK_BYTES
    try:
        loader.MAX_BANK_BYTES = _files_module().MAX_BANK_BYTES = 64 * 1024 * 1024
        value = median_seconds(lambda: load_bank(path), RUNS)
        tracemalloc.start()
        bank = load_bank(path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert len(bank.questions) == LARGE
    finally:
        loader.MAX_BANK_BYTES, _files_module().MAX_BANK_BYTES = limit, files_limit
    size = path.stat().st_size / 1024 / 1024
    note = f"peak memory allocated {peak / 1024 / 1024:.0f} MiB for a {size:.0f} MiB file"
    return Result("load-100k", value, "s", 11, ten_thousand, note=note)


def _files_module():  # type: ignore[no-untyped-def]
    from quizapp.bank import files

    return files


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="quizbench-") as name:
        folder = Path(name)
        ten_thousand, seconds = load_10k(folder)
        return [ten_thousand, load_100k(folder, seconds)]
