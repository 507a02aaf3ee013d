"""British and American spellings: the list maps each British word to one American word."""

from __future__ import annotations

import pytest

from quizapp.grading.spellings import AMERICAN
from quizapp.grading.text import normalise


def test_no_american_spelling_is_itself_mapped() -> None:
    """Normalising twice changes nothing: no American form is a British key."""
    assert [word for word in AMERICAN.values() if word in AMERICAN] == []


def test_every_word_is_lower_case_letters() -> None:
    assert [w for pair in AMERICAN.items() for w in pair if not (w.isalpha() and w.islower())] == []


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("dialogue", "dialog"),
        ("defence", "defense"),
        ("colour", "color"),
        ("favourite", "favorite"),
        ("organisation", "organization"),
        ("criticised", "criticized"),
        ("analyse", "analyze"),
        ("centre", "center"),
        ("travelled", "traveled"),
        ("grey", "gray"),
        ("programme", "program"),
    ],
)
def test_both_spellings_normalise_alike(british: str, american: str) -> None:
    assert normalise(british) == normalise(american) == american
    assert normalise(british.capitalize()) == american


@pytest.mark.parametrize("word", ["our", "flour", "hour", "tour", "emphasis", "tire", "meter"])
def test_other_words_are_left_alone(word: str) -> None:
    assert normalise(word) == word
