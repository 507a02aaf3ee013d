"""Validating bank data against the records of ``quizapp.bank.models``, with pydantic.

Only a bank file being checked (or a question being imported) needs this module:
a bank read from the bank cache is built from the records without it. The validators
are built on first use, from the records' field types and ``Limits``.
"""

from __future__ import annotations

import ast
import inspect
from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError

from quizapp.bank.models import QUESTION_MODELS, Bank, BankInfo, Question, TaggedQuestion

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

    Every field is described by its docstring in ``quizapp.bank.models``.
    """
    schema = _bank_adapter().json_schema()
    schema["properties"].pop("path", None)  # where the bank was read from, not a key
    definitions = schema.get("$defs", {})
    for model in [Bank, BankInfo, *QUESTION_MODELS.values()]:
        definition = schema if model is Bank else definitions.get(model.__name__)
        if definition is None:
            continue
        docs = _field_docstrings(model)
        for name, sub in definition.get("properties", {}).items():
            if name in docs:
                sub.setdefault("description", docs[name])
    _plain_descriptions(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "quizapp question bank",
        **{key: value for key, value in schema.items() if key != "title"},
    }


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


def _field_docstrings(model: type) -> dict[str, str]:
    """Each field's docstring (the string right after it), the model's own over its bases'."""
    docs: dict[str, str] = {}
    for cls in reversed([c for c in model.__mro__ if c.__module__ == model.__module__]):
        (tree,) = ast.parse(inspect.cleandoc("\n" + inspect.getsource(cls))).body
        assert isinstance(tree, ast.ClassDef)
        for statement, following in zip(tree.body, tree.body[1:], strict=False):
            if (
                isinstance(statement, ast.AnnAssign)
                and isinstance(statement.target, ast.Name)
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                docs[statement.target.id] = inspect.cleandoc(following.value.value)
    return docs
