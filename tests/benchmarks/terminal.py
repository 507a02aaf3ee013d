"""Run a program in a real terminal (tmux) and time it until given text is on the screen.

One tmux server on its own socket serves every run; a session that stays open keeps
it alive, so no run pays for starting the server. Each run opens a new session at
the benchmark's size running the program directly (``exec``: the pane's process is
the program, so its memory can be read from /proc), polls the screen until the text
appears, reads the program's peak memory, and closes the session.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass

SOCKET = "quizbench"
WIDTH, HEIGHT = 100, 30
TIMEOUT_S = 30.0
POLL_INTERVAL_S = 0.002
"""Between screen reads: short for resolution, not so short that polling takes a core
away from the program being timed (the machine has two)."""


class TerminalError(RuntimeError):
    """tmux is missing, or the program never showed the text."""


@dataclass(frozen=True)
class Shown:
    """One run: how long until the text was on the screen, and the program's peak memory."""

    seconds: float
    peak_rss_mib: float
    cpu_seconds: float
    """CPU time the program had used by then (all its threads): unlike the wall time,
    hardly moved by whatever else the machine is doing."""


def _flat(text: str) -> str:
    """Text with every run of whitespace made one space: wrapped lines read as one."""
    return re.sub(r"\s+", " ", text).strip()


class Terminal:
    """A private tmux server; use as a context manager so the server is always killed."""

    def __init__(self) -> None:
        tmux = shutil.which("tmux")
        if tmux is None:
            raise TerminalError("tmux is not installed")
        self.tmux = tmux
        self._runs = 0

    def __enter__(self) -> Terminal:
        self._tmux("kill-server", check=False)  # a server left over from an interrupted run
        self._tmux(
            "new-session",
            "-d",
            "-s",
            "keepalive",
            "-x",
            str(WIDTH),
            "-y",
            str(HEIGHT),
            "sleep 100000",
        )
        return self

    def __exit__(self, *exc: object) -> None:
        self._tmux("kill-server", check=False)

    def show(self, argv: Sequence[str], text: str, env: dict[str, str] | None = None) -> Shown:
        """Start ``argv`` in a new session; time until ``text`` is on its screen."""
        self._runs += 1
        name = f"run{self._runs}"
        exports = "".join(f"{key}={shlex.quote(value)} " for key, value in (env or {}).items())
        command = f"exec env {exports}{shlex.join(argv)}" if exports else f"exec {shlex.join(argv)}"
        wanted = _flat(text)
        start = time.perf_counter()
        self._tmux("new-session", "-d", "-s", name, "-x", str(WIDTH), "-y", str(HEIGHT), command)
        try:
            pid = int(self._tmux("display-message", "-p", "-t", name, "#{pane_pid}"))
            while True:
                screen = self._tmux("capture-pane", "-p", "-t", name, check=False)
                if wanted in _flat(screen):
                    seconds = time.perf_counter() - start
                    break
                if time.perf_counter() - start > TIMEOUT_S:
                    raise TerminalError(
                        f"{argv[0]}: {text!r} not on the screen after {TIMEOUT_S:g} s; "
                        f"the screen shows:\n{screen}"
                    )
                time.sleep(POLL_INTERVAL_S)
            return Shown(seconds, peak_rss_mib(pid), cpu_seconds(pid))
        finally:
            self._tmux("kill-session", "-t", name, check=False)

    def _tmux(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            [self.tmux, "-L", SOCKET, *args],
            capture_output=True,
            text=True,
            env={**os.environ, "TMUX": ""},
        )
        if check and result.returncode != 0:
            raise TerminalError(f"tmux {args[0]}: {result.stderr.strip()}")
        return result.stdout


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MiB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise TerminalError(f"no VmHWM for process {pid}")


def cpu_seconds(pid: int) -> float:
    """CPU time used so far by every thread of the process (from /proc schedstat, in ns)."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/schedstat", encoding="ascii") as stat:
            total += int(stat.read().split()[0])
    return total / 1e9
