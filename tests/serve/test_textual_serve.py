"""The study app under textual-serve: its web driver talks over pipes, not a terminal."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shlex
import sys
from pathlib import Path

import pytest
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

from quizapp.serve.config import CONFIG_ENV, ClassConfig
from quizapp.serve.server import ClassServer, learner_command

ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[@-Z\\-_]")


async def first_screen(command: str, text: bytes, timeout: float = 60) -> bytes:
    """Run ``command`` as textual-serve runs it for a browser tab, until ``text`` is drawn."""
    received = bytearray()
    drawn = asyncio.Event()
    closed = asyncio.Event()

    async def write_bytes(data: bytes) -> None:
        received.extend(data)
        if text in ANSI.sub(b"", bytes(received)):
            drawn.set()

    async def write_str(data: str) -> None:
        pass

    async def close() -> None:
        closed.set()

    service = AppService(
        command,
        write_bytes=write_bytes,
        write_str=write_str,
        close=close,
        download_manager=DownloadManager(),
    )
    await service.start(80, 24)
    try:
        await asyncio.wait(
            [asyncio.ensure_future(drawn.wait()), asyncio.ensure_future(closed.wait())],
            timeout=timeout,
            return_when=asyncio.FIRST_COMPLETED,
        )
    finally:
        await service.stop()
        # textual-serve leaves the ended process to the garbage collector, whose cleanup
        # after this loop has closed disturbs the interpreter: wait for it here (the
        # service offers no other handle on it).
        process = service._process
        if process is not None:
            await process.wait()
    return ANSI.sub(b"", bytes(received)) if drawn.is_set() else b""


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUIZAPP_PROGRESS", str(tmp_path / "progress.sqlite3"))
    monkeypatch.setenv("QUIZAPP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


async def test_quizapp_play_starts_under_textual_serve(isolated: Path) -> None:
    # It refused before: its "needs a terminal" guard saw the web driver's pipes.
    command = f"{shlex.quote(sys.executable)} -m quizapp play"
    assert b"study from question banks" in await first_screen(command, b"study from question banks")


async def test_a_learners_process_starts_at_the_join_screen(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = ClassConfig(class_dir=str(isolated / "class"), code="ABCD2345")
    monkeypatch.setenv(CONFIG_ENV, config.to_env())
    screen = await first_screen(learner_command(), b"Join code")
    assert b"Your name" in screen


async def test_no_bank_path_reaches_the_command_line(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = isolated / "x; touch PWNED; $(touch PWNED2) `touch PWNED3`"
    folder.mkdir()
    bank = folder / "bank.toml"
    bank.write_text(
        '[bank]\nid = "b"\ntitle = "B"\n\n[[questions]]\nid = "q"\ntype = "short"\n'
        'prompt = "Say yes"\nanswers = ["yes"]\n'
    )
    config = ClassConfig(class_dir=str(isolated / "class"), banks=[str(bank)])
    server = ClassServer(config, "127.0.0.1", 8000, 60)
    assert (
        server.command
        == learner_command()
        == f"{shlex.quote(sys.executable)} -m quizapp.commands.serve"
    )
    monkeypatch.setenv(CONFIG_ENV, config.to_env())
    assert b"Your name" in await first_screen(server.command, b"Your name")
    assert sorted(p.name for p in isolated.iterdir() if p.name.startswith("PWNED")) == []
    assert json.loads(os.environ[CONFIG_ENV])["banks"] == [str(bank)]
