"""The answer block of a GIFT question (what stands between ``{`` and ``}``).

The kind of question is decided as Moodle decides it, in this order: nothing
(an essay), ``#`` first (numerical), any ``~`` (multiple choice), ``=`` with ``->``
(matching), ``T``/``F``/``TRUE``/``FALSE`` (true/false), else short answer. The
result is the question's fields without its prompt, which the caller writes
(a missing-word question shows ``_____`` where its answers stood).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from quizapp.transfer.common import quote, repeat_index, unique
from quizapp.transfer.text import find_unescaped, split_unescaped, tidy_lines, to_plain, unescape

_WEIGHT = re.compile(r"\s*%(-?[0-9]+(?:\.[0-9]*)?)%")
_TRUE = ("T", "TRUE")
_FALSE = ("F", "FALSE")
GENERAL_FEEDBACK = "####"

Feedback = list[tuple[str, str]]
"""(answer, what its feedback says) pairs, which go into the explanation."""
Warn = Callable[[int, str], None]
"""Reports a warning at an offset inside the answer block."""


class GiftSyntaxError(Exception):
    """A question that cannot be read; ``offset`` is where inside the answer block."""

    def __init__(self, offset: int, message: str) -> None:
        self.offset = offset
        self.message = message
        super().__init__(message)


class Ungradable(Exception):
    """A question quizapp cannot grade (an essay): skipped with a warning."""


@dataclass
class Option:
    """One ``=`` or ``~`` answer, its weight and feedback."""

    marker: str
    weight: float | None
    raw: str
    """The answer's text as written (escaped), without weight or feedback."""
    text: str
    feedback: str
    offset: int

    @property
    def full_credit(self) -> bool:
        return self.weight is None or self.weight == 100


