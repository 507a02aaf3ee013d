"""Numbers written in words or digits: "twelve" = 12, "twenty-first" = 21st, "1,000" = 1000.

``number_phrase`` reads the longest number written in English words at a place
in a list of tokens; ``replace_number_words`` uses it to put digits in place of
words during text normalisation, and ``parse_number`` reads a whole typed answer
to a ``number`` question ("about 60 minutes").
"""

from __future__ import annotations

import re
from typing import NamedTuple

_UNIT_NAMES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_UNIT_ORDINALS = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS_NAMES = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TENS_ORDINALS = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
]

# word -> (value, is_ordinal)
UNITS = {w: (v, False) for v, w in enumerate(_UNIT_NAMES)} | {
    w: (v, True) for v, w in enumerate(_UNIT_ORDINALS)
}
TENS = {w: ((v + 2) * 10, False) for v, w in enumerate(_TENS_NAMES)} | {
    w: ((v + 2) * 10, True) for v, w in enumerate(_TENS_ORDINALS)
}
HUNDRED = {"hundred": False, "hundredth": True}
SCALES = {
    "thousand": (10**3, False),
    "thousandth": (10**3, True),
    "million": (10**6, False),
    "millionth": (10**6, True),
    "billion": (10**9, False),
    "billionth": (10**9, True),
    "trillion": (10**12, False),
    "trillionth": (10**12, True),
}
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(HUNDRED) | frozenset(SCALES)


class NumberPhrase(NamedTuple):
    """A number read from words: its value, where it ends, and whether it was an ordinal."""

    value: int
    end: int
    ordinal: bool


def _small(tokens: list[str], i: int) -> NumberPhrase | None:
    """A number below 100 at ``i``: "seven", "seventeen", "seventy", "seventy seven"."""
    if i >= len(tokens):
        return None
    word = tokens[i]
    if word in UNITS:
        value, ordinal = UNITS[word]
        return NumberPhrase(value, i + 1, ordinal)
    if word in TENS:
        value, ordinal = TENS[word]
        if not ordinal and i + 1 < len(tokens) and tokens[i + 1] in UNITS:
            unit, unit_ordinal = UNITS[tokens[i + 1]]
            if 1 <= unit <= 9:
                return NumberPhrase(value + unit, i + 2, unit_ordinal)
        return NumberPhrase(value, i + 1, ordinal)
    return None


def _group(tokens: list[str], i: int) -> NumberPhrase | None:
    """A number below 10,000 at ``i``: "a hundred", "twelve hundred", "three hundred and five"."""
    n = len(tokens)
    head: NumberPhrase | None
    if i < n and tokens[i] == "a" and i + 1 < n and (tokens[i + 1] in HUNDRED):
        head = NumberPhrase(1, i + 1, False)
    else:
        head = _small(tokens, i)
    if (
        head is not None
        and not head.ordinal
        and head.value > 0
        and head.end < n
        and (tokens[head.end] in HUNDRED)
    ):
        value = head.value * 100
        end = head.end + 1
        if HUNDRED[tokens[head.end]]:
            return NumberPhrase(value, end, True)
        rest_at = end + 1 if end < n and tokens[end] == "and" else end
        rest = _small(tokens, rest_at)
        if rest is not None and rest.value > 0:
            return NumberPhrase(value + rest.value, rest.end, rest.ordinal)
        return NumberPhrase(value, end, False)
    return head


def number_phrase(tokens: list[str], i: int) -> NumberPhrase | None:
    """The longest number written in words starting at ``tokens[i]``, if any.

    Scales must fall ("two million three thousand"); a group with no scale after
    it ends the number, so "one two" is two numbers, not three.
    """
    n = len(tokens)
    total = 0
    end = i
    last_scale = 10**15
    while True:
        if end < n and tokens[end] == "a" and end + 1 < n and tokens[end + 1] in SCALES:
            group: NumberPhrase | None = NumberPhrase(1, end + 1, False)
        else:
            group = _group(tokens, end)
        if group is None:
            break
        if group.ordinal:
            return NumberPhrase(total + group.value, group.end, True)
        scale_word = tokens[group.end] if group.end < n else ""
        if scale_word in SCALES and SCALES[scale_word][0] < last_scale and group.value > 0:
            scale, ordinal = SCALES[scale_word]
            total += group.value * scale
            last_scale = scale
            end = group.end + 1
            if ordinal:
                return NumberPhrase(total, end, True)
            # "one thousand and five": the "and" belongs to the number only if one follows.
            if end < n and tokens[end] == "and" and _group(tokens, end + 1) is not None:
                end += 1
            continue
        return NumberPhrase(total + group.value, group.end, False)
    return None if end == i else NumberPhrase(total, end, False)


def ordinal_suffix(value: int) -> str:
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def replace_number_words(tokens: list[str]) -> list[str]:
    """Tokens with every number written in words replaced by digits ("twenty first" -> "21st")."""
    if not NUMBER_WORDS.intersection(tokens):
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        phrase = number_phrase(tokens, i) if tokens[i] in NUMBER_WORDS or tokens[i] == "a" else None
        if phrase is None:
            out.append(tokens[i])
            i += 1
            continue
        out.append(
            f"{phrase.value}{ordinal_suffix(phrase.value)}" if phrase.ordinal else str(phrase.value)
        )
        i = phrase.end
    return out


