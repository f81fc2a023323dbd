"""The built-in writer: the kind's rendered section (kinds.render) as finished prose.
No model, no network, deterministic.

It can carry out four revisions without a model, each from the same facts:
重新生成 and 更正式 word the section with other phrase variants (the first that differs
from the current text), 更详细 opens each task whose title names its subject with a
sentence on that subject, 更简洁 gives the points alone again. Any other instruction
needs a model (`follows_instructions` is False); a revision it cannot
make different returns the current text, which the callers never offer as a candidate."""

from __future__ import annotations

from dataclasses import replace

from drafter.kinds.render import render_section
from drafter.writers.base import BUILTIN, REGENERATE, REVISIONS, Draft, OnPiece, SectionRequest

CONCISE = REVISIONS["更简洁"]
DETAILED = REVISIONS["更详细"]
REWORD = ("", REVISIONS["更正式"])  # the instructions met by other phrase variants
VARIANTS = 12
"""How many other wordings a regeneration tries before it gives up."""


class BuiltinWriter:
    name = BUILTIN
    tokens_used = None
    follows_instructions = False  # it renders the facts; a typed request changes nothing

    def presets_for(self, request: SectionRequest) -> tuple[str, ...]:
        """重新生成, 更简洁, 更详细, 更正式 — each only where it changes this section's
        text."""
        names = (REGENERATE, "更简洁", "更详细", "更正式")
        instructions = ("", CONCISE, DETAILED, REVISIONS["更正式"])
        return tuple(name for name, instruction in zip(names, instructions, strict=True)
                     if self._text(replace(request, instruction=instruction)).strip()
                     != request.current.strip())

    async def write(self, request: SectionRequest, on_piece: OnPiece | None = None
                    ) -> Draft:
        text = self._text(request)
        if on_piece:
            on_piece(text)
        return Draft(text)

    @staticmethod
    def _text(request: SectionRequest) -> str:
        kind, spec, facts = request.kind, request.spec, request.facts
        current = request.current.strip()
        if not current:  # a first draft: the skeleton the pipeline already rendered
            return request.skeleton or render_section(kind, spec, facts)
        if request.instruction in (CONCISE, DETAILED):
            return render_section(kind, spec, facts, detailed=request.instruction == DETAILED)
        if request.instruction in REWORD:  # other words; failing that, other sentences
            for detailed in (False, True):
                for variant in range(1, VARIANTS + 1):
                    text = render_section(kind, spec, facts, variant=variant,
                                          detailed=detailed)
                    if text.strip() != current:
                        return text
        return request.current

    async def aclose(self) -> None:
        pass
