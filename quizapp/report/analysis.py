"""Item analysis of a class's answers, as Moodle's quiz statistics define it.

Each learner's **first** attempt at a question counts for the facility index and the
discrimination index (later attempts come after the feedback, so they measure the
feedback rather than the class); attempts, wrong answers, times, timeouts and
overrides count every attempt.

- facility: the mean first-attempt score, in %;
- discrimination: the correlation, across learners, between the first-attempt score on
  this question and the mean first-attempt score on the rest of the bank (Moodle's
  "rest of the quiz"), in %; none when fewer than two learners answered something else
  too, or when either side does not vary;
- the most common wrong answers, with counts (for a choice question: how often each
  distractor was picked);
- flags: facility under 20 % or over 95 %, discrimination below 0 ("check the key"),
  a typed question whose most common wrong answer is close to the key.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from quizapp.bank.models import Bank, QuestionBase
from quizapp.grading import expected_answer, normalise
from quizapp.grading.graders import grader_for
from quizapp.report.sources import (
    TIME_STEP_MS,
    ClassAnswers,
    LearnerAnswers,
    QuestionKey,
    Tally,
)

HARD_BELOW = 20.0
EASY_ABOVE = 95.0
WRONG_ANSWERS_SHOWN = 3


@dataclass(frozen=True)
class WrongAnswer:
    response: str
    count: int


@dataclass(frozen=True)
class QuestionStats:
    bank: str
    question: str
    prompt: str | None
    """None when the question's bank was not given."""
    type: str | None
    tags: tuple[str, ...]
    attempts: int
    learners: int
    facility: float
    """Mean first-attempt score, 0..100."""
    discrimination: float | None
    """Correlation with the rest of the bank, -100..100."""
    wrong_answers: tuple[WrongAnswer, ...]
    distractors: tuple[WrongAnswer, ...]
    """Choice questions: every wrong option with how often it was picked (0 included)."""
    median_time_s: float
    timed_out: int
    overrides: int
    flags: tuple[str, ...]


@dataclass(frozen=True)
class TagScore:
    tag: str
    facility: float
    answers: int
    """First attempts counted."""


@dataclass(frozen=True)
class LearnerStats:
    name: str
    answered: int
    """Distinct questions answered."""
    attempts: int
    score: float
    """Mean first-attempt score, 0..100."""
    time_s: float
    tags: tuple[TagScore, ...]
    last_answer_at: str = ""
    """ISO 8601 UTC; empty when unknown."""


@dataclass(frozen=True)
class ClassReport:
    questions: tuple[QuestionStats, ...]
    learners: tuple[LearnerStats, ...]
    tags: tuple[TagScore, ...]
    attempts: int = 0
    unknown_banks: tuple[str, ...] = field(default=())
    """Bank ids answered whose bank file was not given: their questions show ids only."""


def analyse(answers: ClassAnswers, banks: Sequence[Bank]) -> ClassReport:
    """The item analysis of everything in ``answers``; ``banks`` give prompts, types,
    tags and keys (a question whose bank is missing is still counted)."""
    questions = {(bank.id, q.id): q for bank in banks for q in bank.questions}
    by_question: dict[QuestionKey, list[tuple[str, Tally]]] = defaultdict(list)
    for learner_key, learner in answers.learners.items():
        for key, tally in learner.tallies.items():
            by_question[key].append((learner_key, tally))
    rest = _rest_of_bank(answers)
    items = [
        _question_stats(
            key,
            tallies,
            questions.get(key),
            rest,
            answers.wrong.get(key, Counter()),
            answers.times.get(key, Counter()),
        )
        for key, tallies in by_question.items()
    ]
    order = {key: n for n, key in enumerate(questions)}
    items.sort(
        key=lambda item: (
            item.bank,
            order.get((item.bank, item.question), len(order)),
            item.question,
        )
    )
    learners = sorted(
        (_learner_stats(learner, questions) for learner in answers.learners.values()),
        key=lambda learner: learner.name.casefold(),
    )
    known_banks = {bank.id for bank in banks}
    return ClassReport(
        questions=tuple(items),
        learners=tuple(learners),
        tags=_tag_scores(
            (questions.get(key), tally)
            for learner in answers.learners.values()
            for key, tally in learner.tallies.items()
        ),
        attempts=sum(item.attempts for item in items),
        unknown_banks=tuple(sorted({item.bank for item in items} - known_banks)),
    )


RestOfBank = dict[tuple[str, str], tuple[float, int]]
"""(learner key, bank id) -> (sum of first-attempt scores, questions answered)."""


def _rest_of_bank(answers: ClassAnswers) -> RestOfBank:
    totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0])
    for learner_key, learner in answers.learners.items():
        for (bank, _question), tally in learner.tallies.items():
            total = totals[(learner_key, bank)]
            total[0] += tally.first_score
            total[1] += 1
    return {key: (total[0], int(total[1])) for key, total in totals.items()}


