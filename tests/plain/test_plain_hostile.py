"""Answers read from a pipe are echoed after "Answer: " so a transcript shows what was
graded: made visible, like all learner text, they cannot drive the terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.loader import load_bank
from quizapp.bank.text_safety import find_control_character
from quizapp.clock import FakeClock
from quizapp.plain import PlainFrontEnd
from quizapp.session import Session, SessionOptions

DATA = Path(__file__).parent / "data"
HOSTILE = "x\x1b]0;owned\x07y\u202e\x9b31m"


@pytest.mark.parametrize("mode", ["practice", "exam"])
def test_a_hostile_answer_is_echoed_visible_and_inert(mode: str) -> None:
    """It was echoed raw: an OSC sequence in an answer renamed the terminal."""
    session = Session(
        [load_bank(DATA / "demo.toml")],
        SessionOptions(count=2, shuffle=False, mode=mode),  # type: ignore[arg-type]
        clock=FakeClock(),
    )
    out = io.StringIO()
    PlainFrontEnd(session, io.StringIO(f"{HOSTILE}\n\x1b[2J\n"), out).run()
    text = out.getvalue()
    assert "Answer: x\\x1b]0;owned\\x07y\\u202e\\x9b31m\n" in text
    assert "Answer: \\x1b[2J\n" in text
    for line in text.splitlines():
        assert find_control_character(line) is None, repr(line)


EVERY_TYPE = Path(__file__).parents[1] / "tui" / "data" / "every-type.toml"
one_line = st.text(
    alphabet=st.characters(codec=None, blacklist_characters="\n\r\x1c\x1d\x1e\x85\u2028\u2029")
    | st.sampled_from(["\x1b", "\x9b", "\u202e", "\x07", ";", "="]),
    max_size=80,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(one_line)
def test_no_character_of_any_answer_reaches_the_terminal_raw(answer: str) -> None:
    """Any answer, to a question of every type, in --plain from a pipe: nothing printed
    (echo, verdict, note, results) holds a character that could drive the terminal."""
    bank = load_bank(EVERY_TYPE)
    session = Session(
        [bank], SessionOptions(count=len(bank.questions), shuffle=False), clock=FakeClock()
    )
    out = io.StringIO()
    PlainFrontEnd(session, io.StringIO(f"{answer}\n" * len(bank.questions)), out).run()
    for line in out.getvalue().split("\n"):
        assert find_control_character(line) is None, repr(line)
        assert "\r" not in line and "\t" not in line
