"""A real terminal for the end-to-end tests: one private tmux server per test.

The program runs in the pane under a small shell that prints its exit status when
it ends and keeps the pane open, so a test can read the last screen and the status.
Killing the server at the end hangs up on the shell and whatever still runs. Every
wait polls the screen against a deadline: nothing sleeps for a fixed time, so a
slow, busy machine only makes a test slower, never wrong.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

POLL_INTERVAL_S = 0.02
TIMEOUT_S = 15.0

# The program runs under a shell that prints its exit status and then stays, so the
# last screen and the status can be read. (tmux's own remain-on-exit was tried: its
# server now and then left the ended program unreaped, so the status never came.)
SHELL_AROUND = '"$0" "$@"; echo "EXIT=$?"; exec sleep 3600'
EXIT_LINE = re.compile(r"^EXIT=(\d+)$", re.MULTILINE)


def flat(text: str) -> str:
    """Every run of whitespace made one space, so a wrapped line reads as one."""
    return re.sub(r"\s+", " ", text).strip()


def tmux_path() -> str | None:
    return shutil.which("tmux")


class TerminalTimeout(AssertionError):
    """The screen never showed what a test waited for; the message holds the screen."""


class Terminal:
    """One program in a tmux pane of a given size, on a tmux server of its own."""

    def __init__(self, tmux: str, width: int, height: int) -> None:
        self.tmux = tmux
        self.width = width
        self.height = height
        # A socket name of its own: parallel tests never share a server.
        self.socket = f"quizapp-e2e-{uuid.uuid4().hex[:12]}"
        self._started = False
        self._socket_path: Path | None = None

    def _run(
        self, *args: str, env: Mapping[str, str] | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        # -u: read the screen as UTF-8 whatever the locale ("✔", "–").
        return subprocess.run(
            [self.tmux, "-u", "-L", self.socket, "-f", "/dev/null", *args],
            env=None if env is None else dict(env),
            capture_output=True,
            text=True,
            check=check,
            timeout=TIMEOUT_S,
        )

    def start(self, argv: Sequence[str], env: Mapping[str, str], cwd: Path) -> None:
        """Start ``argv`` in the pane with exactly ``env`` (the server inherits it)."""
        assert not self._started, "one program per terminal"
        self._started = True
        self._run(
            "start-server",
            ";",
            "set-option",
            "-g",
            "default-terminal",
            env.get("TERM", "xterm-256color"),
            ";",
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-c",
            str(cwd),
            "-x",
            str(self.width),
            "-y",
            str(self.height),
            "--",
            "sh",
            "-c",
            SHELL_AROUND,
            *argv,
            env=env,
        )
        self._socket_path = Path(self._pane("#{socket_path}"))

    def kill(self) -> None:
        """Stop the server and the program in it (safe to call more than once)."""
        if self._started:
            self._run("kill-server", check=False)
            self._started = False
            # tmux leaves its socket file behind; one per test would pile up in /tmp.
            if self._socket_path is not None:
                self._socket_path.unlink(missing_ok=True)

    # -- reading -----------------------------------------------------------------------
    def screen(self) -> str:
        """The pane's visible text, one line per row."""
        return self._run("capture-pane", "-p", "-t", "e2e").stdout

    def lines(self) -> list[str]:
        return self.screen().splitlines()

    def _pane(self, fmt: str) -> str:
        return self._run("display-message", "-p", "-t", "e2e", fmt).stdout.strip()

    def size(self) -> tuple[int, int]:
        width, height = self._pane("#{pane_width} #{pane_height}").split()
        return int(width), int(height)

    def exit_status(self) -> int | None:
        """The program's exit status once the shell around it has printed it, else None."""
        found = EXIT_LINE.search(self.screen())
        return int(found.group(1)) if found else None

    # -- waiting -----------------------------------------------------------------------
    def wait_until(
        self, holds: Callable[[str], bool], what: str, timeout: float = TIMEOUT_S
    ) -> str:
        """Poll the screen until ``holds(screen)``; the screen then. Fails with the screen.

        The screen must also read the same twice in a row: tmux can be read halfway
        through a repaint, showing the top of the new screen over the rest of the old.
        """
        deadline = time.monotonic() + timeout
        before = None
        while True:
            shown = self.screen()
            if shown == before and holds(shown):
                return shown
            before = shown
            if time.monotonic() > deadline:
                raise TerminalTimeout(
                    f"after {timeout:g} s the screen never showed {what}; it shows:\n{shown}"
                )
            time.sleep(POLL_INTERVAL_S)

    def wait_for(self, *texts: str, timeout: float = TIMEOUT_S) -> str:
        """Wait until every one of ``texts`` is on the screen (a text may wrap)."""

        def holds(shown: str) -> bool:
            flattened = flat(shown)
            return all(text in shown or flat(text) in flattened for text in texts)

        return self.wait_until(holds, " and ".join(repr(t) for t in texts), timeout)

    def wait_gone(self, text: str, timeout: float = TIMEOUT_S) -> str:
        """Wait until ``text`` is no longer on the screen."""
        return self.wait_until(lambda shown: text not in shown, f"{text!r} gone", timeout)

    def wait_exit(self, timeout: float = TIMEOUT_S) -> int:
        """Wait until the program has ended; its exit status."""
        shown = self.wait_until(
            lambda shown: EXIT_LINE.search(shown) is not None, "the program's exit status", timeout
        )
        found = EXIT_LINE.search(shown)
        assert found is not None
        return int(found.group(1))

    # -- typing ------------------------------------------------------------------------
    def send(self, *keys: str) -> None:
        """Press keys by tmux name ("Enter", "Escape", "C-q", "2", "t")."""
        self._run("send-keys", "-t", "e2e", *keys)

    def type(self, text: str) -> None:
        """Type ``text`` literally, character by character."""
        self._run("send-keys", "-t", "e2e", "-l", text)
