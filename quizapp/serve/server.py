"""The class's web server: textual-serve, with a learner limit and a fixed command.

Every browser tab runs the study app in a process of its own (textual-serve's
``AppService``), so one learner's crash or closed tab ends only that process. The
command it runs is the same for every tab, built from the Python running the server
alone; the class's settings reach the process in its environment (``config``).
"""

from __future__ import annotations

import ipaddress
import logging
import os
import shlex
import socket
import sys
from html import escape
from pathlib import Path
from typing import Any

from aiohttp import web
from textual_serve.server import Server

from quizapp.serve.config import CONFIG_ENV, ClassConfig

LEARNER_MODULE = "quizapp.commands.serve"
"""Run with ``python -m``: one learner's study app, behind the join screen."""

TEMPLATES = Path(__file__).parent / "templates"
"""textual-serve's page, but with its font served from here (textual-serve ships it)
instead of from Google Fonts: a class network needs no internet."""

FULL_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Class full</title></head>
<body style="font-family: sans-serif; margin: 3em;">
<h1>This class is full</h1>
<p>{limit} learners are in already. Ask your teacher, then reload this page.</p>
</body></html>
"""


def learner_command() -> str:
    """The shell command textual-serve runs for each tab: this Python and our module,
    quoted; nothing else goes on it."""
    return f"{shlex.quote(sys.executable)} -m {LEARNER_MODULE}"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False

    return all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos)


def reachable_url(host: str, port: int) -> str:
    """The address to give the class: for a wildcard host, this machine's address on
    the network (found without sending anything)."""
    shown = host
    if host in ("0.0.0.0", "::", ""):
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            probe.connect(("10.255.255.255", 1))
            shown = probe.getsockname()[0]
        except OSError:
            shown = socket.gethostname()
        finally:
            probe.close()
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


class ClassServer(Server):
    """textual-serve's server for one class: at most ``max_learners`` tabs at once."""

    def __init__(self, config: ClassConfig, host: str, port: int, max_learners: int) -> None:
        super().__init__(
            learner_command(), host=host, port=port, title="quizapp", templates_path=TEMPLATES
        )
        self.config = config
        self.max_learners = max_learners
        self.active = 0
        self.url = reachable_url(host, port)

    def initialize_logging(self) -> None:
        # Only problems: the class's screen shows the URL and the code, not every request.
        logging.basicConfig(level=logging.WARNING, format="quizapp serve: %(message)s")

    def serve(self, debug: bool = False) -> None:
        # Each learner's process copies this process's environment.
        os.environ[CONFIG_ENV] = self.config.to_env()
        super().serve(debug)

    async def on_startup(self, app: web.Application) -> None:
        print(f"Serving the class at {self.url}", flush=True)
        if self.config.code is not None:
            print(f"Join code: {self.config.code}", flush=True)
        print(f"Learners' progress: {self.config.class_dir}", flush=True)
        print("Press Ctrl+C to stop.", flush=True)

    def is_full(self) -> bool:
        return self.active >= self.max_learners

    async def handle_index(self, request: web.Request) -> Any:
        if self.is_full():
            return web.Response(
                status=503,
                text=FULL_PAGE.format(limit=escape(str(self.max_learners))),
                content_type="text/html",
            )
        # The page's websocket address follows the address the browser used, so a
        # learner who typed the machine's name or address reaches this server.
        forwarded = request.headers.get("X-Forwarded-Proto", "")
        scheme = "https" if forwarded == "https" else request.scheme
        self.public_url = f"{scheme}://{request.host}"
        return await super().handle_index(request)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if self.is_full():
            websocket = web.WebSocketResponse()
            await websocket.prepare(request)
            await websocket.close(message=b"class full")
            return websocket
        self.active += 1
        try:
            return await super().handle_websocket(request)
        finally:
            self.active -= 1
