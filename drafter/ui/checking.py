"""The workspace's background re-check: the rules checker run in a thread after a pause
in typing, one check at a time, and once more when the text changed meanwhile."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual.timer import Timer

from drafter.project.findings import Located, place_all
from drafter.project.pipeline import document_lines
from drafter.ui.context import drafter_app

if TYPE_CHECKING:
    from drafter.ui.screens.workspace import WorkspaceScreen


class Rechecker:
    """Checks the screen's project and hands the placed findings to `screen.show_findings`."""

    def __init__(self, screen: WorkspaceScreen) -> None:
        self.screen = screen
        self._running = False  # a check is running in a thread
        self._wanted = False  # the text changed since that check began
        self._timer: Timer | None = None

    def request(self, delay: float = 0.0) -> None:
        """Check the document again (after `delay` seconds of quiet, for typing)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if delay:
            self._timer = self.screen.set_timer(delay, self.request)
            return
        self._wanted = True
        if not self._running:
            self._running = True
            self.screen.run_worker(self._check_until_current(), group="recheck",
                                   exit_on_error=False)

    async def _check_until_current(self) -> None:
        # The checker is pure Python and grows with the text (tens of ms for a long
        # document): it runs in a thread so the loop keeps painting. The document is
        # assembled here, on the loop, so no section changes under the checker.
        screen = self.screen
        try:
            while self._wanted and screen.is_attached:
                self._wanted = False
                lines, places = document_lines(screen.project, screen.facts)
                checker = drafter_app(screen).checker
                try:
                    found = await asyncio.to_thread(checker, lines, screen.facts)
                except Exception as e:  # a checker bug must not take the editor down
                    found = []
                    screen.notify(f"规则检查出错：{e}", severity="error")
                if self._wanted or not screen.is_attached:
                    continue  # already out of date
                located: list[Located] = place_all(found, places)
                screen.show_findings(located)
        finally:
            self._running = False
