"""``quizapp serve`` as a teacher starts it: addresses, join codes, a full class."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from click.testing import CliRunner
from serve_process import ServeProcess, page_status_once_free
from socket_learner import SocketLearner

from quizapp.cli import cli


@pytest.fixture
def started(tmp_path: Path) -> Iterator[list[ServeProcess]]:
    servers: list[ServeProcess] = []
    yield servers
    for server in servers:
        server.kill()


def test_loopback_needs_no_code_and_ctrl_c_stops_it(
    tmp_path: Path, started: list[ServeProcess]
) -> None:
    server = ServeProcess(["--class", tmp_path / "class"], tmp_path)
    started.append(server)
    assert server.lines[0] == f"Serving the class at http://127.0.0.1:{server.port}"
    assert not any(line.startswith("Join code") for line in server.lines)
    assert json.loads((tmp_path / "class" / "class.json").read_text()) == {
        "banks": [],
        "session": None,
    }
    assert server.stop() == 0


def test_another_host_gets_a_generated_code(tmp_path: Path, started: list[ServeProcess]) -> None:
    server = ServeProcess(["--class", tmp_path / "class"], tmp_path, host="0.0.0.0")
    started.append(server)
    codes = [
        line.removeprefix("Join code: ") for line in server.lines if line.startswith("Join code: ")
    ]
    assert len(codes) == 1 and len(codes[0]) == 8
    assert not server.lines[0].startswith("Serving the class at http://0.0.0.0")


def test_past_the_limit_a_newcomer_gets_a_page_saying_the_class_is_full(
    tmp_path: Path, started: list[ServeProcess]
) -> None:
    server = ServeProcess(["--class", tmp_path / "class", "--max-learners", "1"], tmp_path)
    started.append(server)

    async def one_in_then_a_newcomer() -> tuple[int, str, bool]:
        async with (
            aiohttp.ClientSession() as client,
            client.ws_connect(f"{server.url}/ws?width=80&height=24") as first,
        ):
            await first.receive(timeout=60)  # the first learner's app is drawing
            async with client.get(server.url) as page:
                status, text = page.status, await page.text()
            async with client.ws_connect(f"{server.url}/ws") as second:
                message = await second.receive(timeout=30)
            return status, text, message.type == aiohttp.WSMsgType.CLOSE

    status, text, refused = asyncio.run(one_in_then_a_newcomer())
    assert (status, refused) == (503, True)
    assert "This class is full" in text and "1 learners are in already" in text
    assert page_status_once_free(server.url) == 200  # the first one left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--count", "0"], "Invalid value for '--count'"),
        (["--tag", "nosuchtag"], "nosuchtag"),
        (["--code", "   "], "a join code is printable characters"),
        (["--sprint", "0"], "Invalid value for '--sprint'"),
        ([], "Missing option '--class'"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    given = [*args] if args == [] else ["--class", str(tmp_path / "c"), *args]
    result = CliRunner().invoke(cli, ["serve", *given])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "c").exists()


def test_a_sprint_fixed_by_serve_reaches_every_learners_app(
    tmp_path: Path, started: list[ServeProcess]
) -> None:
    server = ServeProcess(["--class", tmp_path / "class", "--sprint", "45"], tmp_path)
    started.append(server)
    session = json.loads((tmp_path / "class" / "class.json").read_text())["session"]
    assert (session["sprint"], session["mode"], session["count"]) == (45, "practice", None)

    async def join_and_wait_for_a_sprint() -> None:
        async with (
            aiohttp.ClientSession() as client,
            SocketLearner(client, server.url) as learner,
        ):
            await learner.join("Ana")
            await learner.wait_for("Sprint ◷")

    # The learner's process read the sprint from its environment: the question screen
    # counts the sprint down.
    asyncio.run(join_and_wait_for_a_sprint())


def test_a_sprint_is_practice(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--class", str(tmp_path / "c"), "--sprint", "30", "--mode", "exam"]
    )
    assert result.exit_code == 2
    assert "a sprint is practice against the clock" in result.stderr


def test_the_page_names_no_other_server(tmp_path: Path, started: list[ServeProcess]) -> None:
    # textual-serve's own page loads its font from Google Fonts: a class network
    # without the internet waited on it.
    server = ServeProcess(["--class", tmp_path / "class"], tmp_path)
    started.append(server)
    with urllib.request.urlopen(server.url) as page:
        html = page.read().decode()
    named = [a or b for a, b in re.findall(r'(?:href|src)="([^"]+)"|url\("?([^")]+)', html)]
    assert named and all(url.startswith(f"{server.url}/static/") for url in named), named
    fonts = [url for url in named if url.endswith(".ttf")]
    assert fonts
    for url in fonts:
        with urllib.request.urlopen(url) as font:
            assert font.status == 200 and len(font.read()) > 10_000


TWO_WORDS = """
[bank]
id = "words"
title = "Words"

[[questions]]
id = "one"
type = "short"
prompt = "Type the word alpha"
answers = ["alpha"]

[[questions]]
id = "two"
type = "short"
prompt = "Type the word beta"
answers = ["beta"]
"""


def test_two_tabs_of_one_learner_lose_no_answer(
    tmp_path: Path, started: list[ServeProcess]
) -> None:
    bank = tmp_path / "words.toml"
    bank.write_text(TWO_WORDS)
    server = ServeProcess([bank, "--class", tmp_path / "class", "--seed", "1"], tmp_path)
    started.append(server)

    async def answer_everything(client: aiohttp.ClientSession, name: str) -> None:
        async with SocketLearner(client, server.url) as tab:
            await tab.join(name)
            for number in (1, 2):
                await tab.wait_for(f"Question {number} of 2")
                await tab.type_into("Type your answer", "alpha")
                tab.set_mark()
                await tab.send("\r")
                await tab.wait_for("Next")
                tab.set_mark()
                await tab.send("\r")

    async def both_tabs_at_once() -> None:
        async with aiohttp.ClientSession() as client:
            await asyncio.gather(
                answer_everything(client, "Ana Lima"), answer_everything(client, "ana  LIMA")
            )

    asyncio.run(both_tabs_at_once())
    files = list((tmp_path / "class").glob("*.sqlite3"))
    assert len(files) == 1  # one learner, whatever the case and spaces
    with sqlite3.connect(files[0]) as conn:
        answers = conn.execute("SELECT question_id, response FROM answers").fetchall()
    assert sorted(answers) == [
        ("one", "alpha"),
        ("one", "alpha"),
        ("two", "alpha"),
        ("two", "alpha"),
    ]
