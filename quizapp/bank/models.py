"""The question bank format: one pydantic model per question type.

A question type is defined here once; its grader (``quizapp.grading``) and its
answer widget (``quizapp.tui.widgets``) are found by the same ``type`` name.
Every field carries a description so the exported JSON Schema explains itself
in a teacher's editor.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, Strict

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
CLOZE_BLANK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
QUESTION_TYPES = (
    "choice", "multi", "truefalse", "short", "cloze", "number", "date", "order", "match",
)


class StrictModel(BaseModel):
    """Unknown keys are errors: a typo like ``answr`` must never pass silently.

    Values are not coerced either: ``points = "3"`` or ``answer = "yes"`` for a
    true/false question is a mistake in the bank, so it is reported, not guessed at.

    Validators are built on first validation (``defer_build``), not at import: the study
    app opens banks from the bank cache without validating, and starts that much sooner.
    The field docstrings are read only for the JSON Schema (``bank_json_schema``), not
    at import as ``use_attribute_docstrings`` would.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class BankInfo(StrictModel):
    """The ``[bank]`` table: what the bank is."""

    id: str = Field(pattern=ID_PATTERN, max_length=100)
    """Stable key under which progress is kept. Never reuse it for another bank."""
    title: str = Field(min_length=1, max_length=200)
    """Shown on the home screen."""
    description: str = ""
    """A sentence or two on what the bank covers."""
    language: str = "en"
    """Language of the questions (BCP 47 tag, e.g. "en", "de")."""
    version: int = Field(default=1, ge=1)
    """Bump it when you change the bank in a way learners should notice."""


class QuestionBase(StrictModel):
    """Fields every question has."""

    id: str = Field(pattern=ID_PATTERN, max_length=100)
    """Unique within the bank and stable across edits: progress is kept under it."""
    prompt: str
    """The question as the learner sees it. Shown literally, never as markup."""
    tags: list[str] = Field(default_factory=list)
    """Topics for filtering sessions (``--tag``) and per-tag results."""
    points: float = Field(default=1, gt=0)
    """What a fully correct answer is worth."""
    time_limit: float | None = Field(default=None, gt=0)
    """Seconds allowed for this question; overrides the session's per-question limit."""
    explanation: str = ""
    """Shown after the question is answered: why the answer is what it is."""

    def content_hash(self) -> str:
        """A short hash of everything the learner is graded on, so an edit is noticed.

        The fields as compact JSON, in the order they are declared (what
        ``model_dump_json`` writes, without building pydantic's serializer).
        """
        payload = {name: getattr(self, name) for name in type(self).model_fields
                   if name not in _NOT_GRADED}
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"),
                          default=_json_value)
        return hashlib.sha256(text.encode()).hexdigest()[:16]


_NOT_GRADED = frozenset({"tags", "points", "time_limit", "explanation"})


