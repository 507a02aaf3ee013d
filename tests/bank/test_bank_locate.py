"""KeyIndex: the line and column of any key path, however the TOML is written."""

from __future__ import annotations

import pytest

from quizapp.bank.locate import KeyIndex

DOCUMENT = """\
# a comment [not a table]
[bank]
id = "b"   # trailing comment
"title" = 'T'
a.b . "c d" = 1
inline = { x = 1, list = [10, 20], sub = { deep = "q" } }

[[questions]]
id = "first"
pairs = [
  ["a", "b"],   # one
  ["c", \"\"\"d
e\"\"\"],
]
text = \"\"\"
[[questions]]
fake = "inside a string"
\"\"\"
literal = '''
answer = 1
'''

[[ questions ]]
id = "second"
[questions.sub]
k = 1
[[questions.list]]
m = 1
[[questions.list]]
m = 2
[[questions]]
'\\u0041' = 1
"\\u0041b" = 2
"""


@pytest.mark.parametrize(
    ("path", "position"),
    [
        (("bank",), (2, 1)),
        (("bank", "id"), (3, 1)),
        (("bank", "title"), (4, 1)),
        (("bank", "a", "b", "c d"), (5, 7)),
        (("bank", "inline", "x"), (6, 12)),
        (("bank", "inline", "list", 1), (6, 31)),
        (("bank", "inline", "sub", "deep"), (6, 44)),
        (("questions", 0), (8, 1)),
        (("questions", 0, "pairs"), (10, 1)),
        (("questions", 0, "pairs", 1), (12, 3)),
        (("questions", 0, "pairs", 1, 1), (12, 9)),
        (("questions", 0, "text"), (15, 1)),
        (("questions", 0, "literal"), (19, 1)),
        (("questions", 1), (23, 1)),
        (("questions", 1, "id"), (24, 1)),
        (("questions", 1, "sub", "k"), (26, 1)),
        (("questions", 1, "list", 1, "m"), (30, 1)),
        (("questions", 2, "\\u0041"), (32, 1)),
        (("questions", 2, "Ab"), (33, 1)),
    ],
)
def test_positions_of_keys_tables_and_elements(path: tuple, position: tuple[int, int]) -> None:
    assert KeyIndex(DOCUMENT).find(path) == position


def test_keys_inside_strings_are_not_keys() -> None:
    index = KeyIndex(DOCUMENT)
    assert ("questions", 0, "fake") not in index.positions
    assert ("questions", 0, "answer") not in index.positions
    assert ("questions", 3) not in index.positions


def test_an_unknown_path_falls_back_to_its_nearest_located_ancestor() -> None:
    index = KeyIndex(DOCUMENT)
    assert index.find(("questions", 1, "nope", 3)) == (23, 1)
    assert index.find(("elsewhere",)) == (1, 1)


def test_an_inline_array_of_question_tables_is_indexed() -> None:
    text = 'questions = [\n  { id = "a" },\n  { id = "b", type = "x" },\n]\n'
    index = KeyIndex(text)
    assert index.find(("questions", 1)) == (3, 3)
    assert index.find(("questions", 1, "type")) == (3, 15)


def test_text_it_cannot_read_keeps_what_was_found_before() -> None:
    index = KeyIndex('[bank]\nid = "b"\n@@@ broken\ntitle = "x"\n')
    assert index.find(("bank", "id")) == (2, 1)
    assert index.find(("bank", "title")) == (1, 1)
