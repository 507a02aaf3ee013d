"""Lint: what the schema lets through but a teacher would want to hear about.

The models check shapes and types; lint checks sense: a ``choice`` answer that is
not one of its choices, two questions with one id, a cloze without blanks. Errors
make a bank unusable (the grader could not be fair); warnings point at something
that works but is probably not what the author meant.

Each rule yields a ``Finding`` at a key path; the findings are located only if
there are any, so linting a clean bank never builds the key index.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from quizapp.bank.giveaways import giveaways, words_of
from quizapp.bank.locate import KeyIndex
from quizapp.bank.models import (
    CLOZE_BLANK,
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    QuestionBase,
    ShortQuestion,
)
from quizapp.bank.problems import Problem, Severity
from quizapp.bank.text_safety import KeyPath

ERROR: Severity = "error"
WARNING: Severity = "warning"


@dataclass(frozen=True)
class Finding:
    """One lint result before it is located: a key path inside the bank's data."""

    path: KeyPath
    message: str
    severity: Severity = ERROR
    question_id: str | None = None
    first: KeyPath | None = None
    """Where the thing this one repeats was first written (its line is added to the message)."""


def lint_bank(
    bank: Bank,
    text: str = "",
    name: str = "",
    index: KeyIndex | None = None,
) -> list[Problem]:
    """Every lint problem in ``bank``, located in its source ``text``, sorted by line."""
    findings = list(find_issues(bank))
    if not findings:
        return []
    if index is None:
        index = KeyIndex(text)
    name = name or bank.path or "<bank>"
    problems = []
    for finding in findings:
        line, column = index.find(finding.path)
        message = finding.message
        if finding.first is not None:
            message += f" (first on line {index.find(finding.first)[0]})"
        problems.append(Problem(name, line, column, message, finding.severity, finding.question_id))
    return sorted(problems, key=lambda p: (p.line, p.column))


def find_issues(bank: Bank) -> Iterator[Finding]:
    """Every finding in ``bank``, in question order."""
    if not bank.bank.title.strip():
        yield Finding(("bank", "title"), "'title' is blank")
    first_of_id: dict[str, int] = {}
    for number, question in enumerate(bank.questions):
        at: KeyPath = ("questions", number)
        qid = question.id
        if qid in first_of_id:
            yield Finding(
                (*at, "id"),
                f"question id '{qid}' is used twice",
                ERROR,
                qid,
                first=("questions", first_of_id[qid], "id"),
            )
        else:
            first_of_id[qid] = number
        # Each rule returns a list, nearly always empty: a clean bank of ten thousand
        # questions is linted quickly (generators cost several times as much).
        found = _common(question, at)
        rule = _RULES.get(type(question))
        if rule is not None:
            found += rule(question, at)
        for finding in found:
            yield Finding(finding.path, finding.message, finding.severity, qid, finding.first)
    for path, message, question_id in giveaways(bank):
        yield Finding(path, message, WARNING, question_id)


def normal(text: str) -> str:
    """Text as a learner's answer is compared: case and spacing do not count."""
    return " ".join(text.split()).casefold()


def _common(question: QuestionBase, at: KeyPath) -> list[Finding]:
    found = []
    if not question.prompt.strip():
        found.append(
            Finding((*at, "prompt"), "'prompt' is empty: the learner would see no question")
        )
    # points and time_limit: finite and in range is checked with the model (models.py).
    tags = question.tags
    if "" not in tags and [tag.strip() for tag in tags] == tags and len(set(tags)) == len(tags):
        return found  # the common case, seen in one pass
    seen: dict[str, int] = {}
    for number, tag in enumerate(tags):
        where = (*at, "tags", number)
        if not tag.strip():
            found.append(Finding(where, "tag is empty", WARNING))
            continue
        if tag != tag.strip():
            found.append(Finding(where, f"tag '{tag}' has spaces around it", WARNING))
        if tag.strip() in seen:
            found.append(
                Finding(
                    where,
                    f"tag '{tag.strip()}' is listed twice",
                    WARNING,
                    first=(*at, "tags", seen[tag.strip()]),
                )
            )
        seen.setdefault(tag.strip(), number)
    return found


def _items(
    values: Sequence[str],
    at: KeyPath,
    what: str,
    duplicates: Severity = ERROR,
) -> list[Finding]:
    """Empty items and items that repeat another one (ignoring case and spacing)."""
    keys = {" ".join(value.split()).casefold() for value in values}  # normal(), inlined
    if len(keys) == len(values) and "" not in keys:
        return []  # the common case, seen in one pass
    found = []
    seen: dict[str, int] = {}
    for number, value in enumerate(values):
        if not value.strip():
            found.append(Finding((*at, number), f"{what} {number + 1} is empty"))
            continue
        key = normal(value)
        if key in seen:
            same = "repeats" if value == values[seen[key]] else "repeats, up to case and spacing,"
            found.append(
                Finding(
                    (*at, number),
                    f"{what} '{value}' {same} {what} {seen[key] + 1}",
                    duplicates,
                    first=(*at, seen[key]),
                )
            )
        else:
            seen[key] = number
    return found


