"""Load bank files: TOML parsed by tomli, validated by the models, every problem located.

Whatever the bytes, the result is a Bank or a BankError whose problems name the
file, line and column: nothing else escapes.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import tomli
from pydantic import ValidationError

from quizapp.bank.locate import KeyIndex
from quizapp.bank.models import QUESTION_TYPES, Bank, BankInfo, QuestionBase
from quizapp.bank.problems import BankError, Problem
from quizapp.bank.text_safety import KeyPath, find_control_characters

MAX_BANK_BYTES = 8 * 1024 * 1024
BANK_SUFFIX = ".toml"

_MODELS: dict[str, type[Any]] = {}


def _model_for_type(type_name: object) -> type[Any] | None:
    if not _MODELS:
        from quizapp.bank import models

        for cls in vars(models).values():
            if isinstance(cls, type) and issubclass(cls, QuestionBase) and cls is not QuestionBase:
                _MODELS[cls.model_fields["type"].annotation.__args__[0]] = cls
    return _MODELS.get(type_name) if isinstance(type_name, str) else None


def bank_files(paths: Iterable[str | Path]) -> list[Path]:
    """The bank files named by ``paths`` (files, or folders searched for ``*.toml``)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob(f"*{BANK_SUFFIX}") if p.is_file())
            if not found:
                raise BankError([Problem(str(path), 1, 1, "folder holds no bank files (*.toml)")])
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise BankError([Problem(str(path), 1, 1, "no such file or folder")])
    return files


def read_bank_text(path: Path) -> str:
    """The file's text, or a BankError for what a text editor would also choke on."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BANK_BYTES:
            limit = MAX_BANK_BYTES // (1024 * 1024)
            raise BankError([Problem(name, 1, 1, f"file is {size:,} bytes; banks are limited to {limit} MiB")])
        data = path.read_bytes()
    except OSError as error:
        raise BankError([Problem(name, 1, 1, f"cannot read file: {error.strerror or error}")]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise BankError([Problem(name, line, column, f"not UTF-8 text (byte 0x{data[error.start]:02x})")]) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise BankError([Problem(name, 1, 1, "file is empty")])
    return text


def parse_bank(text: str, name: str = "<bank>") -> Bank:
    """Validate TOML text as a bank, or raise a BankError with located problems."""
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        line, column = getattr(error, "lineno", 1), getattr(error, "colno", 1)
        message = getattr(error, "msg", str(error))
        raise BankError([Problem(name, line, column, f"TOML syntax: {message}")]) from None
    except (RecursionError, ValueError) as error:
        raise BankError([Problem(name, 1, 1, f"TOML syntax: {error}")]) from None
    unsafe = find_control_characters(data)
    if unsafe:
        index = KeyIndex(text)
        raise BankError([
            _problem(name, index, path, f"control character {code} is not allowed in bank text", data)
            for path, code in unsafe
        ])
    try:
        bank = Bank.model_validate(data)
    except ValidationError as error:
        raise BankError(_explain(error, text, name, data)) from None
    except RecursionError:
        raise BankError([Problem(name, 1, 1, "nesting too deep")]) from None
    bank._path = name
    return bank


def load_bank(path: str | Path) -> Bank:
    """Load and validate one bank file."""
    path = Path(path)
    return parse_bank(read_bank_text(path), str(path))


def _question_id(data: Any, path: KeyPath) -> str | None:
    if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
        try:
            qid = data["questions"][path[1]].get("id")
        except (KeyError, IndexError, TypeError, AttributeError):
            return None
        return qid if isinstance(qid, str) else None
    return None


def _problem(name: str, index: KeyIndex, path: KeyPath, message: str, data: Any) -> Problem:
    line, column = index.find(path)
    return Problem(name, line, column, message, question_id=_question_id(data, path))


def _describe(value: object) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "text",
             list: "an array", dict: "a table"}
    return names.get(type(value), f"a {type(value).__name__}")


def _known_fields(data: Any, path: KeyPath) -> list[str]:
    if path[:1] == ("bank",):
        return list(BankInfo.model_fields)
    if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
        try:
            model = _model_for_type(data["questions"][path[1]].get("type"))
        except (KeyError, IndexError, TypeError, AttributeError):
            model = None
        return list((model or QuestionBase).model_fields) + ([] if model else ["type"])
    return list(Bank.model_fields)


def _explain(error: ValidationError, text: str, name: str, data: Any) -> list[Problem]:
    index = KeyIndex(text)
    problems = []
    for item in error.errors(include_url=False):
        # Drop the discriminator tag pydantic inserts: ("questions", 3, "choice", "answer").
        loc = tuple(item["loc"])
        if len(loc) >= 3 and loc[0] == "questions" and loc[2] in QUESTION_TYPES:
            loc = loc[:2] + loc[3:]
        key = next((str(part) for part in reversed(loc) if isinstance(part, str)), "")
        kind = item["type"]
        if kind == "extra_forbidden":
            known = _known_fields(data, loc[:-1])
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(known)})"
            message = f"unknown key '{key}'{hint}"
        elif kind == "missing":
            message = f"missing required key '{key}'"
        elif kind == "union_tag_invalid":
            tag = item.get("ctx", {}).get("tag", "?")
            message = f"unknown question type '{tag}' (one of: {', '.join(QUESTION_TYPES)})"
            loc = loc + ("type",)
        elif kind == "union_tag_not_found":
            message = f"missing required key 'type' (one of: {', '.join(QUESTION_TYPES)})"
        else:
            what = item["msg"].removeprefix("Value error, ")
            where = ".".join(str(part) for part in loc[2:] if part != "") or key
            got = "" if kind.startswith(("too_", "greater", "less", "string_pattern")) else (
                f", got {_describe(item['input'])}")
            message = f"'{where}': {what[0].lower()}{what[1:]}{got}"
        problems.append(_problem(name, index, loc, message, data))
    return sorted(problems, key=lambda p: (p.line, p.column))
