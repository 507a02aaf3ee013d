"""Quotations in an article: where they are, across paragraphs and with quotes inside.

Curly (“ ”), straight (") and guillemet (« ») double quotes are read. A quotation
still open at the end of a paragraph goes on when the next paragraph opens with a
quote mark (the news convention for a long quotation); otherwise the stray mark is
dropped. Quote marks inside a quotation (nested “ ” or single ‘ ’) stay part of it.
"""

from __future__ import annotations

from dataclasses import dataclass

_OPENERS = "“«"
_CLOSERS = "”»"
_STRAIGHT = '"'


@dataclass(frozen=True)
class Quotation:
    """One quotation: its words and where its parts are in the article's text."""

    parts: tuple[tuple[int, int], ...]
    """(start, end) of the quoted words in each paragraph it runs through, marks excluded."""

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def text(self, article_text: str) -> str:
        return " ".join(article_text[start:end].strip() for start, end in self.parts)


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text`` (paragraphs separated by a blank line), in order."""
    found: list[Quotation] = []
    parts: list[tuple[int, int]] = []
    opened_at = -1  # where the words of the open quotation (or its current part) start
    straight = False  # the open quotation started with a straight mark
    depth = 0  # quotations opened inside the open one
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "\n" and text.startswith("\n\n", index):
            next_start = index + 2
            if opened_at >= 0:
                opener = text[next_start : next_start + 1]
                if opener and (opener in _OPENERS or opener == _STRAIGHT):
                    parts.append((opened_at, index))
                    opened_at = next_start + 1
                    depth = 0
                    index = next_start + 1
                    continue
                opened_at, parts, depth = -1, [], 0
            index = next_start
            continue
        if opened_at < 0:
            if char in _OPENERS or char == _STRAIGHT:
                opened_at, straight, depth = index + 1, char == _STRAIGHT, 0
        elif char in _OPENERS and not straight:
            depth += 1
        elif (char in _CLOSERS and not straight) or (char == _STRAIGHT and straight):
            if depth:
                depth -= 1
            else:
                parts.append((opened_at, index))
                if any(end > start for start, end in parts):
                    found.append(Quotation(tuple(parts)))
                opened_at, parts = -1, []
        index += 1
    return found
