"""Text must never be able to drive the terminal (or a spreadsheet).

Control characters (ANSI escapes start with ESC, a C0 control), C1 controls and
the bidi override/isolate characters are refused wherever they appear in a bank;
newline and tab are the only controls allowed. Text that cannot be refused (a
learner's answer, anything read back from a progress file) is shown through
``visible``, which writes every such character as an escape. TOML refuses most of them written
literally, but its escapes (``"\\u001b"``) can still produce them, so the parsed
data is checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_FORBIDDEN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
# What in TOML source can put a forbidden character into a parsed string. tomli
# refuses literal ASCII controls, so that leaves non-ASCII ones (C1, bidi) written
# literally, and escapes that produce a control (\b \f \r \e \xHH \uXXXX).
_RISKY_LITERAL = re.compile(f"[\x80-\x9f{_BIDI}]")
_RISKY_ESCAPE = re.compile(r"\\[bfreuUx]")

KeyPath = tuple[str | int, ...]


def visible(text: str) -> str:
    """``text`` on one line with nothing that could drive a terminal.

    Every character that is not printable (controls, newline and tab, C1, the bidi
    overrides and other format characters) is written as Python writes it in a string
    literal (``\\x1b``, ``\\n``, ``\\u202e``): it shows, and does nothing.
    """
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def find_control_character(text: str) -> str | None:
    """The first forbidden character in ``text`` as ``U+XXXX``, or None."""
    match = _FORBIDDEN.search(text)
    return f"U+{ord(match.group()):04X}" if match else None


def _strings(value: object, path: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key), key
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def may_hold_control_characters(source: str) -> bool:
    """False when TOML ``source`` that tomli accepted cannot yield a forbidden character.

    A cheap look at the text lets clean banks (nearly all) skip walking every parsed
    string; a false alarm (``\\u00e9``, a ``\\b`` in a comment) only costs that walk.
    """
    if "\\" in source and _RISKY_ESCAPE.search(source):
        return True
    return not source.isascii() and _RISKY_LITERAL.search(source) is not None


def find_control_characters(data: object) -> list[tuple[KeyPath, str]]:
    """Every (key path, ``U+XXXX``) where a string in parsed TOML holds a forbidden character."""
    found = []
    for path, text in _strings(data, ()):
        code = find_control_character(text)
        if code:
            found.append((path, code))
    return found
