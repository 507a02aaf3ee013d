"""Write a bank as GIFT, for Moodle and the other tools that read it.

GIFT can express choice, multi, truefalse, short, number, match and a cloze
with one blank (Moodle's missing-word question). It has no ordering or date
questions and no cloze with several blanks: those are skipped and named. Each
question is written with its id as the GIFT title, its first tag as the
``$CATEGORY``, its explanation as general feedback (``####``), and every special
character escaped, so importing the result gives the same questions back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from quizapp.bank.models import (
    CLOZE_BLANK,
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    MatchQuestion,
    MultiQuestion,
    NumberQuestion,
    QuestionBase,
    ShortQuestion,
    TrueFalseQuestion,
)
from quizapp.bank.record import field_names
from quizapp.transfer.gift import CLOZE_PROMPT
from quizapp.transfer.text import escape, looks_like_html, starts_with_format_marker
from quizapp.transfer.toml_writer import number

# An answer starting like this would be read as its weight; such answers get an explicit one.
_LOOKS_LIKE_WEIGHT = re.compile(r"\s*%-?[0-9]+(?:\.[0-9]*)?%")
_ARROW = "->"


class Unexpressible(Exception):
    """GIFT has no way to write this question; the message says why."""


@dataclass
class GiftExport:
    """The GIFT text and what could not go into it."""

    text: str
    written: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(question id, why) for each question left out."""
    losses: list[tuple[str, list[str]]] = field(default_factory=list)
    """(question id, settings GIFT cannot carry) for questions written without them."""


def _answer(marker: str, text: str, weight: str) -> str:
    """One ``=``/``~`` answer; ``weight`` is written when given or when the text needs it."""
    if not weight and _LOOKS_LIKE_WEIGHT.match(text):
        weight = "100" if marker == "=" else "0"
    return f"{marker}{f'%{weight}%' if weight else ''}{escape(text)}"


def _percent(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _block(answers: Iterable[str], explanation: str) -> str:
    lines = [f"\t{answer}" for answer in answers]
    if explanation:
        lines.append(f"\t####{escape(explanation)}")
    return "{\n" + "\n".join(lines) + "\n}"


def _inline(answer: str, explanation: str) -> str:
    return "{" + answer + (f" ####{escape(explanation)}" if explanation else "") + "}"


def _no_arrow(texts: Iterable[str], what: str) -> None:
    if any(_ARROW in text for text in texts):
        raise Unexpressible(f"{what} holds '->', which GIFT reads as a matching pair")


def _choice(q: ChoiceQuestion) -> tuple[str, str, str]:
    answers = [_answer("=" if choice == q.answer else "~", choice, "") for choice in q.choices]
    return q.prompt, _block(answers, q.explanation), ""


def _multi(q: MultiQuestion) -> tuple[str, str, str]:
    # Each right pick is worth 1/n of the marks and each wrong pick costs as much,
    # which is how quizapp grades a multi question.
    share = _percent(100 / len(q.answers))
    answers = [
        _answer("~", choice, share if choice in q.answers else f"-{share}") for choice in q.choices
    ]
    return q.prompt, _block(answers, q.explanation), ""


def _truefalse(q: TrueFalseQuestion) -> tuple[str, str, str]:
    return q.prompt, _inline("TRUE" if q.answer else "FALSE", q.explanation), ""


def _short(q: ShortQuestion) -> tuple[str, str, str]:
    _no_arrow(q.answers, "an answer")
    return q.prompt, _block([_answer("=", a, "") for a in q.answers], q.explanation), ""


def _number(q: NumberQuestion) -> tuple[str, str, str]:
    spec = number(q.answer) + (f":{number(q.tolerance)}" if q.tolerance else "")
    return q.prompt, _inline(f"#{spec}", q.explanation), ""


def _match(q: MatchQuestion) -> tuple[str, str, str]:
    _no_arrow((left for left, _ in q.pairs), "a left-hand item")
    pairs = [f"={escape(left)} {_ARROW} {escape(right)}" for left, right in q.pairs]
    return q.prompt, _block(pairs, q.explanation), ""


def _cloze(q: ClozeQuestion) -> tuple[str, str, str]:
    blanks = q.blanks()
    if len(blanks) != 1:
        raise Unexpressible(
            f"a cloze with {len(blanks)} blanks; GIFT's missing-word question has one"
        )
    if not blanks[0]:
        raise Unexpressible("its blank has no answer")
    _no_arrow(blanks[0], "an answer")
    found = CLOZE_BLANK.search(q.text)
    assert found is not None
    before, after = q.text[: found.start()], q.text[found.end() :]
    answers = " ".join(_answer("=", alternative, "") for alternative in blanks[0])
    if not before.strip() and not after.strip():
        raise Unexpressible("its text is nothing but the blank")
    return before, _inline(answers, q.explanation), after


_WRITERS: dict[type, Callable[..., tuple[str, str, str]]] = {
    ChoiceQuestion: _choice,
    MultiQuestion: _multi,
    TrueFalseQuestion: _truefalse,
    ShortQuestion: _short,
    NumberQuestion: _number,
    MatchQuestion: _match,
    ClozeQuestion: _cloze,
}


def _texts(question: QuestionBase) -> list[str]:
    """Every text of the question, to decide whether it needs the ``[plain]`` marker."""
    found: list[str] = []

    def collect(item: object) -> None:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, list | tuple):
            for part in item:
                collect(part)

    for name in field_names(type(question)):
        if name not in ("id", "type", "tags"):
            collect(getattr(question, name))
    return found


