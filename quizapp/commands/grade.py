"""``quizapp grade``: try how an answer is graded before giving a bank out."""

from __future__ import annotations

import difflib
import json

import click

from quizapp.commands.opening import load_banks
from quizapp.errors import DataError
from quizapp.grading import UnusableAnswer, grade_arguments


def format_score(score: float) -> str:
    """1.0 -> "1", 0.6666 -> "0.67"."""
    return f"{score:.2f}".rstrip("0").rstrip(".")


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.argument("question_id")
@click.argument("answers", nargs=-1, required=True, metavar="ANSWER...")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='Print {"score", "correct", "expected", "note"} as JSON.',
)
def grade(file: str, question_id: str, answers: tuple[str, ...], as_json: bool) -> None:
    """Grade ANSWER to question QUESTION_ID of the bank FILE, as a learner's answer would be.

    Give one ANSWER per blank (cloze), per picked option (multi), per item in
    your order (order), and left=right per pair (match); options by their text
    or their number in the bank's order. Other types take the words given as
    one answer. Put -- before an answer that starts with '-' (e.g. -- -5).
    """
    [bank] = load_banks([file])  # checked as play and check check it
    question = bank.question(question_id)
    if question is None:
        known = [q.id for q in bank.questions]
        close = difflib.get_close_matches(question_id, known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise DataError(f"{file}: no question with id '{question_id}'{hint}")
    try:
        verdict = grade_arguments(question, answers)
    except UnusableAnswer as error:
        raise DataError(f"{question_id}: cannot grade this answer: {error}") from None
    if as_json:
        click.echo(
            json.dumps(
                {
                    "score": verdict.score,
                    "correct": verdict.correct,
                    "expected": verdict.expected,
                    "note": verdict.note,
                },
                ensure_ascii=False,
            )
        )
        return
    click.echo(f"{verdict.status}: score {format_score(verdict.score)}")
    click.echo(f"expected: {verdict.expected}")
    if verdict.note:
        click.echo(f"note: {verdict.note}")
