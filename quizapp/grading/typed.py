"""Graders for typed answers: short, cloze, number and date."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from quizapp.bank.models import ClozeQuestion, DateQuestion, NumberQuestion, ShortQuestion
from quizapp.grading.dates import (
    MONTH_BEFORE_DAY,
    WEEKDAY_NAMES,
    DateReading,
    date_wanted,
    format_date,
    parse_date,
)
from quizapp.grading.graders import Grader, Problems, make_verdict, registers
from quizapp.grading.numbers import Bound, format_number, parse_number, read_bound
from quizapp.grading.options import as_text
from quizapp.grading.text import (
    allowed_typos,
    describe_match,
    edit_distance,
    match_text,
    normalise,
)
from quizapp.grading.verdict import Response, UnusableAnswer, Verdict, quoted
from quizapp.wording import plural


def _typed(response: object) -> str:
    text = as_text(response).strip()
    if not text:
        raise UnusableAnswer("no answer given")
    return text


@registers("short")
class ShortGrader(Grader[ShortQuestion]):
    typed = True

    def expected(self, question: ShortQuestion) -> str:
        return question.answers[0]

    def grade(
        self,
        question: ShortQuestion,
        response: object,
        shown: Sequence[str] | None,
        problems: Problems,
    ) -> Verdict:
        match = match_text(
            _typed(response), question.answers, fuzzy=question.fuzzy, accents=question.accents
        )
        note = describe_match(match, question.answers, fuzzy=question.fuzzy)
        return make_verdict(1.0 if match.accepted else 0.0, self.expected(question), note)


@registers("cloze")
class ClozeGrader(Grader[ClozeQuestion]):
    """Credit per blank; each blank is graded like a short answer."""

    typed = True

    def expected(self, question: ClozeQuestion) -> str:
        return self.write(question, [alternatives[0] for alternatives in question.blanks()])

    def line_options(self, question: ClozeQuestion, shown: Sequence[str] | None) -> list[str]:
        parts = question.text_parts()
        text = parts[0] + "".join(f"[{n}]____{part}" for n, part in enumerate(parts[1:], 1))
        return [f"  {line}" for line in text.splitlines()]

    def how_to_answer(self, question: ClozeQuestion) -> str:
        return "Fill the blanks in order, separated by ';'."

    def grade(
        self,
        question: ClozeQuestion,
        response: object,
        shown: Sequence[str] | None,
        problems: Problems,
    ) -> Verdict:
        blanks = question.blanks()
        if not blanks:
            raise UnusableAnswer("this question has no blanks to fill")
        answers = self._answers(response)
        extra = [a for a in answers[len(blanks) :] if a]
        if extra or len(answers) < len(blanks):
            if problems.strict:
                problems.report(
                    f"this question has {plural(len(blanks), 'blank')}; "
                    f"give one answer per blank (got {len(answers)})"
                )
            elif extra:
                problems.remark(f"{plural(len(extra), 'extra answer')} ignored")
        right = 0
        details: list[str] = []
        for number, alternatives in enumerate(blanks, start=1):
            typed = answers[number - 1] if number <= len(answers) else ""
            match = match_text(typed, alternatives, fuzzy=question.fuzzy, accents=question.accents)
            right += match.accepted
            detail = describe_match(match, alternatives, fuzzy=question.fuzzy)
            if detail:
                details.append(detail if len(blanks) == 1 else f"blank {number}: {detail}")
        summary = (
            f"{right} of {len(blanks)} blanks" if len(blanks) > 1 and right < len(blanks) else ""
        )
        return make_verdict(
            right / len(blanks), self.expected(question), summary, *details, *problems.notes
        )

    @staticmethod
    def _answers(response: object) -> list[str]:
        # Blanks are positional: an empty answer keeps its place.
        if isinstance(response, str):
            return [part.strip() for part in response.split(";")]
        if isinstance(response, Sequence) and not isinstance(response, bytes | bytearray):
            return [as_text(item).strip() for item in response]
        raise UnusableAnswer(f"cannot read answers from {type(response).__name__}")

    def split(self, question: ClozeQuestion, line: str) -> Response:
        return self._answers(line)

    def from_arguments(self, question: ClozeQuestion, arguments: Sequence[str]) -> Response:
        return list(arguments)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def unit_matches(typed: str, unit: str) -> bool:
    """ "minutes", "minute", "min", "mins", "Minutes." all name the unit "minutes"."""
    typed_key, unit_key = normalise(typed), normalise(unit)
    if not typed_key or typed_key == unit_key:
        return True
    typed_one, unit_one = _singular(typed_key), _singular(unit_key)
    if typed_one == unit_one or (typed_one.isalpha() and unit_key.startswith(typed_one)):
        return True
    allowed = allowed_typos(len(unit_key))
    return bool(allowed) and edit_distance(typed_key, unit_key, allowed) <= allowed


@registers("number")
class NumberGrader(Grader[NumberQuestion]):
    """Right within the absolute tolerance; a trailing unit must be the question's."""

    def expected(self, question: NumberQuestion) -> str:
        unit = question.unit
        if question.answer == 1 and unit.isalpha():  # "1 hour", not "1 hours"
            unit = _singular(unit)
        shown = f"{format_number(question.answer)} {unit}".strip()
        if question.tolerance:
            shown += f" (±{format_number(question.tolerance)})"
        return shown

    def how_to_answer(self, question: NumberQuestion) -> str:
        return f"Type a number, in {question.unit}." if question.unit else "Type a number."

    def grade(
        self,
        question: NumberQuestion,
        response: object,
        shown: Sequence[str] | None,
        problems: Problems,
    ) -> Verdict:
        text = _typed(response)
        bound, number = read_bound(unicodedata.normalize("NFKC", text).casefold())
        typed = parse_number(MONTH_BEFORE_DAY.sub("", number, count=1))
        if typed is None or (
            typed.by_article and not (question.unit and unit_matches(typed.rest, question.unit))
        ):
            raise UnusableAnswer(f"{quoted(text)} is not a number")
        rest = typed.rest.strip(" .,;:!?")
        if any(char.isdigit() for char in rest):
            raise UnusableAnswer(f"give one number, not {quoted(text)}")
        expected = self.expected(question)
        if rest and question.unit and not unit_matches(rest, question.unit):
            return make_verdict(
                0.0, expected, f"the answer is in {question.unit}, not {quoted(rest)}"
            )
        # A hair of slack so 0.1 + 0.2 counts as 0.3.
        slack = 1e-9 * max(1.0, abs(question.answer))
        off = abs(typed.value - question.answer)
        if bound is not None:
            return self._bound(question, bound, typed.value, off <= question.tolerance + slack)
        if off > question.tolerance + slack:
            return make_verdict(0.0, expected)
        note = (
            ""
            if off <= slack
            else (
                f"within ±{format_number(question.tolerance)} of {format_number(question.answer)}"
            )
        )
        return make_verdict(1.0, expected, note)

    def _bound(self, question: NumberQuestion, bound: Bound, value: float, close: bool) -> Verdict:
        """A bound is right when the answer lies on its side and the bound is itself
        within the tolerance: "under 60" for 55 ± 5, but not "under 1000"."""
        expected = self.expected(question)
        said = f"{bound.words} {format_number(value)}"
        if not bound.holds(question.answer, value):
            return make_verdict(0.0, expected, f"the answer is not {said}")
        if not close:
            return make_verdict(
                0.0,
                expected,
                f"'{said}' is too vague: a bound counts only within "
                f"±{format_number(question.tolerance)} of the answer",
            )
        return make_verdict(1.0, expected, f"read '{said}' as a bound")


