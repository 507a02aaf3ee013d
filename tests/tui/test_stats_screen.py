"""The stats screen: weakest questions with a key to practise them, the forecast and
accuracy charts, every chart drawn to the width there is."""

from __future__ import annotations

import pytest
from study_history import play_history
from tui_helpers import press, screen_text

from quizapp.bank.models import Bank
from quizapp.clock import FakeClock
from quizapp.store import Store
from quizapp.store.insights import weakest_questions
from quizapp.tui.app import make_app
from quizapp.tui.screens.question import QuestionScreen
from quizapp.tui.screens.stats import StatsScreen
from quizapp.tui.widgets.charts import Column, ColumnChart, draw_columns

SIZES = [(40, 15), (60, 20), (80, 24), (200, 60)]


@pytest.mark.parametrize("size", SIZES)
async def test_charts_fit_the_width_at_every_size(
    every_type: Bank, clock: FakeClock, store: Store, size: tuple[int, int]
) -> None:
    play_history([every_type], store, clock, days=16, per_day=6)
    app = make_app([every_type], store, clock=clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await press(pilot, "s")
        assert isinstance(app.screen, StatsScreen)
        charts = list(app.screen.query(ColumnChart))
        assert {chart.id for chart in charts} == {"stats-forecast", "stats-chart", "stats-weeks"}
        for chart in charts:
            app.screen.query_one("#stats-body").scroll_to_widget(chart, animate=False)
            await pilot.pause()
            width = chart.content_size.width
            lines = str(chart.render()).splitlines()
            # one line a row (no wrapping), each within the width, the axis unbroken
            assert chart.content_size.height == len(lines)
            assert all(len(line) <= width for line in lines), (size, chart.id)
            axis = next(line for line in lines if "─" in line)
            assert axis.strip() == "─" * len(axis.strip())
            # the newest day (or week) keeps its label
            assert lines[-1].strip() or lines[-2].strip()


async def test_the_last_days_chart_does_not_wrap_at_60_columns(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    play_history([every_type], store, clock, days=14, per_day=4)
    app = make_app([every_type], store, clock=clock)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        await press(pilot, "s")
        chart = app.screen.query_one("#stats-chart")
        app.screen.query_one("#stats-body").scroll_to_widget(chart, animate=False)
        await pilot.pause()
        # 5 rows of bars, one for the counts on top, the axis, day and weekday
        assert chart.region.height == 9
        text = screen_text(app)
        assert "─" * 40 in text


async def test_weakest_questions_are_listed_and_p_practises_them(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    play_history([every_type], store, clock, days=8, per_day=6)
    weakest = weakest_questions(store, [every_type], clock.now())
    assert weakest
    app = make_app([every_type], store, clock=clock)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.pause()
        await press(pilot, "s")
        text = screen_text(app)
        assert "Weakest questions" in text
        first = weakest[0]
        assert f"✘ {first.misses}/{first.answers}" in text
        assert (first.prompt or "")[:30] in text
        assert "Reviews due, next 14 days" in text
        assert "Share right, week by week" in text
        await press(pilot, "p")
        assert isinstance(app.screen, QuestionScreen)
        session = app.screen.session
        assert session.options.mode == "practice"
        assert [(i.bank.id, i.question.id) for i in session.items] == [
            (w.bank_id, w.question_id) for w in weakest
        ]


async def test_nothing_missed_offers_nothing_to_practise(
    every_type: Bank, clock: FakeClock, store: Store
) -> None:
    app = make_app([every_type], store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "s")
        assert "Nothing missed yet." in screen_text(app)
        assert "Practise weakest" not in screen_text(app)
        await press(pilot, "p")
        assert isinstance(app.screen, StatsScreen)


def test_labels_thin_out_but_the_newest_stays() -> None:
    columns = [Column(((n, ""),), label=str(10 + n)) for n in range(14)]
    wide = draw_columns(columns, 70).plain.splitlines()
    assert wide[-1].split() == [str(10 + n) for n in range(14)]
    narrow = draw_columns(columns, 30).plain.splitlines()  # two cells a column
    labels = narrow[-1].split()
    assert labels[-1] == "23" and labels == [str(10 + n) for n in range(1, 14, 2)]
    assert all(len(line) <= 30 for line in narrow)
