"""The pieces: GIFT escapes and HTML, categories, ids, format detection, the TOML writer,
and the GIFT writer's special cases."""

from __future__ import annotations

import datetime as dt

import pytest
import tomli
from hypothesis import given
from hypothesis import strategies as st

from quizapp.bank.models import (
    Bank,
    BankInfo,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    ShortQuestion,
)
from quizapp.transfer.common import IdMaker, slugify
from quizapp.transfer.files import detect_format
from quizapp.transfer.gift import category_tags, parse_gift
from quizapp.transfer.gift_answers import GiftSyntaxError, number_spec
from quizapp.transfer.gift_export import export_gift, question_gift
from quizapp.transfer.text import escape, find_unescaped, strip_html, unescape
from quizapp.transfer.toml_writer import multiline_string, number, string, value

TEXT = st.text(st.characters(exclude_categories=["Cs"]))


@given(TEXT)
def test_unescape_undoes_escape(text: str) -> None:
    assert unescape(escape(text)) == text


@given(TEXT)
def test_escaped_text_has_no_unescaped_special_character(text: str) -> None:
    escaped = escape(text)
    assert "\n" not in escaped
    for special in "~=#{}:":
        assert find_unescaped(escaped, special) == -1


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("a \\= b \\~ \\# \\{ \\} \\:", "a = b ~ # { } :"),
        ("line\\nbreak", "line\nbreak"),
        ("back\\\\slash", "back\\slash"),
        ("C:\\q stays", "C:\\q stays"),
        ("trailing \\", "trailing \\"),
    ],
)
def test_unescape_reads_what_moodle_reads(raw: str, plain: str) -> None:
    assert unescape(raw) == plain


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<ul><li>x</li><li>y</li></ul>", "x\ny"),
        ("Fish &amp; chips&nbsp;&lt;3", "Fish & chips <3"),
        ('<span class="x">kept text</span>', "kept text"),
    ],
)
def test_strip_html_keeps_the_text_and_its_breaks(html: str, plain: str) -> None:
    assert strip_html(html) == plain


@pytest.mark.parametrize(
    ("path", "tags"),
    [
        ("$course$/top/Geography/European Capitals", ["european-capitals"]),
        ("$course$/top", []),
        ("top", []),
        ("$system$/top/top", ["top"]),
        ("Science//Nature", ["science-nature"]),
        ("plain", ["plain"]),
        ("", []),
    ],
)
def test_category_gives_its_last_segment_as_tag(path: str, tags: list[str]) -> None:
    assert category_tags(path) == tags


def test_slugify_makes_ascii_words() -> None:
    assert slugify("Où est-ce que   Zoë?") == "ou-est-ce-que-zoe"
    assert slugify("中文") == ""
    assert len(slugify("word " * 40)) <= 40


def test_ids_are_stable_and_unique() -> None:
    def make(items: list[tuple[str, str]]) -> list[str]:
        maker = IdMaker()
        return [maker.make(title, text, title + text) for title, text in items]

    items = [("Q1", "a"), ("Q1", "b"), ("", "Where is it?"), ("", "Where is it?"), ("a b", "")]
    ids = make(items)
    assert ids == make(items)
    assert len(set(ids)) == len(ids)
    assert ids[0] == "Q1" and ids[1].startswith("Q1-")
    assert ids[2] == "where-is-it" and ids[3].startswith("where-is-it-") and ids[4] == "a-b"


class CountingSet(set[str]):
    """A set that counts the lookups made in it."""

    lookups = 0

    def __contains__(self, item: object) -> bool:
        self.lookups += 1
        return super().__contains__(item)


def test_many_copies_of_one_question_get_ids_in_linear_time() -> None:
    """The clash counter used to start again at 2 for every copy: n copies, n*n/2 tries."""
    maker = IdMaker()
    maker.used = CountingSet()
    copies = 2_000
    ids = [maker.make("Same title", "Same text?", "same content") for _ in range(copies)]
    assert len(set(ids)) == copies
    assert ids[:3] == ["same-title", f"same-title-{ids[1][-6:]}", f"{ids[1]}-2"]
    assert maker.used.lookups <= 3 * copies


@pytest.mark.parametrize(
    ("text", "detected"),
    [
        ("Q?\nA. x\nB. y\nANSWER: A\n", "aiken"),
        ("Q?\nA) x\nB) {y}\nANSWER: B\n", "aiken"),
        ("::t:: Q {T}", "gift"),
        ("Q {=a ~b}\n\nQ2 {F}", "gift"),
        ("$CATEGORY: a\n", "gift"),
        ("just some text\n", None),
        ("", None),
    ],
)
def test_format_is_told_from_content(text: str, detected: str | None) -> None:
    assert detect_format(text) == detected


@pytest.mark.parametrize(
    ("spec", "parsed"),
    [
        ("12", (12, 0)),
        (" 12 : 1 ", (12, 1)),
        ("10..14", (12, 2)),
        ("-5..-1", (-3, 2)),
        ("1e3", (1000, 0)),
        ("3.14:0.005", (3.14, 0.005)),
    ],
)
def test_numerical_answers(spec: str, parsed: tuple[float, float]) -> None:
    assert number_spec(spec, 0) == pytest.approx(parsed)


@pytest.mark.parametrize("spec", ["", "twelve", "14..10", "12:-1", "nan", "inf", "1..x"])
def test_bad_numerical_answers_are_refused(spec: str) -> None:
    with pytest.raises(GiftSyntaxError):
        number_spec(spec, 0)