def question_gift(question: QuestionBase) -> str:
    """One question as GIFT, or Unexpressible."""
    writer = _WRITERS.get(type(question))
    if writer is None:
        raise Unexpressible(f"GIFT has no {getattr(question, 'type', '?')} questions")
    before, answers, after = writer(question)
    # Marked plain, HTML-looking text is shown as typed rather than rendered by Moodle
    # (and rather than stripped by our own importer).
    plain = any(looks_like_html(text) for text in _texts(question))
    plain = plain or starts_with_format_marker(before)
    marker = "[plain]" if plain else ""
    return f"::{escape(question.id)}::{marker}{escape(before)}{answers}{escape(after)}\n"


def losses(question: QuestionBase) -> list[str]:
    """The question's settings that GIFT cannot carry (each dropped from the export)."""
    lost = []
    if question.points != 1:
        lost.append("points")
    if question.time_limit is not None:
        lost.append("time_limit")
    if len(question.tags) > 1:
        lost.append("tags after the first")
    if isinstance(question, ChoiceQuestion | MultiQuestion) and not question.shuffle:
        lost.append("shuffle = false")
    if isinstance(question, ShortQuestion | ClozeQuestion):
        if not question.fuzzy:
            lost.append("fuzzy = false")
        if question.accents:
            lost.append("accents = true")
    if isinstance(question, NumberQuestion) and question.unit:
        lost.append("unit")
    if isinstance(question, ClozeQuestion):
        if question.prompt != CLOZE_PROMPT:
            lost.append("prompt")
        found = CLOZE_BLANK.search(question.text)
        if found and not question.text[found.end() :].strip():
            lost.append("the cloze form (its blank ends the text, so it is a short answer)")
    return lost


def category_line(tag: str | None) -> str:
    """A ``$CATEGORY`` line; no tag is Moodle's top category."""
    if tag is None:
        return "$CATEGORY: $course$/top\n"
    name = " ".join(tag.split()).replace("/", "//")
    return f"$CATEGORY: $course$/top/{name}\n"


def export_gift(bank: Bank) -> GiftExport:
    """The bank as GIFT text, with what was skipped or lost."""
    title = " ".join(bank.title.split())
    parts = [f"// {title}\n// quizapp bank '{bank.id}', version {bank.bank.version}\n"]
    result = GiftExport("")
    category: str | None = None
    for question in bank.questions:
        try:
            text = question_gift(question)
        except Unexpressible as reason:
            result.skipped.append((question.id, str(reason)))
            continue
        tag = question.tags[0] if question.tags else None
        if tag != category:
            parts.append(category_line(tag))
            category = tag
        parts.append(text)
        result.written.append(question.id)
        lost = losses(question)
        if lost:
            result.losses.append((question.id, lost))
    result.text = "\n".join(parts)
    return result
