"""Streamed text kept per section and shown on a timer, never per token."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Stream:
    """Text arriving for one section: a draft (becomes a version when complete) or a
    revision (becomes a candidate shown beside the current text)."""

    section_id: str
    instruction: str | None  # None: a draft; "" or text: a revision
    chunks: list[str] = field(default_factory=list)
    dirty: bool = False

    @property
    def text(self) -> str:
        return "".join(self.chunks)

    @property
    def revising(self) -> bool:
        return self.instruction is not None

    def add(self, piece: str) -> None:
        self.chunks.append(piece)
        self.dirty = True


@dataclass(frozen=True)
class Candidate:
    """A finished revision waiting for the writer to accept or reject it."""

    text: str
    instruction: str
    source: str
