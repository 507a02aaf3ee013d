"""Grading: whether the learner knew the answer, for every question type.

``grade(question, response, shown)`` returns a ``Verdict``. What a response is,
per type:

- choice: the option's number as shown, or its text (read leniently);
- truefalse: a bool, or "true"/"false"/"t"/"f"/"yes"/"no", or "1"/"2" as shown;
- multi: the picks (numbers or texts); one string is split on ';' or ',';
- short, number, date: the typed text;
- cloze: one answer per blank; one string is split on ';';
- order: the items (numbers as shown or texts) in the learner's order;
- match: a mapping left -> right, or "left=right" strings, or bare right sides
  in the question's left order.

``shown`` is the order the options were displayed in (choices, items, or the
right-hand sides of a match), so "2" means the second option shown; None means
the order written in the bank. ``grade`` never raises for any response: what
cannot be read grades as wrong, and the note says why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from quizapp.bank.models import QuestionBase
from quizapp.bank.text_safety import visible

# The graders register themselves with the registry (graders.py) as they are imported.
from quizapp.grading import arranged, picked, typed  # noqa: F401
from quizapp.grading.graders import Problems, grader_for
from quizapp.grading.text import normalise
from quizapp.grading.verdict import Response, UnusableAnswer, Verdict

MAX_ANSWER_CHARS = 20_000
"""The most a response may hold (every text in it together): what is longer is not read,
so no answer can make grading slow."""


def grade(
    question: QuestionBase, response: Response, shown: Sequence[str] | None = None
) -> Verdict:
    """Grade one response to ``question``; never raises for any response value.

    The note quotes the learner's text with every control character made visible, so
    it can be printed anywhere as it is.
    """
    grader = grader_for(question)
    try:
        _check_size(response)
        verdict = grader.grade(question, response, shown, Problems(strict=False))
    except UnusableAnswer as error:
        return Verdict(0.0, False, grader.expected(question), visible(str(error)))
    return replace(verdict, note=visible(verdict.note))


def _check_size(response: object) -> None:
    if isinstance(response, str):
        size = len(response)
    elif isinstance(response, Mapping):
        size = sum(len(str(k)) + len(str(v)) + 1 for k, v in response.items())
    elif isinstance(response, Sequence):
        size = sum(len(str(item)) + 1 for item in response)
    else:
        return
    if size > MAX_ANSWER_CHARS:
        raise UnusableAnswer(
            f"the answer is too long to read ({size} characters; at most {MAX_ANSWER_CHARS})"
        )


def grade_arguments(question: QuestionBase, arguments: Sequence[str]) -> Verdict:
    """Grade command-line answers (one per blank, pick, item or ``left=right`` pair).

    Raises UnusableAnswer for anything that cannot be read, so the command can say so.
    """
    grader = grader_for(question)
    try:
        response = grader.from_arguments(question, arguments)
        _check_size(response)
        verdict = grader.grade(question, response, None, Problems(strict=True))
    except UnusableAnswer as error:
        raise UnusableAnswer(visible(str(error))) from None
    return replace(verdict, note=visible(verdict.note))


def read_response(
    question: QuestionBase, response: Response, shown: Sequence[str] | None = None
) -> Response:
    """The response as graded, for the record: options picked by number become their
    text. A response that cannot be read is kept as it was given."""
    try:
        return grader_for(question).read(question, response, shown)
    except UnusableAnswer:
        return response


def expected_answer(question: QuestionBase) -> str:
    """The expected answer for display; the same text as ``Verdict.expected``."""
    return grader_for(question).expected(question)


def written_answer(question: QuestionBase, response: Response) -> str:
    """An answer as read (see ``read_response``) written the way the expected answer is,
    for every screen, line mode, the progress file and its exports."""
    return grader_for(question).write(question, response)


def line_options(question: QuestionBase, shown: Sequence[str] | None) -> list[str]:
    """The lines line mode prints under the prompt to answer from (none for typed answers)."""
    return grader_for(question).line_options(question, shown)


def how_to_answer(question: QuestionBase) -> str:
    """Line mode's one line on how to type an answer to ``question``."""
    return grader_for(question).how_to_answer(question)


def split_answers(question: QuestionBase, line: str) -> Response:
    """One typed line as a response; ';' separates values for multi, order, match, cloze."""
    return grader_for(question).split(question, line)


__all__ = [
    "Response",
    "UnusableAnswer",
    "Verdict",
    "expected_answer",
    "grade",
    "grade_arguments",
    "how_to_answer",
    "line_options",
    "normalise",
    "read_response",
    "split_answers",
    "written_answer",
]