def _not_a_choice(value: str, choices: Sequence[str], path: KeyPath, what: str) -> Finding:
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    close = close or [choice for choice in choices if normal(choice) == normal(value)][:1]
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return Finding(path, f"{what} '{value}' is not one of the choices{hint}")


def _choice(question: ChoiceQuestion, at: KeyPath) -> list[Finding]:
    found = _items(question.choices, (*at, "choices"), "choice")
    if question.answer not in question.choices:
        found.append(_not_a_choice(question.answer, question.choices, (*at, "answer"), "answer"))
    return found


def _multi(question: MultiQuestion, at: KeyPath) -> list[Finding]:
    found = _items(question.choices, (*at, "choices"), "choice")
    found += _items(question.answers, (*at, "answers"), "answer")
    for number, answer in enumerate(question.answers):
        if answer.strip() and answer not in question.choices:
            found.append(
                _not_a_choice(answer, question.choices, (*at, "answers", number), "answer")
            )
    return found


def _short(question: ShortQuestion, at: KeyPath) -> list[Finding]:
    found = _items(question.answers, (*at, "answers"), "accepted answer", WARNING)
    return found + _punctuation_only(question.answers, (*at, "answers"))


def _cloze(question: ClozeQuestion, at: KeyPath) -> list[Finding]:
    found = []
    where = (*at, "text")
    blanks = CLOZE_BLANK.findall(question.text)
    if not blanks:
        found.append(Finding(where, "'text' has no blanks: mark each one as {{answer}}"))
    for number, blank in enumerate(blanks, start=1):
        alternatives = blank.split("|")
        if not any(alternative.strip() for alternative in alternatives):
            found.append(
                Finding(where, f"blank {number} is empty: write the answer inside {{{{...}}}}")
            )
        elif not all(alternative.strip() for alternative in alternatives):
            message = f"blank {number} '{{{{{blank}}}}}' has an empty alternative"
            found.append(Finding(where, message, WARNING))
    for blank in question.blanks():
        found += _punctuation_only(blank, where)
    rest = CLOZE_BLANK.sub("", question.text)
    if "{{" in rest or "}}" in rest:
        found.append(
            Finding(where, "'text' has a '{{' or '}}' that does not close or open a blank")
        )
    return found


def _number(question: NumberQuestion, at: KeyPath) -> list[Finding]:
    found = []
    for name, value in (("answer", question.answer), ("tolerance", question.tolerance)):
        if not math.isfinite(value):
            found.append(Finding((*at, name), f"'{name}' must be a finite number, got {value}"))
    if question.tolerance < 0:
        message = f"'tolerance' cannot be negative, got {question.tolerance:g}"
        found.append(Finding((*at, "tolerance"), message))
    return found


def _date(question: DateQuestion, at: KeyPath) -> list[Finding]:
    answer = question.answer
    if question.precision == "month" and answer.day != 1:
        return [
            Finding(
                (*at, "answer"),
                (
                    f"precision 'month' ignores the day of {answer.isoformat()}; "
                    f"write {answer.replace(day=1).isoformat()} so the bank says what is asked"
                ),
                WARNING,
            )
        ]
    if question.precision == "year" and (answer.month, answer.day) != (1, 1):
        return [
            Finding(
                (*at, "answer"),
                (
                    f"precision 'year' ignores the month and day of {answer.isoformat()}; "
                    f"write {answer.replace(month=1, day=1).isoformat()} "
                    "so the bank says what is asked"
                ),
                WARNING,
            )
        ]
    return []


def _order(question: OrderQuestion, at: KeyPath) -> list[Finding]:
    found = []
    if len(question.items) < 2:
        count = len(question.items)
        found.append(
            Finding((*at, "items"), f"an order question needs at least 2 items, got {count}")
        )
    return found + _items(question.items, (*at, "items"), "item")


def _match(question: MatchQuestion, at: KeyPath) -> list[Finding]:
    found = []
    if len(question.pairs) < 2:
        message = "a match question with one pair gives its answer away"
        found.append(Finding((*at, "pairs"), message, WARNING))
    for side, label in ((0, "left side"), (1, "right side")):
        values = [pair[side] for pair in question.pairs]
        for finding in _items(values, (*at, "pairs"), label):
            first = None if finding.first is None else (*finding.first, side)
            found.append(
                Finding((*finding.path, side), finding.message, finding.severity, first=first)
            )
    return found


_RULES: dict[type[QuestionBase], Callable[..., list[Finding]]] = {
    ChoiceQuestion: _choice,
    MultiQuestion: _multi,
    ShortQuestion: _short,
    ClozeQuestion: _cloze,
    NumberQuestion: _number,
    DateQuestion: _date,
    OrderQuestion: _order,
    MatchQuestion: _match,
}


def _punctuation_only(answers: Sequence[str], path: KeyPath) -> list[Finding]:
    """Accepted answers with no letter or digit: graded by their marks alone ("?" is not
    "!"), which is rarely what the author meant."""
    return [
        Finding(
            (*path, number) if path[-1] == "answers" else path,
            f"accepted answer '{answer}' has no letter or digit: is it meant to be marks only?",
            WARNING,
        )
        for number, answer in enumerate(answers)
        if answer.strip() and not words_of(answer)
    ]
