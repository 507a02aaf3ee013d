"""The grader registry: one grader per question type, found by the type's name.

A grader knows what is particular to its type's answers: how to grade a response;
how an answer is written (the learner's and the expected one alike, on every screen, in
line mode, in the progress file and its exports); what line mode shows to answer from,
how it says to answer, and how it splits one typed line into a response; and how to
build a response from command-line arguments (``quizapp grade``).
Adding a question type means adding one ``Grader`` subclass with ``@registers``, in a
module that ``quizapp.grading`` imports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from quizapp.grading.verdict import Response, UnusableAnswer, Verdict
from quizapp.wording import plural

Q = TypeVar("Q")


class Problems:
    """Where a grader reports a part of an answer it cannot read.

    Grading for a learner notes the problem and grades the part as wrong; the
    command line (``strict``) stops at the first one, so a teacher sees it plainly.
    """

    MAX_NOTES: ClassVar[int] = 3
    """Problems named in a note; a pasted page of answers still makes one short line."""

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self._named: list[str] = []
        self._more = 0

    def report(self, message: str) -> None:
        if self.strict:
            raise UnusableAnswer(message)
        if message in self._named:
            return
        if len(self._named) < self.MAX_NOTES:
            self._named.append(message)
        else:
            self._more += 1

    def remark(self, message: str) -> None:
        """A note that is no problem (it never stops the command line)."""
        self._named.append(message)

    @property
    def notes(self) -> list[str]:
        more = [plural(self._more, "more problem")] if self._more else []
        return [*self._named, *more]


def make_verdict(score: float, expected: str, *notes: str) -> Verdict:
    """A verdict with the score clamped to [0, 1] and the non-empty notes joined."""
    score = min(1.0, max(0.0, score))
    full = score >= 1.0 - 1e-9
    return Verdict(1.0 if full else score, full, expected, "; ".join(n for n in notes if n))


class Grader(Generic[Q]):
    """Grades answers to one question type."""

    type_name: ClassVar[str]
    typed: ClassVar[bool] = False
    """The learner types the answer as text (a wrong answer may be a near miss)."""
    picks_one_option: ClassVar[bool] = False
    """The learner picks one of the question's ``choices`` (the others are distractors)."""

    def expected(self, question: Q) -> str:
        """The right answer, written as ``write`` writes the learner's."""
        raise NotImplementedError

    def write(self, question: Q, response: Response) -> str:
        """An answer as read by ``read``, as one line of text (types that read it into
        parts say how the parts are written)."""
        if isinstance(response, str):
            return response
        if isinstance(response, bool):
            return "True" if response else "False"
        if isinstance(response, Mapping):
            return pairs_text(response.items())
        return "; ".join(str(part) for part in response)

    def line_options(self, question: Q, shown: Sequence[str] | None) -> list[str]:
        """What line mode prints under the prompt to answer from (numbered options...)."""
        return []

    def how_to_answer(self, question: Q) -> str:
        """Line mode's one line on how to type an answer."""
        return "Type your answer."

    def grade(
        self, question: Q, response: object, shown: Sequence[str] | None, problems: Problems
    ) -> Verdict:
        """Grade ``response``; raise UnusableAnswer if none of it can be read."""
        raise NotImplementedError

    def read(self, question: Q, response: Response, shown: Sequence[str] | None) -> Response:
        """The response as the grader reads it, for the record: an option picked by its
        number becomes the option's text (the number alone means nothing once shuffled).
        Raise UnusableAnswer where it cannot be read; types without options keep it."""
        return response

    def split(self, question: Q, line: str) -> Response:
        """One typed line as a response. Single-valued types take the line as it is."""
        return line.strip()

    def from_arguments(self, question: Q, arguments: Sequence[str]) -> Response:
        """Command-line arguments as a response. Unquoted words make one answer."""
        return " ".join(arguments).strip()


def pairs_text(pairs: Iterable[tuple[str, str]]) -> str:
    """Match pairs as every screen writes them: ``Titan → Saturn; Io → Jupiter``."""
    return "; ".join(f"{left} → {right}" for left, right in pairs)


def numbered_lines(options: Sequence[str]) -> list[str]:
    """Options as line mode lists them, each after the number that picks it."""
    return [f"  {number}) {text}" for number, text in enumerate(options, start=1)]


GRADERS: dict[str, Grader[Any]] = {}

G = TypeVar("G", bound=type[Grader[Any]])


def registers(type_name: str) -> Callable[[G], G]:
    """Class decorator: the grader for questions whose ``type`` is ``type_name``."""

    def register(cls: G) -> G:
        cls.type_name = type_name
        GRADERS[type_name] = cls()
        return cls

    return register


def grader_for(question: object) -> Grader[Any]:
    type_name = getattr(question, "type", None)
    try:
        return GRADERS[str(type_name)]
    except KeyError:
        raise LookupError(f"no grader for question type {type_name!r}") from None
