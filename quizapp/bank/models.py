"""The question bank format: one record class per question type.

A question type is defined here once; its grader (``quizapp.grading``) and its
answer widget (``quizapp.tui.widgets``) are found by the same ``type`` name.
Every field carries a docstring, which the exported JSON Schema uses to explain
the field in a teacher's editor.

The records are frozen dataclasses, not pydantic models: a bank read back from the
bank cache needs nothing but these classes, and pydantic is imported only to check a
bank file, in ``quizapp.bank.validation`` (quizapp/SPEED.md, "The bank models", has the
decision and its cost). Pydantic validates these same classes as it would its own
dataclasses: each field's type, with pydantic's ``Field`` options in ``Annotated``
(through the stand-in ``quizapp.bank.record.Field``), and the docstring under each field
as its description.
"""

import dataclasses
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal, get_args

from quizapp.bank.record import Field, Record, StrictBool, StrictFloat, StrictInt, field_names

if TYPE_CHECKING:
    from random import Random

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
CLOZE_BLANK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
QUESTION_TYPES = (
    "choice",
    "multi",
    "truefalse",
    "short",
    "cloze",
    "number",
    "date",
    "order",
    "match",
)


Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=100)]

# Limits a bank is checked against, so that nothing that passes ``check`` can overflow a
# timer or a score, or make grading and display slow (they compare lists of this size).
MAX_POINTS = 1000
MIN_POINTS = 0.01
MAX_TIME_LIMIT = 86_400
"""Seconds: a day."""
MAX_OPTIONS = 100
"""Choices, order items or match pairs in one question."""
Points = Annotated[StrictFloat, Field(ge=MIN_POINTS, le=MAX_POINTS, allow_inf_nan=False)]
Seconds = Annotated[StrictFloat, Field(gt=0, le=MAX_TIME_LIMIT, allow_inf_nan=False)]


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class BankInfo(Record):
    """The ``[bank]`` table: what the bank is."""

    id: Id
    """Stable key under which progress is kept. Never reuse it for another bank."""
    title: Annotated[str, Field(min_length=1, max_length=200)]
    """Shown on the home screen."""
    description: str = ""
    """A sentence or two on what the bank covers."""
    language: str = "en"
    """Language of the questions (BCP 47 tag, e.g. "en", "de")."""
    version: Annotated[StrictInt, Field(ge=1)] = 1
    """Bump it when you change the bank in a way learners should notice."""


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class QuestionBase(Record):
    """Fields every question has."""

    id: Id
    """Unique within the bank and stable across edits: progress is kept under it."""
    prompt: str
    """The question as the learner sees it. Shown literally, never as markup."""
    tags: list[str] = dataclasses.field(default_factory=list)
    """Topics for filtering sessions (``--tag``) and per-tag results."""
    points: Points = 1
    """What a fully correct answer is worth (0.01 to 1000)."""
    time_limit: Seconds | None = None
    """Seconds allowed for this question (at most a day); overrides the session's
    per-question limit."""
    explanation: str = ""
    """Shown after the question is answered: why the answer is what it is."""
    source: str = ""
    """The sentence of the source text (the article the bank is built on) that the
    question's fact comes from, copied word for word, so that a reviewer can check the
    question against it. For whoever writes or reviews the bank: learners are not shown it."""

    typed_answer: ClassVar[bool] = False
    """The learner writes the answer in their own words, so a grader can miss a right answer
    put another way: the learner may judge it right ("I was right")."""

    def content_hash(self) -> str:
        """A short hash of everything the learner is graded on, so an edit is noticed.

        The fields as compact JSON, in the order they are declared (what pydantic's
        ``dump_json`` writes, and what progress files store: keep it stable).
        """
        import json  # deferred: quizapp/SPEED.md

        payload = {
            name: getattr(self, name) for name in field_names(type(self)) if name not in _NOT_GRADED
        }
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=_json_value)
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def display_order(self, rng: "Random", shuffle: bool) -> tuple[str, ...] | None:
        """The options in the order a session shows them (None for a type that shows
        none). ``shuffle`` is the session's wish; some types shuffle regardless."""
        return None


_NOT_GRADED = frozenset({"tags", "points", "time_limit", "explanation", "source"})


def _shuffled(options: list[str], rng: "Random", shuffle: bool) -> tuple[str, ...]:
    if shuffle:
        rng.shuffle(options)
    return tuple(options)


def _shuffled_away(right: list[str], rng: "Random") -> tuple[str, ...]:
    """A shuffle that is not the right order (when the items allow one)."""
    options = list(right)
    if len(set(options)) < 2:
        return tuple(options)
    while options == right:
        rng.shuffle(options)
    return tuple(options)


