"""Graders for arranging: order (items in sequence) and match (left to right pairs)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from quizapp.bank.models import MatchQuestion, OrderQuestion
from quizapp.grading.graders import (
    Grader,
    Problems,
    make_verdict,
    numbered_lines,
    pairs_text,
    registers,
)
from quizapp.grading.options import (
    as_list,
    as_text,
    display_order,
    read_as_positions,
    resolve,
    resolve_all,
    split_picks,
)
from quizapp.grading.verdict import Response, UnusableAnswer, Verdict, quoted
from quizapp.wording import plural


@registers("order")
class OrderGrader(Grader[OrderQuestion]):
    """The share of item pairs in the right relative order (Kendall's tau, as a share).

    An item left out breaks every pair it belongs to.
    """

    def expected(self, question: OrderQuestion) -> str:
        return self.write(question, question.items)

    def write(self, question: OrderQuestion, response: Response) -> str:
        if isinstance(response, str | bool | Mapping):
            return super().write(question, response)
        return "  ".join(f"{n}. {item}" for n, item in enumerate(response, start=1))

    def line_options(self, question: OrderQuestion, shown: Sequence[str] | None) -> list[str]:
        return numbered_lines(display_order(question.items, shown))

    def how_to_answer(self, question: OrderQuestion) -> str:
        return "Give the items in the right order, by number or text, separated by ';'."

    def read(
        self, question: OrderQuestion, response: Response, shown: Sequence[str] | None
    ) -> Response:
        return resolve_all(response, display_order(question.items, shown), "item")

    def grade(
        self,
        question: OrderQuestion,
        response: object,
        shown: Sequence[str] | None,
        problems: Problems,
    ) -> Verdict:
        items = question.items
        options = display_order(items, shown)
        values = split_picks(response, options) if isinstance(response, str) else as_list(response)
        if not values:
            raise UnusableAnswer("no items given")
        # Place in the learner's order of each item, by its index in the right order.
        # Items written twice in the bank are told apart by taking the next unused one.
        place: dict[int, int] = {}
        by_position = read_as_positions(values, options)
        for value in values:
            try:
                item = resolve(value, options, "item", by_position=by_position).option
            except UnusableAnswer as error:
                problems.report(str(error))
                continue
            index = next(
                (i for i, text in enumerate(items) if text == item and i not in place), None
            )
            if index is None:
                problems.report(f"'{item}' given twice")
                continue
            place[index] = len(place)
        total_pairs = len(items) * (len(items) - 1) // 2
        missing = len(items) - len(place)
        missing_note = f"{plural(missing, 'item')} missing" if missing else ""
        if total_pairs == 0:
            return make_verdict(
                1.0 if place else 0.0, self.expected(question), missing_note, *problems.notes
            )
        in_order = sum(
            1
            for first in range(len(items))
            for second in range(first + 1, len(items))
            if first in place and second in place and place[first] < place[second]
        )
        summary = f"{in_order} of {total_pairs} pairs in order" if in_order < total_pairs else ""
        return make_verdict(
            in_order / total_pairs, self.expected(question), summary, missing_note, *problems.notes
        )

    def split(self, question: OrderQuestion, line: str) -> Response:
        return split_picks(line, question.items)

    def from_arguments(self, question: OrderQuestion, arguments: Sequence[str]) -> Response:
        return list(arguments)


_PAIR_SEPARATOR = re.compile(r"\s*(?:=|->|→)\s*")


def _dedupe(values: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(values))


@registers("match")
class MatchGrader(Grader[MatchQuestion]):
    """The share of left items matched with their right item.

    A pair is written ``left=right`` (or ``left -> right``), the left side by its
    text or number in the question's order, the right side by its text or number
    as shown. Bare right sides are taken in the question's left order.
    """

    def expected(self, question: MatchQuestion) -> str:
        return pairs_text(question.pairs)

    def read(
        self, question: MatchQuestion, response: Response, shown: Sequence[str] | None
    ) -> Response:
        chosen = self._chosen(question, response, shown, Problems(strict=False))
        if not chosen:
            raise UnusableAnswer("no pairs given")
        return chosen

    def line_options(self, question: MatchQuestion, shown: Sequence[str] | None) -> list[str]:
        rights = display_order([right for _, right in question.pairs], shown)
        lefts = [f"  {left}" for left, _ in question.pairs]
        return ["Left:", *lefts, "Right:", *numbered_lines(rights)]

    def how_to_answer(self, question: MatchQuestion) -> str:
        return (
            "For each left item in order, the number of its right side, separated by ';'"
            " (or left=right pairs)."
        )

    def grade(
        self,
        question: MatchQuestion,
        response: object,
        shown: Sequence[str] | None,
        problems: Problems,
    ) -> Verdict:
        chosen = self._chosen(question, response, shown, problems)
        if not chosen and not problems.notes:
            raise UnusableAnswer("no pairs given")
        right_pairs = sum(chosen.get(left) == right for left, right in question.pairs)
        total = len(question.pairs)
        summary = f"{right_pairs} of {total} pairs" if right_pairs < total else ""
        return make_verdict(right_pairs / total, self.expected(question), summary, *problems.notes)

    def _chosen(
        self,
        question: MatchQuestion,
        response: object,
        shown: Sequence[str] | None,
        problems: Problems,
    ) -> dict[str, str]:
        """The right side the response gives each left item it names."""
        lefts = _dedupe([left for left, _ in question.pairs])
        rights = display_order([right for _, right in question.pairs], shown)
        written_pairs: list[tuple[str, str]] = []
        for position, written in enumerate(self._written(response)):
            if not written:
                continue  # a blank bare answer: that left item is left unmatched
            try:
                written_pairs.append(self._split_pair(written, position, lefts))
            except UnusableAnswer as error:
                problems.report(str(error))
        by_position = read_as_positions([right for _, right in written_pairs], rights)
        chosen: dict[str, str] = {}
        for left, right_text in written_pairs:
            try:
                right = resolve(
                    right_text, rights, "right-hand option", by_position=by_position
                ).option
            except UnusableAnswer as error:
                problems.report(str(error))
                continue
            if left in chosen:
                problems.report(f"'{left}' matched twice")
                continue
            chosen[left] = right
        return chosen

    @staticmethod
    def _written(response: object) -> list[tuple[str, str] | str]:
        """The pairs as written: (left, right) from a mapping, else "left=right" or a bare right.

        Bare right sides go with the left items by place, so an empty one keeps its place.
        """
        if isinstance(response, Mapping):
            return [(as_text(key), as_text(value)) for key, value in response.items()]
        return list(as_list(response, keep_empty=True))

    @staticmethod
    def _split_pair(
        written: tuple[str, str] | str, position: int, lefts: list[str]
    ) -> tuple[str, str]:
        """The left item a written pair names, and its right side as written."""
        if isinstance(written, tuple):
            return resolve(written[0], lefts, "left item").option, written[1]
        separators = list(_PAIR_SEPARATOR.finditer(written))
        if not separators:
            if position >= len(lefts):
                raise UnusableAnswer(f"{quoted(written)}: more answers than left items")
            return lefts[position], written
        # A left item may itself hold "=": take the first split whose left side is one.
        first_error: UnusableAnswer | None = None
        for separator in separators:
            try:
                left = resolve(written[: separator.start()], lefts, "left item").option
            except UnusableAnswer as error:
                first_error = first_error or error
                continue
            return left, written[separator.end() :]
        assert first_error is not None
        raise first_error

    def split(self, question: MatchQuestion, line: str) -> Response:
        parts = [part.strip() for part in line.split(";")]
        return parts if any(parts) else []

    def from_arguments(self, question: MatchQuestion, arguments: Sequence[str]) -> Response:
        for argument in arguments:
            if not _PAIR_SEPARATOR.search(argument):
                raise UnusableAnswer(f"{quoted(argument)} is not a pair: write left=right")
        return list(arguments)
