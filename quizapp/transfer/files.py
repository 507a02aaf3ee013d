"""Import a GIFT or Aiken file as a bank: read, tell the format, parse, build the bank."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from quizapp.bank.models import Bank, BankInfo
from quizapp.bank.problems import WHOLE_FILE, Problem
from quizapp.transfer.aiken import looks_like_aiken, parse_aiken
from quizapp.transfer.common import (
    MAX_IMPORT_BYTES,
    ImportFailed,
    ImportResult,
    decode,
    slugify,
)
from quizapp.transfer.gift import parse_gift

Format = Literal["gift", "aiken"]
FORMATS: tuple[Format, ...] = ("gift", "aiken")
DEFAULT_BANK_ID = "imported"
# An answer block: braces with no unescaped brace inside.
_GIFT_ANSWERS = re.compile(r"(?<!\\)\{(?:[^{}\\]|\\.)*(?<!\\)\}", re.DOTALL)


def detect_format(text: str) -> Format | None:
    """GIFT or Aiken, judged from the content; None when neither shows."""
    aiken = looks_like_aiken(text)
    gift = len(_GIFT_ANSWERS.findall(text))
    if aiken and aiken >= gift:
        return "aiken"
    if gift or re.search(r"^\s*(::|\$CATEGORY\s*:)", text, re.MULTILINE | re.IGNORECASE):
        return "gift"
    return None


def read_file(path: Path) -> str:
    """The file's text, or ImportFailed with one located problem."""
    name = str(path)
    try:
        if path.is_dir():
            raise ImportFailed(Problem(name, WHOLE_FILE, 0, "is a folder, not a file"))
        if path.stat().st_size > MAX_IMPORT_BYTES:
            limit = MAX_IMPORT_BYTES // (1024 * 1024)
            raise ImportFailed(Problem(name, WHOLE_FILE, 0, f"file is larger than {limit} MiB"))
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(Problem(name, WHOLE_FILE, 0, "no such file")) from None
    except OSError as error:
        message = f"cannot read file: {error.strerror or error}"
        raise ImportFailed(Problem(name, WHOLE_FILE, 0, message)) from None
    return decode(data, name)


def parse_text(
    text: str,
    name: str,
    text_format: Format | None = None,
) -> tuple[Format, ImportResult]:
    """Parse decoded text as ``text_format``, or as the format its content shows."""
    chosen = text_format or detect_format(text)
    if chosen is None:
        if not text.strip():
            raise ImportFailed(Problem(name, WHOLE_FILE, 0, "file is empty"))
        message = "cannot tell whether this is GIFT or Aiken; say which with --format"
        raise ImportFailed(Problem(name, WHOLE_FILE, 0, f"{message} gift or --format aiken"))
    parse = parse_gift if chosen == "gift" else parse_aiken
    return chosen, parse(text, name)


def bank_id_for(path: Path) -> str:
    """A bank id from the file name: ``Chapter 1.gift`` -> ``chapter-1``."""
    return slugify(path.stem, 100) or DEFAULT_BANK_ID


def build_bank(result: ImportResult, bank_id: str, title: str, description: str) -> Bank:
    """The imported questions as a bank (the caller makes sure there is at least one)."""
    info = BankInfo(id=bank_id, title=title, description=description)
    return Bank(bank=info, questions=list(result.questions))
