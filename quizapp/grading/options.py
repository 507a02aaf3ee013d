"""Reading a learner's picks: an option by its number as shown, or by its text.

Also the coercion of whatever a front end hands the grader into text or a list
of texts; anything else is an UnusableAnswer, which ``grade`` turns into a wrong
verdict.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from quizapp.grading.text import allowed_typos, compare_key, edit_distance
from quizapp.grading.verdict import UnusableAnswer, quoted

_POSITION = re.compile(r"#?\s*(\d{1,6})\s*[.)]?")
_SPACED_POSITIONS = re.compile(r"\d{1,6}(?:\s+\d{1,6})+")


def as_text(value: object) -> str:
    """One typed value as text; numbers are accepted as their digits."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    raise UnusableAnswer(f"cannot read an answer from {type(value).__name__}")


def as_list(value: object, separator: str = ";", *, keep_empty: bool = False) -> list[str]:
    """Several values: a sequence of texts, or one text split on ``separator``.

    Empty values are dropped unless ``keep_empty`` (where a value's place matters).
    """
    if isinstance(value, str):
        parts = [part.strip() for part in value.split(separator)]
    elif isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        parts = [as_text(item).strip() for item in value]
    else:
        raise UnusableAnswer(f"cannot read answers from {type(value).__name__}")
    return parts if keep_empty else [part for part in parts if part]


def display_order(options: Sequence[str], shown: Sequence[object] | None) -> list[str]:
    """The options as the learner saw them; ``shown`` is ignored unless it is a reordering."""
    if shown is None or isinstance(shown, str):
        return list(options)
    try:
        candidate = [item for item in shown if isinstance(item, str)]
    except TypeError:
        return list(options)
    if len(candidate) == len(options) and Counter(candidate) == Counter(options):
        return candidate
    return list(options)


class Pick(NamedTuple):
    """An option a learner picked, and how it was recognised."""

    option: str
    typos: int = 0
    by_number: bool = False


def resolve(
    value: str, options: Sequence[str], what: str = "choice", *, by_position: bool = False
) -> Pick:
    """The option ``value`` names: its number (1-based, as shown) or its text, typos forgiven.

    A number that is also an option's text ("12" among "10", "12", "15") is read as
    that text, unless ``by_position`` says the numbers of this answer are positions
    (see ``read_as_positions``).
    """
    text = value.strip()
    position = _POSITION.fullmatch(text)
    if by_position and position and 1 <= int(position[1]) <= len(options):
        return Pick(options[int(position[1]) - 1], by_number=True)
    key = compare_key(text, False)
    for option in options:
        if compare_key(option, False) == key:
            return Pick(option)
    if position:
        number = int(position[1])
        if 1 <= number <= len(options):
            return Pick(options[number - 1], by_number=True)
        raise UnusableAnswer(f"there is no {what} {number} (1 to {len(options)})")
    if key:
        scored = []
        for option in options:
            option_key = compare_key(option, False)
            allowed = allowed_typos(len(option_key.replace(" ", "")))
            if allowed:
                distance = edit_distance(key, option_key, allowed)
                if distance <= allowed:
                    scored.append((distance, option))
        scored.sort(key=lambda pair: pair[0])
        # Forgive a typo only when it points at one option more closely than at any other.
        if scored and (len(scored) == 1 or scored[0][0] < scored[1][0]):
            return Pick(scored[0][1], typos=scored[0][0])
    if not text:
        raise UnusableAnswer(f"no {what} given")
    raise UnusableAnswer(f"{quoted(text)} is not one of the {what}s")


def read_as_positions(values: Sequence[str], options: Sequence[str]) -> bool:
    """Whether several picks are all option numbers, to be read the same way.

    True when every value is a number from 1 to the number of options and at least
    one of them is not an option's own text: "1; 2; 4" among the options "2", "3",
    "4", "5" means the first, second and fourth, not "2" and "4" by text and the
    first by number. When every value is also an option's text, texts win.
    """
    if not values:
        return False
    numbers = [_POSITION.fullmatch(value.strip()) for value in values]
    if not all(match and 1 <= int(match[1]) <= len(options) for match in numbers):
        return False
    keys = {compare_key(option, False) for option in options}
    return not all(compare_key(value, False) in keys for value in values)


def resolve_all(response: object, options: Sequence[str], what: str = "choice") -> list[str]:
    """The options a response of several picks names, in its order (UnusableAnswer if one
    names none): a typed line, or a list of numbers or texts."""
    values = split_picks(response, options) if isinstance(response, str) else as_list(response)
    by_position = read_as_positions(values, options)
    return [resolve(value, options, what, by_position=by_position).option for value in values]


def split_picks(value: str, options: Sequence[str]) -> list[str]:
    """One typed line of several picks: "1; 3", "1, 3", "1 3", or a single option's text.

    ';' always separates. Without it, a line naming one option (whose text may hold a
    comma) is one pick; otherwise commas separate, then spaces between numbers.
    """
    if ";" in value:
        return [part.strip() for part in value.split(";") if part.strip()]
    text = value.strip()
    if not text:
        return []
    key = compare_key(text, False)
    if any(compare_key(option, False) == key for option in options):
        return [text]
    if "," in text:
        return [part.strip() for part in text.split(",") if part.strip()]
    if _SPACED_POSITIONS.fullmatch(text):
        return text.split()
    return [text]
