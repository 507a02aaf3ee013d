"""Dates named in an article: "Wednesday, April 26", "26 April 2023", "in February",
"March 2022", "in 2019", each with the precision it is given in.

Month names and weekdays are a closed set, so a pattern finds them more surely
than a general date parser would (one read "Jun" in "Yu Jun from" as June); a
year is taken from the date itself, the same sentence, or ``--year``, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from quizapp.draft.article import Sentence
from quizapp.draft.words import MONTH_NAMES, MONTHS, WEEKDAYS

_MONTH = (
    r"(?P<month>"
    + "|".join(sorted((name.capitalize() for name in MONTHS), key=len, reverse=True))
    + r")\.?"
)
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(WEEKDAYS) + r"),?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d|2100)"
_PATTERNS = [
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"),
    re.compile(rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?"),
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
    re.compile(
        r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-|[Ll]ast|"
        rf"[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter)\s+(?:{_MONTH.replace('(?P<month>', '(?P<month>')})\b"
    ),
    re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ss]ummer of)\s+{_YEAR}\b"),
]
_LEAD = re.compile(
    r"^(?:in|since|until|by|from|during|early|late|mid-|last|next|this|before|after|summer of)"
    r"\s*(?<=[\s-])",
    re.IGNORECASE,
)
_ANY_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class DateMention:
    """One date named in a sentence, with as much of it as the article gives."""

    sentence: Sentence
    start: int
    """Offset in the sentence's text."""
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    weekday: str | None
    year_given: bool
    """The year is written with the date (not from the sentence or ``--year``)."""

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def as_date(self) -> dt.date | None:
        """The date, when the year is known and the day is a real one."""
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month or 1, self.day or 1)
        except ValueError:
            return None

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year or 0, self.month or 0, self.day or 0)

    def words(self) -> str:
        """The date written out as the answer of a typed question ("April 26")."""
        parts = []
        if self.month:
            parts.append(MONTH_NAMES[self.month - 1])
        if self.day:
            parts.append(str(self.day))
        if self.year and self.year_given:
            parts.append(str(self.year))
        return " ".join(parts)


def find_dates(sentences: list[Sentence], year: int | None = None) -> list[DateMention]:
    """Every date mention in order; overlapping matches keep the longest.

    A date with no year takes the year of the article's first full date (its
    "anchor", the news lede's "Wednesday, April 26") when it is not later in the
    year than the anchor; a later month may be last year's or next year's, so it
    is left without a year. ``year`` is the anchor's year when the article gives none.
    """
    found: list[DateMention] = []
    for sentence in sentences:
        taken: list[tuple[int, int]] = []
        sentence_years = {int(y) for y in _ANY_YEAR.findall(sentence.text)}
        for pattern in _PATTERNS:
            for match in pattern.finditer(sentence.text):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                mention = _mention(sentence, match, sentence_years)
                if mention is not None:
                    taken.append((match.start(), match.end()))
                    found.append(mention)
    found.sort(key=lambda m: (m.sentence.index, m.start))
    return _with_years(found, year)


def _with_years(found: list[DateMention], year: int | None) -> list[DateMention]:
    anchor = next((m for m in found if m.day is not None and m.month is not None), None)
    if anchor is None:
        return [m if m.year or not year else replace(m, year=year) for m in found]
    anchor_year = anchor.year or year
    dated = []
    for mention in found:
        if mention.year is None and mention.month is not None and anchor_year:
            assert anchor.month is not None
            if (mention.month, mention.day or 0) <= (anchor.month, anchor.day or 0):
                mention = replace(mention, year=anchor_year)
        dated.append(mention)
    return dated


def _mention(
    sentence: Sentence, match: re.Match[str], sentence_years: set[int]
) -> DateMention | None:
    groups = match.groupdict()
    month = MONTHS[groups["month"].lower()] if groups.get("month") else None
    day = int(groups["day"]) if groups.get("day") else None
    given = int(groups["year"]) if groups.get("year") else None
    if day is not None and not 1 <= day <= 31:
        return None
    known = given
    if known is None and month is not None:
        known = next(iter(sentence_years)) if len(sentence_years) == 1 else None
    start, end = match.start(), match.end()
    text = match.group()
    # "in February": the gap and the answer are the date, not the word that leads to it.
    lead = _LEAD.match(text)
    if lead:
        start += lead.end()
        text = text[lead.end() :]
    return DateMention(
        sentence=sentence,
        start=start,
        end=end,
        text=text,
        year=known,
        month=month,
        day=day,
        weekday=groups.get("weekday"),
        year_given=given is not None,
    )
