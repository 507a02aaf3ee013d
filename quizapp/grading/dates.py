"""Dates as people type them, read into every plausible reading.

"2023-04-26", "April 26, 2023", "26 April 2023", "Apr 26", "26/04/2023",
"04/26/2023", "Wednesday, April 26", "the twenty-sixth of April", "April 2023",
"Feb", "2023". An all-numeric date that reads two ways ("04/05/2023") gives both
readings; the grader accepts it if either is right and says which it took.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import NamedTuple

from quizapp.grading.numbers import replace_number_words
from quizapp.grading.verdict import UnusableAnswer, quoted

# English names, spelt out rather than taken from ``calendar``, whose names follow the locale.
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

_MONTHS = (
    {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
    | {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
    | {"sept": 9}
)
_WEEKDAYS = (
    {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}
    | {name[:3].lower(): number for number, name in enumerate(WEEKDAY_NAMES)}
    | {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
)
_WEEKDAY = re.compile(r"\b(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b\.?")
# "April 26" answering "which day of April": the month before a day, then the day.
MONTH_BEFORE_DAY = re.compile(
    r"^(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(?=(?:the\s+)?\w)"
)
_FILLERS = frozenset({"of", "the", "on", "in", "year", "ad", "ce"})

_SEP = r"\s*[-/.]\s*"
_YMD = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})")
_YM = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}})")
_AMBIGUOUS = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}})(?:{_SEP}(\d{{4}}|\d{{2}}))?")
_MY = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{4}})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_YEAR = re.compile(r"\d{4}")
_TOKEN = re.compile(r"'\d{2}|\d+(?:st|nd|rd|th)?|[^\W\d_]+")
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})


class DateReading(NamedTuple):
    """One reading of a typed date; parts left out are None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    """0 = Monday, as ``datetime.date.weekday``."""
    order: str = ""
    """For an all-numeric date that reads two ways: "day/month" or "month/day"."""

    def describe(self) -> str:
        """ "26 April 2023", "April 2023", "26 April" — for notes."""
        parts = [str(self.day)] if self.day else []
        if self.month:
            parts.append(MONTH_NAMES[self.month - 1])
        if self.year is not None:
            parts.append(str(self.year))
        return " ".join(parts)


def _year(text: str) -> int:
    value = int(text.lstrip("'"))
    if len(text.lstrip("'")) == 2:  # '23 and 23 mean 2023; 75 means 1975
        value += 2000 if value < 70 else 1900
    return value


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if year is not None and not 1 <= year <= 9999:
        return False
    if day is None:
        return True
    if not 1 <= day <= 31:
        return False
    if month is None:
        return True
    if month == 2 and day == 29 and year is not None:
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    # With no year, February 29 is possible.
    return day <= _DAYS_IN_MONTH[month - 1]


def _numeric(text: str) -> list[DateReading] | None:
    """Readings of an all-numeric date, or None if ``text`` is not one."""
    if match := _YMD.fullmatch(text) or _COMPACT.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
        return [DateReading(year, month, day)]
    if match := _YM.fullmatch(text):
        return [DateReading(int(match[1]), int(match[2]))]
    if match := _MY.fullmatch(text):
        return [DateReading(_year(match[2]), int(match[1]))]
    if match := _AMBIGUOUS.fullmatch(text):
        first, second = int(match[1]), int(match[2])
        maybe_year = _year(match[3]) if match[3] else None
        if first == second:
            return [DateReading(maybe_year, first, second)]
        return [
            DateReading(maybe_year, second, first, order="day/month"),
            DateReading(maybe_year, first, second, order="month/day"),
        ]
    if _YEAR.fullmatch(text):
        return [DateReading(int(text))]
    return None


def _worded(text: str) -> DateReading:
    """The reading of a date with the month in words: "26th of April 2023", "Apr 26"."""
    tokens = replace_number_words(_TOKEN.findall(text))
    year: int | None = None
    month: int | None = None
    day: int | None = None
    for token in tokens:
        if token in _FILLERS:
            continue
        if token in _MONTHS and month is None:
            month = _MONTHS[token]
        elif token.startswith("'") and year is None:
            year = _year(token)
        elif token[:1].isdigit():
            digits = token.rstrip("stndrh")
            ordinal = digits != token
            if len(digits) <= 2 and int(digits) <= 31 and day is None:
                day = int(digits)
            # "April 32" is no year; nor is a run of digits too long to be read as a number.
            elif not ordinal and year is None and 3 <= len(digits) <= 5:
                year = int(digits)
            else:
                raise UnusableAnswer(f"cannot read {quoted(text)} as a date")
        else:
            raise UnusableAnswer(f"cannot read {quoted(text)} as a date")
    if year is None and month is None and day is None:
        raise UnusableAnswer(f"cannot read {quoted(text)} as a date")
    return DateReading(year, month, day)


def parse_date(text: str) -> list[DateReading]:
    """Every plausible reading of a typed date; UnusableAnswer if there is none."""
    cleaned = unicodedata.normalize("NFKC", text).translate(_DASHES).casefold().strip()
    cleaned = "".join(
        c for c in unicodedata.normalize("NFD", cleaned) if not unicodedata.combining(c)
    )
    weekdays = _WEEKDAY.findall(cleaned)
    if len(weekdays) > 1:
        raise UnusableAnswer(f"cannot read {quoted(text)} as a date: two weekdays")
    weekday = _WEEKDAYS[weekdays[0]] if weekdays else None
    rest = _WEEKDAY.sub(" ", cleaned).strip(" ,.;:!?\"'()[]")
    rest = re.sub(r"^(?:on|the)\s+", "", rest)
    if not rest:
        if weekday is not None:
            return [DateReading(weekday=weekday)]
        raise UnusableAnswer("no date given")
    readings = _numeric(rest) or [_worded(rest)]
    valid = [r for r in readings if _valid(r.year, r.month, r.day)]
    if not valid:
        raise UnusableAnswer(f"{quoted(text)} is not a real date")
    if len(valid) == 1:
        valid = [DateReading(valid[0].year, valid[0].month, valid[0].day)]
    return [DateReading(r.year, r.month, r.day, weekday, r.order) for r in valid]


DATE_EXAMPLES = {
    "day": "3 March 2021 or 2021-03-03",
    "month": "March 2021",
    "year": "2021",
}
"""An example of each precision's answer. The date is unrelated to any bank, so an example
never gives an answer away."""


def date_wanted(precision: str, require_year: bool) -> str:
    """What a date question asks for, with an example: "a month with its year (for example
    March 2021)". The study app's field and line mode's hint both say it."""
    wanted = {"month": "a month", "year": "a year"}.get(precision, "a date")
    if require_year and precision != "year":
        wanted += " with its year"
    return f"{wanted} (for example {DATE_EXAMPLES.get(precision, DATE_EXAMPLES['day'])})"


def format_date(answer: dt.date, precision: str) -> str:
    """The expected answer: "2023-04-26 (April 26, 2023)", "April 2023", "2023".

    Without the weekday: feedback that names it would answer a question about it."""
    if precision == "year":
        return str(answer.year)
    month = MONTH_NAMES[answer.month - 1]
    if precision == "month":
        return f"{month} {answer.year}"
    return f"{answer.isoformat()} ({month} {answer.day}, {answer.year})"
