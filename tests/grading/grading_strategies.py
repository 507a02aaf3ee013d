"""Hypothesis strategies for the grading properties: answers, variants, questions, responses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from grading_questions import choice, cloze, date, match, multi, number, order, short, truefalse
from hypothesis import strategies as st

from quizapp.grading.text import compare_key, normalise

LETTERS = "abcdefghijklmnopqrstuvwxyzàáâäçèéêëíîïñóôöúûüýøåαβγδлджщ"
WORD = st.text(alphabet=LETTERS + "0123456789'-", min_size=1, max_size=10)


def _meaningful(text: str) -> bool:
    """Text with a letter or digit that counts (punctuation-only answers have table cases)."""
    return bool(normalise(text))


answer_text = st.lists(WORD, min_size=1, max_size=4).map(" ".join).filter(_meaningful)


def distinct_texts(min_size: int, max_size: int) -> st.SearchStrategy[list[str]]:
    """Texts no two of which a lenient reader could take for each other, none a bare number."""
    return st.lists(
        answer_text.filter(lambda t: not compare_key(t, False).replace(" ", "").isdigit()),
        min_size=min_size,
        max_size=max_size,
        unique_by=lambda t: compare_key(t, False),
    )


COMBINING = ["\u0301", "\u0300", "\u0308", "\u0302", "\u0327"]


@st.composite
def variant(draw: st.DrawFn, text: str, accents: bool = True) -> str:
    """``text`` as someone else might type it: case, accents, spacing, quotes around it."""
    out = []
    for char in text:
        if char.isalpha() and draw(st.booleans()):
            char = char.upper()
        out.append(char)
        if accents and char.isascii() and char.isalpha() and draw(st.booleans()):
            out.append(draw(st.sampled_from(COMBINING)))
        if char == " ":
            out.append(" " * draw(st.integers(0, 3)))
    before = draw(st.sampled_from(["", " ", "  ", '"', "“", "(", "'", "« "]))
    after = draw(st.sampled_from(["", " ", ".", "!", '"', "”", ")", "?", " »"]))
    return before + "".join(out) + after


@st.composite
def choice_questions(draw: st.DrawFn) -> Any:
    options = draw(distinct_texts(2, 6))
    return choice(options, draw(st.sampled_from(options)))


@st.composite
def multi_questions(draw: st.DrawFn) -> Any:
    options = draw(distinct_texts(2, 6))
    answers = draw(st.lists(st.sampled_from(options), min_size=1, unique=True))
    return multi(options, answers)


@st.composite
def short_questions(draw: st.DrawFn) -> Any:
    return short(
        *draw(st.lists(answer_text, min_size=1, max_size=4)),
        fuzzy=draw(st.booleans()),
        accents=draw(st.booleans()),
    )


blank_text = answer_text.filter(lambda t: not {"{", "}", "|"} & set(t))


@st.composite
def cloze_questions(draw: st.DrawFn) -> Any:
    blanks = draw(st.lists(st.lists(blank_text, min_size=1, max_size=3), min_size=1, max_size=5))
    text = " and ".join("{{" + "|".join(alternatives) + "}}" for alternatives in blanks)
    return cloze(text, fuzzy=draw(st.booleans()), accents=draw(st.booleans()))


@st.composite
def number_questions(draw: st.DrawFn) -> Any:
    value = draw(st.integers(-(10**6), 10**6) | st.floats(-1e6, 1e6).map(lambda x: round(x, 3)))
    tolerance = draw(st.sampled_from([0, 0, 0.5, 1, 10]))
    return number(value, tolerance, draw(st.sampled_from(["", "minutes", "points", "km"])))


dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))


@st.composite
def date_questions(draw: st.DrawFn) -> Any:
    return date(
        draw(dates).isoformat(),
        draw(st.sampled_from(["day", "month", "year"])),
        draw(st.booleans()),
    )


@st.composite
def order_questions(draw: st.DrawFn) -> Any:
    return order(*draw(distinct_texts(1, 7)))


@st.composite
def match_questions(draw: st.DrawFn) -> Any:
    lefts = draw(distinct_texts(1, 6))
    rights = draw(distinct_texts(len(lefts), len(lefts)))
    return match(*zip(lefts, rights, strict=True))


questions = st.one_of(
    choice_questions(),
    multi_questions(),
    st.booleans().map(truefalse),
    short_questions(),
    cloze_questions(),
    number_questions(),
    date_questions(),
    order_questions(),
    match_questions(),
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | (st.binary(max_size=10))
)
any_response = st.recursive(
    scalars | answer_text,
    lambda inner: (
        st.lists(inner, max_size=6)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=10) | st.integers(), inner, max_size=4)
    ),
    max_leaves=12,
)
any_shown = st.none() | st.lists(st.text(max_size=10), max_size=6) | st.text(max_size=5)
