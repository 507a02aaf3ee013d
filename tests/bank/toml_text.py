"""A tiny TOML writer for the property tests: tables as headers, the rest inline.

Only what the tests generate is covered (strings, integers, finite floats and
infinities, booleans, dates, times, arrays, tables); tomli reads back exactly
what it was given, which the tests check.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

_BARE = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def dumps(document: dict[str, Any]) -> str:
    lines: list[str] = []
    _table(document, (), lines)
    return "\n".join(lines) + "\n"


def key(name: str) -> str:
    return name if _BARE.fullmatch(name) else string(name)


def string(text: str) -> str:
    """A TOML basic string; controls are written as escapes, never literally."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or char == "\x7f":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def value(item: Any) -> str:
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int):
        return str(item)
    if isinstance(item, float):
        return ("inf" if item > 0 else "-inf") if math.isinf(item) else repr(item)
    if isinstance(item, str):
        return string(item)
    if isinstance(item, dt.date | dt.time):
        return item.isoformat()
    if isinstance(item, list):
        return "[" + ", ".join(value(element) for element in item) + "]"
    if isinstance(item, dict):
        return "{" + ", ".join(f"{key(k)} = {value(v)}" for k, v in item.items()) + "}"
    raise TypeError(type(item))


def _is_table_array(item: Any) -> bool:
    return isinstance(item, list) and bool(item) and all(isinstance(e, dict) for e in item)


def _table(table: dict[str, Any], path: tuple[str, ...], lines: list[str]) -> None:
    for name, item in table.items():
        if not isinstance(item, dict) and not _is_table_array(item):
            lines.append(f"{key(name)} = {value(item)}")
    for name, item in table.items():
        dotted = ".".join(key(part) for part in (*path, name))
        if isinstance(item, dict):
            lines.append(f"\n[{dotted}]")
            _table(item, (*path, name), lines)
        elif _is_table_array(item):
            for element in item:
                lines.append(f"\n[[{dotted}]]")
                _table(element, (*path, name), lines)