class AnswerReader:
    """Reads one answer block written in a given text format."""

    def __init__(self, text_format: str | None, warn: Warn) -> None:
        self.text_format = text_format
        self.warn = warn

    def plain(self, raw: str) -> str:
        return to_plain(unescape(tidy_lines(raw)), self.text_format).strip()

    def read(self, raw: str) -> dict[str, Any]:
        """The question's fields (``type``, answers, ``explanation``) from the block's text."""
        cut = find_unescaped(raw, GENERAL_FEEDBACK)
        body = raw if cut < 0 else raw[:cut]
        general = "" if cut < 0 else self.plain(raw[cut + len(GENERAL_FEEDBACK) :])
        start = len(body) - len(body.lstrip())
        stripped = body.strip()
        if not stripped:
            raise Ungradable("essay question (empty answers {}) skipped: it cannot be graded")
        if stripped.startswith("#"):
            fields, feedback = self._numerical(body, start + 1)
        elif find_unescaped(body, "~") >= 0:
            fields, feedback = self._multichoice(body)
        elif find_unescaped(body, "=") >= 0 and "->" in body:
            fields, feedback = self._matching(body)
        elif self._truth_token(stripped) is not None:
            fields, feedback = self._truefalse(stripped)
        else:
            fields, feedback = self._short(body)
        fields["explanation"] = explanation(general, feedback)
        return fields

    # -- the answers -----------------------------------------------------------------

    def options(self, body: str, base: int = 0, weighted: bool = True) -> list[Option]:
        """The ``=``/``~`` answers of ``body``; ``base`` is the body's offset in the block.

        Matching pairs carry no weights (``weighted=False``): a ``%`` there is text.
        """
        marks = []
        index = 0
        while index < len(body):
            if body[index] == "\\":
                index += 2
                continue
            if body[index] in "=~":
                marks.append(index)
            index += 1
        lead = body[: marks[0]] if marks else body
        if lead.strip():
            at = base + len(lead) - len(lead.lstrip())
            raise GiftSyntaxError(
                at,
                f"answers start with '=' (right) or '~' (wrong), "
                f"not {quote(unescape(lead.strip()))}",
            )
        found = []
        for number, mark in enumerate(marks):
            end = marks[number + 1] if number + 1 < len(marks) else len(body)
            found.append(self._option(body[mark], body[mark + 1 : end], base + mark, weighted))
        return found

    def _option(self, marker: str, content: str, offset: int, weighted: bool) -> Option:
        weight = None
        match = _WEIGHT.match(content) if weighted else None
        if match:
            weight = float(match.group(1))
            if not -100 <= weight <= 100:
                raise GiftSyntaxError(offset, f"weight {match.group(1)}% is outside -100%..100%")
            content = content[match.end() :]
        cut = find_unescaped(content, "#")
        raw = content if cut < 0 else content[:cut]
        feedback = "" if cut < 0 else self.plain(content[cut + 1 :])
        return Option(marker, weight, raw, self.plain(raw), feedback, offset)

    def _multichoice(self, body: str) -> tuple[dict[str, Any], Feedback]:
        options = self.options(body)
        for option in options:
            if not option.text:
                raise GiftSyntaxError(option.offset, "an answer has no text")
        choices = [option.text for option in options]
        repeated = repeat_index(choices)
        if repeated is not None:
            raise GiftSyntaxError(
                options[repeated].offset, f"choice {quote(choices[repeated])} is written twice"
            )
        feedback = [(o.text, o.feedback) for o in options if o.feedback]
        if any(option.marker == "=" for option in options):
            return self._single_choice(options, choices), feedback
        # No '=' at all: Moodle's multiple-answer question; right = positive weight.
        right = [o.text for o in options if o.weight is not None and o.weight > 0]
        if not right:
            raise GiftSyntaxError(
                options[0].offset,
                "no right answer: mark one with '=', or several with positive weights like '~%50%'",
            )
        return {"type": "multi", "choices": choices, "answers": right}, feedback

    def _single_choice(self, options: list[Option], choices: list[str]) -> dict[str, Any]:
        right = [option for option in options if option.marker == "="]
        if len(right) > 1:
            raise GiftSyntaxError(
                right[1].offset,
                "more than one right answer '='; for a "
                "question with several right answers use weights like '~%50%'",
            )
        for option in options:
            if option.marker == "~" and option.weight:
                self.warn(
                    option.offset,
                    f"partial credit for {quote(option.text)} dropped: "
                    "a choice question has one right answer",
                )
        return {"type": "choice", "choices": choices, "answer": right[0].text}

    def _short(self, body: str) -> tuple[dict[str, Any], Feedback]:
        options = self.options(body)
        accepted = []
        for option in options:
            if not option.text:
                raise GiftSyntaxError(option.offset, "an answer has no text")
            if option.full_credit:
                accepted.append(option.text)
            else:
                self.warn(
                    option.offset,
                    f"partial-credit answer {quote(option.text)} dropped: "
                    "short answers are accepted or not",
                )
        if not accepted:
            raise GiftSyntaxError(options[0].offset, "no answer gets full credit")
        feedback = [(o.text, o.feedback) for o in options if o.feedback and o.full_credit]
        return {"type": "short", "answers": unique(accepted)}, feedback

    def _matching(self, body: str) -> tuple[dict[str, Any], Feedback]:
        pairs: list[list[str]] = []
        offsets: list[int] = []
        for option in self.options(body, weighted=False):
            arrow = option.raw.find("->")
            if arrow < 0:
                raise GiftSyntaxError(
                    option.offset, f"matching pair {quote(option.text)} has no '->'"
                )
            left, right = self.plain(option.raw[:arrow]), self.plain(option.raw[arrow + 2 :])
            if not right:
                raise GiftSyntaxError(option.offset, "a matching pair has nothing after '->'")
            if not left:
                self.warn(
                    option.offset,
                    f"extra right-hand item {quote(right)} dropped: "
                    "every item here needs a partner",
                )
                continue
            pairs.append([left, right])
            offsets.append(option.offset)
        if len(pairs) < 2:
            raise GiftSyntaxError(0, "a matching question needs at least two 'left -> right' pairs")
        for side, label in ((0, "left-hand"), (1, "right-hand")):
            repeated = repeat_index([pair[side] for pair in pairs])
            if repeated is not None:
                raise GiftSyntaxError(
                    offsets[repeated],
                    f"{label} item "
                    f"{quote(pairs[repeated][side])} is written twice; "
                    "each item is matched with a different partner",
                )
        return {"type": "match", "pairs": pairs}, []

    @staticmethod
    def _truth_token(stripped: str) -> bool | None:
        token = split_unescaped(stripped, "#")[0].strip().upper()
        return True if token in _TRUE else False if token in _FALSE else None

    def _truefalse(self, stripped: str) -> tuple[dict[str, Any], Feedback]:
        truth = self._truth_token(stripped)
        parts = [self.plain(part) for part in split_unescaped(stripped, "#")[1:]]
        # Moodle: the first feedback is shown for a wrong answer, the second for a right one.
        labels = ["False", "True"] if truth else ["True", "False"]
        feedback = [(label, text) for label, text in zip(labels, parts, strict=False) if text]
        return {"type": "truefalse", "answer": truth}, feedback

    def _numerical(self, body: str, after_hash: int) -> tuple[dict[str, Any], Feedback]:
        content = body[after_hash:]
        feedback: Feedback = []
        if find_unescaped(content, "=") < 0:
            cut = find_unescaped(content, "#")
            spec = content if cut < 0 else content[:cut]
            answer, tolerance = number_spec(spec, after_hash)
            said = "" if cut < 0 else self.plain(content[cut + 1 :])
            if said:
                feedback.append((unescape(spec).strip(), said))
            return _number_fields(answer, tolerance), feedback
        chosen: tuple[float, float] | None = None
        for option in self.options(content, after_hash):
            if option.marker == "~":
                continue  # a wrong answer only carries feedback for that mistake
            value = number_spec(option.raw, option.offset + 1)
            if option.full_credit and chosen is None:
                chosen = value
                if option.feedback:
                    feedback.append((option.text, option.feedback))
            else:
                self.warn(
                    option.offset,
                    f"numerical answer {quote(option.text)} dropped: "
                    "only the first fully right answer is kept",
                )
        if chosen is None:
            raise GiftSyntaxError(after_hash, "no numerical answer gets full credit")
        return _number_fields(*chosen), feedback


