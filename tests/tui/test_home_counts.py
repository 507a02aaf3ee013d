"""Home's numbers: bank counts add up, "of N" and the tags follow what is ticked."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Static
from tui_helpers import press, screen_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.session import Session, SessionOptions
from quizapp.store import Store
from quizapp.store.study import study_counts
from quizapp.tui.app import make_app
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.stats import StatsScreen
from quizapp.tui.widgets.checklist import CheckList


def answer_all(bank: Bank, store: Store, clock: FakeClock, right: set[str]) -> None:
    """One practice session over the whole bank: the questions in ``right`` answered
    right (each type's expected answer), the others with a wrong answer."""
    from quizapp.grading import expected_answer

    session = Session([bank], SessionOptions(shuffle=False), clock, store)
    while session.current is not None:
        session.begin_question()
        question = session.current.question
        session.submit(expected_answer(question) if question.id in right else "zzz")


def test_counts_add_up_to_the_bank_and_say_learning(
    every_type: Bank, store: Store, clock: FakeClock
) -> None:
    answer_all(every_type, store, clock, right={"capital", "boiling", "author"})
    counts = study_counts(store, every_type, clock.now())
    assert counts.new == 0
    assert counts.new + counts.learning + counts.due + counts.learned == len(every_type.questions)
    assert counts.total == len(every_type.questions)
    # weeks later, what was answered is due, and still adds up
    clock.advance(timedelta(days=60).total_seconds())
    later = study_counts(store, every_type, clock.now())
    assert later.due == len(every_type.questions)
    assert later.total == len(every_type.questions)


async def test_home_counts_follow_ticked_banks_and_tags(
    every_type: Bank, literal_bank: Bank, clock: FakeClock
) -> None:
    app = make_app([every_type, literal_bank], None, clock=clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        of = home.query_one("#count-of", Static)
        tags: CheckList[str] = home.query_one("#tag-list", CheckList)
        every_tags = set(every_type.tags())
        literal_tags = set(literal_bank.tags()) - every_tags
        assert str(of.render()) == "of 10"
        assert set(tags.values) == every_tags | set(literal_bank.tags())
        await press(pilot, "down", "space")  # untick the second bank
        assert str(of.render()) == "of 9"
        assert set(tags.values) == every_tags  # its own tags are gone
        for tag in literal_tags:
            assert f"] {tag}" not in screen_text(app)
        tags.set_ticked("geo", True)
        await pilot.pause()
        geo = sum(1 for q in every_type.questions if "geo" in q.tags)
        assert str(of.render()) == f"of {geo}"
        tags.set_ticked("math", True)
        await pilot.pause()
        either = sum(1 for q in every_type.questions if {"geo", "math"} & set(q.tags))
        assert str(of.render()) == f"of {either}"
        # ticking the other bank again keeps the tags ticked
        await press(pilot, "space")
        assert set(tags.selected) == {"geo", "math"}


async def test_back_home_the_keys_are_homes_again(every_type: Bank, clock: FakeClock) -> None:
    """Started from the count field, a session that ends leaves home's keys working: s
    opens the stats rather than typing into the field."""
    from textual.widgets import Input

    from quizapp.tui.screens.results import ResultsScreen
    from quizapp.tui.screens.stats import StatsScreen

    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#count", Input).focus()
        await press(pilot, "enter")
        await press(pilot, "escape", "y")
        assert isinstance(app.screen, ResultsScreen)
        await press(pilot, "h")
        assert isinstance(app.screen, HomeScreen)
        await press(pilot, "s")
        assert isinstance(app.screen, StatsScreen)


async def test_home_and_stats_screen_show_a_bank_in_the_same_words(
    every_type: Bank, store: Store, clock: FakeClock
) -> None:
    answer_all(every_type, store, clock, right={"capital", "boiling", "author"})
    counts = study_counts(store, every_type, clock.now())
    line = (
        f"{counts.new} new · {counts.learning} learning · {counts.due} due · "
        f"{counts.learned} learned"
    )
    app = make_app([every_type], store, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert line in screen_text(app)
        await press(pilot, "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        assert line in screen_text(app)
