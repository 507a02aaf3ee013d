"""Find the line and column of a key path (``questions[7].answer``) in TOML text.

tomli keeps no positions, so problems found after parsing are located by a light
scan of the text: table headers and ``key =`` lines at the top level of a table,
skipping multi-line strings and arrays. It is only run when something is wrong
(or for lint), so loading a clean bank never pays for it.
"""

from __future__ import annotations

import re

from quizapp.bank.text_safety import KeyPath

_HEADER = re.compile(r"\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?")
_KEY = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)\s*(?:\.|=)""")
_STRING_OPENERS = re.compile(r'"""|\'\'\'|"(?:[^"\\]|\\.)*"|\'[^\']*\'|#.*|[\[\]{}]')

Position = tuple[int, int]


class KeyIndex:
    """Positions (1-based line and column) of tables and keys in one TOML text."""

    def __init__(self, text: str) -> None:
        self.positions: dict[KeyPath, Position] = {}
        self._scan(text.splitlines())

    def _scan(self, lines: list[str]) -> None:
        table: KeyPath = ()
        counts: dict[str, int] = {}
        depth = 0  # open brackets/braces of a value spanning lines
        in_string: str | None = None
        for number, line in enumerate(lines, start=1):
            if in_string is None and depth == 0:
                header = _HEADER.match(line)
                if header:
                    name = header.group(2).strip().strip("\"'")
                    if header.group(1) == "[[":
                        index = counts.get(name, 0)
                        counts[name] = index + 1
                        table = (name, index)
                    else:
                        table = (name,)
                    self.positions.setdefault(table, (number, header.start(1) + 1))
                    continue
                key = _KEY.match(line)
                if key:
                    name = key.group(1).strip("\"'")
                    self.positions.setdefault(table + (name,), (number, key.start(1) + 1))
            depth, in_string = _track(line, depth, in_string)

    def find(self, path: KeyPath) -> Position:
        """The position of ``path``, or of its nearest located ancestor, or (1, 1)."""
        for end in range(len(path), 0, -1):
            found = self.positions.get(path[:end])
            if found:
                return found
        return (1, 1)


def _track(line: str, depth: int, in_string: str | None) -> tuple[int, str | None]:
    """Bracket depth and open multi-line string after ``line``."""
    position = 0
    while position < len(line):
        if in_string is not None:
            end = line.find(in_string, position)
            if end < 0:
                return depth, in_string
            position = end + 3
            in_string = None
            continue
        match = _STRING_OPENERS.search(line, position)
        if not match:
            break
        token = match.group()
        position = match.end()
        if token in ('"""', "'''"):
            in_string = token
        elif token in "[{":
            depth += 1
        elif token in "]}":
            depth = max(0, depth - 1)
        elif token.startswith("#"):
            break
    return depth, in_string
