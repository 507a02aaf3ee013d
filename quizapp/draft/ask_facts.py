"""Questions on dates, numbers and roles: the article's sentence with a gap where the
fact was, or the people matched with their roles."""

from __future__ import annotations

import datetime as dt
import re

from quizapp.draft.dates import DateMention
from quizapp.draft.numbers import NumberMention
from quizapp.draft.people import Role
from quizapp.draft.questions import (
    SENTENCE_BREAK,
    DraftedQuestion,
    quoted,
    surname_answers,
    with_gap,
)
from quizapp.draft.words import MONTH_NAMES, WEEKDAYS

_MAX_PAIRS = 6
_EVENT_WORDS = 18  # an event longer than this is not shown as an item to order
_LEADING_PREPOSITIONS = ("on", "in", "from", "since", "during", "by", "until", "of", "at")


def _says(text: str) -> str:
    return f"The article says {quoted(text)}."


def date_question(mention: DateMention, year_from_option: bool) -> DraftedQuestion:
    """The date as a date question when its year is known; else typed or picked."""
    sentence = mention.sentence
    gap = quoted(with_gap(sentence.text, mention.start, mention.end))
    answer = mention.as_date()
    fields: dict[str, object]
    note = ""
    if answer is not None and year_from_option and not mention.year_given:
        note = f" ({answer.year})"
    if answer is not None:
        what = {"day": "date", "month": "month", "year": "year"}[mention.precision]
        fields = {
            "type": "date",
            "prompt": f"Which {what} goes in the gap? {gap}",
            "answer": answer,
            "precision": mention.precision,
            "explanation": _says(mention.text)[:-1] + note + ".",
        }
        if mention.precision != "day" and mention.year_given:
            fields["require_year"] = True
    elif mention.day is not None and mention.month is not None:
        month = MONTH_NAMES[mention.month - 1]
        fields = {
            "type": "short",
            "prompt": f"Which day and month go in the gap? {gap}",
            "answers": [f"{month} {mention.day}", f"{mention.day} {month}"],
            "explanation": _says(mention.text),
        }
    else:
        assert mention.month is not None
        fields = {
            "type": "choice",
            "prompt": f"Which month goes in the gap? {gap}",
            "choices": _months_around(mention.month),
            "answer": MONTH_NAMES[mention.month - 1],
            "shuffle": False,
            "explanation": _says(mention.text),
        }
    return DraftedQuestion("date", fields, sentence.text, sentence.index, ["dates"])


def _months_around(month: int) -> list[str]:
    first = min(max(month - 2, 1), 9)
    return MONTH_NAMES[first - 1 : first + 3]


def weekday_question(mention: DateMention) -> DraftedQuestion | None:
    """ "On which day of the week …?" for a date written with its weekday."""
    if mention.weekday is None:
        return None
    sentence = mention.sentence
    start = mention.start + sentence.text[mention.start : mention.end].index(mention.weekday)
    gap = quoted(with_gap(sentence.text, start, start + len(mention.weekday)))
    choices = WEEKDAYS[:5] if mention.weekday in WEEKDAYS[:5] else WEEKDAYS
    return DraftedQuestion(
        "weekday",
        {
            "type": "choice",
            "prompt": f"Which day of the week goes in the gap? {gap}",
            "choices": list(choices),
            "answer": mention.weekday,
            "shuffle": False,
            "explanation": _says(mention.text),
        },
        sentence.text,
        sentence.index,
        ["dates"],
    )


def _event(mention: DateMention) -> str | None:
    """What happened on a date, as the start of its sentence words it."""
    text = mention.sentence.text
    if re.search(r",\s*(?:who|which|whose)\b", text[: mention.start]) or text[:1] in '“"«':
        return None
    before = text[: mention.start].split()
    while before and before[-1].lower().strip(",") in _LEADING_PREPOSITIONS:
        before.pop()
    if 2 <= len(before) <= _EVENT_WORDS:
        return " ".join(before).rstrip(",;:")
    if not before:
        after = text[mention.end :].lstrip(" ,").split()[:12]
        if len(after) >= 3:
            return " ".join(after).rstrip(",;:.") + (
                "…" if len(text[mention.end :].split()) > 12 else ""
            )
    return None


