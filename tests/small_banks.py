"""A one-question bank that passes check, and one that does not, for the tests that open good
and broken banks together: on the command line, on the home screen, in a real terminal."""

from __future__ import annotations

GOOD = """
[bank]
id = "good"
title = "Good bank"

[[questions]]
id = "sky"
type = "choice"
prompt = "Sky colour?"
choices = ["blue", "green"]
answer = "blue"
"""


def broken_bank(bank_id: str, answer: str = "red") -> str:
    """GOOD under another id, which loads as TOML and as a bank but fails check: its answer
    is not one of the choices (and is quoted in the error)."""
    return GOOD.replace('id = "good"', f'id = "{bank_id}"').replace(
        'answer = "blue"', f'answer = "{answer}"'
    )
