"""Numbers with what they count: "a 12-point paper", "almost one-hour-long", "some
3,000 people", "twelve ministers", "15 per cent".

Numbers written as words are read by ``text_to_num`` (see pyproject.toml). A hedge
before the number ("almost", "about", "more than") makes the answer approximate,
and the question's tolerance says how far off still counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from quizapp.draft.article import Sentence
from quizapp.draft.words import HEDGES, MONTH_NAMES, NUMBER_WORDS, STOP_WORDS

_WORD_NUMBER = (
    r"(?:(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?:[\s-](?:and\s)?)?)+"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_HEDGE = "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGE})\s+)?(?P<currency>[$€£])?"
    rf"(?P<number>(?<![\w.,])(?:{_DIGITS})(?![\w,]\d)|\b(?:{_WORD_NUMBER})(?<![\s-]))"
    r"(?:\s+(?P<scale>million|billion|thousand|trillion)\b)?"
    r"(?P<rest>-[a-z]+(?:-[a-z]+)*|\s*(?:per\s?cent|percent|%)"
    r"|\s+[^\W\d_][\w\-]*)?"
    # The words after, looked at but not taken: a hedge there belongs to the next number.
    r"(?=(?P<more>(?:\s+[^\W\d_][\w\-]*){0,2}))",
    re.IGNORECASE,
)
_DURATIONS = {"year", "month", "week", "day", "hour", "minute", "decade", "season"}
_CURRENCY = {"$": "dollars", "€": "euros", "£": "pounds"}
_MONTHS = {name.lower() for name in MONTH_NAMES}
_NOT_COUNTED = STOP_WORDS | {"and", "or", "per", "percent", "times", "year"}


@dataclass(frozen=True)
class NumberMention:
    """A number in a sentence with the thing it counts."""

    sentence: Sentence
    start: int
    """Offset of the number itself (after any hedge) in the sentence's text."""
    end: int
    value: float
    unit: str
    """What it counts, as written ("point", "people", "per cent", "million dollars")."""
    hedge: str | None
    written: str
    """The number as the article writes it ("12", "one")."""

    @property
    def tolerance(self) -> float:
        """How far from the value an answer may be: none for an exact figure; a tenth of it
        for a hedged one (its side of the value does not matter to a learner recalling it)."""
        if self.hedge is None:
            return 0
        return abs(self.value) * 0.1


def _counted(words: list[str]) -> str:
    """What a number counts, from the words after it: one noun ("votes"), a noun after
    a word that describes it ("ice cores", "steel gates"), or a rate ("kilometres per hour")."""
    if not words:
        return ""
    first = words[0]
    if len(words) >= 3 and words[1] == "per":
        return " ".join(words[:3])
    second = words[1] if len(words) > 1 else ""
    if (
        second.endswith("s")
        and second.lower() not in STOP_WORDS
        and not first.lower().endswith("s")
        and first.lower() not in STOP_WORDS
    ):
        return f"{first} {second}"
    return first


def _value(written: str) -> float | None:
    cleaned = written.replace(",", "").strip(" -")
    if cleaned and cleaned[0].isdigit():
        return float(cleaned)

    try:
        return float(text2num(cleaned.lower().replace(" and ", " "), "en"))
    except ValueError:
        return None


def find_numbers(
    sentences: list[Sentence], taken: dict[int, list[tuple[int, int]]]
) -> list[NumberMention]:
    """Numbers that count something, outside the stretches ``taken`` (dates) per sentence."""
    found = []
    for sentence in sentences:
        busy = taken.get(sentence.index, [])
        for match in _NUMBER.finditer(sentence.text):
            start, end = match.start("number"), match.end("number")
            if any(start < stop and begin < end for begin, stop in busy):
                continue
            mention = _mention(sentence, match)
            if mention is not None:
                found.append(mention)
    return found


def _mention(sentence: Sentence, match: re.Match[str]) -> NumberMention | None:
    written = match.group("number")
    value = _value(written)
    if value is None:
        return None
    rest = (match.group("rest") or "").strip()
    hedge = match.group("hedge")
    currency = match.group("currency")
    if currency and not rest.startswith("-"):
        rest = ""
    compound = rest.startswith("-")
    if rest.lower().replace(" ", "") in ("percent", "%"):
        unit = "per cent"
    elif compound:
        parts = rest[1:].split("-")
        unit = parts[0]
        if unit in ("year", "month", "day", "week") and parts[-1] == "old":
            unit = f"{unit}s old"
    else:
        unit = _counted((rest + (match.group("more") or "")).split())
        if not currency and (unit.lower() in _NOT_COUNTED or unit.lower() in _MONTHS or not unit):
            return None
    if "." not in written and value.is_integer() and 1800 <= value <= 2100 and not compound:
        return None  # a year
    if value <= 2 and not (compound or hedge or unit == "per cent"):
        return None  # "two leaders", "one of them": nothing worth asking
    if written[:1].isalpha() and written.lower().startswith("one") and not (compound or hedge):
        return None
    if hedge and hedge.lower() == "over" and unit.rstrip("s") in _DURATIONS:
        hedge = None  # "over two years" is how long, not "more than two"
    scale = match.group("scale")
    if scale:
        unit = f"{scale.lower()} {unit}".strip() if not currency else scale.lower()
    if currency:
        unit = f"{unit} {_CURRENCY[currency]}".strip()
    return NumberMention(
        sentence=sentence,
        start=match.start("number") - (1 if currency else 0),
        end=match.end("number") + (len(match.group("scale") or "") + 1 if scale else 0),
        value=value,
        unit=unit,
        hedge=hedge.lower() if hedge else None,
        written=written,
    )
