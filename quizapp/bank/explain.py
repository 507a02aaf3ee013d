"""Turn tomli's and pydantic's errors into one plain line a teacher can act on.

pydantic speaks of ``string_type`` at ``questions.3.choice.answer``; a teacher
needs "'answer' should be text in quotes, got the number 12", on the line where
``answer`` is written.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from quizapp.bank.locate import KeyIndex
from quizapp.bank.models import (
    QUESTION_MODELS,
    QUESTION_TYPES,
    Bank,
    BankInfo,
    QuestionBase,
    question_model,
)
from quizapp.bank.problems import Problem
from quizapp.bank.record import field_names
from quizapp.bank.text_safety import KeyPath
from quizapp.bank.validation import ValidationError
from quizapp.wording import plural

_TYPES = ", ".join(QUESTION_TYPES)
_EXPECTED = {
    "string_type": "text in quotes",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "finite_number": "a finite number",
    "bool_type": "true or false",
    "list_type": "an array [...]",
    "dataclass_type": "a table",
    "model_type": "a table",
    "model_attributes_type": "a table",
    "dict_type": "a table",
    "date_type": "a date like 2023-04-26",
    "date_parsing": "a date like 2023-04-26",
    "date_from_datetime_parsing": "a date like 2023-04-26",
    "date_from_datetime_inexact": "a date without a time, like 2023-04-26",
}
_NEWLINE_IN_STRING = re.compile(r"(Illegal|Found invalid) character '\\n'")
_UNQUOTE_HINT = {
    "float_type": re.compile(r"\s*[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$"),
    "int_type": re.compile(r"\s*[-+]?\d[\d_]*\s*$"),
    "bool_type": re.compile(r"\s*(true|false)\s*$", re.IGNORECASE),
}


def describe(value: object) -> str:
    """A short, plain description of a TOML value for "got ..." in a message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return f'text "{shown}"' if value else "empty text"
    if isinstance(value, dt.datetime):
        return f"the date and time {value.isoformat()}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, dt.time):
        return f"the time {value.isoformat()}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"


def syntax_message(message: str, line_text: str, column: int) -> str:
    """tomli's message, said plainly and with the likely fix where there is one."""
    rest = line_text[column - 1 :] if column >= 1 else ""
    declared = re.fullmatch(r"Cannot declare \((.*)\) twice", message)
    if declared:
        parts = (part.strip().strip("'\"") for part in declared.group(1).split(","))
        name = ".".join(part for part in parts if part)
        hint = ""
        if name == "questions":
            hint = " (each question starts with [[questions]], in double brackets)"
        return f"table [{name}] is declared twice{hint}"
    if message == "Invalid value" and not rest.strip():
        return "a value is missing (after '=', or in an array [ or table { left open above)"
    if message == "Invalid value" and re.match(r"[A-Za-z_]", rest):
        word = re.split(r"[#\n]", rest, maxsplit=1)[0].strip()
        return f'invalid value: text must be in quotes ("{word}")'
    if message == "Cannot overwrite a value":
        key = line_text.split("=", 1)[0].strip() if "=" in line_text else line_text.strip()
        return f"'{key}' is set twice (a key can appear only once in a table)"
    if message == "Expected newline or end of document after a statement":
        if line_text.count('"') > 2:
            return (
                'unexpected text after the value: write a quote inside text as \\" '
                "or wrap the text in 'single quotes'"
            )
        return "unexpected text after the value (one key = value per line)"
    if message.startswith("Unescaped '\\'"):
        return "a backslash in text must be written \\\\ (or wrap the text in 'single quotes')"
    if message == "Unterminated string" or _NEWLINE_IN_STRING.fullmatch(message):
        return "text is not closed: the closing quote is missing"
    illegal = re.fullmatch(r"Illegal character '(.*)'", message)
    if illegal:
        return f"character {illegal.group(1)} is not allowed here"
    return message[:1].lower() + message[1:]


