"""What ``quizapp serve`` hands every learner's process: the class folder, the banks,
the session options fixed for the class, and the join code.

It travels in one environment variable, as JSON, never on a command line: the server
runs the same fixed command for every learner, so no bank path, option or name can
change what runs.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from quizapp.selection import SessionOptions

CONFIG_ENV = "QUIZAPP_CLASS_CONFIG"
CLASS_FILE = "class.json"
"""Written into the class folder: which banks were served and the session fixed, for
``quizapp report`` and ``quizapp class``."""


class ConfigError(Exception):
    """The learner's process was started without a usable class configuration."""


@dataclass(frozen=True)
class ClassConfig:
    class_dir: str
    banks: list[str] = field(default_factory=list)
    """Bank files or folders (absolute); none: the bundled banks."""
    session: dict[str, Any] | None = None
    """``SessionOptions`` fields fixed for every learner; None: each studies freely."""
    code: str | None = None
    """The join code; None on loopback without ``--code``."""

    def fixed_options(self) -> SessionOptions | None:
        """The session every learner of the class gets; None: each studies freely."""
        if self.session is None:
            return None
        fields = dict(self.session)
        fields["tags"] = tuple(fields.get("tags", ()))
        return SessionOptions(**fields)

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> ClassConfig:
        raw = (os.environ if environ is None else environ).get(CONFIG_ENV)
        if not raw:
            raise ConfigError(f"{CONFIG_ENV} is not set: start the class with 'quizapp serve'")
        try:
            data = json.loads(raw)
            config = cls(
                class_dir=str(data["class_dir"]),
                banks=[str(path) for path in data.get("banks", [])],
                session=data.get("session"),
                code=data.get("code"),
            )
            config.fixed_options()  # every field one SessionOptions has
        except (ValueError, KeyError, TypeError):
            raise ConfigError(f"{CONFIG_ENV} is not a class configuration") from None
        return config

    def write_class_file(self) -> None:
        """Record in the class folder which banks it was served, for the report."""
        folder = Path(self.class_dir)
        folder.mkdir(parents=True, exist_ok=True)
        record = {"banks": self.banks, "session": self.session}
        (folder / CLASS_FILE).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def session_fields(options: SessionOptions) -> dict[str, Any]:
    """``options`` as ``ClassConfig.session`` holds them (JSON: the tags as a list)."""
    fields = asdict(options)
    fields["tags"] = list(options.tags)
    return fields