def _json_value(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot hash a {type(value).__name__}")


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class ChoiceQuestion(QuestionBase):
    """Pick one of several choices."""

    type: Literal["choice"]
    """The question type: pick one of several choices."""
    choices: Annotated[list[str], Field(min_length=2, max_length=MAX_OPTIONS)]
    """The options (at most 100), in the order written (shuffled when shown unless
    ``shuffle = false``)."""
    answer: str
    """The right choice, written exactly as in ``choices``."""
    shuffle: StrictBool = True
    """Shuffle the choices when shown. Turn off for "all of the above" style lists."""

    def display_order(self, rng: "Random", shuffle: bool) -> tuple[str, ...]:
        return _shuffled(list(self.choices), rng, shuffle and self.shuffle)


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class MultiQuestion(QuestionBase):
    """Pick every right choice; partial credit."""

    type: Literal["multi"]
    """The question type: pick every right choice."""
    choices: Annotated[list[str], Field(min_length=2, max_length=MAX_OPTIONS)]
    """The options (at most 100), in the order written."""
    answers: Annotated[list[str], Field(min_length=1)]
    """Every right choice, each written exactly as in ``choices``."""
    shuffle: StrictBool = True
    """Shuffle the choices when shown."""

    def display_order(self, rng: "Random", shuffle: bool) -> tuple[str, ...]:
        return _shuffled(list(self.choices), rng, shuffle and self.shuffle)


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class TrueFalseQuestion(QuestionBase):
    """A statement that is true or false."""

    type: Literal["truefalse"]
    """The question type: a statement that is true or false."""
    answer: StrictBool
    """``true`` or ``false``."""


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class ShortQuestion(QuestionBase):
    """A typed answer, checked against accepted strings."""

    typed_answer: ClassVar[bool] = True

    type: Literal["short"]
    """The question type: a typed answer."""
    answers: Annotated[list[str], Field(min_length=1)]
    """Accepted answers; the first is shown as the expected one."""
    fuzzy: StrictBool = True
    """Forgive small typos in longer answers."""
    accents: StrictBool = False
    """Accents matter (``é`` is not ``e``)."""


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class ClozeQuestion(QuestionBase):
    """A text with blanks: ``{{answer}}`` or ``{{answer|alternative}}``."""

    typed_answer: ClassVar[bool] = True

    type: Literal["cloze"]
    """The question type: a text with blanks to fill in."""
    text: str
    """The text; each ``{{...}}`` is a blank, ``|`` separates accepted alternatives."""
    fuzzy: StrictBool = True
    """Forgive small typos in longer blanks."""
    accents: StrictBool = False
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


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class NumberQuestion(QuestionBase):
    """A number, with an optional tolerance and unit."""

    typed_answer: ClassVar[bool] = True

    type: Literal["number"]
    """The question type: a number."""
    answer: StrictFloat
    """The right value."""
    tolerance: StrictFloat = 0
    """Accepted absolute difference from ``answer``."""
    unit: str = ""
    """Unit shown after the answer (e.g. "minutes"); the learner may type it or not."""


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class DateQuestion(QuestionBase):
    """A calendar date."""

    typed_answer: ClassVar[bool] = True

    type: Literal["date"]
    """The question type: a calendar date."""
    # A quoted "2023-04-26" is unambiguous, so it is taken as a date too (not strict).
    answer: dt.date
    """The right date, as a TOML date (``2023-04-26``)."""
    precision: Literal["day", "month", "year"] = "day"
    """How much of the date is asked for."""
    require_year: StrictBool = False
    """Refuse an answer that leaves out the year."""


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class OrderQuestion(QuestionBase):
    """Put items in the right order; partial credit."""

    type: Literal["order"]
    """The question type: put items in order."""
    items: Annotated[list[str], Field(min_length=1, max_length=MAX_OPTIONS)]
    """The items (at most 100) in the right order (shown shuffled)."""

    def display_order(self, rng: "Random", shuffle: bool) -> tuple[str, ...]:
        # Always shuffled: as written, the question would show its answer.
        return _shuffled_away(list(self.items), rng)


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class MatchQuestion(QuestionBase):
    """Match each left item with its right item; credit per pair."""

    type: Literal["match"]
    """The question type: match left items with right items."""
    pairs: Annotated[list[tuple[str, str]], Field(min_length=1, max_length=MAX_OPTIONS)]
    """``[["left", "right"], ...]``: each left item with the right item it belongs to
    (at most 100 pairs)."""

    def display_order(self, rng: "Random", shuffle: bool) -> tuple[str, ...]:
        """The right-hand sides, always shuffled: as written, the pairs would line up."""
        return _shuffled_away([right for _, right in self.pairs], rng)


Question = (
    ChoiceQuestion
    | MultiQuestion
    | TrueFalseQuestion
    | ShortQuestion
    | ClozeQuestion
    | NumberQuestion
    | DateQuestion
    | OrderQuestion
    | MatchQuestion
)
"""Any question."""
TaggedQuestion = Annotated[Question, Field(discriminator="type")]
"""Any question, its type told by its ``type`` key."""


@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class Bank(Record):
    """A question bank file: a ``[bank]`` table and ``[[questions]]``."""

    bank: BankInfo
    """What the bank is."""
    questions: Annotated[list[TaggedQuestion], Field(min_length=1)]
    """The questions, each a ``[[questions]]`` table."""
    path: str = dataclasses.field(default="", init=False, compare=False)
    """The file this bank was loaded from ("" if built in memory). Not a key of the file."""

    def located(self, path: str) -> "Bank":
        """This bank, marked as read from ``path`` (once, by whoever read it)."""
        object.__setattr__(self, "path", path)  # frozen: only the reader sets it
        return self

    @property
    def id(self) -> str:
        return self.bank.id

    @property
    def title(self) -> str:
        return self.bank.title

    def question(self, question_id: str) -> QuestionBase | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def tags(self) -> list[str]:
        return sorted({tag for q in self.questions for tag in q.tags})


QUESTION_MODELS: dict[str, type[QuestionBase]] = {
    get_args(model.__annotations__["type"])[0]: model for model in get_args(Question)
}
"""Each question type's name -> its model."""


def question_model(type_name: object) -> type[QuestionBase] | None:
    """The model of a question type by its ``type`` name, or None for an unknown one."""
    return QUESTION_MODELS.get(type_name) if isinstance(type_name, str) else None
