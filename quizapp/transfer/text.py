"""GIFT text: escapes, format markers and HTML, for reading and for writing.

GIFT gives ``~ = # { } :`` a meaning; a backslash makes them plain (``\\=``), ``\\\\`` is
a backslash and ``\\n`` a line break, as Moodle reads them. Question text may start
with a format marker (``[html]``, ``[moodle]``, ``[markdown]``, ``[plain]``); HTML
and Moodle-format text may hold tags and entities, which a terminal cannot show,
so they are turned into plain text.
"""

from __future__ import annotations

import html
import re

SPECIAL = "~=#{}:"
FORMATS = ("html", "moodle", "markdown", "plain")
_FORMAT_MARKER = re.compile(r"\s*\[(html|moodle|markdown|plain)\]", re.IGNORECASE)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_BREAKS = {
    "br": "\n",
    "p": "\n\n",
    "div": "\n",
    "li": "\n",
    "tr": "\n",
    "h1": "\n\n",
    "h2": "\n\n",
    "h3": "\n\n",
    "h4": "\n\n",
    "ul": "\n",
    "ol": "\n",
}


def find_unescaped(text: str, target: str, start: int = 0) -> int:
    """Index of the first ``target`` at or after ``start`` not preceded by an escape, or -1."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(target, index):
            return index
        index += 1
    return -1


def split_unescaped(text: str, target: str) -> list[str]:
    """``text`` split at every unescaped ``target``."""
    parts = []
    start = 0
    while True:
        found = find_unescaped(text, target, start)
        if found < 0:
            parts.append(text[start:])
            return parts
        parts.append(text[start:found])
        start = found + len(target)


def unescape(text: str) -> str:
    """GIFT escapes resolved: ``\\=`` -> ``=``, ``\\n`` -> newline, ``\\\\`` -> backslash.

    A backslash before any other character is kept, as Moodle keeps it.
    """
    out = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            if following in SPECIAL or following == "\\":
                out.append(following)
            elif following == "n":
                out.append("\n")
            else:
                out.append(char + following)
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def escape(text: str) -> str:
    """``text`` written so GIFT reads it back unchanged (the inverse of :func:`unescape`)."""
    out = []
    for char in text:
        if char == "\\" or char in SPECIAL:
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        else:
            out.append(char)
    return "".join(out)


def split_format(text: str) -> tuple[str | None, str]:
    """A leading format marker (lower-cased) and the text after it."""
    match = _FORMAT_MARKER.match(text)
    if not match:
        return None, text
    return match.group(1).lower(), text[match.end() :]


def starts_with_format_marker(text: str) -> bool:
    return _FORMAT_MARKER.match(text) is not None


def looks_like_html(text: str) -> bool:
    """Whether text holds something an HTML reader would not show as typed."""
    return bool(_TAG.search(text) or _ENTITY.search(text))


def strip_html(text: str) -> str:
    """Plain text from HTML: tags dropped, block ends as line breaks, entities resolved."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(2).lower()
        if name == "br":
            return "\n"
        closing = match.group(1) == "/"
        return _BREAKS.get(name, "") if closing or name in ("p", "div") else ""

    plain = html.unescape(_TAG.sub(replace, text)).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in plain.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def to_plain(text: str, text_format: str | None) -> str:
    """Text as a learner should see it in a terminal, given its GIFT format."""
    if text_format in ("markdown", "plain") or not looks_like_html(text):
        return text
    return strip_html(text)


def tidy_lines(raw: str) -> str:
    """Raw GIFT text with each source line trimmed; the text's own breaks (``\\n``) are kept."""
    return "\n".join(line.strip() for line in raw.split("\n")).strip()
