"""Judging a draft against a hand-made key of an article's facts.

A key lists the facts a teacher would ask about (``key=True``: they count for
recall) and the other true facts a drafted question may ask (``key=False``).
Each fact has a kind, the expected answer, and a phrase that identifies it in a
question's prompt or source sentence.

- Recall: the share of key facts that some drafted question asks, with the right answer.
- Precision: the share of drafted questions whose expected answer is right by the key.
  A cloze is right when its blanks, filled in, give back the article's words.
- Absent: the drafted questions whose expected answer does not appear in the article.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from quizapp.bank.models import CLOZE_BLANK
from quizapp.draft.questions import DraftedQuestion
from quizapp.draft.words import MONTH_NAMES

# The kind of fact each kind of drafted question asks.
FACT_KIND = {
    "who-said": "speaker",
    "quote": "quote",
    "channel": "channel",
    "date": "date",
    "weekday": "weekday",
    "number": "number",
    "role": "role",
    "roles": "role",
    "order": "order",
}


@dataclass(frozen=True)
class Fact:
    kind: str
    answer: Any
    """A name, a channel, a date (or "April 26" / "October" with no year), a
    (value, unit, hedged) triple, or for an order: the phrases in their order."""
    where: str
    """Words that identify the fact in the question's prompt or source."""
    key: bool = True


@dataclass
class Score:
    questions: int
    right: int
    recalled: list[Fact] = field(default_factory=list)
    missed: list[Fact] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.questions if self.questions else 0.0

    @property
    def recall(self) -> float:
        found = len(self.recalled)
        return found / (found + len(self.missed)) if found + len(self.missed) else 0.0

    def summary(self, name: str) -> str:
        return (
            f"{name}: {self.questions} questions, precision {self.precision:.0%} "
            f"({self.right}/{self.questions}), recall {self.recall:.0%} "
            f"({len(self.recalled)}/{len(self.recalled) + len(self.missed)}), "
            f"{len(self.absent)} answers absent from the article"
        )


def flat(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split()).lower()


def _text_of(question: DraftedQuestion) -> str:
    return flat(question.fields["prompt"] + " " + question.source)


def _answer_of(question: DraftedQuestion) -> Any:
    fields = question.fields
    if question.kind == "number":
        return (fields["answer"], fields.get("unit", ""), bool(fields.get("tolerance")))
    if question.kind == "role":
        return fields["answers"][0]
    if question.kind == "date":
        if fields["type"] == "short":
            return fields["answers"][0]
        return fields["answer"]
    return fields.get("answer")


def _same(fact: Fact, question: DraftedQuestion) -> bool:
    """The question asks this fact and expects its answer."""
    if FACT_KIND[question.kind] != fact.kind:
        return False
    text = _text_of(question)
    if fact.kind == "order":
        return _in_order(question.fields["items"], fact.answer)
    if fact.kind == "role":
        if question.kind == "roles":
            return False  # judged pair by pair
        return flat(fact.where) in text and question.fields["answers"][0] == fact.answer
    if fact.kind == "quote":
        return flat(fact.where) in flat(question.fields["text"].replace("{{", "").replace("}}", ""))
    answer = _answer_of(question)
    if isinstance(answer, str) and isinstance(fact.answer, str):
        answer, expected = flat(answer), flat(fact.answer)
    else:
        expected = fact.answer
    return flat(fact.where) in text and answer == expected


def _in_order(items: list[str], phrases: list[str]) -> bool:
    """Every item holds one of the phrases, and the items follow the phrases' order."""
    places = []
    for item in items:
        found = [i for i, phrase in enumerate(phrases) if flat(phrase) in flat(item)]
        if len(found) != 1:
            return False
        places.append(found[0])
    return places == sorted(places)


def _right(question: DraftedQuestion, facts: list[Fact], article: str) -> bool:
    if question.kind == "quote":
        filled = CLOZE_BLANK.sub(lambda m: m.group(1).split("|")[0], question.fields["text"])
        return flat(filled).strip('"') in flat(article)
    if question.kind == "roles":
        roles = [f for f in facts if f.kind == "role"]
        return all(
            any(f.answer == name and flat(f.where) == flat(role) for f in roles)
            for name, role in question.fields["pairs"]
        )
    return any(_same(fact, question) for fact in facts)


def _words_of_answer(question: DraftedQuestion) -> list[str]:
    """What must be found in the article for the question's answer to be taken from it."""
    fields = question.fields
    kind = question.kind
    if kind == "quote":
        return [alt.split("|")[0] for alt in CLOZE_BLANK.findall(fields["text"])]
    if kind == "roles":
        return [side for pair in fields["pairs"] for side in pair]
    if kind == "order":
        return [item.rstrip("…") for item in fields["items"]]
    if kind == "role":
        return [fields["answers"][0]]
    if kind == "number":
        return [_number_written(question)]
    if kind == "date":
        answer = fields.get("answer", fields.get("answers", [""])[0])
        if isinstance(answer, dt.date):
            month = MONTH_NAMES[answer.month - 1]
            day = str(answer.day) if fields.get("precision", "day") == "day" else ""
            return [month, day] if fields.get("precision") != "year" else [str(answer.year)]
        return str(answer).split()
    return [str(fields.get("answer", ""))]


def _number_written(question: DraftedQuestion) -> str:
    """The number as the article writes it, which the explanation quotes; checked to be
    the expected answer."""
    written = question.fields["explanation"].split("“")[1].split("”")[0]
    words = written.strip("$€£").split()
    if len(words) > 1 and words[0][:1].isdigit() and words[-1] in ("million", "billion"):
        words = words[:-1]  # "410 million": the scale is part of the unit
    number = " ".join(words)
    if number[:1].isdigit():
        value = float(number.replace(",", ""))
    else:
        from text_to_num import text2num

        value = float(text2num(number.lower(), "en"))
    assert value == question.fields["answer"], (written, question.fields["answer"])
    return written


def score(questions: list[DraftedQuestion], facts: list[Fact], article: str) -> Score:
    result = Score(questions=len(questions), right=0)
    for question in questions:
        if _right(question, facts, article):
            result.right += 1
        else:
            result.wrong.append(f"{question.kind}: {question.fields}")
        for words in _words_of_answer(question):
            if words and flat(words) not in flat(article):
                result.absent.append(f"{question.kind}: {words!r}")
    for fact in facts:
        if not fact.key:
            continue
        if any(_same(fact, question) for question in questions):
            result.recalled.append(fact)
        else:
            result.missed.append(fact)
    return result
