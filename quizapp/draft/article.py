"""An article read for drafting: Markdown marks removed, paragraphs, sentences.

Sentences are split by ``syntok`` (see pyproject.toml for why), one paragraph at a
time so that no sentence runs across a paragraph break. Every sentence keeps its
place in the cleaned text, so a quotation found in the text can be traced to the
sentences around it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from syntok.segmenter import process

_CODE_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.MULTILINE | re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_LINE_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)")
_RULE = re.compile(r"^[ \t]*([-*_=])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_TRAILING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# What _allowed changes: controls, format characters (bidi marks, soft hyphens), surrogates.
_UNSAFE = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u0890\u0891\u08e2"
    r"\u070f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    r"\ufff9-\ufffb\ud800-\udfff]|[^\x00-\uffff]"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article and where it is."""

    text: str
    start: int
    """Offset of its first character in :attr:`Article.text`."""
    end: int
    """Offset just past its last character."""
    paragraph: int
    """Index of the paragraph it belongs to (0 is the first)."""
    index: int
    """Its index among all the article's sentences."""


def clean_text(raw: str) -> str:
    """The article's words without Markdown marks, characters no bank may hold, or
    line breaks inside a paragraph; paragraphs are separated by one blank line."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if _UNSAFE.search(text):
        text = "".join(_allowed(char) for char in text)
    text = _CODE_FENCE.sub("", text)
    text = _RULE.sub("", text)
    text = _HTML_TAG.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    lines = []
    for line in text.split("\n"):
        line = _LINE_MARK.sub("", line)
        line = _TRAILING_HASHES.sub("", line)
        lines.append(_EMPHASIS.sub(r"\2", line))
    paragraphs = _PARAGRAPH_BREAK.split("\n".join(lines))
    flat = (" ".join(paragraph.split()) for paragraph in paragraphs)
    return "\n\n".join(paragraph for paragraph in flat if paragraph)


def _allowed(char: str) -> str:
    """Controls, bidi marks and lone surrogates become spaces: a bank refuses them."""
    if char == "\n":
        return char
    category = unicodedata.category(char)
    if category in ("Cc", "Cs", "Cf") and char not in "\u00ad\u200d":
        return " "
    return "" if char == "\u00ad" else char


class Article:
    """The cleaned text of an article and its sentences, in order."""

    def __init__(self, raw: str) -> None:
        self.text = clean_text(raw)
        self.sentences: list[Sentence] = []
        self.paragraph_starts: list[int] = []
        offset = 0
        for number, paragraph in enumerate(self.text.split("\n\n")):
            self.paragraph_starts.append(offset)
            for start, end in _split_sentences(paragraph):
                self.sentences.append(
                    Sentence(
                        paragraph[start:end],
                        offset + start,
                        offset + end,
                        number,
                        len(self.sentences),
                    )
                )
            offset += len(paragraph) + 2

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding the character at ``offset`` (or the next one after it)."""
        low, high = 0, len(self.sentences)
        while low < high:
            middle = (low + high) // 2
            if self.sentences[middle].end <= offset:
                low = middle + 1
            else:
                high = middle
        return self.sentences[low] if low < len(self.sentences) else None

    def span(self, start: int, end: int) -> str:
        """The sentences that a stretch of text touches, joined: a question's source."""
        first = self.sentence_at(start)
        last = self.sentence_at(max(start, end - 1))
        if first is None or last is None:
            return self.text[start:end]
        return self.text[first.start : last.end].replace("\n\n", " ")


def _split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in one paragraph."""
    spans = []
    for syntok_paragraph in process(paragraph):
        for sentence in syntok_paragraph:
            if not sentence:
                continue
            first, last = sentence[0], sentence[-1]
            start, end = first.offset, last.offset + len(last.value)
            if end > start:
                spans.append((start, end))
    if not spans and paragraph.strip():
        spans.append((0, len(paragraph)))
    return _merge_quote_tails(paragraph, spans)


def _merge_quote_tails(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence made only of a closing quote mark joins the sentence before it."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        piece = paragraph[start:end].strip()
        if merged and piece and all(char in "\"”’'»)]" for char in piece):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
