"""A learner of ``quizapp serve`` without a browser: textual-serve's websocket protocol
spoken directly, as the page's script speaks it (keys go up as ``["stdin", text]``, the
app's terminal output comes down as binary frames).

The screen is read from that output with the escape sequences taken out, as the browser
tests read it.
"""

from __future__ import annotations

import asyncio
import re
import time

import aiohttp

ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[@-Z\\-_]")
TIMEOUT_S = 60.0


class NotDrawn(AssertionError):
    """None of the texts waited for was drawn in time."""


class SocketLearner:
    """One tab's websocket; use as ``async with SocketLearner(client, url) as learner``."""

    def __init__(self, client: aiohttp.ClientSession, url: str, size: str = "80x24") -> None:
        width, height = size.split("x")
        self.client = client
        self.address = f"{url}/ws?width={width}&height={height}"
        self.received = bytearray()
        self.mark = 0
        self.arrived = asyncio.Event()
        self.closed = False

    async def __aenter__(self) -> SocketLearner:
        self.socket = await self.client.ws_connect(self.address)
        self.reader = asyncio.ensure_future(self._read())
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.socket.close()
        await asyncio.gather(self.reader, return_exceptions=True)

    async def _read(self) -> None:
        async for message in self.socket:
            if message.type == aiohttp.WSMsgType.BINARY:
                self.received.extend(message.data)
                self.arrived.set()
        self.closed = True
        self.arrived.set()

    def screen_since_mark(self) -> str:
        return ANSI.sub(b"", bytes(self.received[self.mark :])).decode("utf-8", "replace")

    def set_mark(self) -> None:
        """What is drawn from now on is what ``wait_for`` looks at."""
        self.mark = len(self.received)

    async def wait_for(self, *texts: str, timeout: float | None = None) -> str:
        """Wait until one of ``texts`` is drawn after the mark; which one."""
        deadline = time.monotonic() + (TIMEOUT_S if timeout is None else timeout)
        while True:
            screen = self.screen_since_mark()
            for text in texts:
                if text in screen:
                    return text
            left = deadline - time.monotonic()
            if self.closed or left <= 0:
                raise NotDrawn(f"none of {texts} drawn; lines drawn: {drawn_lines(screen)}")
            self.arrived.clear()
            try:
                await asyncio.wait_for(self.arrived.wait(), left)
            except TimeoutError:
                continue

    async def send(self, keys: str) -> None:
        await self.socket.send_json(["stdin", keys])

    async def wait_for_focus(self, field_text: str) -> None:
        """Wait until the field showing ``field_text`` (its placeholder) has the focus:
        its line is drawn again after first being seen, as its cursor blinks. Keys sent
        earlier can go to the screen before it."""
        await self.wait_for(field_text)
        self.set_mark()
        await self.wait_for(field_text)

    async def type_into(self, field_text: str, text: str) -> None:
        """Type ``text`` into the field showing ``field_text``, once it has the focus.

        The text goes in a packet of its own: the app can read packets sent one after
        another as one, and text that arrives with a control key is lost with it."""
        await self.wait_for_focus(field_text)
        self.set_mark()
        await self.send(text)
        await self.wait_for(text[-12:])

    async def join(self, name: str) -> None:
        """Type the name on the join screen and press Enter (a class without a code)."""
        await self.type_into("as your teacher knows you", name)
        self.set_mark()
        await self.send("\r")


def drawn_lines(screen: str) -> str:
    """The distinct lines of text drawn, in order (a blinking cursor redraws one line
    many times)."""
    lines = (" ".join(re.findall(r"[\w.,:!?'/()-]{2,}", line)) for line in screen.splitlines())
    return " | ".join(dict.fromkeys(line for line in lines if line))[-1500:]
