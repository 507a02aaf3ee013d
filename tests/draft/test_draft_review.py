"""``quizapp draft --review``: the review screen, pressed through with Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import OptionList, Static

from quizapp.draft.writer import DraftedBank, draft_bank
from quizapp.tui.screens.draft_review import (
    DraftPreviewScreen,
    DraftReviewApp,
    DraftReviewScreen,
)
from quizapp.tui.screens.help import HelpScreen
from quizapp.tui.widgets.answers import AnswerWidget

ARTICLE = Path(__file__).parent / "articles" / "xi-zelensky.txt"
SIZES = [(40, 15), (60, 20), (80, 24), (200, 60)]


@pytest.fixture(scope="module")
def drafted() -> DraftedBank:
    text = ARTICLE.read_text("utf-8")
    return draft_bank(text, article="xi-zelensky.txt", bank_id="call", year=2023)


def on_screen(widget: Widget, size: tuple[int, int]) -> bool:
    """The widget is laid out with some room, wholly inside the terminal."""
    region = widget.region
    width, height = size
    return (
        region.width > 0 and region.height > 0 and region.right <= width and region.bottom <= height
    )


def text_of(widget: Static) -> str:
    return str(widget.render())


async def test_space_drops_and_w_ends_with_the_kept_questions(drafted: DraftedBank) -> None:
    app = DraftReviewApp(drafted)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "down", "down", "space", "space", "down", "space")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DraftReviewScreen)
        assert screen.kept[:4] == [False, True, True, False]
        title = app.screen.query_one("#draft-review-title")
        assert f"{len(drafted.questions) - 2} of {len(drafted.questions)} kept" in str(
            title.query_one(".title-right", Static).render()
        )
        await pilot.press("w")
        await pilot.pause()
    kept = app.kept_indexes
    assert kept == [0 + i for i in range(len(drafted.questions)) if i not in (0, 3)]
    written = drafted.text(kept)
    assert written.count("[[questions]]") == len(drafted.questions) - 2
    assert 'id = "role-1"' not in written


async def test_the_list_shows_each_question_with_its_sentence(drafted: DraftedBank) -> None:
    app = DraftReviewApp(drafted)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert options.option_count == len(drafted.questions)
        first = str(options.get_option_at_index(0).prompt)
        question, origin = drafted.questions[0]
        assert "✓ keep" in first and question.id in first and question.prompt in first
        assert "from: China’s President Xi Jinping engages" in first
        await pilot.press("space")
        assert "✗ drop" in str(options.get_option_at_index(0).prompt)
        assert origin.source.startswith("China’s President")


async def test_enter_shows_the_question_as_a_learner_sees_it_and_grades_a_try(
    drafted: DraftedBank,
) -> None:
    app = DraftReviewApp(drafted)
    index = next(i for i, (q, _) in enumerate(drafted.questions) if q.id == "number-1")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one(OptionList).highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, DraftPreviewScreen)
        assert "____-point" in text_of(preview.query_one("#preview-prompt", Static))
        assert preview.query_one(AnswerWidget).has_focus_within
        await pilot.press("1", "2", "enter")
        await pilot.pause()
        verdict = text_of(preview.query_one("#preview-verdict", Static))
        assert verdict.startswith("Correct") and "12" in verdict
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DraftReviewScreen)
        assert app.screen.query_one(OptionList).highlighted == index


async def test_w_with_nothing_kept_writes_nothing_and_says_why() -> None:
    article = "Mayor Ada Holm said, “The library reopens on Monday.” Critic Lu Fen agreed."
    drafted = draft_bank(article, article="short.txt", bank_id="short")
    app = DraftReviewApp(drafted)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DraftReviewScreen)
        for _ in drafted.questions:
            await pilot.press("space", "down")
        await pilot.press("w")
        await pilot.pause()
        assert app.is_running and app.kept_indexes is None
        assert isinstance(app.screen, DraftReviewScreen)
        await pilot.press("a", "w")
        await pilot.pause()
    assert app.kept_indexes == list(range(len(drafted.questions)))


async def test_question_mark_lists_the_review_keys(drafted: DraftedBank) -> None:
    app = DraftReviewApp(drafted)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_text = text_of(app.screen.query_one("#help-text", Static))
        for words in ("Draft review screen", "Keep/drop", "Try it", "Write kept"):
            assert words in help_text
        await pilot.press("escape")
        assert isinstance(app.screen, DraftReviewScreen)


@pytest.mark.parametrize("size", SIZES)
async def test_the_review_and_the_preview_fit_every_size(
    drafted: DraftedBank, size: tuple[int, int]
) -> None:
    app = DraftReviewApp(drafted)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        options = screen.query_one(OptionList)
        assert on_screen(options, size) and options.has_focus
        assert on_screen(screen.query_one("#draft-review-title"), size)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        preview = app.screen
        assert isinstance(preview, DraftPreviewScreen)
        assert on_screen(preview.query_one("#preview-body"), size)
        answer = preview.query_one(AnswerWidget)
        assert on_screen(answer, size) and answer.has_focus_within
