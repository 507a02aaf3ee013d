"""A sprint's best score is read from the ``sessions`` table of the progress file, which
is untrusted: a score that is not a number must not stop the results (it used to raise
from ``float()``), nor pose as the best."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_helpers import T0

from quizapp.store import Store

BANKS = ["xi-zelensky-call"]


@pytest.mark.parametrize("bad_score", ["'abc'", "X'FF41'", "9e999", "-9e999"])
def test_a_damaged_sprint_score_is_left_out_of_the_best(tmp_path: Path, bad_score: str) -> None:
    path = tmp_path / "progress.sqlite3"
    with Store.open(path) as store:
        for score in (3.0, 5.0):
            session = store.start_session("practice", BANKS, T0, sprint_seconds=60)
            store.finish_session(session, T0, score, 10)
        damaged = store.start_session("practice", BANKS, T0, sprint_seconds=60)
        store.finish_session(damaged, T0, 4.0, 10)
    with sqlite3.connect(path) as connection:
        connection.execute(f"UPDATE sessions SET score = {bad_score} WHERE id = ?", (damaged,))
    with Store.open(path) as store:
        assert store.best_sprint(BANKS, 60) == 5.0
