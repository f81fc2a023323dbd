"""Streamed text kept per section and shown on a timer, never per token."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.writers.base import RESTART


@dataclass
class Stream:
    """Text arriving for one section: a draft (becomes a version when complete) or a
    revision (becomes a candidate shown beside the current text)."""

    section_id: str
    instruction: str | None  # None: a draft; "" or text: a revision
    chunks: list[str] = field(default_factory=list)
    writing: bool = False  # False while it waits for a free slot (the concurrency limit)
    dirty: bool = False  # arrived since last shown
    restarted: bool = False  # began again since last shown: show it whole

    @property
    def text(self) -> str:
        return "".join(self.chunks)

    @property
    def revising(self) -> bool:
        return self.instruction is not None

    def add(self, piece: str) -> None:
        """A piece of text, or RESTART ("") when the writer begins a new answer."""
        if piece == RESTART:
            self.chunks.clear()
            self.restarted = True
        else:
            self.chunks.append(piece)
        self.dirty = True
