"""Draft a bank from an article: find the facts, ask about each one, in article order."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from quizapp.draft.article import Article
from quizapp.draft.ask_facts import (
    date_question,
    number_question,
    order_question,
    role_question,
    roles_match,
    weekday_question,
)
from quizapp.draft.ask_quotes import quote_cloze, where_said, where_spoke, who_said
from quizapp.draft.attribution import Attributor, Statement
from quizapp.draft.dates import DateMention, find_dates
from quizapp.draft.numbers import find_numbers
from quizapp.draft.people import Speaker, acronyms, build_cast
from quizapp.draft.questions import DraftedQuestion, normal
from quizapp.draft.roles import find_channel_uses, find_roles

MAX_ARTICLE_CHARACTERS = 2_000_000
# A sentence about what is planned or expected does not date an event that happened.
_FUTURE = re.compile(r"\b(?:will|would|expected|plans?|planned|scheduled|due to|next)\b")


class NothingToAsk(Exception):
    """The article has no quotation, date, number or role to ask about."""


@dataclass
class Draft:
    """The questions drafted from one article, in the order of the article."""

    questions: list[DraftedQuestion]
    headline: str
    """The article's first line, a default title."""


def draft_questions(raw: str, year: int | None = None) -> Draft:
    """Every question the article gives, or NothingToAsk."""
    article = Article(raw[:MAX_ARTICLE_CHARACTERS])
    sentences = article.sentences
    cast = build_cast([sentence.text for sentence in sentences])
    attributor = Attributor(article, cast)
    statements = attributor.statements()
    roles = find_roles(sentences, cast)
    uses = find_channel_uses(sentences, cast)
    dates = find_dates(sentences, year)
    taken: dict[int, list[tuple[int, int]]] = {}
    for mention in dates:
        taken.setdefault(mention.sentence.index, []).append((mention.start, mention.end))
    numbers = find_numbers(sentences, taken)
    counts = Counter(word.lower() for word in re.findall(r"[A-Za-z]+", article.text))

    drafted: list[DraftedQuestion] = []
    speakers = _speakers(statements, cast.people, [r.holder for r in roles], article.text)
    channels = list(
        dict.fromkeys([s.channel for s in statements if s.channel] + [u.channel for u in uses])
    )
    for statement in statements:
        for question in (
            who_said(statement, speakers),
            quote_cloze(statement, counts),
            where_said(statement, channels),
        ):
            if question is not None:
                drafted.append(question)
    said_where = {
        (s.speaker.name, normal(s.channel)) for s in statements if s.speaker and s.channel
    }
    for use in uses:
        if (use.speaker.name, normal(use.channel)) not in said_where:
            said_where.add((use.speaker.name, normal(use.channel)))
            drafted.append(where_spoke(use, channels))
    seen_dates: set[tuple[int, int, int, bool]] = set()
    for mention in dates:
        key = (*mention.sort_key(), mention.year is None)
        if key in seen_dates:
            continue
        seen_dates.add(key)
        drafted.append(date_question(mention, year is not None))
        weekday = weekday_question(mention)
        if weekday is not None:
            drafted.append(weekday)
    order = order_question(
        [
            m
            for m in dates
            if not _in_quotation(m, attributor.masked) and not _FUTURE.search(m.sentence.text)
        ]
    )
    if order is not None:
        drafted.append(order)
    seen_numbers: set[tuple[float, str]] = set()
    for number in numbers:
        if (number.value, number.unit) not in seen_numbers:
            seen_numbers.add((number.value, number.unit))
            drafted.append(number_question(number))
    texts = {sentence.index: sentence.text for sentence in sentences}
    for role in roles:
        drafted.append(role_question(role, texts[role.sentence]))
    match = roles_match(roles, texts)
    if match is not None:
        drafted.append(match)
    if not drafted:
        raise NothingToAsk
    drafted.sort(key=lambda question: question.sentence)
    headline = sentences[0].text if sentences else ""
    return Draft(drafted, headline)


def _in_quotation(mention: DateMention, masked: str) -> bool:
    """The date is inside a quotation (its text blanked in ``masked``)."""
    start = mention.sentence.start + mention.start
    return masked[start : start + 1].isspace()


def _speakers(
    statements: list[Statement], people: list[str], holders: list[Speaker], text: str
) -> list[Speaker]:
    """Everyone who could have said something: speakers first, then other people and
    named sources, in order of first mention."""
    found: dict[str, Speaker] = {}
    for statement in statements:
        if statement.speaker:
            found.setdefault(statement.speaker.name, statement.speaker)
        if statement.reported_by:
            found.setdefault(statement.reported_by.name, statement.reported_by)
    for name in people:
        found.setdefault(name, Speaker(name, True))
    for holder in holders:
        found.setdefault(holder.name, holder)
    _ = acronyms(text)
    return list(found.values())
