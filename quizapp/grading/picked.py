"""Graders for picking among options: choice, truefalse and multi."""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.bank.models import ChoiceQuestion, MultiQuestion, TrueFalseQuestion
from quizapp.grading.graders import Grader, Problems, make_verdict, numbered_lines, registers
from quizapp.grading.options import (
    as_list,
    as_text,
    display_order,
    read_as_positions,
    resolve,
    resolve_all,
    split_picks,
)
from quizapp.grading.text import normalise
from quizapp.grading.verdict import Response, UnusableAnswer, Verdict, quoted
from quizapp.wording import plural


@registers("choice")
class ChoiceGrader(Grader[ChoiceQuestion]):
    """All or nothing; the pick is its number as shown or its text."""

    picks_one_option = True

    def expected(self, question: ChoiceQuestion) -> str:
        return question.answer

    def line_options(self, question: ChoiceQuestion, shown: Sequence[str] | None) -> list[str]:
        return numbered_lines(display_order(question.choices, shown))

    def how_to_answer(self, question: ChoiceQuestion) -> str:
        return "Answer with the number or the text of your choice."

    def read(
        self, question: ChoiceQuestion, response: Response, shown: Sequence[str] | None
    ) -> Response:
        return resolve(as_text(response), display_order(question.choices, shown)).option

    def grade(
        self,
        question: ChoiceQuestion,
        response: object,
        shown: Sequence[str] | None,
        problems: Problems,
    ) -> Verdict:
        pick = resolve(as_text(response), display_order(question.choices, shown))
        read_as = f"read as '{pick.option}'" if pick.typos else ""
        if pick.option == question.answer:
            return make_verdict(1.0, question.answer, read_as)
        return make_verdict(0.0, question.answer, read_as or f"you picked '{pick.option}'")


_TRUE_WORDS = frozenset({"true", "t", "yes", "y", "right", "correct"})
_FALSE_WORDS = frozenset({"false", "f", "no", "n", "wrong", "incorrect"})


def _truth(word: str) -> bool | None:
    key = normalise(word)
    if key in _TRUE_WORDS:
        return True
    if key in _FALSE_WORDS:
        return False
    return None


@registers("truefalse")
class TrueFalseGrader(Grader[TrueFalseQuestion]):
    """All or nothing; "1" and "2" are the options as shown (True, then False by default)."""

    def expected(self, question: TrueFalseQuestion) -> str:
        return self.write(question, question.answer)

    def line_options(self, question: TrueFalseQuestion, shown: Sequence[str] | None) -> list[str]:
        return numbered_lines(["True", "False"])

    def how_to_answer(self, question: TrueFalseQuestion) -> str:
        return "Answer true or false."

    def read(
        self, question: TrueFalseQuestion, response: object, shown: Sequence[str] | None
    ) -> bool:
        if isinstance(response, bool):
            return response
        text = as_text(response).strip()
        value = _truth(text)
        if value is None and text.strip("#.) ") in ("1", "2"):
            order = [_truth(option) for option in (shown or [])]
            if sorted(order, key=str) != [False, True]:
                order = [True, False]
            value = order[int(text.strip("#.) ")) - 1]
        if value is None:
            raise UnusableAnswer(
                f"{quoted(text)} is neither true nor false" if text else "no answer given"
            )
        return value

    def grade(
        self,
        question: TrueFalseQuestion,
        response: object,
        shown: Sequence[str] | None,
        problems: Problems,
    ) -> Verdict:
        value = self.read(question, response, shown)
        return make_verdict(1.0 if value == question.answer else 0.0, self.expected(question))


@registers("multi")
class MultiGrader(Grader[MultiQuestion]):
    """(right picks - wrong picks) / number of right answers, never below 0."""

    def expected(self, question: MultiQuestion) -> str:
        return self.write(question, question.answers)

    def line_options(self, question: MultiQuestion, shown: Sequence[str] | None) -> list[str]:
        return numbered_lines(display_order(question.choices, shown))

    def how_to_answer(self, question: MultiQuestion) -> str:
        return "Answer with every right choice, by number or text, separated by ';'."

    def grade(
        self,
        question: MultiQuestion,
        response: object,
        shown: Sequence[str] | None,
        problems: Problems,
    ) -> Verdict:
        options = display_order(question.choices, shown)
        values = split_picks(response, options) if isinstance(response, str) else as_list(response)
        picked: list[str] = []
        unreadable = 0
        by_position = read_as_positions(values, options)
        for value in values:
            try:
                option = resolve(value, options, by_position=by_position).option
            except UnusableAnswer as error:
                problems.report(str(error))
                unreadable += 1  # a pick that names no option is a wrong pick
                continue
            if option not in picked:
                picked.append(option)
        answers = set(question.answers)
        right = sum(option in answers for option in picked)
        wrong = len(picked) - right + unreadable
        score = (right - wrong) / len(answers)
        if not picked and not unreadable:
            return make_verdict(0.0, self.expected(question), "nothing picked")
        summary = ""
        if right < len(answers) or wrong:
            summary = f"{right} of {len(answers)} right"
            if wrong:
                summary += f", {plural(wrong, 'wrong pick')}"
        return make_verdict(score, self.expected(question), summary, *problems.notes)

    def read(
        self, question: MultiQuestion, response: Response, shown: Sequence[str] | None
    ) -> Response:
        return resolve_all(response, display_order(question.choices, shown))

    def split(self, question: MultiQuestion, line: str) -> Response:
        return split_picks(line, question.choices)

    def from_arguments(self, question: MultiQuestion, arguments: Sequence[str]) -> Response:
        return list(arguments)
