"""Validating bank data against the records of ``quizapp.bank.models``, with pydantic.

Only a bank file being checked (or a question being imported) needs this module:
a bank read from the bank cache is built from the records without it. The validators
are built on first use, from the records' field types and their ``Field`` options.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError

from quizapp.bank.models import QUESTION_MODELS, Bank, Question, QuestionBase, TaggedQuestion

__all__ = ["ValidationError", "bank_json_schema", "validate_bank", "validate_question"]


@cache
def _bank_adapter() -> TypeAdapter[Bank]:
    return TypeAdapter(Bank)


@cache
def _question_adapter() -> TypeAdapter[Question]:
    return TypeAdapter(TaggedQuestion)  # type: ignore[arg-type]


def validate_bank(data: Any) -> Bank:
    """The bank that ``data`` (a parsed bank file) describes; ValidationError if none."""
    return _bank_adapter().validate_python(data)


def validate_question(data: Any) -> Question:
    """The question that ``data`` (one ``[[questions]]`` table) describes; ValidationError
    if none."""
    return _question_adapter().validate_python(data)


def bank_json_schema() -> dict[str, object]:
    """The JSON Schema of a bank file, for editors that complete and validate TOML.

    Every field is described by its docstring in ``quizapp.bank.models`` (pydantic's
    ``use_attribute_docstrings``).
    """
    schema = _bank_adapter().json_schema()
    schema["properties"].pop("path", None)  # where the bank was read from, not a key
    _describe_inherited_fields(schema["$defs"])
    _plain_descriptions(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "quizapp question bank",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def _describe_inherited_fields(definitions: dict[str, dict[str, Any]]) -> None:
    """The fields every question has, described in each question type as in
    ``QuestionBase``: pydantic reads a stdlib dataclass's field docstrings from that
    class's own body, not its bases' (pydantic/pydantic#13468)."""
    common = TypeAdapter(QuestionBase).json_schema()["properties"]
    for model in QUESTION_MODELS.values():
        for name, field in definitions[model.__name__]["properties"].items():
            if name in common:
                field.setdefault("description", common[name]["description"])


def _plain_descriptions(node: object) -> None:
    """Descriptions as an editor shows them: as plain text, so without the docstrings'
    reStructuredText literals (````true````), which an editor would show as typed."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                node[key] = value.replace("``", "")
            else:
                _plain_descriptions(value)
    elif isinstance(node, list):
        for value in node:
            _plain_descriptions(value)