_SHORT_YEAR = re.compile(r"['’]?(\d{2})\.?")


@registers("date")
class DateGrader(Grader[DateQuestion]):
    """Right when the parts the precision asks for are right.

    A missing year is accepted unless the question requires one. A weekday that
    contradicts a right date halves the score: the learner knew the date but
    claimed something false about it.
    """

    def expected(self, question: DateQuestion) -> str:
        return format_date(question.answer, question.precision)

    def how_to_answer(self, question: DateQuestion) -> str:
        return f"Type {date_wanted(question.precision, question.require_year)}."

    def grade(
        self,
        question: DateQuestion,
        response: object,
        shown: Sequence[str] | None,
        problems: Problems,
    ) -> Verdict:
        text = _typed(response)
        short_year = _SHORT_YEAR.fullmatch(text)
        if question.precision == "year" and short_year:
            # "23" where a year is asked: the year of the answer's century.
            century = question.answer.year - question.answer.year % 100
            readings = [DateReading(year=century + int(short_year[1]))]
        else:
            readings = parse_date(text)
        judged = [(*self._judge(question, reading), reading) for reading in readings]
        score, note, reading = max(judged, key=lambda item: item[0])
        if reading.order and score > 0:
            note = "; ".join(
                filter(None, [f"read as {reading.order} ({reading.describe()})", note])
            )
        return make_verdict(score, self.expected(question), note)

    @staticmethod
    def _judge(question: DateQuestion, reading: DateReading) -> tuple[float, str]:
        answer = question.answer
        if question.precision == "year":
            if reading.year is None:
                return 0.0, "give the year"
            return (1.0, "") if reading.year == answer.year else (0.0, "")
        if reading.month is None:
            if reading.weekday is not None and reading.day is None and reading.year is None:
                return 0.0, "a weekday alone is not a date"
            return 0.0, "give the day and month" if question.precision == "day" else (
                "give the month"
            )
        if question.precision == "day" and reading.day is None:
            return 0.0, "give the day as well"
        if reading.month != answer.month or (
            question.precision == "day" and reading.day != answer.day
        ):
            return 0.0, ""
        if reading.year is None:
            if question.require_year:
                return 0.0, "right, but the year is required"
        elif reading.year != answer.year:
            return 0.0, f"right {'day' if question.precision == 'day' else 'month'}, wrong year"
        if (
            question.precision == "day"
            and reading.weekday is not None
            and reading.weekday != answer.weekday()
        ):
            # Not which weekday it was: that may be another question's answer.
            return 0.5, f"the date is right, but it was not a {WEEKDAY_NAMES[reading.weekday]}"
        return 1.0, ""
