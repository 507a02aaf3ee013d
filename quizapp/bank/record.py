"""The base of the bank's records: frozen stdlib dataclasses that pydantic validates on
demand (quizapp/SPEED.md, "The bank models", says why they are not pydantic models), and
``Field``, which stands in for pydantic's ``Field`` in their ``Annotated`` field types.

Pydantic is imported only when a bank is validated (``quizapp.bank.validation``, and
``Field``'s hook, which pydantic calls then); these classes never need it to be built,
compared or read back from the bank cache.
"""

import dataclasses
from typing import Annotated, Any, ClassVar


class Field:
    """``pydantic.Field(...)`` in an ``Annotated`` field type, made only when pydantic
    validates: ``Annotated[str, Field(pattern=..., max_length=100)]`` means what it means
    with pydantic's own ``Field``, without importing pydantic with the models.

    It takes ``Field``'s keyword arguments (``min_length``, ``ge``, ``pattern``,
    ``strict``, ``discriminator``...) and gives them to pydantic through pydantic's hook
    for annotations; the JSON Schema states them. Annotation only: a default value is
    written the dataclass way.
    """

    def __init__(self, **options: Any) -> None:
        self.options = options

    def __repr__(self) -> str:
        return f"Field({', '.join(f'{key}={value!r}' for key, value in self.options.items())})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        import pydantic  # deferred: quizapp/SPEED.md

        return handler(Annotated[source, pydantic.Field(**self.options)])


# Pydantic's strict types, spelled as pydantic spells them: the value must already be of
# the type, so ``points = "3"`` or ``answer = "yes"`` is an error, not a guess.
StrictBool = Annotated[bool, Field(strict=True)]
StrictInt = Annotated[int, Field(strict=True)]
StrictFloat = Annotated[float, Field(strict=True)]


class Record:
    """Base of the bank's records (each a frozen dataclass; keyword-only, so that a
    question type's required fields may follow the optional ones every question has).

    Unknown keys are errors: a typo like ``answr`` must never pass silently.

    Values are not coerced either: ``points = "3"`` or ``answer = "yes"`` for a
    true/false question is a mistake in the bank, so every number and true/false field
    is one of the strict types above. Nothing else a TOML value can be is coerced, but
    a pair written as an array (TOML has no tuples) and, for a date, what pydantic's lax
    date takes: a quoted date, a date-time at midnight, or a whole number of seconds (or,
    if large, milliseconds) since 1970 that falls on a midnight.
    """

    __dataclass_fields__: ClassVar[dict[str, "dataclasses.Field[Any]"]]  # set by @dataclass
    __pydantic_config__: ClassVar[dict[str, Any]] = {
        "extra": "forbid",
        "use_attribute_docstrings": True,  # the JSON Schema's field descriptions
    }

    # Equality and repr are written once here, not generated for each record (eq=False,
    # repr=False): generating them adds over half to the time these classes take to build,
    # which the study app pays before its first question (quizapp/SPEED.md). Defining __eq__
    # makes records unhashable, as a dataclass with eq=True holding lists is.
    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            getattr(self, field.name) == getattr(other, field.name)
            for field in dataclasses.fields(self)
            if field.compare
        )

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{field.name}={getattr(self, field.name)!r}"
            for field in dataclasses.fields(self)
            if field.repr
        )
        return f"{type(self).__name__}({shown})"


def field_names(record_class: type) -> list[str]:
    """The keys a record is written with, in the order they are declared."""
    return [field.name for field in dataclasses.fields(record_class) if field.init]


def field_default(record_class: type, name: str) -> Any:
    """The value an optional field takes when it is left out (``MISSING`` if required)."""
    field = next(f for f in dataclasses.fields(record_class) if f.name == name)
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return field.default