# ---------------------------------------------------------------- typed numbers

_HEDGES = re.compile(
    r"^(?:(?:about|around|approximately|approx\.?|roughly|circa|ca\.|c\.|nearly|almost|"
    r"some|just|exactly|precisely|maybe|perhaps|~|≈|=)\s*)+"
)
_NEGATIVE_WORDS = re.compile(r"^(?:minus|negative)\s+")
# "the first", "point 1", "No. 12": a label before the number names what it counts.
_LABEL = re.compile(r"^(?:the\s+)?(?:(?:point|number|no\.|#)\s*(?=[\w.]))?")
_ORDINAL_SUFFIX = re.compile(r"^(?:st|nd|rd|th)\b")
# "under 60", "just under an hour", "more than 50": a bound, not a value.
_BOUND = re.compile(
    r"^(?:(?:just|a little|a bit|slightly)\s+)?"
    r"(?P<words>under|below|less than|fewer than|over|above|more than|at least|at most|[<>]=?)"
    r"\s*(?=\S)"
)
_BELOW = frozenset({"under", "below", "less than", "fewer than", "at most", "<", "<="})
_INCLUSIVE = frozenset({"at least", "at most", "<=", ">="})


class Bound(NamedTuple):
    """A typed bound ("under 60"): which side of the number the answer is said to lie."""

    words: str
    """The bound as typed ("under", "more than")."""
    below: bool
    inclusive: bool

    def holds(self, answer: float, bound: float) -> bool:
        """Whether ``answer`` lies on this bound's side of ``bound``."""
        if self.below:
            return answer <= bound if self.inclusive else answer < bound
        return answer >= bound if self.inclusive else answer > bound


def read_bound(text: str) -> tuple[Bound | None, str]:
    """A leading bound ("just under", "more than") and the rest of ``text``.

    Expects text already NFKC-normalised and casefolded.
    """
    match = _BOUND.match(text.strip())
    if match is None:
        return None, text
    words = " ".join(match["words"].split())
    return Bound(words, words in _BELOW, words in _INCLUSIVE), text.strip()[match.end() :]


# 1,000,000 | 1 000 000 | 1000 (with decimals) | .5 ; decimal comma "12,5" when not a group of 3.
_NUMERAL = re.compile(
    r"^(?P<sign>[+-]?)\s*(?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?!\d)|\d+)?"
    r"(?:(?P<sep>[.,])(?P<frac>\d+))?(?:e(?P<exp>[+-]?\d{1,3}))?"
)
_WORD_SPLIT = re.compile(r"[\s-]+")
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})


class TypedNumber(NamedTuple):
    """A number read from a typed answer, and what followed it (a unit, say)."""

    value: float
    rest: str
    by_article: bool = False
    """Read from "a"/"an" before a word ("an hour"): a number only if that word is the unit."""


def _numeral(text: str) -> tuple[float, str] | None:
    match = _NUMERAL.match(text)
    if match is None or (match["int"] is None and match["frac"] is None):
        return None
    whole = (match["int"] or "0").replace(",", "").replace(" ", "")
    # Groups of three after a comma were taken as thousands by the pattern ("1,000"),
    # so a comma still left here is a decimal comma ("12,5").
    frac = match["frac"] or ""
    literal = f"{match['sign']}{whole}" + (f".{frac}" if frac else "")
    if match["exp"]:
        literal += f"e{match['exp']}"
    return float(literal), text[match.end() :]


def parse_number(text: str) -> TypedNumber | None:
    """Read "12", "12.0", "twelve", "1,000", "about 60 minutes", "an hour", "the first",
    "point 1", "1st"; None if no number.

    Expects text already NFKC-normalised and casefolded.
    """
    text = _HEDGES.sub("", text.translate(_DASHES).strip())
    text = _LABEL.sub("", text, count=1)
    negative = False
    words_sign = _NEGATIVE_WORDS.match(text)
    if words_sign:
        negative, text = True, text[words_sign.end() :]
    numeral = _numeral(text)
    if numeral is not None:
        value, rest = numeral
        rest = _ORDINAL_SUFFIX.sub("", rest, count=1)  # "1st" is 1
        tokens = _WORD_SPLIT.split(rest.strip(), maxsplit=1)
        if tokens[0] in SCALES and not SCALES[tokens[0]][1]:
            value *= SCALES[tokens[0]][0]
            rest = tokens[1] if len(tokens) > 1 else ""
    else:
        tokens = [t for t in _WORD_SPLIT.split(text) if t]
        phrase = number_phrase(tokens, 0) if tokens else None
        if phrase is not None:  # "twelve", and "first" for 1
            value, rest = float(phrase.value), " ".join(tokens[phrase.end :])
        elif tokens == ["none"]:
            value, rest = 0.0, ""
        elif len(tokens) > 1 and tokens[0] in ("a", "an") and tokens[1] not in NUMBER_WORDS:
            return TypedNumber(-1.0 if negative else 1.0, " ".join(tokens[1:]), by_article=True)
        else:
            return None
    return TypedNumber(-value if negative else value, rest.strip())


def format_number(value: float) -> str:
    """12.0 -> "12", 0.25 -> "0.25": how a number is shown as the expected answer."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")
