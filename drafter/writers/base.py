"""The Writer protocol: one section's text from a request, with live pieces on the way.

The built-in writer and the LLM writer both implement it, so the draft pipeline,
the CLI and the TUI never care which one is at work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from drafter.errors import EndpointError

if TYPE_CHECKING:
    from drafter.facts import Facts
    from drafter.kinds import Kind, SectionSpec

OnPiece = Callable[[str], None]
"""Receives text as it arrives, for display only: the answer is `Draft.text`, which may
differ (a guard repairs what a model wrote). `RESTART` means a new answer begins (a
retry or a repair turn): discard what was shown."""
RESTART = ""

BUILTIN = "builtin"
"""The built-in writer's name, and the `source` of the versions it writes."""

REGENERATE = "重新生成"
"""The name of a revision without an instruction: the section written anew."""

REVISIONS: dict[str, str] = {
    "更简洁": "在不丢失任何事实的前提下，把本节改得更简洁，删去空话套话。",
    "更详细": "在只使用事实表内容的前提下，把本节写得更详细、更具体。",
    "更正式": "把本节的措辞改得更正式、更符合公文规范。",
}
"""The revisions offered in one keystroke (name → the instruction a writer gets); other
instructions are typed by the user."""


class EndpointUnusable(EndpointError):
    """The endpoint cannot serve this run — unreachable, silent past the first-byte
    allowance, stalled, refusing the key or the model, or answering with something that
    is not a model answer: the sections not started yet are skipped, not each made to
    fail the same way."""


@dataclass(frozen=True)
class SectionRequest:
    kind: Kind
    spec: SectionSpec
    facts: Facts
    skeleton: str = ""  # the built-in writer's text for this section
    context: str = ""  # what the other sections already say
    current: str = ""  # the section's current text, when revising
    instruction: str = ""  # a revision instruction (更简洁, 突出志愿服务…); "" drafts anew


@dataclass(frozen=True)
class Draft:
    """A writer's finished, checked answer for one section."""

    text: str
    note: str = ""  # for the version history: what the writer repaired or cut
    prompt_tokens: int = 0
    completion_tokens: int = 0


class Writer(Protocol):
    name: str  # shown in the project history and the status bar, e.g. "builtin"
    tokens_used: int | None  # tokens spent this session; None for a writer that uses none
    follows_instructions: bool
    """Whether the writer can revise a section as any typed request asks: a model can;
    the built-in writer cannot."""

    def presets_for(self, request: SectionRequest) -> tuple[str, ...]:
        """The one-keystroke revisions it can carry out on this section (REGENERATE and
        names of REVISIONS): a model, all; the built-in writer, those that give a text
        different from the current one."""
        ...

    async def write(self, request: SectionRequest, on_piece: OnPiece | None = None
                    ) -> Draft:
        """The section's text. Pieces of it (or of a raw answer) go to `on_piece` as they
        arrive."""
        ...

    async def aclose(self) -> None:
        """Release connections, on the event loop that used them; the owner of the writer
        calls it once it is done."""
        ...
