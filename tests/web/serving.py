"""Helpers for the `drafter serve` tests and bench: a real `drafter serve` in a subprocess
on a free port, and a browser tab on it (Playwright with the system Chromium, never a
downloaded browser), whose screen is read from the page's terminal buffer.

The terminal is drawn on a canvas, so its text is not in the DOM. The tests route
textual-serve's textual.js through a one-line hook that keeps the terminal object on
`window`; `drafterScreen()` then reads the screen as text. The product is unchanged."""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SECRET = "sk-drafter-test-secret-0123456789"
"""An API key put into the server's environment: it must never reach the browser."""
START_TIMEOUT = 60.0
"""Seconds `drafter serve` may take to print its address (a limit, not a measurement)."""
WAIT_MS = 120_000
"""Milliseconds a page condition may take before the test fails (generous, for slow CI)."""
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
HOOK_FROM = "this.terminal.open(e),"
HOOK_TO = "this.terminal.open(e),window.drafterTerminal=this.terminal,"
SCREEN_JS = """
window.drafterScreen = () => {
  const term = window.drafterTerminal;
  if (!term) return "";
  const buffer = term.buffer.active, lines = [];
  for (let i = 0; i < buffer.length; i++) {
    const line = buffer.getLine(i);
    if (line) lines.push(line.translateToString(true));
  }
  return lines.join("\\n");
};
"""


def chromium_path() -> str | None:
    """The system Chromium ($DRAFTER_TEST_CHROMIUM, else the usual names on PATH)."""
    if given := os.environ.get("DRAFTER_TEST_CHROMIUM"):
        return given if Path(given).exists() else None
    for name in CHROMIUM_NAMES:
        if found := shutil.which(name):
            return found
    return None


def serve_env(home: Path) -> dict[str, str]:
    """An environment with no endpoint settings of the developer's, a home of its own
    (the recent list and config live there), and a secret key to look for."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "DRAFTER_", "TEXTUAL"))}
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"),
               DRAFTER_CONFIG=str(home / "none.toml"), OPENAI_API_KEY=SECRET)
    return env


@dataclass
class Served:
    """A running `drafter serve`: its process, the address it printed for this machine,
    and everything it has printed so far."""

    process: subprocess.Popen[str]
    url: str = ""
    lines: list[str] = field(default_factory=list)
    _queue: queue.Queue[str | None] = field(default_factory=queue.Queue)

    @property
    def base(self) -> str:
        """`http://127.0.0.1:PORT` without the path and token."""
        return re.sub(r"(http://[^/]+).*", r"\1", self.url)

    @property
    def token(self) -> str:
        found = re.search(r"token=([0-9a-f]+)", self.url)
        return found.group(1) if found else ""

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line)
        self._queue.put(None)

    def wait_for_address(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()
        while True:
            try:
                line = self._queue.get(timeout=START_TIMEOUT)
            except queue.Empty:
                raise AssertionError("drafter serve printed no address:\n"
                                     + "".join(self.lines)) from None
            if line is None:
                raise AssertionError("drafter serve exited:\n" + "".join(self.lines))
            self.lines.append(line)
            if found := re.search(r"http://127\.0\.0\.1:\d+/\S*", line):
                self.url = found.group(0)
                return

    def output(self) -> str:
        """Everything printed so far (after the process has ended: all of it)."""
        while True:
            try:
                line = self._queue.get_nowait()
            except queue.Empty:
                return "".join(self.lines)
            if line is not None:
                self.lines.append(line)

    def stop(self) -> int:
        """Ctrl+C, as a person would stop it; every tab's app saves and quits."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


@contextmanager
def serving(folder: Path, *args: str, home: Path | None = None) -> Iterator[Served]:
    """`drafter serve --dir folder --port 0 --backend builtin *args`, stopped on exit."""
    command = [sys.executable, "-m", "drafter", "serve", "--dir", str(folder), "--port", "0",
               "--backend", "builtin", *args]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True,
                               env=serve_env(home or folder.parent / "home"))
    served = Served(process)
    try:
        served.wait_for_address()
        yield served
    finally:
        served.stop()


class Tab:
    """One browser tab on the served app; its screen read as text."""

    def __init__(self, context: Any) -> None:
        self.page = context.new_page()
        self.hooked = False
        self.requests: list[str] = []
        self.received: list[bytes] = []
        self.page.add_init_script(SCREEN_JS)
        self.page.route("**/static/js/textual.js", self._hook)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("websocket", self._watch)

    def _hook(self, route: Any) -> None:
        response = route.fetch()
        body = response.text()
        self.hooked = HOOK_FROM in body
        route.fulfill(response=response, body=body.replace(HOOK_FROM, HOOK_TO, 1))

    def _watch(self, websocket: Any) -> None:
        def frame(payload: str | bytes) -> None:
            self.received.append(payload.encode() if isinstance(payload, str) else payload)
        websocket.on("framereceived", frame)

    def open(self, url: str) -> None:
        self.page.goto(url)
        assert self.hooked, "textual.js changed: update HOOK_FROM in tests/web/serving.py"
        # the page gives the terminal the focus once the app has started: keys go to it
        self.page.wait_for_function(
            "() => document.activeElement?.classList.contains('xterm-helper-textarea')",
            timeout=WAIT_MS)

    def text(self) -> str:
        return str(self.page.evaluate("() => window.drafterScreen()"))

    def wait_for(self, *texts: str) -> None:
        """Until the screen shows every one of `texts`."""
        self.wait_until("(texts) => texts.every(t => window.drafterScreen().includes(t))",
                        list(texts))

    def wait_until(self, predicate: str, arg: object = None) -> None:
        """Until the JS `predicate(arg)` holds; on timeout, fail showing the screen."""
        try:
            self.page.wait_for_function(predicate, arg=arg, timeout=WAIT_MS)
        except Exception as e:
            raise AssertionError(f"{e}\nthe screen:\n{self.text()}") from None

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)
