"""``quizapp serve`` in a process of its own, on a free port, with a private environment."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def private_env(root: Path) -> dict[str, str]:
    """The environment minus anything of the user's: own home, XDG folders and cache."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("QUIZAPP_", "XDG_", "TEXTUAL", "PYTHON"))
    }
    env.update(
        HOME=str(root / "home"),
        XDG_DATA_HOME=str(root / "home" / "data"),
        XDG_CACHE_HOME=str(root / "home" / "cache"),
        XDG_CONFIG_HOME=str(root / "home" / "config"),
        QUIZAPP_CACHE_DIR=str(root / "cache"),
        QUIZAPP_PROGRESS=str(root / "not-the-class.sqlite3"),
    )
    return env


class ServeProcess:
    """A running ``quizapp serve``; ``lines`` is what it printed before it was ready."""

    def __init__(self, args: Sequence[str | Path], root: Path, host: str = "127.0.0.1") -> None:
        self.port = free_port()
        quizapp = Path(sys.executable).parent / "quizapp"
        self.process = subprocess.Popen(
            [str(quizapp), "serve", *map(str, args), "--host", host, "--port", str(self.port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=root,
            env=private_env(root),
            start_new_session=True,  # its learners' processes go with it when it is killed
        )
        self.lines: list[str] = []
        self.url = f"http://127.0.0.1:{self.port}"
        self._wait_until_listening()

    def _wait_until_listening(self, timeout: float = 60) -> None:
        assert self.process.stdout is not None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise AssertionError(f"quizapp serve ended: {''.join(self.lines)}")
            self.lines.append(line.rstrip("\n"))
            if line.startswith("Press Ctrl+C"):
                break
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("quizapp serve is not listening")

    def stop(self) -> int:
        """Ctrl+C, as the teacher stops it; the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                return self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.process.wait()

    def kill(self) -> None:
        """SIGKILL the server and every learner's process with it."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


def page_status_once_free(url: str, timeout: float = 30) -> int:
    """The index page's status, once the server has seen a closed tab's process end."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=timeout) as page:
                return int(page.status)
        except urllib.error.HTTPError as error:
            if error.code != 503 or time.monotonic() > deadline:
                return error.code
            time.sleep(0.1)
