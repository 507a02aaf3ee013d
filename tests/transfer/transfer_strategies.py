"""Hypothesis strategies for banks: every question type, text full of GIFT's special characters.

``gift_questions`` draws only what GIFT can express and what lint accepts (no
repeated choices, a cloze with one blank and text after it), so a round trip
through GIFT must give every question back. ``any_question`` draws all nine
types for the TOML writer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, Literal

from hypothesis import strategies as st

from quizapp.bank.lint import normal
from quizapp.bank.models import (
    Bank,
    BankInfo,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    QuestionBase,
    ShortQuestion,
    TrueFalseQuestion,
)
from quizapp.transfer.gift import CLOZE_PROMPT

# Letters, digits, GIFT's special characters and the ones that come near them
# (->, %50%, [html], <b>, &amp;, //), quotes for TOML, a few non-ASCII letters.
ALPHABET = "abcXYZ019 =~#{}:\\->%[]<>&;/'\"|_.,?!é中\n"
SPECIAL_TEXTS = (
    "%50%half",
    "[html]<b>bold</b>",
    "[markdown]*x*",
    "a -> b",
    "T",
    "FALSE",
    "//not a comment",
    "::not a title::",
    "$CATEGORY: x",
    "####",
    "\\n",
    "C:\\new",
    "&amp;",
    "<br>",
    '"""',
    "a\n\nb",
    "=",
    "~",
    "#",
    "{",
    "}",
    "{{",
    "}}",
    "_____",
    "100%",
    "x\\",
)
FLAT = "".join(char for char in ALPHABET if char not in "{}|")


def clean(text: str) -> str:
    # GIFT answers and prompts are trimmed; '->' in a matching item can only mean a pair.
    return text.replace("->", "- >").strip()


def texts(alphabet: str = ALPHABET, max_size: int = 16) -> st.SearchStrategy[str]:
    """Non-empty trimmed text, often with special characters or sequences in it."""
    drawn = st.text(alphabet, min_size=1, max_size=max_size)
    special = st.sampled_from([text for text in SPECIAL_TEXTS if set(text) <= set(alphabet)])
    mixed = st.one_of(drawn, special, st.tuples(drawn, special, drawn).map("".join))
    return mixed.map(clean).filter(bool)


def distinct(
    items: st.SearchStrategy[str],
    min_size: int,
    max_size: int,
) -> st.SearchStrategy[list[str]]:
    """Lists whose items differ even up to case and spacing (as lint requires)."""
    return st.lists(items, min_size=min_size, max_size=max_size, unique_by=normal)


ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,12}", fullmatch=True)
tags = st.from_regex(r"[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4})?", fullmatch=True)
explanations = st.one_of(st.just(""), texts(max_size=30))
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)


@st.composite
def common(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "prompt": draw(texts(max_size=30)),
        "tags": draw(st.lists(tags, max_size=2, unique=True)),
        "explanation": draw(explanations),
        "source": draw(explanations),
    }


@st.composite
def choice(draw: st.DrawFn) -> ChoiceQuestion:
    choices = draw(distinct(texts(), 2, 5))
    return ChoiceQuestion(
        type="choice",
        id="x",
        choices=choices,
        answer=draw(st.sampled_from(choices)),
        **draw(common()),
    )


@st.composite
def multi(draw: st.DrawFn) -> MultiQuestion:
    choices = draw(distinct(texts(), 2, 5))
    picks = draw(st.lists(st.booleans(), min_size=len(choices), max_size=len(choices)).filter(any))
    answers = [choice for choice, picked in zip(choices, picks, strict=True) if picked]
    return MultiQuestion(type="multi", id="x", choices=choices, answers=answers, **draw(common()))


@st.composite
def truefalse(draw: st.DrawFn) -> TrueFalseQuestion:
    return TrueFalseQuestion(type="truefalse", id="x", answer=draw(st.booleans()), **draw(common()))


@st.composite
def short(draw: st.DrawFn) -> ShortQuestion:
    answers = draw(distinct(texts(), 1, 4))
    return ShortQuestion(type="short", id="x", answers=answers, **draw(common()))


@st.composite
def number(draw: st.DrawFn) -> NumberQuestion:
    tolerance = draw(st.one_of(st.just(0.0), finite.map(abs)))
    return NumberQuestion(
        type="number", id="x", answer=draw(finite), tolerance=tolerance, **draw(common())
    )


@st.composite
def match(draw: st.DrawFn) -> MatchQuestion:
    lefts = draw(distinct(texts(), 2, 4))
    rights = draw(distinct(texts(), len(lefts), len(lefts)))
    return MatchQuestion(
        type="match", id="x", pairs=list(zip(lefts, rights, strict=True)), **draw(common())
    )


@st.composite
def cloze(draw: st.DrawFn) -> ClozeQuestion:
    """One blank with text after it: GIFT's missing-word question."""
    before = draw(st.one_of(st.just(""), st.text(FLAT, max_size=12)))
    after = draw(texts(FLAT, 12))
    alternatives = draw(distinct(texts(FLAT, 8), 1, 3))
    text = (before + "{{" + "|".join(alternatives) + "}}" + " " + after).strip()
    fields = draw(common())
    fields["prompt"] = CLOZE_PROMPT  # GIFT has no place for a cloze's prompt
    return ClozeQuestion(type="cloze", id="x", text=text, **fields)


@st.composite
def order(draw: st.DrawFn) -> OrderQuestion:
    items = draw(distinct(texts(), 2, 4))
    return OrderQuestion(type="order", id="x", items=items, **draw(common()))


@st.composite
def date(draw: st.DrawFn) -> DateQuestion:
    precision: Literal["day", "month", "year"] = draw(st.sampled_from(["day", "month", "year"]))
    answer = draw(st.dates(min_value=dt.date(1, 1, 1)))
    return DateQuestion(
        type="date",
        id="x",
        answer=answer,
        precision=precision,
        require_year=draw(st.booleans()),
        **draw(common()),
    )


GIFT_TYPES = (choice, multi, truefalse, short, number, match, cloze)
gift_question = st.one_of(*(make() for make in GIFT_TYPES))
any_question = st.one_of(*(make() for make in (*GIFT_TYPES, order, date)))


def with_settings(question: st.SearchStrategy[QuestionBase]) -> st.SearchStrategy[QuestionBase]:
    """Questions with points and time limits too (the TOML writer must carry everything)."""
    extra = st.fixed_dictionaries(
        {},
        optional={
            "points": st.floats(min_value=0.5, max_value=100, allow_nan=False),
            "time_limit": st.floats(min_value=1, max_value=600, allow_nan=False),
        },
    )
    return st.tuples(question, extra).map(lambda pair: replace(pair[0], **pair[1]))


@st.composite
def banks(draw: st.DrawFn, questions: st.SearchStrategy[QuestionBase]) -> Bank:
    """A bank of 1 to 6 questions with distinct ids."""
    drawn = draw(st.lists(questions, min_size=1, max_size=6))
    question_ids = draw(st.lists(ids, min_size=len(drawn), max_size=len(drawn), unique=True))
    info = BankInfo(id=draw(ids), title=draw(texts(max_size=20)).replace("\n", " "))
    renamed = [
        replace(question, id=question_id)
        for question, question_id in zip(drawn, question_ids, strict=True)
    ]
    return Bank(bank=info, questions=renamed)  # type: ignore[arg-type]
