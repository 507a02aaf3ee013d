"""The base of the bank's records: frozen stdlib dataclasses that pydantic validates on
demand (quizapp/SPEED.md says why they are not pydantic models), and the field limits
pydantic applies to them.

Only ``quizapp.bank.validation`` imports pydantic; these classes never need it to be
built, compared or read back from the bank cache.
"""

import dataclasses
from typing import Annotated, Any, ClassVar


class Limits:
    """What a field's value must satisfy beyond its type, in the terms of pydantic's
    ``Field`` (``min_length``, ``gt``, ``pattern``, ``strict``, ``discriminator``...).

    Pydantic applies them when it validates a bank (it calls the hook below, importing
    pydantic only then); the JSON Schema states them.
    """

    def __init__(self, **rules: Any) -> None:
        self.rules = rules

    def __repr__(self) -> str:
        return f"Limits({', '.join(f'{key}={value!r}' for key, value in self.rules.items())})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic import Field  # deferred: quizapp/SPEED.md

        return handler(Annotated[source, Field(**self.rules)])


class Record:
    """Base of the bank's records (each a frozen dataclass; keyword-only, so that a
    question type's required fields may follow the optional ones every question has).

    Unknown keys are errors: a typo like ``answr`` must never pass silently.

    Values are not coerced either: ``points = "3"`` or ``answer = "yes"`` for a
    true/false question is a mistake in the bank, so it is reported, not guessed at.
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid", "strict": True}

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        schema = handler(source)
        # Strict for the values only: in strict mode pydantic would take nothing but an
        # instance of the class itself, and a TOML table arrives as a dict.
        schema["strict"] = False
        return schema

    # Equality and repr are written once here, not generated for each record (eq=False,
    # repr=False): generating them was a third of this module's import time, which the
    # study app pays before its first question. Defining __eq__ makes records unhashable,
    # as a dataclass with eq=True holding lists is.
    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            getattr(self, field.name) == getattr(other, field.name)
            for field in dataclasses.fields(self)  # type: ignore[arg-type]
            if field.compare
        )

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{field.name}={getattr(self, field.name)!r}"
            for field in dataclasses.fields(self)  # type: ignore[arg-type]
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
