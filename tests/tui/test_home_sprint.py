"""A sprint started from the home screen with the keyboard: its seconds, its clock, and the
personal best on the results; the home screen opens on it next time."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, RadioSet
from tui_helpers import notices, press, screen_text, type_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.paths import Settings, read_settings
from quizapp.session import SessionOptions
from quizapp.store import Store
from quizapp.tui.app import QuizApp, make_app
from quizapp.tui.screens.feedback import FeedbackScreen
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.question import QuestionScreen
from quizapp.tui.screens.results import ResultsScreen
from quizapp.tui.widgets.checklist import CheckList


def shown(home: HomeScreen, widget_id: str) -> bool:
    """Whether the widget is on the screen (neither it nor a parent hidden)."""
    return home.query_one(f"#{widget_id}").display and all(
        ancestor.display for ancestor in home.query_one(f"#{widget_id}").ancestors_with_self
    )


async def answer_the_one_question(app: QuizApp, pilot: Pilot[None], answer: str) -> str:
    """On the question screen of a one-question sprint: answer, then on to the results;
    the results' text."""
    assert isinstance(app.screen, QuestionScreen)
    await type_text(pilot, answer)
    await press(pilot, "enter")
    assert isinstance(app.screen, FeedbackScreen)
    await press(pilot, "enter")
    assert isinstance(app.screen, ResultsScreen)
    return " ".join(screen_text(app).split())


async def test_a_sprint_is_picked_and_timed_on_home_and_its_best_shown_on_the_results(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    app = make_app([every_type], store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert not shown(home, "sprint-time")  # practice: no sprint length asked
        # one question (a typed one, which expected_answer answers right); tags still count
        home.query_one("#tag-list", CheckList).set_ticked("books", True)
        # banks -> mode: right three times to Sprint, space picks it
        await press(pilot, "tab", "right", "right", "right", "space")
        assert shown(home, "sprint-time")
        for hidden in ("count", "question-time", "session-time"):
            assert not shown(home, hidden), hidden  # a sprint has no count nor limits
        assert "as many as you can" in screen_text(app)
        await press(pilot, "tab")
        assert app.focused is home.query_one("#sprint-time")
        await press(pilot, "ctrl+u")
        await type_text(pilot, "45")
        await press(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        options = screen.session.options
        assert (options.mode, options.sprint, options.count) == ("practice", 45, None)
        assert options.tags == ("books",)
        assert "45.0 s" in screen_text(app)  # the sprint's clock
        text = await answer_the_one_question(app, pilot, "Orwell")
        assert "Sprint: 1 in 45 s" in text, text
        assert "first sprint of this length" in text

        # again from home: the sprint is still picked, with its seconds; the best is shown
        await press(pilot, "h")
        assert isinstance(app.screen, HomeScreen)
        await press(pilot, "enter")
        text = await answer_the_one_question(app, pilot, "Huxley")
        assert "Sprint: 0 in 45 s (personal best 1)" in text, text
    assert read_settings()[0] == Settings(mode="sprint", sprint=45)

    # next run, home opens on the sprint
    again = make_app([every_type], store, clock=clock)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = again.screen
        assert isinstance(home, HomeScreen)
        pressed = home.query_one("#mode", RadioSet).pressed_button
        assert pressed is not None and pressed.name == "sprint"
        assert home.query_one("#sprint-time", Input).value == "45"


@pytest.mark.parametrize(("value", "said"), [("", "how many seconds"), ("0", "more than 0")])
async def test_a_sprint_needs_its_seconds(
    every_type: Bank, clock: FakeClock, value: str, said: str
) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        home.query_one("#mode", RadioSet).query("RadioButton")[3].value = True
        home.query_one("#sprint-time", Input).value = value
        await press(pilot, "enter")
        assert isinstance(app.screen, HomeScreen)
        assert app.focused is home.query_one("#sprint-time")
        assert any(said in n for n in notices(app))


@pytest.mark.parametrize("size", [(40, 15), (60, 20), (80, 24), (200, 60)])
async def test_the_sprint_field_is_reachable_at_every_size(
    every_type: Bank, clock: FakeClock, size: tuple[int, int]
) -> None:
    app = make_app([every_type], None, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await press(pilot, "tab")
        text = screen_text(app)
        for mode in ("Practice", "Exam", "Review", "Sprint"):  # every mode whole on screen
            assert f"▐●▌ {mode}" in text, text
        await press(pilot, "right", "right", "right", "space", "tab")
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert app.focused is home.query_one("#sprint-time")
        await pilot.pause()
        lines = screen_text(app).splitlines()
        assert any("Sprint" in line and "seconds" in line for line in lines), lines


async def test_home_opened_on_a_saved_sprint_keeps_the_saved_count_for_the_other_modes(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    """The count field, hidden under a sprint, holds the saved count (it showed 10)."""
    settings = Settings(mode="sprint", sprint=45, count=5)
    options = SessionOptions(sprint=45, count=None)
    app = make_app([every_type], store, options, clock=clock, settings=settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert home.query_one("#count", Input).value == "5"
        await press(pilot, "tab", "left", "left", "left", "space")  # sprint -> practice
        assert shown(home, "count")
        assert home.query_one("#count", Input).value == "5"
