"""Load bank files: TOML parsed by tomli, validated by the models, every problem located.

Whatever the bytes, the result is a Bank or a BankError whose problems name the
file, line and column: nothing else escapes.

A clean bank pays only for tomli, one regex pass over the text and pydantic's
validation; the key index that locates problems is built only once one is found.
"""

from __future__ import annotations

from pathlib import Path

import tomli

from quizapp.bank.explain import question_id, syntax_message, validation_problems
from quizapp.bank.files import (
    BANK_SUFFIX,
    MAX_BANK_BYTES,
    NO_BANKS_IN_FOLDER,
    bank_files,
    read_bank_bytes,
)
from quizapp.bank.locate import KeyIndex
from quizapp.bank.models import Bank
from quizapp.bank.problems import WHOLE_FILE, BankError, Problem
from quizapp.bank.text_safety import find_control_characters, may_hold_control_characters
from quizapp.bank.validation import ValidationError, validate_bank
from quizapp.collector import collector_paused

STARTER_HINT = "(run 'quizapp new FILE' for a starter bank)"

__all__ = [
    "BANK_SUFFIX",
    "MAX_BANK_BYTES",
    "NO_BANKS_IN_FOLDER",
    "bank_files",
    "decode_bank_bytes",
    "load_bank",
    "parse_bank",
    "read_bank_bytes",
    "read_bank_text",
]


def read_bank_text(path: Path) -> str:
    """The file's text, or a BankError for what a text editor would also choke on."""
    return decode_bank_bytes(read_bank_bytes(path), str(path))


def decode_bank_bytes(data: bytes, name: str = "<bank>") -> str:
    """Bytes to text: UTF-8 (a BOM is allowed), within the size limit, not empty."""
    if len(data) > MAX_BANK_BYTES:
        limit = MAX_BANK_BYTES // 1024 // 1024
        raise BankError([Problem(name, WHOLE_FILE, 0, f"file is larger than {limit} MiB")])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        raise BankError(
            [
                Problem(
                    name,
                    line,
                    column,
                    (f"not UTF-8 text (byte 0x{data[error.start]:02x}); save the file as UTF-8"),
                )
            ]
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise BankError([Problem(name, 1, 1, f"file is empty {STARTER_HINT}")])
    return text


def parse_bank(text: str, name: str = "<bank>") -> Bank:
    """Validate TOML text as a bank, or raise a BankError with located problems."""
    if "\r" in text:  # Windows line endings: tomli accepts them, the key index counts "\n"
        text = text.replace("\r\n", "\n")
    with collector_paused():
        return _parse(text, name)


def _parse(text: str, name: str) -> Bank:
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        line, column = getattr(error, "lineno", 1) or 1, getattr(error, "colno", 1) or 1
        message = syntax_message(getattr(error, "msg", str(error)), _line(text, line), column)
        raise BankError([Problem(name, line, column, f"TOML syntax: {message}")]) from None
    except (RecursionError, ValueError) as error:
        raise BankError([Problem(name, 1, 1, f"TOML syntax: {error}")]) from None
    if not data:
        raise BankError([Problem(name, 1, 1, (f"no [bank] table and no questions {STARTER_HINT}"))])
    if may_hold_control_characters(text):
        unsafe = find_control_characters(data)
        if unsafe:
            index = KeyIndex(text)
            raise BankError(
                [
                    Problem(
                        name,
                        *index.find(path),
                        _control_message(path, code),
                        question_id=question_id(data, path),
                    )
                    for path, code in unsafe
                ]
            )
    try:
        bank = validate_bank(data)
    except ValidationError as error:
        raise BankError(validation_problems(error, data, KeyIndex(text), name)) from None
    except RecursionError:
        raise BankError([Problem(name, 1, 1, "nesting too deep")]) from None
    return bank.located(name)


def load_bank(path: str | Path) -> Bank:
    """Load and validate one bank file."""
    path = Path(path)
    return parse_bank(read_bank_text(path), str(path))


def _line(text: str, number: int) -> str:
    """The 1-based line ``number`` of ``text`` ("" past the end)."""
    lines = text.split("\n")
    return lines[number - 1] if 1 <= number <= len(lines) else ""


def _control_message(path: tuple[str | int, ...], code: str) -> str:
    key = next((part for part in reversed(path) if isinstance(part, str)), "")
    where = f"'{key}' holds" if key else "text holds"
    return f"{where} control character {code}, which could drive the terminal; remove it"
