"""Which parts of the outline an extractor has already read, so the next one does not
read them again (a slogan's heading is not a task; a task's 一是… points are not figures).

Shapes: blocks are identified by `id(block)` (the outline's blocks live for one import);
spans are (start, end) offsets in the block's full paragraph text."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.importing.outline import Block


@dataclass
class Taken:
    blocks: set[int] = field(default_factory=set)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def block(self, b: Block) -> None:
        self.blocks.add(id(b))

    def span(self, b: Block, start: int, end: int) -> None:
        self.spans.setdefault(id(b), []).append((start, end))

    def has(self, b: Block) -> bool:
        return id(b) in self.blocks

    def free_text(self, b: Block) -> str:
        """The paragraph with every taken span blanked out (same length)."""
        text = b.text
        for start, end in self.spans.get(id(b), []):
            text = text[:start] + "\u3000" * (end - start) + text[end:]
        return text


def body(b: Block) -> tuple[str, int]:
    """The prose of a block and its offset in the paragraph: a heading's run-on prose,
    or the whole paragraph."""
    if not b.level:
        return b.text, 0
    if not b.rest:
        return "", len(b.text)
    return b.rest, b.text.rfind(b.rest)
