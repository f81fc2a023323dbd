"""The built-in writer: the kind's rendered section (kinds.render) as finished prose.
No model, no network, deterministic."""

from __future__ import annotations

from drafter.kinds.render import render_section
from drafter.writers.base import BUILTIN, Draft, OnPiece, SectionRequest


class BuiltinWriter:
    name = BUILTIN
    tokens_used = None
    follows_instructions = False  # it renders the facts; an instruction changes nothing

    async def write(self, request: SectionRequest, on_piece: OnPiece | None = None
                    ) -> Draft:
        # The pipeline renders the section as the request's skeleton: reuse it.
        text = request.skeleton or render_section(request.kind, request.spec, request.facts)
        if on_piece:
            on_piece(text)
        return Draft(text)

    async def aclose(self) -> None:
        pass