def validation_problems(
    error: ValidationError,
    data: Any,
    index: KeyIndex,
    name: str,
) -> list[Problem]:
    """One located problem per mistake pydantic found (merging its echoes)."""
    found: list[tuple[KeyPath, str]] = []
    for item in error.errors(include_url=False):
        loc: KeyPath = tuple(item["loc"])
        # Drop the discriminator tag pydantic inserts: ("questions", 3, "choice", "answer").
        if len(loc) >= 3 and loc[0] == "questions" and loc[2] in QUESTION_TYPES:
            loc = loc[:2] + loc[3:]
        found.append(_explain_one(item, loc, data))
    # A misplaced or misspelt key already explains why the key it stands for is
    # missing: "unknown key 'answr' (did you mean 'answer'?)" needs no "missing 'answer'".
    explained = {
        path for message_path, message in found for path in _accounts_for(message_path, message)
    }
    problems = [
        Problem(name, *index.find(path), message, question_id=question_id(data, path))
        for path, message in found
        if not (path in explained and message.startswith(("missing", "no questions")))
    ]
    return sorted(problems, key=lambda p: (p.line, p.column))


def _accounts_for(path: KeyPath, message: str) -> list[KeyPath]:
    """The missing keys that the problem (``path``, ``message``) already explains."""
    if "(did you mean '" in message:
        return [(*path[:-1], message.rsplit("'", 2)[-2])]
    if path == ("bank", "questions"):
        return [("questions",)]
    if len(path) == 1 and "belongs in the [bank] table" in message:
        return [("bank", path[0]), ("bank",)]
    return []


def question_id(data: Any, path: KeyPath) -> str | None:
    """The id of the question ``path`` is inside, if it has a usable one."""
    if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
        try:
            qid = data["questions"][path[1]].get("id")
        except (KeyError, IndexError, TypeError, AttributeError):
            return None
        return qid if isinstance(qid, str) and qid else None
    return None