def _json_value(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot hash a {type(value).__name__}")


class ChoiceQuestion(QuestionBase):
    """Pick one of several choices."""

    type: Literal["choice"]
    """The question type: pick one of several choices."""
    choices: list[str] = Field(min_length=2)
    """The options, in the order written (shuffled when shown unless ``shuffle = false``)."""
    answer: str
    """The right choice, written exactly as in ``choices``."""
    shuffle: bool = True
    """Shuffle the choices when shown. Turn off for "all of the above" style lists."""


class MultiQuestion(QuestionBase):
    """Pick every right choice; partial credit."""

    type: Literal["multi"]
    """The question type: pick every right choice."""
    choices: list[str] = Field(min_length=2)
    """The options, in the order written."""
    answers: list[str] = Field(min_length=1)
    """Every right choice, each written exactly as in ``choices``."""
    shuffle: bool = True
    """Shuffle the choices when shown."""


class TrueFalseQuestion(QuestionBase):
    """A statement that is true or false."""

    type: Literal["truefalse"]
    """The question type: a statement that is true or false."""
    answer: bool
    """``true`` or ``false``."""


class ShortQuestion(QuestionBase):
    """A typed answer, checked against accepted strings."""

    type: Literal["short"]
    """The question type: a typed answer."""
    answers: list[str] = Field(min_length=1)
    """Accepted answers; the first is shown as the expected one."""
    fuzzy: bool = True
    """Forgive small typos in longer answers."""
    accents: bool = False
    """Accents matter (``é`` is not ``e``)."""


class ClozeQuestion(QuestionBase):
    """A text with blanks: ``{{answer}}`` or ``{{answer|alternative}}``."""

    type: Literal["cloze"]
    """The question type: a text with blanks to fill in."""
    text: str
    """The text; each ``{{...}}`` is a blank, ``|`` separates accepted alternatives."""
    fuzzy: bool = True
    """Forgive small typos in longer blanks."""
    accents: bool = False
    """Accents matter in the blanks."""

    def blanks(self) -> list[list[str]]:
        """The accepted alternatives of each blank, in order."""
        return [
            [alt.strip() for alt in match.split("|") if alt.strip()]
            for match in CLOZE_BLANK.findall(self.text)
        ]

    def text_parts(self) -> list[str]:
        """The literal text around the blanks: one more part than there are blanks."""
        return CLOZE_BLANK.split(self.text)[::2]


class NumberQuestion(QuestionBase):
    """A number, with an optional tolerance and unit."""

    type: Literal["number"]
    """The question type: a number."""
    answer: float
    """The right value."""
    tolerance: float = 0
    """Accepted absolute difference from ``answer``."""
    unit: str = ""
    """Unit shown after the answer (e.g. "minutes"); the learner may type it or not."""


class DateQuestion(QuestionBase):
    """A calendar date."""

    type: Literal["date"]
    """The question type: a calendar date."""
    # Not strict: a quoted "2023-04-26" is unambiguous, so it is accepted as a date.
    answer: Annotated[dt.date, Strict(False)]
    """The right date, as a TOML date (``2023-04-26``)."""
    precision: Literal["day", "month", "year"] = "day"
    """How much of the date is asked for."""
    require_year: bool = False
    """Refuse an answer that leaves out the year."""


class OrderQuestion(QuestionBase):
    """Put items in the right order; partial credit."""

    type: Literal["order"]
    """The question type: put items in order."""
    items: list[str] = Field(min_length=1)
    """The items in the right order (shown shuffled)."""


class MatchQuestion(QuestionBase):
    """Match each left item with its right item; credit per pair."""

    type: Literal["match"]
    """The question type: match left items with right items."""
    # Not strict: TOML has no tuples, a pair is written as a two-item array.
    pairs: list[Annotated[tuple[str, str], Strict(False)]] = Field(min_length=1)
    """``[["left", "right"], ...]``: each left item with the right item it belongs to."""


Question = Annotated[
    ChoiceQuestion
    | MultiQuestion
    | TrueFalseQuestion
    | ShortQuestion
    | ClozeQuestion
    | NumberQuestion
    | DateQuestion
    | OrderQuestion
    | MatchQuestion,
    Field(discriminator="type"),
]


class Bank(StrictModel):
    """A question bank file: a ``[bank]`` table and ``[[questions]]``."""

    bank: BankInfo
    """What the bank is."""
    questions: list[Question] = Field(min_length=1)
    """The questions, each a ``[[questions]]`` table."""

    _path: str = PrivateAttr(default="")

    @property
    def id(self) -> str:
        return self.bank.id

    @property
    def title(self) -> str:
        return self.bank.title

    @property
    def path(self) -> str:
        """The file this bank was loaded from ("" if built in memory)."""
        return self._path

    def question(self, question_id: str) -> QuestionBase | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def tags(self) -> list[str]:
        return sorted({tag for q in self.questions for tag in q.tags})


QUESTION_MODELS: dict[str, type[QuestionBase]] = {
    model.model_fields["type"].annotation.__args__[0]: model  # type: ignore[union-attr]
    for model in (ChoiceQuestion, MultiQuestion, TrueFalseQuestion, ShortQuestion, ClozeQuestion,
                  NumberQuestion, DateQuestion, OrderQuestion, MatchQuestion)
}
"""Each question type's name -> its model."""


def question_model(type_name: object) -> type[QuestionBase] | None:
    """The model of a question type by its ``type`` name, or None for an unknown one."""
    return QUESTION_MODELS.get(type_name) if isinstance(type_name, str) else None


def bank_json_schema() -> dict[str, object]:
    """The JSON Schema of a bank file, for editors that complete and validate TOML.

    Every field is described by its docstring in this module.
    """
    schema = Bank.model_json_schema()
    definitions = schema.get("$defs", {})
    models: list[type[BaseModel]] = [Bank, BankInfo, *QUESTION_MODELS.values()]
    for model in models:
        definition = schema if model is Bank else definitions.get(model.__name__)
        if definition is None:
            continue
        docs = _field_docstrings(model)
        for name, sub in definition.get("properties", {}).items():
            if name in docs:
                sub.setdefault("description", docs[name])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "quizapp question bank",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def _field_docstrings(model: type[BaseModel]) -> dict[str, str]:
    """Each field's docstring (the string right after it), the model's own over its bases'."""
    import ast
    import inspect

    docs: dict[str, str] = {}
    for cls in reversed([c for c in model.__mro__ if c.__module__ == __name__]):
        (tree,) = ast.parse(inspect.cleandoc("\n" + inspect.getsource(cls))).body
        assert isinstance(tree, ast.ClassDef)
        for statement, following in zip(tree.body, tree.body[1:], strict=False):
            if (isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
                    and isinstance(following, ast.Expr)
                    and isinstance(following.value, ast.Constant)
                    and isinstance(following.value.value, str)):
                docs[statement.target.id] = inspect.cleandoc(following.value.value)
    return docs
