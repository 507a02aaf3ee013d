"""Loading files: every way a file can be unusable gives one clear, located line."""

from __future__ import annotations

from pathlib import Path

import pytest
from bank_text import HEADER, bank, line_of, question

from quizapp.bank.files import bank_files
from quizapp.bank.loader import MAX_BANK_BYTES, decode_bank_bytes, load_bank, parse_bank
from quizapp.bank.problems import WHOLE_FILE, BankError


def problems_of(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(BankError) as caught:
        parse_bank(text, "b.toml")
    return [(p.line, p.column, p.message) for p in caught.value.problems]


def test_a_misspelt_key_on_line_40_is_reported_at_line_40_with_a_suggestion() -> None:
    questions = [question("truefalse", qid=f"q{n}") for n in range(5)]
    text = bank(
        *questions, question("choice", 'choices = ["Kyiv", "Lviv"]\nanswr = "Kyiv"\n', "q5")
    )
    assert line_of(text, "answr") == 40
    with pytest.raises(BankError) as caught:
        parse_bank(text, "bank.toml")
    (problem,) = caught.value.problems
    assert str(problem) == "bank.toml:40:1: [q5] unknown key 'answr' (did you mean 'answer'?)"


def test_a_missing_file_is_one_line_about_the_file(tmp_path: Path) -> None:
    with pytest.raises(BankError) as caught:
        load_bank(tmp_path / "nope.toml")
    (problem,) = caught.value.problems
    assert problem.line == WHOLE_FILE
    assert str(problem) == f"{tmp_path / 'nope.toml'}: cannot read file: No such file or directory"


def test_bank_files_reports_a_missing_path_and_an_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(BankError, match="no such file or folder"):
        bank_files([tmp_path / "nope"])
    (tmp_path / "notes.txt").write_text("not a bank")
    with pytest.raises(BankError) as caught:
        bank_files([tmp_path])
    assert str(caught.value) == f"{tmp_path}: folder holds no bank files (*.toml)"


def test_bank_files_finds_banks_in_subfolders_in_order(tmp_path: Path) -> None:
    for name in ("b.toml", "a.toml", "sub/c.toml"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("")
    assert [p.relative_to(tmp_path).as_posix() for p in bank_files([tmp_path])] == [
        "a.toml",
        "b.toml",
        "sub/c.toml",
    ]


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n", b"\xef\xbb\xbf\n"])
def test_an_empty_file_says_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.toml"
    path.write_bytes(content)
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert str(caught.value) == (
        f"{path}:1:1: file is empty (run 'quizapp new FILE' for a starter bank)"
    )


def test_non_utf8_bytes_are_located_by_line_and_character_column() -> None:
    data = (HEADER + 'description = "Kyïv and ').encode() + b'caf\xe9"\n'
    with pytest.raises(BankError) as caught:
        decode_bank_bytes(data, "b.toml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (4, len('description = "Kyïv and caf') + 1)
    assert problem.message == "not UTF-8 text (byte 0xe9); save the file as UTF-8"


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as out:
        out.truncate(MAX_BANK_BYTES + 1)
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert str(caught.value) == (
        f"{path}: file is 8.0 MiB; a bank may be at most 8 MiB (split it into several banks)"
    )


def test_a_folder_given_as_a_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(BankError) as caught:
        load_bank(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder, not a bank file"


def test_a_byte_order_mark_and_windows_line_endings_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "windows.toml"
    text = bank(question("cloze", 'text = """The {{cat}}\nsat."""\n'))
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    loaded = load_bank(path)
    assert loaded.path == str(path)
    assert loaded.questions[0].text == "The {{cat}}\nsat."  # type: ignore[union-attr]


def test_problems_in_a_windows_file_are_on_the_right_line() -> None:
    text = bank(question("truefalse", "answer = 1\n")).replace("\n", "\r\n")
    assert problems_of(text) == [(9, 1, "'answer' should be true or false, got the number 1")]


@pytest.mark.parametrize(
    ("escape", "code"),
    [
        ("\\u001b[31m", "U+001B"),
        ("\\r", "U+000D"),
        ("\\b", "U+0008"),
        ("\\u0085", "U+0085"),
        ("\\u202e", "U+202E"),
        ("\\u2066", "U+2066"),
        ("\\U0000009b", "U+009B"),
    ],
)
def test_control_characters_are_refused_wherever_they_are(escape: str, code: str) -> None:
    text = bank(question("choice", f'choices = ["a{escape}", "b"]\nanswer = "b"\n'))
    (problem,) = problems_of(text)
    assert problem[0] == line_of(text, "choices")
    assert (
        problem[2]
        == f"'choices' holds control character {code}, which could drive the terminal; remove it"
    )


def test_a_control_character_in_a_key_is_refused() -> None:
    text = HEADER + '"x\\u001by" = 1\n' + question("truefalse")
    (problem,) = problems_of(text)
    assert problem[0] == 4 and "U+001B" in problem[2]


def test_tabs_newlines_and_ordinary_unicode_are_allowed() -> None:
    text = bank(
        question(
            "short",
            'answers = ["Zelenskyy", "Зеленський", "a\\tb"]\n',
            prompt="Who? \\u00e9 — “quoted”\\n",
        )
    )
    assert parse_bank(text, "b.toml").questions[0].prompt == "Who? é — “quoted”\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEADER, [(1, 1, "no questions: add a [[questions]] table for each question")]),
        (
            HEADER + "questions = []\n",
            [
                (
                    4,
                    1,
                    "unknown key 'questions' in [bank]: "
                    "write each question as a [[questions]] table",
                )
            ],
        ),
        (
            'questions = "none"\n' + HEADER,
            [(1, 1, "'questions' should be [[questions]] tables, got text \"none\"")],
        ),
        (
            "questions = []\n" + HEADER,
            [(1, 1, "no questions: add a [[questions]] table for each question")],
        ),
        (
            'questions = ["a", 3]\n' + HEADER,
            [
                (1, 14, 'question 1 should be a table, got text "a"'),
                (1, 19, "question 2 should be a table, got the number 3"),
            ],
        ),
        (
            HEADER + "[questions.first]\nid = 1\n",
            [(4, 1, "questions are written [[questions]], in double brackets, one table each")],
        ),
        (
            'bank = "mine"\n' + question("truefalse"),
            [(1, 1, "'bank' should be a table, got text \"mine\"")],
        ),
    ],
)
def test_questions_and_bank_of_the_wrong_shape_are_located(
    text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert problems_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a = 1\na = 2\n",
            (2, "TOML syntax: 'a' is set twice (a key can appear only once in a table)"),
        ),
        (
            'x = "a\\q"\n',
            (
                1,
                "TOML syntax: a backslash in text must be written \\\\ "
                "(or wrap the text in 'single quotes')",
            ),
        ),
        (
            "x = [1,\n2,\n",
            (
                3,
                "TOML syntax: a value is missing "
                "(after '=', or in an array [ or table { left open above)",
            ),
        ),
        (
            "x =\n",
            (
                1,
                "TOML syntax: a value is missing "
                "(after '=', or in an array [ or table { left open above)",
            ),
        ),
        ("[[questions]\n", (1, "TOML syntax: expected ']]' at the end of an array declaration")),
        ("x y = 1\n", (1, "TOML syntax: expected '=' after a key in a key/value pair")),
        (
            "x = 1 2\n",
            (1, "TOML syntax: unexpected text after the value (one key = value per line)"),
        ),
        (
            "[[questions]]\nid = 'a'\n[questions]\n",
            (
                3,
                "TOML syntax: table [questions] is declared twice "
                "(each question starts with [[questions]], in double brackets)",
            ),
        ),
    ],
)
def test_toml_syntax_errors_are_explained(text: str, expected: tuple[int, str]) -> None:
    ((line, _, message),) = problems_of(text)
    assert (line, message) == expected


def test_a_bank_id_must_be_usable_as_a_key() -> None:
    text = bank(question("truefalse")).replace('id = "test-bank"', 'id = "-bank"')
    assert problems_of(text) == [
        (
            2,
            1,
            "[bank] 'id' may hold only letters, digits, '.', '_' and '-', "
            'starting with a letter or digit; got text "-bank"',
        )
    ]


def test_deep_nesting_is_a_located_error_not_a_crash() -> None:
    text = HEADER + "x = " + "[" * 5000 + "]" * 5000 + "\n" + question("truefalse")
    for line, column, _ in problems_of(text):
        assert line >= 1 and column >= 1
