"""Text read from a progress file is untrusted: a crafted bank id cannot drive the terminal."""

from __future__ import annotations

from datetime import date

from quizapp.store.stats import BankStats, Stats
from quizapp.tui.screens.stats import bank_lines

CRAFTED = "\x1b]0;owned\x07\u202eevil"


def test_a_bank_id_from_the_progress_file_is_shown_inert() -> None:
    """It was drawn raw: a crafted file changed the terminal's title."""
    bank = BankStats(
        id=CRAFTED,
        title=None,
        questions=None,
        answered=1,
        answers=1,
        correct=1,
        learned=0,
        due=0,
        new=0,
    )
    stats = Stats(
        today=date(2026, 3, 2), answers=1, correct=1, streak=1, banks=[bank], days=[], tags=[]
    )
    title = bank_lines(stats, {})[0]
    assert str(title) == "\\x1b]0;owned\\x07\\u202eevil (bank file not given)"
