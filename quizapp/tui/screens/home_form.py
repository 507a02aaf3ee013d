"""The home screen's settings form: the modes it offers, each field, and how a field's text
becomes a session option (or a SettingError that names the field)."""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, Label, Static

from quizapp.bank.models import MAX_TIME_LIMIT, Bank
from quizapp.session import MODES

HOME_MODES = (*MODES, "sprint")
"""The session's modes, and a sprint: practice against the clock (``--sprint``)."""
MODE_LABELS = {"practice": "Practice", "exam": "Exam", "review": "Review", "sprint": "Sprint"}
MODE_HELP = {
    "practice": "feedback after each answer",
    "exam": "feedback only at the end",
    "review": "due questions first, then new ones",
    "sprint": "as many as you can before the time is up",
}


class SettingError(ValueError):
    """A setting on the home screen that cannot make a session; names the field."""

    def __init__(self, field_id: str, message: str) -> None:
        super().__init__(message)
        self.field_id = field_id


def seconds_setting(value: str, field_id: str, what: str) -> float | None:
    """A seconds field: blank is None (untimed); anything else must be a time in range."""
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        raise SettingError(field_id, f"{what}: {value!r} is not a number of seconds") from None
    if not 0 < seconds <= MAX_TIME_LIMIT:  # False for nan
        raise SettingError(
            field_id, f"{what}: must be more than 0 seconds and at most {MAX_TIME_LIMIT} (a day)"
        )
    return seconds


def setting_field(
    label: str,
    field_id: str,
    value: str,
    placeholder: str,
    kind: Literal["integer", "number", "text"],
    unit: str,
    unit_id: str | None = None,
    *,
    row_id: str | None = None,
    row_classes: str = "",
) -> ComposeResult:
    """One labelled setting: a compact text field with its unit after it."""
    with Horizontal(classes=f"setting {row_classes}".strip(), id=row_id):
        yield Label(label, classes="setting-label")
        yield Input(
            value,
            placeholder=placeholder,
            type=kind,
            valid_empty=True,  # blank means "all" or "untimed"
            id=field_id,
            compact=True,
            classes="setting-input",
        )
        yield Static(Content(unit), classes="setting-unit", id=unit_id)


def matching_count(banks: list[Bank], tags: set[str]) -> int:
    """How many questions of ``banks`` a session could ask with ``tags`` ticked."""
    return sum(
        1
        for bank in banks
        for question in bank.questions
        if not tags or tags.intersection(question.tags)
    )


def seconds_text(seconds: float | None) -> str:
    """A field's text for ``seconds`` (blank for none)."""
    return "" if seconds is None else f"{seconds:g}"
