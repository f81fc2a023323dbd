"""Plain text (for pasting into OA systems) and Markdown."""

from __future__ import annotations

import re

from drafter.document import Block, Document, Role
from drafter.export.clean import xml_safe


def _one_line(text: str) -> str:
    """One paragraph a line: control characters and stray line breaks go."""
    return xml_safe(re.sub(r"\s*[\r\n]+\s*", "", text)).replace("\t", " ").strip()


def _parts(doc: Document) -> list[tuple[Block, str, bool]]:
    """(block, its text, a blank line before it): after the title (and the byline under
    it), before the 附件说明, before the 落款 and before the 版记 — the blank lines of the
    Word layout."""
    blocks = list(doc.blocks)
    if doc.title and not any(b.role is Role.TITLE for b in blocks):
        blocks.insert(0, Block(Role.TITLE, doc.title))
    out: list[tuple[Block, str, bool]] = []
    previous: Role | None = None
    for block in blocks:
        role = block.role
        blank = (previous in (Role.TITLE, Role.BYLINE) and role is not Role.BYLINE) or (
            role is Role.COPY_TO and previous is not role) or (
            previous is not None
            and ((role is Role.ATTACHMENT and previous is not Role.ATTACHMENT)
                 or (role in (Role.SIGNATURE, Role.DATE)
                     and previous not in (Role.SIGNATURE, Role.DATE))))
        out.append((block, _one_line(block.text), blank))
        previous = role
    return out


def to_text(doc: Document) -> str:
    """Title, a blank line, one paragraph a line (headings keep their literal numbers),
    the 落款 and the date at the end after a blank line."""
    lines: list[str] = []
    for _block, text, blank in _parts(doc):
        if blank:
            lines.append("")
        lines.append(text)
    return "\n".join(lines) + "\n"


# A paragraph starting like this would turn into a Markdown heading, list or quote.
_MD_LEAD = re.compile(r"^(\d+)([.)])|^([#>+*=_`|~-])")


def _md_escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("<", "&lt;")
    return _MD_LEAD.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1)
                        else f"\\{m.group(3)}", text)


def to_markdown(doc: Document) -> str:
    """# title; 一、 and （一） headings as ## and ### (numbers kept); the rest paragraphs."""
    out: list[str] = []
    for block, text, _blank in _parts(doc):
        if block.role is Role.TITLE:
            out.append(f"# {_md_escape(text)}")
        elif (block.role is Role.HEADING and block.level <= 2
              and block.heading_text_end >= len(block.text)):
            out.append(f"{'#' * (block.level + 1)} {_md_escape(text)}")
        else:
            out.append(_md_escape(text))
    return "\n\n".join(out) + "\n"