@pytest.mark.parametrize(
    "text",
    [
        'a"b',
        'ends with "',
        '"""',
        '""""',
        "back\\slash",
        "tab\there",
        "del\x7f",
        "é中",
        "line\nbreak",
        "\nstarts with a break",
        'quote "" pair\n',
        "\\\n",
    ],
)
def test_toml_strings_read_back_unchanged(text: str) -> None:
    assert tomli.loads(f"a = {string(text)}")["a"] == text
    assert tomli.loads(f"a = {multiline_string(text)}")["a"] == text


def test_toml_values() -> None:
    assert number(12.0) == "12" and number(0.5) == "0.5" and number(1e300) == "1e+300"
    assert value(True) == "true" and value(dt.date(2023, 4, 26)) == "2023-04-26"
    assert tomli.loads(f"a = {value([['l', 'r'], ['x', 'y']])}")["a"] == [["l", "r"], ["x", "y"]]
    with pytest.raises(TypeError):
        value(dt.datetime(2023, 4, 26, 12, 0))


def _bank(*questions: object) -> Bank:
    return Bank(bank=BankInfo(id="b", title="B"), questions=list(questions))  # type: ignore[arg-type]


def test_gift_export_marks_html_looking_text_plain() -> None:
    question = ChoiceQuestion(
        id="q", type="choice", prompt="Is <b> a tag?", choices=["yes", "no"], answer="yes"
    )
    assert question_gift(question).startswith("::q::[plain]Is <b> a tag?{")
    assert parse_gift(question_gift(question)).questions[0].prompt == "Is <b> a tag?"


def test_gift_export_gives_weight_like_answers_an_explicit_weight() -> None:
    question = ShortQuestion(id="q", type="short", prompt="Half?", answers=["%50%", "half"])
    assert "=%100%%50%" in question_gift(question)
    assert parse_gift(question_gift(question)).questions[0].answers == ["%50%", "half"]  # type: ignore[attr-defined]


def test_gift_export_weights_multi_answers_like_the_grader() -> None:
    question = MultiQuestion(
        id="q", type="multi", prompt="Primes?", choices=["2", "3", "4"], answers=["2", "3"]
    )
    assert question_gift(question) == "::q::Primes?{\n\t~%50%2\n\t~%50%3\n\t~%-50%4\n}\n"


def test_gift_export_skips_what_gift_cannot_say() -> None:
    arrow = MatchQuestion(id="arrow", type="match", prompt="M", pairs=[("a->b", "1"), ("c", "2")])
    short_arrow = ShortQuestion(id="short-arrow", type="short", prompt="S", answers=["x -> y"])
    two_blanks = ClozeQuestion(id="two", type="cloze", prompt="P", text="{{a}} and {{b}}")
    order = OrderQuestion(id="order", type="order", prompt="O", items=["a", "b"])
    date = DateQuestion(id="date", type="date", prompt="D", answer=dt.date(2023, 4, 26))
    exported = export_gift(_bank(arrow, short_arrow, two_blanks, order, date))
    assert exported.written == []
    assert [question_id for question_id, _ in exported.skipped] == [
        "arrow",
        "short-arrow",
        "two",
        "order",
        "date",
    ]
    reasons = dict(exported.skipped)
    assert "'->'" in reasons["arrow"] and "2 blanks" in reasons["two"]
    assert "order" in reasons["order"] and "date" in reasons["date"]


def test_gift_export_writes_a_cloze_ending_in_its_blank_as_short_answer() -> None:
    cloze = ClozeQuestion(id="c", type="cloze", prompt="P", text="The capital is {{Paris|paris.}}")
    exported = export_gift(_bank(cloze))
    question = parse_gift(exported.text).questions[0]
    assert question.type == "short" and question.prompt == "The capital is"  # type: ignore[attr-defined]
    assert any("short answer" in item for item in dict(exported.losses)["c"])


def test_gift_export_writes_categories_from_first_tags() -> None:
    questions = [
        ShortQuestion(id=f"q{n}", type="short", prompt="P", answers=["a"], tags=tags)
        for n, tags in enumerate([[], ["dates"], ["dates", "people"], ["people"], []])
    ]
    exported = export_gift(_bank(*questions))
    categories = [line for line in exported.text.splitlines() if line.startswith("$CATEGORY")]
    assert categories == [
        "$CATEGORY: $course$/top/dates",
        "$CATEGORY: $course$/top/people",
        "$CATEGORY: $course$/top",
    ]
    imported = parse_gift(exported.text).questions
    assert [q.tags for q in imported] == [[], ["dates"], ["dates"], ["people"], []]


def test_control_characters_are_refused_where_they_stand() -> None:
    result = parse_gift("::a::Fine. {T}\n::b::Red\x1b[31m text {T}\n::c::Also fine. {F}\n")
    assert [q.id for q in result.questions] == ["a", "c"]
    assert [(p.line, p.column, p.message) for p in result.problems] == [
        (2, 9, "control character U+001B is not allowed")
    ]


def test_answers_inside_an_html_tag_are_read_as_the_whole_prompt_not_a_crash() -> None:
    # The answers' place inside a tag vanishes with the tag when HTML becomes text.
    result = parse_gift("[html]a <x {=b} y> c\n")
    assert [(q.prompt, q.type) for q in result.questions] == [("a c", "short")]
