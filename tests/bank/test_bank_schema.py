"""``quizapp schema``: a valid JSON Schema that accepts real banks and refuses broken ones.

jsonschema is not a dependency, so a small validator below covers the keywords
the schema uses, and a structural check proves the schema only uses keywords of
draft 2020-12; with jsonschema installed, its own metaschema check runs too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
import tomli
from bank_text import VALID_QUESTIONS, bank, question
from click.testing import CliRunner

from quizapp.bank.models import QUESTION_TYPES
from quizapp.bank.starter import starter_bank
from quizapp.bank.validation import bank_json_schema
from quizapp.cli import cli

DRAFT_2020_12 = {
    "$schema",
    "$id",
    "$ref",
    "$defs",
    "title",
    "description",
    "default",
    "type",
    "const",
    "enum",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "prefixItems",
    "minItems",
    "maxItems",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "anyOf",
    "oneOf",
    "allOf",
    "format",
    "examples",
}
ANNOTATIONS = {"discriminator"}  # OpenAPI's hint for editors; JSON Schema ignores it
TYPES = {"object", "array", "string", "number", "integer", "boolean", "null"}


def printed_schema() -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    return json.loads(result.output)


def subschemas(schema: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(schema, dict):
        found.append(schema)
        for key, value in schema.items():
            if key in ("properties", "$defs"):
                for sub in value.values():
                    found.extend(subschemas(sub))
            elif key in ("items", "additionalProperties") and isinstance(value, dict):
                found.extend(subschemas(value))
            elif key in ("prefixItems", "anyOf", "oneOf", "allOf"):
                for sub in value:
                    found.extend(subschemas(sub))
    return found


def resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    assert ref.startswith("#/$defs/"), ref
    return root["$defs"][ref.removeprefix("#/$defs/")]


def errors(schema: dict[str, Any], value: Any, root: dict[str, Any], at: str = "") -> list[str]:
    """Where ``value`` breaks ``schema`` (the keywords this schema uses)."""
    if "$ref" in schema:
        return errors(resolve(root, schema["$ref"]), value, root, at)
    found: list[str] = []
    kind = schema.get("type")
    checks = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
    if kind == "number":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif kind == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = kind is None or isinstance(value, checks[kind])
    if not ok:
        return [f"{at}: not {kind}"]
    if "const" in schema and value != schema["const"]:
        found.append(f"{at}: not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{at}: not one of {schema['enum']}")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        found += [f"{at}.{key}: required" for key in schema.get("required", []) if key not in value]
        for key, item in value.items():
            if key in properties:
                found += errors(properties[key], item, root, f"{at}.{key}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{at}.{key}: not allowed")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", 1e9):
            found.append(f"{at}: wrong number of items")
        prefix = schema.get("prefixItems", [])
        for index, item in enumerate(value):
            sub = prefix[index] if index < len(prefix) else schema.get("items")
            if sub is not None:
                found += errors(sub, item, root, f"{at}[{index}]")
    if isinstance(value, str):
        if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", 1e9):
            found.append(f"{at}: wrong length")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{at}: does not match {schema['pattern']}")
        if schema.get("format") == "date" and not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            found.append(f"{at}: not a date")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{at}: below minimum")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            found.append(f"{at}: not above {schema['exclusiveMinimum']}")
    if "anyOf" in schema and all(errors(sub, value, root, at) for sub in schema["anyOf"]):
        found.append(f"{at}: matches none of anyOf")
    if "oneOf" in schema:
        matching = [sub for sub in schema["oneOf"] if not errors(sub, value, root, at)]
        if len(matching) != 1:
            found.append(f"{at}: matches {len(matching)} of oneOf")
    return found


def as_json(value: Any) -> Any:
    """TOML data as an editor validating TOML sees it: dates become ISO strings."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def test_the_schema_is_json_with_a_dialect_and_a_title() -> None:
    schema = printed_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "quizapp question bank"
    assert schema["type"] == "object" and schema["required"] == ["bank", "questions"]
    assert schema == json.loads(json.dumps(bank_json_schema()))


def test_the_schema_uses_only_draft_2020_12_keywords_and_its_refs_resolve() -> None:
    schema = printed_schema()
    for sub in subschemas(schema):
        assert set(sub) <= DRAFT_2020_12 | ANNOTATIONS, set(sub) - DRAFT_2020_12
        if "type" in sub:
            assert sub["type"] in TYPES
        if "required" in sub:
            assert set(sub["required"]) <= set(sub["properties"])
        if "$ref" in sub:
            resolve(schema, sub["$ref"])
        for target in sub.get("discriminator", {}).get("mapping", {}).values():
            resolve(schema, target)


def test_every_field_explains_itself() -> None:
    schema = printed_schema()
    for name, definition in [("Bank", schema), *schema["$defs"].items()]:
        assert definition.get("description"), name
        for field, sub in definition["properties"].items():
            assert sub.get("description"), f"{name}.{field}"
    mapping = schema["properties"]["questions"]["items"]["discriminator"]["mapping"]
    assert set(mapping) == set(QUESTION_TYPES)


@pytest.mark.parametrize(
    "text",
    [
        starter_bank("starter.toml"),
        bank(*(question(kind, qid=kind) for kind in VALID_QUESTIONS)),
    ],
    ids=["starter", "every-type"],
)
def test_the_schema_accepts_valid_banks(text: str) -> None:
    schema = printed_schema()
    assert errors(schema, as_json(tomli.loads(text)), schema) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('answr = "Kyiv"\nchoices = ["Kyiv", "Lviv"]\n', "matches 0 of oneOf"),
        ('answer = 3\nchoices = ["Kyiv", "Lviv"]\n', "matches 0 of oneOf"),
        ('answer = "Kyiv"\nchoices = ["Kyiv"]\n', "matches 0 of oneOf"),
    ],
)
def test_the_schema_refuses_what_the_loader_refuses(body: str, expected: str) -> None:
    schema = printed_schema()
    data = as_json(tomli.loads(bank(question("choice", body))))
    assert errors(schema, data, schema) == [f".questions[0]: {expected}"]
    data["bank"]["titel"] = "x"
    assert ".bank.titel: not allowed" in errors(schema, data, schema)


def test_the_schema_is_valid_json_schema_and_the_reference_validator_agrees() -> None:
    import jsonschema

    schema = printed_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(as_json(tomli.loads(starter_bank("s.toml"))), schema)
    bundled = Path(__file__).resolve().parents[2] / "questions" / "xi-zelensky-call.toml"
    jsonschema.validate(as_json(tomli.loads(bundled.read_text(encoding="utf-8"))), schema)


def test_descriptions_are_plain_text_without_restructuredtext_literals() -> None:
    descriptions = [
        sub["description"] for sub in subschemas(printed_schema()) if "description" in sub
    ]
    assert len(descriptions) > 30
    assert not [text for text in descriptions if "`" in text]
    assert any("true or false" in text for text in descriptions)
