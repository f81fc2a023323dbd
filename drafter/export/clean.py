"""Text that Word can hold: XML-invalid characters are removed, never a crash."""

from __future__ import annotations

import re

# C0 controls except tab/LF/CR, lone surrogates, and the two non-characters XML forbids.
_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _INVALID.sub("", text)


def xml_safe_mapped(text: str) -> tuple[str, list[int]]:
    """The cleaned text and, for every offset 0…len(text) of the original, the offset it
    has in the cleaned text (so highlights still point at the same characters)."""
    if not _INVALID.search(text):
        return text, list(range(len(text) + 1))
    kept: list[str] = []
    where: list[int] = []
    for ch in text:
        where.append(len(kept))
        if not _INVALID.match(ch):
            kept.append(ch)
    where.append(len(kept))
    return "".join(kept), where
