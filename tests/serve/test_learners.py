"""Who a learner is: names, their files in the class folder, join codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.serve.learners import (
    NAME_MAX,
    NameRefused,
    code_matches,
    learner_in,
    learner_key,
    new_join_code,
)


def test_a_learner_is_their_name_whatever_the_case_and_spaces(tmp_path: Path) -> None:
    first = learner_in(tmp_path, "Ana Lima")
    assert learner_in(tmp_path, "  ana   LIMA ").progress == first.progress
    assert learner_in(tmp_path, "ANALIMA").name == "Ana Lima"  # the name as first given
    assert learner_in(tmp_path, "Ana Lim").progress != first.progress


@pytest.mark.parametrize(
    "name", ["ana/../x", "../../etc/passwd", "..", "/abs", "a\\b", "CON", "Ana.sqlite3", "Zoë"]
)
def test_no_name_becomes_a_path(tmp_path: Path, name: str) -> None:
    learner = learner_in(tmp_path, name)
    assert learner.progress.parent == tmp_path
    assert learner.progress.name.count(".") == 1
    assert learner.progress != learner_in(tmp_path, "Ana").progress
    assert sorted(p.parent for p in tmp_path.iterdir()) == [tmp_path] * len(
        list(tmp_path.iterdir())
    )


@given(st.text(min_size=1, max_size=NAME_MAX).filter(lambda s: s.strip() and s.isprintable()))
def test_every_printable_name_stays_in_the_class_folder(name: str) -> None:
    from quizapp.serve.learners import learner_stem

    stem = learner_stem(learner_key(name))
    assert "/" not in stem and "\\" not in stem and not stem.startswith(".")
    assert stem.isascii() and stem.replace("-", "").isalnum()


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("", "Type your name."),
        ("   ", "Type your name."),
        ("x" * 10_000, "A name is at most 40 characters."),
        ("Ana\x1b[31m", "A name has only printable characters."),
        ("Ana\nBen", "A name has only printable characters."),
        ("Ana\u202e", "A name has only printable characters."),
    ],
)
def test_names_refused_with_the_reason(tmp_path: Path, name: str, why: str) -> None:
    with pytest.raises(NameRefused, match=f"^{why}$"):
        learner_in(tmp_path, name)
    assert list(tmp_path.iterdir()) == []


def test_join_codes() -> None:
    code = new_join_code()
    assert len(code) == 8 and code.isalnum() and code.isupper()
    assert code_matches(f" {code.lower()[:4]} {code[4:]}", code)
    assert not code_matches("WRONG123", code)
    assert not code_matches("", code)
    assert code_matches("anything", None)
