"""Who a learner is in a class folder, and the join screen's rules.

A learner is their name, compared case- and space-insensitively: "Ana Lima", "ana lima"
and "ANA  LIMA" are one learner. The name never becomes a path as typed: the progress
file is named from a hash of the learner's key (with a short readable prefix), so
``ana/../x`` is a file name like any other and can never clash with ``Ana``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

NAME_MAX = 40
PROGRESS_SUFFIX = ".sqlite3"
NAME_SUFFIX = ".name.json"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Join codes avoid letters and digits that look alike (0/O, 1/I)."""
CODE_LENGTH = 8


class NameRefused(ValueError):
    """The name cannot be a learner's name; the message says why, in one line."""


def check_name(raw: str) -> str:
    """The name as it will be shown (outer spaces trimmed), or NameRefused saying why."""
    name = raw.strip()
    if not name:
        raise NameRefused("Type your name.")
    if len(name) > NAME_MAX:
        raise NameRefused(f"A name is at most {NAME_MAX} characters.")
    if not name.isprintable():
        raise NameRefused("A name has only printable characters.")
    return name


def learner_key(name: str) -> str:
    """The learner's identity: the name case-folded, without spaces, in one Unicode form."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(folded.split())


def learner_stem(key: str) -> str:
    """The file name (without suffix) for a learner's key: a readable prefix and a hash.

    The prefix keeps only ASCII letters and digits, so nothing typed can become a path
    separator, a dot-dot or a device name; the hash keeps keys with the same prefix apart.
    """
    prefix = re.sub(r"[^a-z0-9]", "", key.encode("ascii", "ignore").decode())[:16]
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
    return f"{prefix or 'learner'}-{digest}"


@dataclass(frozen=True)
class Learner:
    """A learner of a class folder: the name as first given, and their progress file."""

    name: str
    key: str
    progress: Path


def learner_in(class_dir: Path, name: str) -> Learner:
    """The learner called ``name`` in ``class_dir``, their name recorded on first join.

    The name is checked first (NameRefused). The name as first typed is kept beside the
    progress file, so the report and the live view show it rather than a hash.
    """
    shown = check_name(name)
    key = learner_key(shown)
    stem = learner_stem(key)
    name_file = class_dir / f"{stem}{NAME_SUFFIX}"
    if not name_file.exists():
        _write_new(name_file, json.dumps({"name": shown, "key": key}, ensure_ascii=False))
    return Learner(recorded_name(name_file) or shown, key, class_dir / f"{stem}{PROGRESS_SUFFIX}")


def recorded_name(name_file: Path) -> str | None:
    """The name kept in a learner's name file, or None if it is missing or unreadable."""
    try:
        data = json.loads(name_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = data.get("name") if isinstance(data, dict) else None
    return name if isinstance(name, str) and name else None


def name_for_progress_file(path: Path) -> str:
    """Whose progress file this is: the recorded name beside it, else the file's stem."""
    beside = path.with_name(path.name.removesuffix(PROGRESS_SUFFIX) + NAME_SUFFIX)
    return recorded_name(beside) or path.stem


def _write_new(path: Path, text: str) -> None:
    """Write ``text`` to a new file, never over an existing one (two tabs joining at once)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


def new_join_code() -> str:
    """A random join code, easy to read aloud and type."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    return "".join(code.split()).upper()


def code_matches(given: str, expected: str | None) -> bool:
    """Whether ``given`` is the class's join code (any code when the class has none).

    Case and spaces do not matter; the comparison takes the same time whatever matches.
    """
    if expected is None:
        return True
    return hmac.compare_digest(
        normalise_code(given).encode("utf-8"), normalise_code(expected).encode("utf-8")
    )