def _question_stats(
    key: QuestionKey,
    tallies: list[tuple[str, Tally]],
    question: QuestionBase | None,
    rest: RestOfBank,
    wrong: Counter[str],
    times: Counter[int],
) -> QuestionStats:
    bank, question_id = key
    firsts = [tally.first_score for _, tally in tallies]
    facility = 100 * sum(firsts) / len(firsts)
    pairs = []
    for learner_key, tally in tallies:
        total, count = rest[(learner_key, bank)]
        if count > 1:
            pairs.append((tally.first_score, (total - tally.first_score) / (count - 1)))
    correlation = pearson(pairs)
    common = tuple(
        WrongAnswer(response, count)
        for response, count in sorted(wrong.items(), key=lambda item: (-item[1], item[0]))
    )
    distractors = _distractors(question, wrong)
    discrimination = None if correlation is None else 100 * correlation
    stats = QuestionStats(
        bank=bank,
        question=question_id,
        prompt=question.prompt if question is not None else None,
        type=str(getattr(question, "type", "")) or None,
        tags=tuple(question.tags) if question is not None else (),
        attempts=sum(tally.attempts for _, tally in tallies),
        learners=len(tallies),
        facility=facility,
        discrimination=discrimination,
        wrong_answers=common[:WRONG_ANSWERS_SHOWN],
        distractors=distractors,
        median_time_s=median_of_counts(times) * TIME_STEP_MS / 1000,
        timed_out=sum(tally.timed_out for _, tally in tallies),
        overrides=sum(tally.overrides for _, tally in tallies),
        flags=(),
    )
    return _with_flags(stats, question, common[0].response if common else None)


def _distractors(question: QuestionBase | None, wrong: Counter[str]) -> tuple[WrongAnswer, ...]:
    if question is None or not grader_for(question).picks_one_option:
        return ()
    key = grader_for(question).expected(question)
    choices = getattr(question, "choices", ())
    return tuple(WrongAnswer(choice, wrong.get(choice, 0)) for choice in choices if choice != key)


def _with_flags(
    stats: QuestionStats, question: QuestionBase | None, top_wrong: str | None
) -> QuestionStats:
    flags = []
    if stats.facility < HARD_BELOW:
        flags.append(f"hard: facility under {HARD_BELOW:.0f} %")
    elif stats.facility > EASY_ABOVE:
        flags.append(f"easy: facility over {EASY_ABOVE:.0f} %")
    if stats.discrimination is not None and stats.discrimination < 0:
        flags.append("check the key: negative discrimination")
    if question is not None and top_wrong is not None and close_to_key(question, top_wrong):
        flags.append(f"consider accepting {top_wrong!r}")
    return replace(stats, flags=tuple(flags))


def close_to_key(question: QuestionBase, response: str) -> bool:
    """Whether a wrong answer to a typed question is near enough the key that a teacher
    may want to accept it: a letter off for every three of the key ("Dnepr" for
    "Dnipro", not "Lviv" for "Kyiv"), or the key with words added or left out."""
    if not grader_for(question).typed:
        return False
    given, key = normalise(response), normalise(expected_answer(question))
    if not given or not key or given == key:
        return False
    shorter = min(len(given), len(key))
    if shorter >= 4 and (given in key or key in given):
        return True
    from rapidfuzz.distance import Levenshtein  # deferred: quizapp/SPEED.md

    return len(key) >= 4 and Levenshtein.distance(given, key) <= len(key) // 3


def _learner_stats(
    learner: LearnerAnswers, questions: Mapping[QuestionKey, QuestionBase]
) -> LearnerStats:
    tallies = learner.tallies
    firsts = [tally.first_score for tally in tallies.values()]
    return LearnerStats(
        name=learner.name,
        answered=len(tallies),
        attempts=sum(tally.attempts for tally in tallies.values()),
        score=100 * sum(firsts) / len(firsts) if firsts else 0.0,
        time_s=sum(tally.elapsed_ms for tally in tallies.values()) / 1000,
        tags=_tag_scores((questions.get(key), tally) for key, tally in tallies.items()),
        last_answer_at=learner.last_at,
    )


def _tag_scores(pairs: Iterable[tuple[QuestionBase | None, Tally]]) -> tuple[TagScore, ...]:
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    for question, tally in pairs:
        for tag in question.tags if question is not None else ():
            totals[tag][0] += tally.first_score
            totals[tag][1] += 1
    return tuple(
        TagScore(tag, 100 * total / count, int(count))
        for tag, (total, count) in sorted(totals.items())
    )


def pearson(pairs: Sequence[tuple[float, float]]) -> float | None:
    """The correlation of the pairs, or None when it is undefined (fewer than two pairs,
    or no spread on one side)."""
    n = len(pairs)
    if n < 2:
        return None
    mean_x = sum(x for x, _ in pairs) / n
    mean_y = sum(y for _, y in pairs) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in pairs)
    sxx = sum((x - mean_x) ** 2 for x, _ in pairs)
    syy = sum((y - mean_y) ** 2 for _, y in pairs)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sxy / math.sqrt(sxx * syy)


def median_of_counts(counts: Counter[int]) -> float:
    """The median of values given as value -> how many times (0 for none)."""
    total = sum(counts.values())
    if not total:
        return 0.0
    ordered = sorted(counts.items())
    lower_rank, upper_rank = (total - 1) // 2, total // 2
    lower = upper = None
    seen = 0
    for value, count in ordered:
        if lower is None and seen + count > lower_rank:
            lower = value
        if seen + count > upper_rank:
            upper = value
            break
        seen += count
    assert lower is not None and upper is not None
    return (lower + upper) / 2
