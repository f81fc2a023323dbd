"""Plain text (for pasting into OA systems) and Markdown."""

from __future__ import annotations

from drafter.document import Document, Role
from drafter.export.clean import xml_safe


def to_text(doc: Document) -> str:
    """Title, a blank line, one paragraph a line; a blank line before the 落款."""
    lines: list[str] = []
    for block in doc.blocks:
        if block.role is Role.SIGNATURE:
            lines.append("")
        lines.append(xml_safe(block.text))
        if block.role is Role.TITLE:
            lines.append("")
    return "\n".join(lines) + "\n"


def to_markdown(doc: Document) -> str:
    out: list[str] = []
    for block in doc.blocks:
        text = xml_safe(block.text)
        if block.role is Role.TITLE:
            out.append(f"# {text}")
        elif (block.role is Role.HEADING and block.level <= 2
              and block.heading_text_end == len(text)):
            out.append(f"{'#' * (block.level + 1)} {text}")
        elif block.role in (Role.SIGNATURE, Role.DATE):
            out.append(f"<p align=\"right\">{text}</p>")
        else:
            out.append(text)
    return "\n\n".join(out) + "\n"