def _explain_one(item: Any, loc: KeyPath, data: Any) -> tuple[KeyPath, str]:
    kind, value = item["type"], item.get("input")
    in_question = len(loc) >= 2 and loc[0] == "questions" and isinstance(loc[1], int)
    field = loc[2:] if in_question else loc[1:] if loc[:1] == ("bank",) else loc
    where = _where(loc, field)
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return loc, _unknown_key(loc, data)
    if kind == "missing":
        if loc == ("bank",):
            return loc, "missing [bank] table (with at least id and title)"
        if loc == ("questions",):
            return loc, "no questions: add a [[questions]] table for each question"
        if len(field) >= 2 and isinstance(field[-1], int):  # a pair with one side
            pair = _where(loc[:-1], field[:-1])
            return loc[:-1], f'{pair} should be a pair ["left", "right"], got {_count(value)}'
        return loc, f"missing required key '{loc[-1]}'"
    if kind == "union_tag_invalid":
        tag = value.get("type") if isinstance(value, dict) else None
        if not isinstance(tag, str):
            return (*loc, "type"), f"'type' should be text, one of: {_TYPES}; got {describe(tag)}"
        close = difflib.get_close_matches(tag, QUESTION_TYPES, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else f"one of: {_TYPES}"
        return (*loc, "type"), f"unknown question type '{tag}' ({hint})"
    if kind == "union_tag_not_found":
        keys = [key for key in value if isinstance(key, str)] if isinstance(value, dict) else []
        close = difflib.get_close_matches("type", keys, n=1, cutoff=0.6)
        if close:
            return (*loc, close[0]), f"unknown key '{close[0]}' (did you mean 'type'?)"
        return loc, f"missing required key 'type' (one of: {_TYPES})"
    if loc == ("questions",) and kind in ("list_type", "too_short"):
        if isinstance(value, dict):
            return loc, "questions are written [[questions]], in double brackets, one table each"
        if kind == "too_short":
            return loc, "no questions: add a [[questions]] table for each question"
        return loc, f"'questions' should be [[questions]] tables, got {describe(value)}"
    if in_question and len(loc) == 2:
        return loc, f"question {int(loc[1]) + 1} should be a table, got {describe(value)}"
    return loc, f"{where} {_constraint(kind, item, value)}"


def _where(loc: KeyPath, field: KeyPath) -> str:
    prefix = "[bank] " if loc[:1] == ("bank",) else ""
    if not field:
        return f"'{loc[0]}'" if loc else "the bank"
    words = [f"'{field[0]}'"] + [
        f"item {part + 1}" if isinstance(part, int) else f"'{part}'" for part in field[1:]
    ]
    return prefix + " ".join(words)


def _constraint(kind: str, item: Any, value: object) -> str:
    ctx = item.get("ctx") or {}
    if kind in _EXPECTED:
        pattern = _UNQUOTE_HINT.get(kind)
        quoted = isinstance(value, str) and pattern is not None and pattern.match(value)
        hint = " (write it without quotes)" if quoted else ""
        detail = ""
        if kind == "date_from_datetime_parsing" and "error" in ctx:
            detail = f" ({ctx['error']})"
        return f"should be {_EXPECTED[kind]}, got {describe(value)}{detail}{hint}"
    is_tuple = kind == "tuple_type" or ctx.get("field_type") == "Tuple"
    if is_tuple and kind in ("tuple_type", "too_long", "too_short"):
        return f'should be a pair ["left", "right"], got {_count(value)}'
    if kind == "too_short":
        return (
            f"needs at least {plural(int(ctx.get('min_length', 1)), 'item')}, got {_count(value)}"
        )
    if kind == "too_long":
        return (
            f"allows at most {plural(int(ctx.get('max_length', 0)), 'item')}, got {_count(value)}"
        )
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is longer than {ctx.get('max_length')} characters"
    if kind == "string_pattern_mismatch":
        return (
            "may hold only letters, digits, '.', '_' and '-', starting with a letter or "
            f"digit; got {describe(value)}"
        )
    if kind == "literal_error":
        return f"should be one of {ctx.get('expected', '?')}, got {describe(value)}"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        words = {
            "greater_than": "greater than",
            "greater_than_equal": "at least",
            "less_than": "less than",
            "less_than_equal": "at most",
        }
        limit = next(iter(ctx.values()), "?")
        limit = int(limit) if isinstance(limit, float) and limit.is_integer() else limit
        return f"must be {words[kind]} {limit}, got {describe(value)}"
    message = str(item.get("msg", kind))
    return "is wrong: " + message[:1].lower() + message[1:]


def _count(value: object) -> str:
    return plural(len(value), "item") if isinstance(value, list | tuple) else describe(value)


def _unknown_key(loc: KeyPath, data: Any) -> str:
    key = str(loc[-1])
    parent = loc[:-1]
    if parent == ():
        known = field_names(Bank)
        if key in field_names(BankInfo):
            return f"'{key}' belongs in the [bank] table: write it after the [bank] line"
        what = "at the top of the file"
    elif parent == ("bank",):
        known = field_names(BankInfo)
        if key == "questions":
            return "unknown key 'questions' in [bank]: write each question as a [[questions]] table"
        what = "in [bank]"
    else:
        model = _question_model(data, parent)
        known = field_names(model or QuestionBase) + ([] if model else ["type"])
        what = f"for a {_type_name(model)} question" if model else ""
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return f"unknown key '{key}' (did you mean '{close[0]}'?)"
    where = f" {what}" if what else ""
    return f"unknown key '{key}'{where} (known keys: {', '.join(known)})"


def _question_model(data: Any, parent: KeyPath) -> type[QuestionBase] | None:
    try:
        return question_model(data["questions"][parent[1]].get("type"))
    except (KeyError, IndexError, TypeError, AttributeError):
        return None


def _type_name(model: type[QuestionBase]) -> str:
    return next(name for name, candidate in QUESTION_MODELS.items() if candidate is model)
