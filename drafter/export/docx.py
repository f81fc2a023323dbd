"""Word export in the GB/T 9704—2012 layout: A4, 版心 156×225 mm, 22 lines × 28
characters, named styles for every paragraph, page numbers `— 1 —` alternating sides."""

from __future__ import annotations

import io
import itertools
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from drafter.document import Block, Document, Role
from drafter.errors import InputError
from drafter.export import ExportOptions, Highlight, LayoutSettings
from drafter.export.clean import xml_safe
from drafter.export.styles import CHAR_TWIPS, STYLES, define_styles

_HEADING_STYLE = {1: "h1", 2: "h2", 3: "h3", 4: "h4"}
_ROLE_STYLE = {Role.BODY: "body", Role.SALUTATION: "salutation", Role.SIGNATURE: "signature",
               Role.DATE: "date", Role.ATTACHMENT: "attachment"}


def render_docx(doc: Document, options: ExportOptions) -> bytes:
    document = _base(options.reference_docx)
    layout = options.layout
    define_styles(document, options.profile, layout)
    _page_setup(document, layout, options.centered_page_numbers)
    marks = _highlights_by_block(options.highlights)
    signature = next((b.text for b in doc.blocks if b.role is Role.SIGNATURE), "")
    date_text = next((b.text for b in doc.blocks if b.role is Role.DATE), "")
    for index, block in enumerate(doc.blocks):
        if block.role is Role.SIGNATURE:
            _styled(document, "body", "")  # one blank line between body and 落款
        paragraph = _paragraph(document, block, doc.author, marks.get(index, ()))
        if block.role in (Role.SIGNATURE, Role.DATE):
            _closing_indent(paragraph, block.role, signature, date_text)
        if block.role is Role.TITLE:
            _styled(document, "body", "")  # one blank line after the title
    _metadata(document, doc)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write_docx(doc: Document, path: Path, options: ExportOptions | None = None) -> None:
    from drafter.export import export

    export(doc, path, options, fmt="docx")


# ------------------------------------------------------------------ document and page


def _base(reference: Path | None):
    if reference is None:
        return docx.Document()
    try:
        document = docx.Document(str(reference))
    except (FileNotFoundError, PackageNotFoundError, KeyError, ValueError, OSError) as e:
        raise InputError(f"无法使用参考模板 {reference}（--reference-docx）：{e}") from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _page_setup(document, layout: LayoutSettings, centered: bool) -> None:
    section = document.sections[0]
    section.page_width = Mm(layout.page_width_mm)
    section.page_height = Mm(layout.page_height_mm)
    section.top_margin = Mm(layout.margin_top_mm)
    section.bottom_margin = Mm(layout.margin_bottom_mm)
    section.left_margin = Mm(layout.margin_left_mm)
    section.right_margin = Mm(layout.margin_right_mm)
    section.footer_distance = Mm(layout.footer_distance_mm)
    section.header_distance = Mm(15)
    sect = section._sectPr
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect.append(grid)
    for attr in list(grid.attrib):
        del grid.attrib[attr]
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(layout.line_pitch_twips))
    # Odd pages right, even pages left, one character in from the edge (or all centred).
    document.settings.odd_and_even_pages_header_footer = not centered
    section.different_first_page_header_footer = False
    odd = WD_ALIGN_PARAGRAPH.CENTER if centered else WD_ALIGN_PARAGRAPH.RIGHT
    _page_number(document, section.footer, odd, "right")
    if not centered:
        _page_number(document, section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")


def _page_number(document, footer, align: WD_ALIGN_PARAGRAPH, side: str) -> None:
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph.style = document.styles[STYLES["page"].name]
    paragraph.alignment = align
    if align is not WD_ALIGN_PARAGRAPH.CENTER:
        ind = paragraph._p.get_or_add_pPr().get_or_add_ind()
        ind.set(qn(f"w:{side}"), "280")
    paragraph.add_run("— ")
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)
    paragraph.add_run(" —")


def _metadata(document, doc: Document) -> None:
    """Title and author (the unit); nothing else personal."""
    props = document.core_properties
    props.title = xml_safe(doc.title)
    props.author = props.last_modified_by = xml_safe(doc.author)
    props.comments = props.keywords = props.subject = props.category = ""
    props.revision = 1
    stamp = datetime(doc.date.year, doc.date.month, doc.date.day) if doc.date else datetime.now()
    props.created = props.modified = stamp
    props.last_printed = stamp


