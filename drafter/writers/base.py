"""The Writer protocol: an async stream of text for one section.

The built-in writer and the LLM writer both implement it, so the draft pipeline,
the CLI and the TUI never care which one is at work."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Protocol

from drafter.facts import Facts
from drafter.kinds import Kind, SectionSpec


@dataclass(frozen=True)
class SectionRequest:
    kind: Kind
    spec: SectionSpec
    facts: Facts
    skeleton: str = ""  # the built-in writer's text for this section
    context: str = ""  # what the other sections already say
    current: str = ""  # the section's current text, when revising
    instruction: str = ""  # a revision instruction (更简洁, 突出志愿服务…); "" drafts anew


class Writer(Protocol):
    name: str  # shown in the project history and the status bar, e.g. "builtin"

    def stream(self, request: SectionRequest) -> AsyncIterator[str]:
        """Yield the section's text in pieces; the concatenation is the answer."""
        ...
