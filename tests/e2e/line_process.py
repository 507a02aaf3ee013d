"""The installed quizapp as a process on pipes: run to the end, or driven line by line.

A process driven line by line is read by a thread into a queue, so a test can wait
for a line with a deadline (a blocking ``readline`` would hang the test forever if
the app stopped talking) and synchronise with the app through what it prints,
never by sleeping.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import signal
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

TIMEOUT_S = 15.0

VERDICT_LINE = re.compile(
    r"^Verdict: (correct|partial|wrong|timed out) \((\S+) of (\S+) points?\)$"
)


def run(
    argv: Sequence[str], env: Mapping[str, str], cwd: Path, stdin: str = "", timeout: float = 60.0
) -> subprocess.CompletedProcess[str]:
    """Run to the end with ``stdin`` as its whole input."""
    return subprocess.run(
        list(argv),
        input=stdin,
        env=dict(env),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def exported(
    quizapp: Path, progress: Path, env: Mapping[str, str], cwd: Path, fmt: str = "json"
) -> subprocess.CompletedProcess[str]:
    """``quizapp export`` of ``progress``; the caller parses the output."""
    done = run([str(quizapp), "export", "--format", fmt, "--progress", str(progress)], env, cwd)
    assert done.returncode == 0, f"export failed ({done.returncode}): {done.stderr}"
    return done


def exported_json(
    quizapp: Path, progress: Path, env: Mapping[str, str], cwd: Path
) -> list[dict[str, Any]]:
    rows = json.loads(exported(quizapp, progress, env, cwd, "json").stdout)
    assert isinstance(rows, list)
    return rows


def verdict_of(line: str) -> tuple[str, str, str]:
    """(status, points got, points possible) of a ``--plain`` ``Verdict:`` line."""
    found = VERDICT_LINE.match(line)
    assert found is not None, f"not a verdict line: {line!r}"
    status, got, of = found.groups()
    return status, got, of


PROMPT = "Answer: "
"""--plain's prompt: printed without a line end."""


class LineProcess:
    """A process whose standard input a test writes and whose output it waits on."""

    def __init__(self, argv: Sequence[str], env: Mapping[str, str], cwd: Path) -> None:
        self.process = subprocess.Popen(
            list(argv),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(env),
            cwd=cwd,
            text=True,
            bufsize=1,
        )
        self.output: list[str] = []
        """Every line read so far, without line ends."""
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int:
        return self.process.pid

    def _read(self) -> None:
        """Lines as they come; the prompt ``Answer: `` counts as a line of its own as soon as
        it is printed (the answer read is echoed after it, on the same line)."""
        assert self.process.stdout is not None
        pending = ""
        while char := self.process.stdout.read(1):
            if char == "\n":
                self._lines.put(pending)
                pending = ""
                continue
            pending += char
            if pending == PROMPT:
                self._lines.put(pending)
                pending = ""
        if pending:
            self._lines.put(pending)
        self._lines.put(None)  # end of output

    def wait_for_line(self, prefix: str, timeout: float = TIMEOUT_S) -> str:
        """The next line that starts with ``prefix``; fails with the output so far."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                line = self._lines.get(timeout=max(0.0, left))
            except queue.Empty:
                raise AssertionError(
                    f"no line starting {prefix!r} within {timeout:g} s; output so far:\n"
                    + "\n".join(self.output)
                ) from None
            if line is None:
                self._lines.put(None)  # later waits see the end too
                raise AssertionError(
                    f"output ended before a line starting {prefix!r}; output:\n"
                    + "\n".join(self.output)
                    + f"\nstderr: {self.stderr_if_done()}"
                )
            self.output.append(line)
            if line.startswith(prefix):
                return line

    def send_line(self, text: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()

    def close_input(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()

    def wait(self, timeout: float = TIMEOUT_S) -> int:
        """Wait for the exit; its status. The rest of the output joins ``output``."""
        code = self.process.wait(timeout=timeout)
        self._reader.join(timeout=timeout)
        while True:
            try:
                line = self._lines.get_nowait()
            except queue.Empty:
                break
            if line is None:  # the end: left for later waits to see
                self._lines.put(None)
                break
            self.output.append(line)
        return code

    def stderr_if_done(self) -> str:
        """What the process wrote to stderr, once it has ended (for failure messages)."""
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            return "(still running)"
        return self.process.stderr.read() if self.process.stderr is not None else ""

    def stop(self) -> None:
        """Kill the process if it still runs and close its pipes (for finalizers)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=TIMEOUT_S)
        self._reader.join(timeout=TIMEOUT_S)  # it ends at the end of the output
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):  # a pipe to a process killed mid-write
                    stream.close()


def kill_hard(process: LineProcess) -> None:
    """SIGKILL: no handler, no flush, no clean-up runs in the process."""
    os.kill(process.pid, signal.SIGKILL)
    process.process.wait(timeout=TIMEOUT_S)
