"""A drafted question: the fields of a bank question, the sentence it came from, and
the helpers every kind of drafted question uses to show that sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

GAP = "____"
SENTENCE_BREAK = " … "
"""Between the sentences of a source that are not next to each other in the article."""
_MAX_WORDS = 45  # longer sentences are cut around the gap so the prompt stays readable
_AROUND_GAP = 18


@dataclass
class DraftedQuestion:
    """One question of the draft, before it has an id."""

    kind: str
    """What it asks about; the first part of its id ("who-said", "date", "number"...)."""
    fields: dict[str, Any]
    """The question's fields as the bank models take them, ``id`` left out."""
    source: str
    """The sentence (or sentences) of the article it rests on."""
    sentence: int
    """Index of the first of those sentences, to keep the draft in article order."""
    tags: list[str] = field(default_factory=list)


def quoted(text: str) -> str:
    """``text`` in curly quotes, unless it already is quoted."""
    text = text.strip()
    if text[:1] in '“"' and text[-1:] in '”"' and text.count("“") <= 1:
        return text
    return f"“{text}”"


def with_gap(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` replaced by a gap, cut around the gap if long."""
    before, after = text[:start].split(), text[end:].split()
    glued_before = not text[:start] or not text[:start][-1].isspace()
    glued_after = not text[end:] or not text[end:][0].isspace()
    if len(before) + len(after) > _MAX_WORDS:
        cut_before = len(before) > _AROUND_GAP
        cut_after = len(after) > _AROUND_GAP
        before = (["…"] if cut_before else []) + before[-_AROUND_GAP:]
        after = after[:_AROUND_GAP] + (["…"] if cut_after else [])
    left = " ".join(before)
    right = " ".join(after)
    gap = (left if glued_before else left + " ") + GAP
    return (gap + (right if glued_after else " " + right)).strip()


def excerpt(text: str, words: int = 40) -> str:
    """The first ``words`` words of ``text``, with an ellipsis when cut."""
    parts = text.split()
    if len(parts) <= words:
        return text
    cut = " ".join(parts[:words]).rstrip(",;:")
    return cut + "…" + ("”" if cut.count("“") > cut.count("”") else "")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def surname_answers(name: str) -> list[str]:
    """A full name, and its last word as also accepted ("Sergiy Nykyforov", "Nykyforov")."""
    words = name.split()
    return [name, words[-1]] if len(words) > 1 else [name]


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()