def _number_fields(answer: float, tolerance: float) -> dict[str, Any]:
    return {"type": "number", "answer": answer, "tolerance": tolerance}


def _finite(text: str, offset: int) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        raise GiftSyntaxError(offset, f"{quote(text.strip())} is not a number") from None
    if not math.isfinite(value):
        raise GiftSyntaxError(offset, f"{quote(text.strip())} is not a finite number")
    return value


def number_spec(spec: str, offset: int) -> tuple[float, float]:
    """``12`` -> (12, 0); ``12:1`` -> (12, 1); ``10..14`` -> (12, 2)."""
    spec = unescape(spec)
    if ".." in spec:
        low_text, high_text = spec.split("..", 1)
        low, high = _finite(low_text, offset), _finite(high_text, offset)
        if low > high:
            raise GiftSyntaxError(offset, f"range {spec.strip()} runs backwards")
        middle = (low + high) / 2
        return middle, high - middle
    if ":" in spec:
        value_text, tolerance_text = spec.split(":", 1)
        tolerance = _finite(tolerance_text, offset)
        if tolerance < 0:
            raise GiftSyntaxError(offset, f"tolerance {tolerance_text.strip()} is negative")
        return _finite(value_text, offset), tolerance
    return _finite(spec, offset), 0.0


def explanation(general: str, feedback: list[tuple[str, str]]) -> str:
    """General feedback first, then each answer's feedback as ``answer: feedback``."""
    parts = [general] if general else []
    parts.extend(f"{label}: {text}" for label, text in feedback)
    return "\n".join(parts)
