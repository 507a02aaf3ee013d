"""A class in a real browser: learners join ``quizapp serve`` in headless Chromium,
answer, misbehave and lose nothing; the report shows exactly what they did."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import CHROMIUM_ARGS, Learner, chromium_path, class_files, why_no_browser
from click.testing import CliRunner
from serve_process import ServeProcess, page_status_once_free

from quizapp.cli import cli

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(why_no_browser() is not None, reason=str(why_no_browser())),
]

BANK = """
[bank]
id = "ukraine"
title = "Ukraine"

[[questions]]
id = "capital"
type = "short"
prompt = "Which city is the capital of Ukraine?"
answers = ["Kyiv"]

[[questions]]
id = "river"
type = "short"
prompt = "Which river flows through Kyiv?"
answers = ["Dnipro"]
"""
PROMPTS = {"capital": "capital of Ukraine", "river": "flows through Kyiv"}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def servers() -> Iterator[list[ServeProcess]]:
    started: list[ServeProcess] = []
    yield started
    for server in started:
        server.kill()


def serve(
    tmp_path: Path, servers: list[ServeProcess], *args: str, host: str = "127.0.0.1"
) -> ServeProcess:
    bank = tmp_path / "ukraine.toml"
    bank.write_text(BANK)
    fixed = ["--mode", "practice", "--seed", "7"]
    server = ServeProcess([bank, "--class", tmp_path / "class", *fixed, *args], tmp_path, host=host)
    servers.append(server)
    return server


def answer_both(learner: Learner, answers: dict[str, str]) -> None:
    """Answer the two questions in the order they come, each from ``answers``. (The
    question just answered may be drawn again as its feedback closes: the next one is
    the one not answered yet.)"""
    waiting = dict(PROMPTS)
    for _ in range(2):
        shown = learner.wait_for(*waiting.values())
        learner.settle()
        question = next(q for q, prompt in waiting.items() if prompt == shown)
        del waiting[question]
        learner.type_line(answers[question])
        learner.wait_for("Next")  # the feedback
        learner.press("Enter")


def report(folder: Path) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["report", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_two_learners_answer_and_the_report_shows_exactly_that(
    tmp_path: Path, browser: Any, servers: list[ServeProcess]
) -> None:
    server = serve(tmp_path, servers)
    ana = Learner(browser.new_context(), server.url)
    ben = Learner(browser.new_context(), server.url)
    ana.join("Ana")
    ben.join("Ben")
    answer_both(ana, {"capital": "Kyiv", "river": "Volga"})
    answer_both(ben, {"capital": "Lviv", "river": "Dnipro"})
    ana.wait_for("Results", "results")
    data = report(tmp_path / "class")
    assert [(one["name"], one["answered"], one["score_pct"]) for one in data["learners"]] == [
        ("Ana", 2, 50.0),
        ("Ben", 2, 50.0),
    ]
    questions = {q["question"]: q for q in data["questions"]}
    assert questions["capital"]["facility_pct"] == 50.0
    assert questions["capital"]["wrong_answers"] == [{"response": "Lviv", "count": 1}]
    assert questions["river"]["wrong_answers"] == [{"response": "Volga", "count": 1}]
    assert {q["learners"] for q in questions.values()} == {2}


def test_misuse_gets_a_clear_answer_and_loses_no_committed_answer(
    tmp_path: Path, browser: Any, servers: list[ServeProcess]
) -> None:
    server = serve(tmp_path, servers, "--code", "ABCD2345", "--max-learners", "2", host="0.0.0.0")
    folder = tmp_path / "class"
    context = browser.new_context()

    # A wrong code: refused, nothing opened.
    first = Learner(context, server.url)
    first.join("Cy", code="WRONG999")
    first.wait_for("That join code is not this class's")
    assert class_files(folder) == []
    # Names: far too long, with a control character, with ../ (taken, but as a hash).
    first.page.keyboard.press("Control+u")  # the code field has the focus back
    first.type_text("ABCD2345")
    first.press_and_settle("Shift+Tab")  # to the name; a problem with it leaves it there
    for name, problem in [
        ("x" * 10_000, "A name is at most 40 characters."),
        ("Cy\x07", "A name has only printable characters."),
    ]:
        first.page.keyboard.press("Control+u")
        first.set_mark()
        first.paste(name)
        first.wait_for(name[:12].replace("\x07", ""))
        first.set_mark()
        first.page.keyboard.press("Enter")
        first.wait_for(problem)
        assert class_files(folder) == []
    first.type_text("../Cy")
    first.set_mark()
    first.page.keyboard.press("Enter")
    first.wait_for(*PROMPTS.values())
    first.settle()
    [file] = class_files(folder)
    assert file.parent == folder and file.name.startswith("cy-")

    # One answer, then the tab is closed in the middle of the next question.
    first.type_line("Kyiv" if "capital" in first.screen_since_mark() else "Dnipro")
    first.wait_for("Next")
    first.press("Enter")
    first.wait_for(*PROMPTS.values())
    first.settle()
    first.close()

    # Two learners in: a third gets a page saying the class is full.
    second = Learner(context, server.url)
    second.join("Dee", code="abcd2345")
    second.wait_for(*PROMPTS.values())
    second.settle()
    second.type_line("Lviv")
    second.wait_for("Next")
    assert page_status_once_free(server.url) == 200  # the closed tab's process has ended
    third = Learner(context, server.url)
    third.join("Eve", code="ABCD2345")
    shown = third.wait_for(*PROMPTS.values())
    third.settle()
    third.type_line("Kyiv" if "capital" in shown else "Dnipro")
    third.wait_for("Next")
    fourth = context.new_page()
    response = fourth.goto(server.url)
    assert response is not None and response.status == 503
    assert "This class is full" in fourth.inner_text("body")
    assert "2 learners are in already" in fourth.inner_text("body")

    # The server is killed mid-session: every committed answer is in the files.
    server.kill()
    data = report(folder)
    answered = {one["name"]: one["attempts"] for one in data["learners"]}
    assert answered == {"../Cy": 1, "Dee": 1, "Eve": 1}


def test_the_page_asks_nothing_of_any_other_server(
    tmp_path: Path, browser: Any, servers: list[ServeProcess]
) -> None:
    # textual-serve's own page loads its font from Google Fonts: a class network
    # without the internet waited on it.
    server = serve(tmp_path, servers)
    context = browser.new_context()
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    learner = Learner(context, server.url)
    learner.wait_for("Your name")
    learner.page.wait_for_load_state("networkidle")
    assert requested and all(url.startswith(f"{server.url}/") for url in requested), requested
    assert any(url.endswith(".ttf") for url in requested)  # the font, from this server
