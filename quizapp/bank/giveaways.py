"""Giveaways: a question that shows another question's answer before it is asked.

A learner who reads, in one question's prompt or choices, the word another question wants
typed has been handed that answer. ``giveaways`` finds what a machine can see of this: a
typed answer (an accepted answer of a ``short`` question, an alternative of a cloze blank)
shown, as whole words, in another question's prompt, choices, order items, match pairs or
cloze text. Case, accents and punctuation do not count. Lint reports each as a warning.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator

from quizapp.bank.models import (
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    QuestionBase,
    ShortQuestion,
)
from quizapp.bank.text_safety import KeyPath

_NOT_A_WORD = re.compile(r"[^\w]+|_")


def words_of(text: str) -> str:
    """Text as words to compare for a giveaway: case, accents and punctuation do not
    count ("Ukraine’s" shows "Ukraine")."""
    if not text.isascii():  # most bank text is: it has no accents to take off
        text = "".join(
            char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
        )
    return " ".join(_NOT_A_WORD.sub(" ", text.casefold()).split())


def _typed_answers(question: QuestionBase) -> list[str]:
    """What a learner types to answer ``question``: a short answer's accepted answers and
    the alternatives of a cloze's blanks."""
    if isinstance(question, ShortQuestion):
        return list(question.answers)
    if isinstance(question, ClozeQuestion):
        return [alternative for blank in question.blanks() for alternative in blank]
    return []


def _shown(question: QuestionBase) -> list[tuple[KeyPath, str]]:
    """The texts a learner sees before answering ``question``, each with its key path."""
    shown: list[tuple[KeyPath, str]] = [(("prompt",), question.prompt)]
    if isinstance(question, ChoiceQuestion | MultiQuestion):
        shown += [(("choices", n), choice) for n, choice in enumerate(question.choices)]
    elif isinstance(question, OrderQuestion):
        shown += [(("items", n), item) for n, item in enumerate(question.items)]
    elif isinstance(question, MatchQuestion):
        shown += [
            (("pairs", n, side), pair[side])
            for n, pair in enumerate(question.pairs)
            for side in (0, 1)
        ]
    elif isinstance(question, ClozeQuestion):
        shown += [(("text",), part) for part in question.text_parts()]
    return shown


def giveaways(bank: Bank) -> Iterator[tuple[KeyPath, str, str]]:
    """A question whose prompt, choices, items, pairs or cloze text show another question's
    typed answer gives that answer away.

    Answers found in the bank's title or description are left out: every learner has read
    those before the first question. Answers are indexed by their first word, so each shown
    text is read once, a word at a time: the cost grows with the bank, not with its square.
    """
    known = f" {words_of(bank.bank.title)} {words_of(bank.bank.description)} "
    owners: dict[str, list[int]] = {}  # answer -> the questions accepting it, in bank order
    for number, question in enumerate(bank.questions):
        for answer in _typed_answers(question):
            key = words_of(answer)
            if not key or f" {key} " in known:
                continue
            numbers = owners.setdefault(key, [])
            if not numbers or numbers[-1] != number:
                numbers.append(number)
    by_first_word: dict[str, list[tuple[list[str], str]]] = {}
    for key in owners:
        words = key.split()
        by_first_word.setdefault(words[0], []).append((words, key))
    for number, question in enumerate(bank.questions):
        for path, text in _shown(question):
            words = words_of(text).split()
            reported: set[str] = set()
            for start, word in enumerate(words):
                for answer_words, key in by_first_word.get(word, ()):
                    if key in reported or words[start : start + len(answer_words)] != answer_words:
                        continue
                    numbers = owners[key]  # in bank order, each once
                    at = bisect_left(numbers, number)
                    own = at < len(numbers) and numbers[at] == number
                    if own and len(numbers) == 1:
                        continue  # the question's own answer
                    reported.add(key)
                    other = numbers[1] if numbers[0] == number else numbers[0]
                    more = len(numbers) - own - 1
                    yield (
                        ("questions", number, *path),
                        f"'{path[0]}' shows '{key}', an accepted answer of question "
                        f"'{bank.questions[other].id}'"
                        + (f" (and {more} more)" if more else "")
                        + ", which gives it away",
                        question.id,
                    )
