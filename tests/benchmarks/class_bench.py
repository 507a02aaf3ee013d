"""A class of thirty answering at once against one ``quizapp serve`` on this machine.

Each simulated learner speaks textual-serve's websocket protocol as the page's script
does (``tests/socket_learner.py``): no browser, but the same server, the same process
per learner and the same terminal output a browser would draw. A learner joins, then
answers ten typed questions as fast as the screen lets it (no pause to think: the worst
a class can do). The time measured runs from the Enter that submits an answer to the
feedback drawn on the learner's screen ("Next"), as the server sends it.

Memory per learner process is the proportional set size (PSS, from
``/proc/PID/smaps_rollup``): each learner's own memory plus its share of what the
processes share (Python, Textual's modules), so thirty of them add up to what the
machine gives the class. Read while every learner is mid-session.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from common import Result

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the helpers

import socket_learner
from serve_process import ServeProcess
from socket_learner import SocketLearner

LEARNERS = 30
QUESTIONS = 10
WORDS = [f"word{n}" for n in range(QUESTIONS)]
TARGET_MEDIAN_S = 1.0
TARGET_P95_S = 5.0
TARGET_PSS_MIB = 50.0
PROMPT = re.compile(r"Type the word (word\d+)")


def bank_text() -> str:
    questions = "".join(
        f'\n[[questions]]\nid = "{word}"\ntype = "short"\n'
        f'prompt = "Type the word {word}"\nanswers = ["{word}"]\n'
        for word in WORDS
    )
    return f'[bank]\nid = "words"\ntitle = "Words"\n{questions}'


async def learner_answers(
    client: aiohttp.ClientSession,
    url: str,
    name: str,
    all_in: asyncio.Barrier,
    halfway: asyncio.Barrier,
) -> list[float]:
    """Join as ``name`` and answer every question; the seconds from each submitted
    answer to its feedback."""
    times = []
    async with SocketLearner(client, url) as learner:
        await learner.join(name)
        await all_in.wait()  # everyone answers at once
        for number in range(QUESTIONS):
            await learner.wait_for(f"Question {number + 1} of")
            shown = learner.screen_since_mark()
            await learner.wait_for_focus("Type your answer")
            # The question just answered can be drawn again as its feedback closes: the
            # prompt drawn last is this question's. The app sends only what changed on the
            # screen, so a prompt like the one before may not be sent whole: then any
            # answer does (the time to the feedback is the same, right or wrong).
            words = PROMPT.findall(shown + learner.screen_since_mark()) or ["unsure"]
            learner.set_mark()
            await learner.send(words[-1])
            await learner.wait_for(words[-1])
            learner.set_mark()
            submitted = time.perf_counter()
            await learner.send("\r")
            await learner.wait_for("Next")
            times.append(time.perf_counter() - submitted)
            if number == QUESTIONS // 2:
                await halfway.wait()
            learner.set_mark()
            await learner.send("\r")  # on to the next question
        await learner.wait_for("Results", "results", "Your answers are saved")
    return times


def learner_pss_mib(server: ServeProcess) -> list[float]:
    """PSS of every learner's process under the server (MiB)."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            command = status.read_bytes().split(b"\0")
            if b"quizapp.commands.serve" not in command or command[0].endswith(b"sh"):
                continue
            rollup = (status.parent / "smaps_rollup").read_text()
        except OSError:
            continue
        pss = re.search(r"^Pss:\s+(\d+) kB", rollup, re.M)
        if pss is not None and _descends_from(status.parent.name, server.process.pid):
            sizes.append(int(pss.group(1)) / 1024)
    return sizes


def _descends_from(pid: str, ancestor: int) -> bool:
    while pid not in ("0", "1"):
        if int(pid) == ancestor:
            return True
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False
        pid = stat.rsplit(")", 1)[1].split()[1]
    return False


async def the_class(server: ServeProcess) -> tuple[list[float], list[float]]:
    all_in = asyncio.Barrier(LEARNERS)
    halfway = asyncio.Barrier(LEARNERS + 1)
    timeout = aiohttp.ClientTimeout(total=None)
    async with aiohttp.ClientSession(timeout=timeout) as client:
        learners = [
            asyncio.ensure_future(
                learner_answers(client, server.url, f"Learner {n}", all_in, halfway)
            )
            for n in range(LEARNERS)
        ]
        await halfway.wait()  # every learner is mid-session
        memory = learner_pss_mib(server)
        times = [t for one in await asyncio.gather(*learners) for t in one]
    return times, memory


def answers_stored(folder: Path) -> int:
    total = 0
    for file in folder.glob("*.sqlite3"):
        with sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True) as conn:
            total += conn.execute("SELECT count(*) FROM answers").fetchone()[0]
    return total


def run() -> list[Result]:
    socket_learner.TIMEOUT_S = 600.0  # thirty apps starting on two cores
    with tempfile.TemporaryDirectory(prefix="quizclass-") as name:
        root = Path(name)
        bank = root / "words.toml"
        bank.write_text(bank_text())
        args = [bank, "--class", root / "class", "--mode", "practice", "--seed", "1"]
        server = ServeProcess([*args, "--max-learners", str(LEARNERS)], root)
        try:
            started = time.perf_counter()
            times, memory = asyncio.run(the_class(server))
            took = time.perf_counter() - started
        finally:
            server.stop()
        stored = answers_stored(root / "class")
    assert len(times) == LEARNERS * QUESTIONS, len(times)
    assert stored == LEARNERS * QUESTIONS, f"{stored} answers stored of {len(times)}"
    assert len(memory) == LEARNERS, f"{len(memory)} learner processes found"
    times.sort()
    median = statistics.median(times)
    p95 = times[int(0.95 * (len(times) - 1))]
    note = f"{LEARNERS} learners x {QUESTIONS} answers, all stored; {took:.0f} s in all"
    return [
        Result("class-30-median", median, "s", TARGET_MEDIAN_S, note=note),
        Result("class-30-p95", p95, "s", TARGET_P95_S, note=f"slowest {times[-1]:.2f} s"),
        Result(
            "class-30-memory",
            statistics.median(memory),
            "MiB",
            TARGET_PSS_MIB,
            note=f"PSS per learner process, largest {max(memory):.1f} MiB",
        ),
    ]
