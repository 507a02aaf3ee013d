"""Find the line and column of a key path (``questions[7].answer``) in TOML text.

tomli keeps no positions, so problems found after parsing are located by a second,
light scan of the text: a small TOML reader that understands table headers (dotted,
quoted, arrays of tables), dotted and quoted keys, inline tables and arrays (one
position per element, so ``pairs[2]`` points at its own line of a multi-line array),
and every string form. It only runs when something is wrong (or for lint), so
loading a clean bank never pays for it.

The text it reads has already been accepted by tomli, but the scan never relies on
that: on anything it does not understand it stops, keeping what it found, and
``find`` falls back to the nearest located ancestor.
"""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Callable

from quizapp.bank.text_safety import KeyPath

Position = tuple[int, int]
_Recorder = Callable[[KeyPath, int], None]

_SPACE = re.compile(r"[ \t\r]*")
_BLANK = re.compile(r"(?:[ \t\r\n]|#[^\n]*)*")  # whitespace, newlines and comments
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BASIC = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_LITERAL = re.compile(r"'[^'\n]*'")
_ML_BASIC = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""(?:"{0,2})', re.DOTALL)
_ML_LITERAL = re.compile(r"'''(?:[^']|'(?!''))*'''(?:'{0,2})", re.DOTALL)
_SCALAR = re.compile(r"[^,\]}#\n]+")
# The common line, `key = "text"` or `key = 12`, read in one step (a fast path only).
_SIMPLE_LINE = re.compile(
    r"""([A-Za-z0-9_-]+)[ \t]*=[ \t]*"""
    r"""(?:"(?:[^"\\\n]|\\.)*"|[^\s"'\[{#,]+)[ \t]*(?:#[^\n]*)?(?=\n|$)"""
)
_ESCAPES = {
    "b": "\b",
    "t": "\t",
    "n": "\n",
    "f": "\f",
    "r": "\r",
    "e": "\x1b",
    '"': '"',
    "\\": "\\",
}
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|.)")


def _past(pattern: re.Pattern[str], text: str, at: int) -> int:
    """Where ``pattern``, which also matches nothing, stops matching from ``at``."""
    found = pattern.match(text, at)
    return found.end() if found else at


class _Stop(Exception):
    """The scan met something it does not understand; keep what was found."""


class KeyIndex:
    """Positions (1-based line and column) of tables, keys and array elements in TOML text."""

    def __init__(self, text: str) -> None:
        self.positions: dict[KeyPath, Position] = {}
        self._line_starts = [0, *(match.end() for match in re.finditer("\n", text))]
        with contextlib.suppress(_Stop, RecursionError, IndexError):
            _Reader(text, self._record).read_document()

    def _record(self, path: KeyPath, offset: int) -> None:
        if path not in self.positions:
            line = bisect.bisect_right(self._line_starts, offset)
            self.positions[path] = (line, offset - self._line_starts[line - 1] + 1)

    def find(self, path: KeyPath) -> Position:
        """The position of ``path``, or of its nearest located ancestor, or (1, 1)."""
        for end in range(len(path), 0, -1):
            found = self.positions.get(path[:end])
            if found:
                return found
        return (1, 1)


class _Reader:
    """Walks a TOML document, reporting where each key path starts."""

    def __init__(self, text: str, record: _Recorder) -> None:
        self.text = text
        self.at = 0
        self.record = record
        self.table_counts: dict[KeyPath, int] = {}  # array-of-tables path -> tables so far

    def read_document(self) -> None:
        table: KeyPath = ()
        while True:
            self._skip_blank()
            if self.at >= len(self.text):
                return
            if self.text.startswith("[[", self.at):
                table = self._header(array=True)
            elif self.text.startswith("[", self.at):
                table = self._header(array=False)
            else:
                simple = _SIMPLE_LINE.match(self.text, self.at)
                if simple:
                    self.record((*table, simple.group(1)), self.at)
                    self.at = simple.end()
                    continue
                self._key_value(table)
                self._skip_space()
                if self.at < len(self.text) and self.text[self.at] not in "\n#":
                    raise _Stop

    def _header(self, array: bool) -> KeyPath:
        start = self.at
        self.at += 2 if array else 1
        self._skip_space()
        keys = self._dotted_key()
        self._skip_space()
        closing = "]]" if array else "]"
        if not self.text.startswith(closing, self.at):
            raise _Stop
        self.at += len(closing)
        path: KeyPath = ()
        for key, _ in keys[:-1]:
            path = self._resolve((*path, key))
            self.record(path, start)
        path = (*path, keys[-1][0])
        if array:
            count = self.table_counts.get(path, 0)
            self.table_counts[path] = count + 1
            self.record(path, start)
            path = (*path, count)
        self.record(path, start)
        return path

    def _resolve(self, path: KeyPath) -> KeyPath:
        """A header's key inside an array of tables means that array's latest table."""
        count = self.table_counts.get(path)
        return (*path, count - 1) if count else path

    def _key_value(self, table: KeyPath) -> None:
        keys = self._dotted_key()
        path = table
        for key, offset in keys:
            path = (*path, key)
            self.record(path, offset)
        self._skip_space()
        if not self.text.startswith("=", self.at):
            raise _Stop
        self.at += 1
        self._skip_space()
        self._value(path)

    def _dotted_key(self) -> list[tuple[str, int]]:
        keys = [self._simple_key()]
        while True:
            self._skip_space()
            if not self.text.startswith(".", self.at):
                return keys
            self.at += 1
            self._skip_space()
            keys.append(self._simple_key())

    def _simple_key(self) -> tuple[str, int]:
        start = self.at
        for pattern in (_BASIC, _LITERAL, _BARE_KEY):
            match = pattern.match(self.text, self.at)
            if match:
                self.at = match.end()
                raw = match.group()
                if pattern is _BARE_KEY:
                    return raw, start
                return (_unescape(raw[1:-1]) if pattern is _BASIC else raw[1:-1]), start
        raise _Stop

    def _value(self, path: KeyPath) -> None:
        char = self.text[self.at] if self.at < len(self.text) else ""
        if char == "[":
            self._array(path)
        elif char == "{":
            self._inline_table(path)
        else:
            for pattern in (_ML_BASIC, _ML_LITERAL, _BASIC, _LITERAL, _SCALAR):
                match = pattern.match(self.text, self.at)
                if match:
                    self.at = match.end()
                    return
            raise _Stop

    def _array(self, path: KeyPath) -> None:
        self.at += 1
        index = 0
        while True:
            self._skip_blank()
            if self.text.startswith("]", self.at):
                self.at += 1
                return
            self.record((*path, index), self.at)
            self._value((*path, index))
            index += 1
            self._skip_blank()
            if self.text.startswith(",", self.at):
                self.at += 1
            elif not self.text.startswith("]", self.at):
                raise _Stop

    def _inline_table(self, path: KeyPath) -> None:
        self.at += 1
        while True:
            self._skip_blank()
            if self.text.startswith("}", self.at):
                self.at += 1
                return
            self._key_value(path)
            self._skip_blank()
            if self.text.startswith(",", self.at):
                self.at += 1
            elif not self.text.startswith("}", self.at):
                raise _Stop

    def _skip_space(self) -> None:
        self.at = _past(_SPACE, self.text, self.at)

    def _skip_blank(self) -> None:
        self.at = _past(_BLANK, self.text, self.at)


def _unescape(body: str) -> str:
    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "uUx" and len(code) > 1:
            return chr(int(code[1:], 16))
        return _ESCAPES.get(code, code)

    return _ESCAPE.sub(replace, body) if "\\" in body else body
