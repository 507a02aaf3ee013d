"""Write a bank as readable TOML.

There is no TOML writer among the dependencies, and a bank has few shapes:
strings, numbers, booleans, dates, arrays of strings and arrays of string pairs.
This writer covers exactly those, in the layout a teacher would write by hand:
``[bank]`` first, then one ``[[questions]]`` table per question with ``id`` and
``type`` on top and defaults left out. What it writes is read back by
``parse_bank`` as the same bank (a property test holds it to that).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Any

from quizapp.bank.models import Bank, BankInfo, QuestionBase
from quizapp.bank.record import field_default, field_names

# Keys every question has, written after the type's own keys (except id/type/prompt, first).
_LEADING = ("id", "type", "prompt")
_TRAILING = ("tags", "points", "time_limit", "explanation", "source")
_ARRAY_ON_ONE_LINE = 80  # an array of strings longer than this is written one item a line

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _escape_char(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return f"\\u{code:04X}"
    if 0xD800 <= code <= 0xDFFF:
        raise ValueError(f"U+{code:04X} is a lone surrogate, which TOML cannot hold")
    return char


def basic_string(text: str) -> str:
    """``text`` as a one-line TOML basic string, escaped."""
    return '"' + "".join(_escape_char(char) for char in text) + '"'


def multiline_string(text: str) -> str:
    """``text`` as a TOML multi-line basic string: newlines kept, the rest escaped.

    A quote is escaped only where it could end the string: before another quote
    or at the very end.
    """
    out = []
    for index, char in enumerate(text):
        if char == "\n":
            out.append("\n")
        elif char == '"':
            at_end = index == len(text) - 1
            out.append('\\"' if at_end or text[index + 1] == '"' else '"')
        else:
            out.append(_escape_char(char))
    # The newline right after the opening quotes is dropped by TOML readers.
    return '"""\n' + "".join(out) + '"""'


def string(text: str) -> str:
    """A multi-line string for text with line breaks, a basic string otherwise."""
    return multiline_string(text) if "\n" in text else basic_string(text)


def number(value: float) -> str:
    """A TOML number; whole values are written without a fraction (``12``, not ``12.0``)."""
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value)


def value(item: Any) -> str:
    """Any value a bank holds, as TOML."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int | float):
        return number(item)
    if isinstance(item, str):
        return string(item)
    if isinstance(item, dt.datetime):
        raise TypeError("banks hold dates, not date-times")
    if isinstance(item, dt.date):
        return item.isoformat()
    if isinstance(item, list | tuple):
        return array(item)
    raise TypeError(f"cannot write {type(item).__name__} as TOML")


def array(items: Sequence[Any]) -> str:
    """A TOML array: on one line when short, else one item a line with a trailing comma."""
    # Strings inside arrays are always one-line: a multi-line string in a list is hard to read.
    parts = [basic_string(item) if isinstance(item, str) else value(item) for item in items]
    one_line = "[" + ", ".join(parts) + "]"
    nested = any(isinstance(item, list | tuple) for item in items)
    if not nested and len(one_line) <= _ARRAY_ON_ONE_LINE:
        return one_line
    return "[\n" + "".join(f"    {part},\n" for part in parts) + "]"


def _key_lines(pairs: Iterable[tuple[str, Any]]) -> list[str]:
    return [f"{key} = {value(item)}" for key, item in pairs]


def _non_default_fields(model: Any, order: Sequence[str]) -> list[tuple[str, Any]]:
    """The model's fields in ``order``: required ones always, optional ones when set."""
    pairs = []
    for name in order:
        item = getattr(model, name)
        if item is None or item == field_default(type(model), name):
            continue
        pairs.append((name, item))
    return pairs


def _question_order(question: QuestionBase) -> list[str]:
    names = field_names(type(question))
    own = [name for name in names if name not in _LEADING and name not in _TRAILING]
    return [*_LEADING, *own, *_TRAILING]


def question_toml(question: QuestionBase) -> str:
    """One ``[[questions]]`` table."""
    pairs = _non_default_fields(question, _question_order(question))
    return "\n".join(["[[questions]]", *_key_lines(pairs)]) + "\n"


def bank_info_toml(info: BankInfo) -> str:
    """The ``[bank]`` table, every field written so a teacher sees what can be set."""
    pairs = [(name, getattr(info, name)) for name in field_names(BankInfo)]
    return "\n".join(["[bank]", *_key_lines(pairs)]) + "\n"


def _comment_text(text: str) -> str:
    # A comment runs to the end of its line and may hold no control characters.
    return "".join(" " if ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F else char for char in text)


def bank_toml(bank: Bank, header: Sequence[str] = ()) -> str:
    """The whole bank as TOML text, optionally under ``# comment`` header lines."""
    comments = "".join(f"# {_comment_text(line)}\n" for line in header)
    tables = [bank_info_toml(bank.bank), *(question_toml(q) for q in bank.questions)]
    return comments + ("\n" if comments else "") + "\n".join(tables)