# ------------------------------------------------------------------ paragraphs


def _styled(document, key: str, text: str):
    paragraph = document.add_paragraph()
    # Set w:pStyle directly: python-docx's style lookup costs milliseconds a paragraph.
    paragraph._p.style = _style_ids(document)[key]
    if text:
        paragraph.add_run(text)
    return paragraph


def _paragraph(document, block: Block, author: str, marks: tuple[Highlight, ...]):
    text = xml_safe(block.text)
    if block.role is Role.TITLE:
        paragraph = _styled(document, "title", "")
        for i, line in enumerate(split_title(text, author)):
            run = paragraph.add_run(line)
            if i:
                run._r.insert(0, OxmlElement("w:br"))
        return paragraph
    key = _HEADING_STYLE.get(block.level, "body") if block.role is Role.HEADING else \
        _ROLE_STYLE.get(block.role, "body")
    paragraph = _styled(document, key, "")
    cut = block.heading_text_end if block.role is Role.HEADING else len(text)
    for start, end, marked in _segments(len(text), marks):
        for a, b, body_part in ((start, min(end, cut), False), (max(start, cut), end, True)):
            if a >= b:
                continue
            run = paragraph.add_run(text[a:b])
            if body_part and block.role is Role.HEADING:
                run._r.style = _style_ids(document)["body_chars"]
            if marked:
                highlight = OxmlElement("w:highlight")
                highlight.set(qn("w:val"), "yellow")
                run._r.get_or_add_rPr().append(highlight)
    return paragraph


def _style_ids(document) -> dict[str, str]:
    """Our style keys → the ids they have in this document (a reference docx may differ)."""
    cached = getattr(document, "_drafter_style_ids", None)
    if cached is None:
        cached = {key: document.styles[spec.name].style_id for key, spec in STYLES.items()}
        document._drafter_style_ids = cached
    return cached


def _segments(length: int, marks: tuple[Highlight, ...]) -> list[tuple[int, int, bool]]:
    """Split [0, length) into runs, marking the highlighted spans."""
    cuts = sorted({0, length} | {max(0, min(length, x)) for m in marks for x in (m.start, m.end)})
    return [(a, b, any(m.start <= a and b <= m.end for m in marks))
            for a, b in itertools.pairwise(cuts) if a < b]


def _highlights_by_block(highlights: tuple[Highlight, ...]) -> dict[int, tuple[Highlight, ...]]:
    grouped: dict[int, list[Highlight]] = {}
    for h in highlights:
        grouped.setdefault(h.block, []).append(h)
    return {k: tuple(v) for k, v in grouped.items()}


def _width(text: str) -> float:
    """Width in 3号 characters: digits and Latin letters are half as wide."""
    return sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in text)


def _closing_indent(paragraph, role: Role, signature: str, date_text: str) -> None:
    """落款 ends 2 characters from the right margin; the date's first character stands
    2 characters right of the name's first; a date longer than that moves the name left."""
    name_w, date_w = _width(signature), _width(date_text)
    date_right = name_w - date_w
    name_right = 2.0
    if date_right < 2:
        date_right, name_right = 2.0, date_w + 4 - name_w
    right = name_right if role is Role.SIGNATURE else date_right
    ind = paragraph._p.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:rightChars"), str(round(right * 100)))
    ind.set(qn("w:right"), str(round(right * CHAR_TWIPS)))


def split_title(title: str, unit: str = "", limit: int = 18) -> list[str]:
    """A long title in balanced lines, broken between words: after the unit's name when
    that balances, else after 年 / 关于 / 的 nearest the middle."""
    if _width(title) <= limit:
        return [title]
    lines = []
    rest = title
    while _width(rest) > limit:
        count = max(2, round(_width(rest) / limit + 0.49))
        target = len(rest) / count
        candidates = [i for i in range(2, len(rest) - 1)
                      if rest[i - 1] in "年的于）》" or (unit and rest[:i] == unit)]
        cut = min(candidates, key=lambda i: abs(i - target), default=round(target))
        if abs(cut - target) > target / 2:
            cut = round(target)
        lines.append(rest[:cut])
        rest = rest[cut:]
    lines.append(rest)
    return lines
