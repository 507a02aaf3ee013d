"""A real browser for the classroom tests: headless Chromium from the system's packages,
driven by Playwright. Tests that need it skip, saying why, where either is missing
(``.ci/run`` installs both).

The study app draws on a canvas, so a learner reads the screen from what the server
sends: the terminal output of their app, with the escape sequences taken out.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path
from typing import Any

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[@-Z\\-_]")
TIMEOUT_S = 60.0


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


BROWSER_ENV = "QUIZAPP_BROWSER_TESTS"


def why_no_browser() -> str | None:
    """Why the browser tests do not run here, or None if they do."""
    import os

    if os.environ.get(BROWSER_ENV) != "1":
        # On a loaded machine, keys typed while a screen is changing can go astray and
        # the tests fail for that alone: they run where asked for, on a quiet machine.
        return f"browser tests run with {BROWSER_ENV}=1 (they need a quiet machine)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (.ci/run installs it)"
    if chromium_path() is None:
        return "no Chromium on PATH (apt-get install chromium; .ci/run installs it)"
    return None


class Learner:
    """One browser tab on the class's page."""

    def __init__(self, context: Any, url: str) -> None:
        self.page = context.new_page()
        self.received = bytearray()
        self.mark = 0
        self.page.on("websocket", self._watch)
        self.page.goto(url)

    def _watch(self, websocket: Any) -> None:
        def received(payload: bytes | str) -> None:
            self.received.extend(payload if isinstance(payload, bytes) else payload.encode())

        websocket.on("framereceived", received)

    def screen_since_mark(self) -> str:
        return ANSI.sub(b"", bytes(self.received[self.mark :])).decode("utf-8", "replace")

    def wait_for(self, *texts: str, timeout: float = TIMEOUT_S) -> str:
        """Wait until one of ``texts`` is drawn after the mark; which one."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen_since_mark()
            for text in texts:
                if text in screen:
                    return text
            self.page.wait_for_timeout(50)
        everything = ANSI.sub(b"", bytes(self.received)).decode("utf-8", "replace")
        words = " ".join(re.findall(r"[\w.,:!?'/()-]{2,}", everything))
        raise AssertionError(f"none of {texts} drawn; words drawn so far: {words[-1500:]}")

    def set_mark(self) -> None:
        """What is drawn from now on is what ``wait_for`` looks at."""
        self.mark = len(self.received)

    def type_text(self, text: str) -> None:
        """Type ``text`` into the focused field and wait until the app shows it. Keys
        typed while a new screen is still taking the focus can go astray: then the field
        is cleared and the text typed again."""
        for _ in range(3):
            self.set_mark()
            self.page.keyboard.press("Control+u")
            self.page.keyboard.type(text, delay=10)
            try:
                self.wait_for(text[-12:], timeout=10)
                return
            except AssertionError:
                continue
        raise AssertionError(f"{text!r} typed three times, never shown")

    def focus(self) -> None:
        """Give the terminal the keyboard. (A click would also be a click in the app,
        on whatever button is under the mouse.)"""
        self.page.wait_for_selector(".xterm-helper-textarea", state="attached")
        self.page.evaluate('document.querySelector(".xterm-helper-textarea").focus()')

    def type_line(self, text: str) -> None:
        self.focus()
        self.type_text(text)
        self.set_mark()
        self.page.keyboard.press("Enter")

    def press_and_settle(self, key: str) -> None:
        """Press ``key`` and wait until the app has redrawn and then gone quiet (a focus
        change takes effect after the key that asked for it)."""
        self.set_mark()
        seen = len(self.received)
        self.page.keyboard.press(key)
        deadline = time.monotonic() + TIMEOUT_S
        while len(self.received) == seen and time.monotonic() < deadline:
            self.page.wait_for_timeout(20)
        self.settle()

    def settle(self, quiet_ms: int = 300) -> None:
        """Wait until nothing new is drawn for ``quiet_ms``: a new screen takes the focus
        a moment after it is first drawn, and keys typed before go to the old one."""
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            seen = len(self.received)
            self.page.wait_for_timeout(quiet_ms)
            if len(self.received) == seen:
                return

    def paste(self, text: str) -> None:
        """Paste ``text`` as the browser does (the terminal sends it as one paste)."""
        self.page.evaluate(
            """text => {
                const target = document.querySelector(".xterm-helper-textarea");
                const data = new DataTransfer();
                data.setData("text/plain", text);
                target.dispatchEvent(new ClipboardEvent("paste", {
                    clipboardData: data, bubbles: true, cancelable: true}));
            }""",
            text,
        )

    def press(self, key: str) -> None:
        self.set_mark()
        self.focus()
        self.page.keyboard.press(key)

    def join(self, name: str, code: str = "") -> None:
        self.wait_for("Your name")
        self.focus()
        self.type_text(name)
        if code:
            self.press_and_settle("Tab")
            self.type_text(code)
        self.set_mark()
        self.page.keyboard.press("Enter")

    def close(self) -> None:
        self.page.close()


def class_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.sqlite3"))