def order_question(mentions: list[DateMention]) -> DraftedQuestion | None:
    """The dated events in the order they happened, when there are three or more."""
    events: dict[tuple[int, int, int], tuple[str, DateMention]] = {}
    with_year = {mention.year is not None for mention in mentions}
    if len(with_year) != 1:
        mentions = [mention for mention in mentions if mention.year is not None]
    for mention in mentions:
        if mention.month is None and mention.year is None:
            continue
        event = _event(mention)
        known = mention.sort_key() in events or any(event == other for other, _ in events.values())
        if event and not known:
            events[mention.sort_key()] = (event, mention)
    if len(events) < 3:
        return None
    ordered = [events[key] for key in sorted(events)][:6]
    first = min(mention.sentence.index for _, mention in ordered)
    sources = {mention.sentence.index: mention.sentence.text for _, mention in ordered}
    return DraftedQuestion(
        "order",
        {
            "type": "order",
            "prompt": "Put these events from the article in the order they happened, "
            "earliest first.",
            "items": [event for event, _ in ordered],
            "explanation": "In order: "
            + "; ".join(f"{mention.text}: {event}" for event, mention in ordered)
            + ".",
        },
        SENTENCE_BREAK.join(sources[index] for index in sorted(sources)),
        first,
        ["dates", "events"],
    )


def number_question(mention: NumberMention) -> DraftedQuestion:
    """The number as a number question; a hedged one ("almost") gets a tolerance."""
    sentence = mention.sentence
    gap = quoted(with_gap(sentence.text, mention.start, mention.end))
    fields: dict[str, object] = {
        "type": "number",
        "prompt": f"Which number goes in the gap? {gap}",
        "answer": int(mention.value) if mention.value.is_integer() else mention.value,
    }
    if mention.tolerance:
        tolerance = round(mention.tolerance, 6)
        fields["tolerance"] = int(tolerance) if float(tolerance).is_integer() else tolerance
    if mention.unit:
        fields["unit"] = mention.unit
    hedge = f" ({mention.hedge} {mention.written}: close answers count)" if mention.hedge else ""
    fields["explanation"] = _says(sentence.text[mention.start : mention.end]) + hedge
    return DraftedQuestion("number", fields, sentence.text, sentence.index, ["numbers"])


def role_question(role: Role, sentence_text: str) -> DraftedQuestion:
    """ "Who is Zelensky’s spokesman, according to the article?" """
    phrase = role.role
    owner_named = phrase[:1].isupper() and re.match(r"^\S+['’]s ", phrase)
    if (
        not phrase.lower().startswith(("from ", "of ", "at ", "the ", "a ", "an "))
        and not owner_named
    ):
        phrase = "the " + phrase
    if role.holder.person:
        prompt = f"Who is {phrase}, according to the article?"
        answers = surname_answers(role.holder.name)
    else:
        prompt = f"Which organisation is {phrase}, according to the article?"
        answers = [role.holder.name]
    return DraftedQuestion(
        "role",
        {
            "type": "short",
            "prompt": prompt,
            "answers": answers,
            "explanation": f"{role.holder.name}: {role.role}, as the article says.",
        },
        sentence_text,
        role.sentence,
        ["people"],
    )


def roles_match(roles: list[Role], sentences: dict[int, str]) -> DraftedQuestion | None:
    """The people and sources matched with their roles, when there are two or more."""
    chosen = roles[:_MAX_PAIRS]
    if len(chosen) < 2:
        return None
    return DraftedQuestion(
        "roles",
        {
            "type": "match",
            "prompt": "Match each name with the role the article gives it.",
            "pairs": [[role.holder.name, role.role] for role in chosen],
            "explanation": "; ".join(f"{role.holder.name}: {role.role}" for role in chosen) + ".",
        },
        SENTENCE_BREAK.join(
            sentences[index] for index in sorted({role.sentence for role in chosen})
        ),
        min(role.sentence for role in chosen),
        ["people"],
    )


def year_of(date: dt.date | None) -> int | None:
    return date.year if date else None
