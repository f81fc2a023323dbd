"""Progress of sections being written, for a person watching: which section, how long it
has waited for its first text, how many tokens have arrived. The headless `draft` prints
`ProgressBoard.line()` every few seconds; the TUI shows `SectionProgress.describe()` in
its status bar. Time is `time.monotonic()` seconds; tokens are counted locally
(tokens.count), an estimate of what the endpoint will report."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from drafter.writers import tokens
from drafter.writers.base import RESTART

Clock = Callable[[], float]


@dataclass
class SectionProgress:
    """One section's answer as it arrives. `add` is an OnPiece: RESTART begins a new
    answer (a retry or a repair turn), whose wait is counted from then."""

    label: str
    model: str = ""
    clock: Clock = time.monotonic
    started: float = 0.0  # when the current answer was asked for
    first: float | None = None  # when its first text arrived; None while waiting
    pieces: list[str] = field(default_factory=list)
    answers: int = 1  # the current answer's number (2 after a retry or repair turn)
    _counted: tuple[int, int] = (0, 0)  # (characters, tokens) last counted

    def __post_init__(self) -> None:
        self.started = self.clock()

    def add(self, piece: str) -> None:
        if piece == RESTART:
            self.pieces.clear()
            self.started, self.first = self.clock(), None
            self.answers += 1
            self._counted = (0, 0)
            return
        if self.first is None:
            self.first = self.clock()
        self.pieces.append(piece)

    @property
    def text(self) -> str:
        """The current answer so far (raw, before the guard)."""
        return "".join(self.pieces)

    @property
    def waiting(self) -> bool:
        return self.first is None

    def tokens(self) -> int:
        """Tokens in the current answer so far (counted again only when it grew)."""
        text = self.text
        if len(text) != self._counted[0]:
            self._counted = (len(text), tokens.count(text, self.model) if text else 0)
        return self._counted[1]

    def describe(self) -> str:
        """E.g. `二、主要任务 等待首字 35 秒` or `二、主要任务 生成中 40 秒 约 230 令牌`;
        `（第 2 次）` marks a retry or repair turn."""
        now = self.clock()
        again = f"（第 {self.answers} 次）" if self.answers > 1 else ""
        if self.first is None:
            return f"{self.label}{again} 等待首字 {now - self.started:.0f} 秒"
        return (f"{self.label}{again} 生成中 {now - self.started:.0f} 秒 "
                f"约 {self.tokens()} 令牌")


class ProgressBoard:
    """The sections being written now, and what became of the others (for the summary
    after an interruption). The pipeline calls `begin`/`end`; a reporter reads `line`."""

    def __init__(self, model: str = "", clock: Clock = time.monotonic) -> None:
        self.model = model
        self.clock = clock
        self.active: dict[str, SectionProgress] = {}  # section id → its progress
        self.finished: list[str] = []  # labels of the sections written
        self.interrupted: list[str] = []  # labels whose partial answer became a candidate

    def begin(self, section_id: str, label: str) -> SectionProgress:
        progress = SectionProgress(label, self.model, self.clock)
        self.active[section_id] = progress
        return progress

    def end(self, section_id: str) -> None:
        self.active.pop(section_id, None)

    def line(self) -> str:
        """One line for a terminal: every section in progress, or "" when none is."""
        if not self.active:
            return ""
        return "进行中：" + "；".join(p.describe() for p in self.active.values())
