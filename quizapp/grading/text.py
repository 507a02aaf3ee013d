"""Typed text the way a teacher reads it: normalisation and typo tolerance.

``normalise`` makes the differences a teacher ignores disappear: Unicode forms
(NFKC), case, accents (unless they matter), spacing, punctuation around and
inside words, typographic apostrophes and dashes, numbers written in words
("twelve" and "12" both become "12") and British spellings ("dialogue" becomes
"dialog", see ``quizapp.grading.spellings``). ``match_text`` then compares an answer
with the accepted ones, forgiving typos in proportion to the answer's length
(see ``allowed_typos``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from quizapp.grading.numbers import replace_number_words
from quizapp.grading.spellings import american
from quizapp.wording import plural

# Typographic marks a keyboard or a word processor may produce for the plain ones.
_TYPOGRAPHIC = str.maketrans(
    {
        **dict.fromkeys("’‘‚‛ʼʹ′`´", "'"),
        **dict.fromkeys("“”„‟«»″", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
    }
)
# Letters that carry their "accent" without a combining mark, so NFD cannot strip it.
_BASE_LETTERS = str.maketrans(
    {
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "ħ": "h",
        "ŧ": "t",
        "ı": "i",
        "ð": "d",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# "the Ukrainian side" = "Ukrainian side", and "on Twitter", "in March", "by phone" answer
# "where", "when" and "how" as the bare word does.
_LEADING_ARTICLE = re.compile(r"^(?:(?:on|in|at|by|via|from) )?(?:(?:the|an|a) )?(?=\S)")
_DIGITS = re.compile(r"\d+")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_BASE_LETTERS)


def _punctuation_to_spaces(text: str) -> str:
    """Drop apostrophes and abbreviation dots, keep decimal points, space out the rest.

    "don't" -> "dont", "U.S." -> "us", "12.5" stays, "C++" -> "c + +", "Kyiv," -> "kyiv".
    """
    out: list[str] = []
    last = len(text) - 1
    for i, char in enumerate(text):
        if char.isalnum():
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category[0] == "M":  # a combining accent kept because accents matter
            out.append(char)
        elif char == "'":
            continue
        elif char in ".,":
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i < last else " "
            if before.isdigit() and after.isdigit():
                out.append(char)
            elif char == "." and before.isalpha() and after.isalpha():
                continue
            else:
                out.append(" ")
        elif category[0] == "S":
            out.append(f" {char} ")
        else:
            out.append(" ")
    return "".join(out)


@lru_cache(maxsize=4096)
def normalise(text: str, *, accents: bool = False) -> str:
    """The form in which two answers a teacher would call the same are equal.

    Idempotent: ``normalise(normalise(t)) == normalise(t)``.
    """
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHIC).casefold()
    if not accents:
        text = _strip_accents(text)
    text = unicodedata.normalize("NFKC", text)
    text = _THOUSANDS_COMMA.sub("", text)
    tokens = _punctuation_to_spaces(text).split()
    return " ".join(american(replace_number_words(tokens)))


def allowed_typos(length: int) -> int:
    """How many typos (edits: a letter wrong, missing, extra, or two swapped) to forgive.

    ``length`` counts the letters and digits of the accepted answer, spaces left out.
    Up to 4 they must be exact: a typo in a short word too easily makes another word
    ("Iran"/"Iraq"). Then 1 typo up to 8, 2 up to 15, 3 beyond.
    """
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    if length <= 15:
        return 2
    return 3


def edit_distance(a: str, b: str, cutoff: int) -> int:
    """Edits from ``a`` to ``b``, a swap of neighbours counting as one; ``cutoff + 1`` if more.

    rapidfuzz is imported with the first answer that is not exact: an exact one never needs it.
    """
    from rapidfuzz.distance import OSA  # deferred: quizapp/SPEED.md

    return OSA.distance(a, b, score_cutoff=cutoff)


def compare_key(text: str, accents: bool) -> str:
    """``normalise``, then a leading preposition and article dropped ("on the phone" =
    "phone"). Text made only of punctuation keeps its marks, so "?" is not "!"."""
    key = _LEADING_ARTICLE.sub("", normalise(text, accents=accents))
    if key:
        return key
    marks = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHIC)
    return " ".join(marks.split())


class TextMatch(NamedTuple):
    """How a typed answer compares with the accepted ones."""

    matched: int | None
    """The accepted answer it matched, or None."""
    typos: int = 0
    """Typos forgiven in matching it."""
    near: int | None = None
    """For a miss: an accepted answer it came close to."""
    accents_only: bool = False
    """For a miss: it would have matched but for the accents."""

    @property
    def accepted(self) -> bool:
        return self.matched is not None


def match_text(
    response: str, accepted: Sequence[str], *, fuzzy: bool = True, accents: bool = False
) -> TextMatch:
    """Compare a typed answer with the accepted ones, exact matches before forgiven typos."""
    key = compare_key(response, accents)
    keys = [compare_key(answer, accents) for answer in accepted]
    for index, accepted_key in enumerate(keys):
        if key == accepted_key:
            return TextMatch(index)
    if not key:
        return TextMatch(None)
    best: tuple[int, int] | None = None  # (typos, index)
    near: int | None = None
    digits = _DIGITS.findall(key)
    for index, accepted_key in enumerate(keys):
        letters = len(accepted_key.replace(" ", ""))
        if letters < 3:
            continue  # "Xi" against "Xu" is not "close"; it is another name
        allowed = allowed_typos(letters)
        tolerated = allowed if fuzzy else 0
        distance = edit_distance(key, accepted_key, max(allowed, 1) + 1)
        # Digits are never forgiven: "1001" is not a typo for "1000".
        same_numbers = _DIGITS.findall(accepted_key) == digits
        if distance <= tolerated and same_numbers:
            if best is None or distance < best[0]:
                best = (distance, index)
        elif near is None and distance <= max(allowed, 1) + (1 if fuzzy else 0):
            near = index
    if best is not None:
        return TextMatch(best[1], typos=best[0])
    accents_only = accents and any(
        compare_key(response, False) == compare_key(answer, False) for answer in accepted
    )
    return TextMatch(None, near=None if accents_only else near, accents_only=accents_only)


def describe_match(match: TextMatch, accepted: Sequence[str], *, fuzzy: bool = True) -> str:
    """The note for a text answer: which alternative it matched, typos forgiven, near misses."""
    if match.matched is not None:
        typos = f"{plural(match.typos, 'typo')}" if match.typos else ""
        if match.matched == 0:
            return f"accepted with {typos}" if typos else ""
        alternative = f"matched the alternative '{accepted[match.matched]}'"
        return f"{alternative} with {typos}" if typos else alternative
    if match.accents_only:
        return "the accents matter here"
    if match.near is not None:
        if fuzzy:
            return f"close: did you mean '{accepted[match.near]}'?"
        return "close, but this answer must be spelt exactly"
    return ""
