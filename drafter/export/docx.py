"""Word export in the GB/T 9704—2012 layout: A4, 版心 156×225 mm, 22 lines × 28
characters, named styles for every paragraph, page numbers `— 1 —` alternating sides.

The styled, page-set-up template is built once per (profile, layout) and kept as bytes;
an export loads it, appends one w:p per block straight into the body and saves."""

from __future__ import annotations

import functools
import io
import itertools
import re
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from drafter.document import Document, Role
from drafter.errors import InputError
from drafter.export.clean import xml_safe, xml_safe_mapped
from drafter.export.layout import attachment_indent, closing_indent, split_title
from drafter.export.options import ExportOptions, Highlight, LayoutSettings
from drafter.export.styles import (
    STYLES,
    define_styles,
    profile_fonts,
    slim_template,
)

_HEADING_STYLE = {1: "h1", 2: "h2", 3: "h3", 4: "h4"}
_ROLE_STYLE = {Role.BODY: "body", Role.SALUTATION: "salutation", Role.SIGNATURE: "signature",
               Role.DATE: "date", Role.ATTACHMENT: "attachment", Role.TITLE: "title",
               Role.BYLINE: "byline"}

_P, _PPR, _PSTYLE, _IND = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:ind")
_R, _RPR, _RSTYLE, _T = qn("w:r"), qn("w:rPr"), qn("w:rStyle"), qn("w:t")
_BR, _TAB, _HIGHLIGHT, _VAL = qn("w:br"), qn("w:tab"), qn("w:highlight"), qn("w:val")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

_APP_XML = (b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'extended-properties"><Application>drafter</Application></Properties>')
# Parts that can carry names of people or of the template's origin.
_PERSONAL_RELS = ("/custom-properties", "/thumbnail", "/comments", "/people",
                  "/commentsExtended", "/commentsIds", "/commentsExtensible")


def render_docx(doc: Document, options: ExportOptions) -> bytes:
    """The .docx file's bytes for `doc` in the GB/T 9704 layout (LAYOUT.md) on named styles.
    Raises InputError for an unknown font profile or a reference file that is not a Word
    document."""
    profile_fonts(options.profile)  # an unknown profile fails before anything is built
    if options.reference_docx is not None:
        document = _from_reference(Path(options.reference_docx), options)
    else:
        template = _template(options.profile, options.layout, options.centered_page_numbers)
        document = docx.Document(io.BytesIO(template))
    ids = {key: _style_id(document, spec.name) for key, spec in STYLES.items()}
    _write_blocks(document, doc, options, ids)
    _metadata(document, doc)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ template


@functools.lru_cache(maxsize=8)
def _template(profile: str, layout: LayoutSettings, centered: bool) -> bytes:
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    slim_template(document)
    _drop_parts(document, ("/stylesWithEffects", "/customXml"))
    define_styles(document, profile, layout)
    _page_setup(document, layout)
    _page_numbers(document, layout, centered)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _drop_parts(document, suffixes: tuple[str, ...]) -> None:
    for rels in (document.part.package.rels, document.part.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype.endswith(suffixes):
                del rels[rid]


def _page_setup(document, layout: LayoutSettings) -> None:
    section = document.sections[0]
    section.page_width = Mm(layout.page_width_mm)
    section.page_height = Mm(layout.page_height_mm)
    section.top_margin = Mm(layout.margin_top_mm)
    section.bottom_margin = Mm(layout.margin_bottom_mm)
    section.left_margin = Mm(layout.margin_left_mm)
    section.right_margin = Mm(layout.margin_right_mm)
    section.footer_distance = Mm(layout.footer_distance_mm)
    section.header_distance = Mm(layout.header_distance_mm)
    section.gutter = 0
    sect = section._sectPr
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect.append(grid)
    for attr in list(grid.attrib):
        del grid.attrib[attr]
    # A line grid only: 28 characters come from the −5 twip run spacing of the styles
    # (LAYOUT.md option a), never from a character grid as well.
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(layout.line_pitch_twips))


def _page_numbers(document, layout: LayoutSettings, centered: bool) -> None:
    """Odd pages right, even pages left, one character in from the edge (or all centred)."""
    section = document.sections[0]
    document.settings.odd_and_even_pages_header_footer = not centered
    section.different_first_page_header_footer = False
    indent = layout.page_number_indent_twips
    if centered:
        _page_number(document, section.footer, WD_ALIGN_PARAGRAPH.CENTER, "", 0)
    else:
        _page_number(document, section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right", indent)
        _page_number(document, section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left",
                     indent)


def _page_number(document, footer, align: WD_ALIGN_PARAGRAPH, side: str, indent: int) -> None:
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    for child in list(paragraph._p):
        paragraph._p.remove(child)
    paragraph._p.style = _style_id(document, STYLES["page"].name)
    paragraph.alignment = align
    if side:
        paragraph._p.get_or_add_pPr().get_or_add_ind().set(qn(f"w:{side}"), str(indent))
    paragraph.add_run("— ")
    run = paragraph.add_run()._r
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(_SPACE, "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text  # the cached result, for readers that do not lay out pages
        run.append(el)
    paragraph.add_run(" —")


def _style_id(document, name: str) -> str:
    for style in document.styles:
        if style.name == name:
            return style.style_id
    raise KeyError(name)


# ------------------------------------------------------------------ reference docx


def _from_reference(path: Path, options: ExportOptions):
    """A user's template: its styles (by name) and page setup win; ours fill the gaps."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"无法读取参考模板 {path}（--reference-docx）：{e.strerror or e}") \
            from None
    try:
        document = docx.Document(io.BytesIO(_as_document(data)))
        body = document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        had_section = body.find(qn("w:sectPr")) is not None
        define_styles(document, options.profile, options.layout, keep_existing=True)
        if not had_section:
            body.get_or_add_sectPr()
            _page_setup(document, options.layout)
        if document.sections[0].footer.is_linked_to_previous:  # no footer of its own
            _page_numbers(document, options.layout, options.centered_page_numbers)
        settings = document.settings.element
        for tag in ("w:attachedTemplate", "w:rsids"):
            el = settings.find(qn(tag))
            if el is not None:
                settings.remove(el)
    except InputError:
        raise
    except Exception as e:  # a corrupt user file: any parser or package error
        raise InputError(f"参考模板 {path} 不是可用的 Word 文件（--reference-docx）："
                         f"{type(e).__name__}: {e}") from None
    return document


_TEMPLATE_TYPE = re.compile(rb"application/vnd\.openxmlformats-officedocument\."
                            rb"wordprocessingml\.template\.main\+xml")


def _as_document(data: bytes) -> bytes:
    """A .dotx is a .docx with another content type: relabel it so python-docx opens it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            types = z.read("[Content_Types].xml")
            if not _TEMPLATE_TYPE.search(types):
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
                for item in z.infolist():
                    blob = z.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        blob = _TEMPLATE_TYPE.sub(
                            b"application/vnd.openxmlformats-officedocument."
                            b"wordprocessingml.document.main+xml", blob)
                    w.writestr(item, blob)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError):
        return data  # python-docx reports it


# ------------------------------------------------------------------ metadata


def _metadata(document, doc: Document) -> None:
    """Title and author (the unit); nothing else personal."""
    props = document.core_properties
    props.title = xml_safe(doc.title)
    props.author = xml_safe(doc.author)
    for name in ("last_modified_by", "comments", "keywords", "subject", "category",
                 "content_status", "identifier", "language", "version"):
        setattr(props, name, "")
    props.revision = 1
    stamp = datetime(doc.date.year, doc.date.month, doc.date.day) if doc.date else \
        datetime.now().replace(microsecond=0)
    props.created = props.modified = stamp
    core = props._element
    for el in core.findall(qn("cp:lastPrinted")):
        core.remove(el)
    package = document.part.package
    for rel in package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = _APP_XML  # no Company, Manager, template path
    _drop_parts(document, _PERSONAL_RELS)


# ------------------------------------------------------------------ paragraphs


def _write_blocks(document, doc: Document, options: ExportOptions,
                  ids: dict[str, str]) -> None:
    layout = options.layout
    body = document.element.body
    anchor = body.find(qn("w:sectPr"))

    def add(p) -> None:
        if anchor is not None:
            anchor.addprevious(p)
        else:
            body.append(p)

    marks = _highlights_by_block(options.highlights)
    closing = [b for b in doc.blocks if b.role in (Role.SIGNATURE, Role.DATE)]
    name = next((xml_safe(b.text) for b in closing if b.role is Role.SIGNATURE), "")
    day = next((xml_safe(b.text) for b in closing if b.role is Role.DATE), "")
    previous: Role | None = None
    if doc.title and not any(b.role is Role.TITLE for b in doc.blocks):
        # A document without a title block still gets its title, as in md and txt.
        title = xml_safe(doc.title)
        add(_paragraph(ids["title"], title, len(title),
                       breaks=_title_breaks(title, doc.author, layout)))
        add(_paragraph(ids["body"]))
        previous = Role.TITLE
    for index, block in enumerate(doc.blocks):
        role = block.role
        if role is Role.COPY_TO:
            # the 版记's lines (报, 抄送) in one frame: paragraphs of equal frame properties
            # share it, and their rules close the group (top of the first, bottom of the
            # last); the frame is anchored to the paragraph after it, on the last page
            add(_imprint(xml_safe(block.text), ids["copy_to"], layout))
            following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
            if following is None or following.role is not Role.COPY_TO:
                add(_paragraph(ids["body"]))
            previous = role
            continue
        # One blank line between the body and the 附件说明, and before the 落款.
        if previous is not None and (
                (role is Role.ATTACHMENT and previous is not Role.ATTACHMENT)
                or (role in (Role.SIGNATURE, Role.DATE)
                    and previous not in (Role.SIGNATURE, Role.DATE))):
            add(_paragraph(ids["body"]))
        text, where = xml_safe_mapped(block.text)
        spans = [(where[max(0, min(len(block.text), h.start))],
                  where[max(0, min(len(block.text), h.end))]) for h in marks.get(index, ())]
        if role is Role.HEADING:
            key = _HEADING_STYLE.get(block.level, "body")
            cut = where[block.heading_text_end] if block.heading_text_end else len(text)
        else:
            key = _ROLE_STYLE.get(role, "body")
            cut = len(text)
        breaks = _title_breaks(text, doc.author, layout) if role is Role.TITLE else set()
        indent = None
        if role is Role.SIGNATURE or role is Role.DATE:
            indent = closing_indent(role, name, day, layout)
        elif role is Role.ATTACHMENT:
            indent = attachment_indent(text, previous is Role.ATTACHMENT, layout)
        add(_paragraph(ids[key], text, cut, ids["body_chars"], spans, breaks, indent))
        following = doc.blocks[index + 1].role if index + 1 < len(doc.blocks) else None
        if role in (Role.TITLE, Role.BYLINE) and following is not Role.BYLINE:
            add(_paragraph(ids["body"]))  # one blank line after the title and its byline
        previous = role


def _imprint(text: str, style_id: str, layout: LayoutSettings):
    """The 版记 (GB/T 9704—2012 §7.4.2): the 抄送 line `text` in a frame as wide as the
    版心 at the foot of the 版心 on the last page, between two 粗线 分隔线 (its top and
    bottom borders). A frame (w:framePr), not a floating table: Word, WPS and LibreOffice
    all place it; LibreOffice before 7.6 lays a table as wide as the text into the text."""
    p = _paragraph(style_id, text, len(text))
    ppr = p.find(_PPR)
    frame = etree.SubElement(ppr, qn("w:framePr"))
    width = (layout.page_width_mm - layout.margin_left_mm - layout.margin_right_mm)
    for attr, value in (("w", str(round(width * 1440 / 25.4))), ("hSpace", "0"),
                        ("wrap", "around"), ("vAnchor", "margin"), ("hAnchor", "margin"),
                        ("xAlign", "center"), ("yAlign", "bottom")):
        frame.set(qn(f"w:{attr}"), value)
    rules = etree.SubElement(ppr, qn("w:pBdr"))
    for side in ("top", "bottom"):
        rule = etree.SubElement(rules, qn(f"w:{side}"))
        for attr, value in (("val", "single"), ("sz", str(layout.record_rule_eighths)),
                            ("space", "1"), ("color", "000000")):
            rule.set(qn(f"w:{attr}"), value)
    return p


def _title_breaks(title: str, unit: str, layout: LayoutSettings) -> set[int]:
    offsets, at = set(), 0
    for line in split_title(title, unit, layout.title_line_chars)[:-1]:
        at += len(line)
        offsets.add(at)
    return offsets


def _paragraph(style_id: str, text: str = "", cut: int = 0, rest_style: str = "",
               spans: list[tuple[int, int]] | None = None, breaks: set[int] | None = None,
               indent: dict[str, str] | None = None):
    """One w:p: the style, optional indents, runs split where the heading font ends, at
    highlight edges and at title line breaks."""
    p = etree.Element(_P)
    ppr = etree.SubElement(p, _PPR)
    etree.SubElement(ppr, _PSTYLE).set(_VAL, style_id)
    if indent:
        ind = etree.SubElement(ppr, _IND)
        for attr, value in indent.items():
            ind.set(qn(f"w:{attr}"), value)
    if not text:
        return p
    spans = spans or []
    breaks = breaks or set()
    cuts = {0, len(text), cut} | breaks | {x for span in spans for x in span}
    edges = sorted(x for x in cuts if 0 <= x <= len(text))
    for a, b in itertools.pairwise(edges):
        if a == b:
            continue
        r = etree.SubElement(p, _R)
        marked = any(s <= a and b <= e for s, e in spans)
        if a >= cut or marked:
            rpr = etree.SubElement(r, _RPR)
            if a >= cut:
                etree.SubElement(rpr, _RSTYLE).set(_VAL, rest_style)
            if marked:
                etree.SubElement(rpr, _HIGHLIGHT).set(_VAL, "yellow")
        if a in breaks:
            etree.SubElement(r, _BR)
        _add_text(r, text[a:b])
    return p


def _add_text(r, text: str) -> None:
    """w:t pieces; a tab becomes w:tab and a line break w:br, as Word writes them."""
    for i, piece in enumerate(re.split(r"(\t|\r\n|\n|\r)", text)):
        if i % 2:
            etree.SubElement(r, _TAB if piece == "\t" else _BR)
        elif piece:
            t = etree.SubElement(r, _T)
            t.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                t.set(_SPACE, "preserve")


def _highlights_by_block(highlights: tuple[Highlight, ...]) -> dict[int, tuple[Highlight, ...]]:
    grouped: dict[int, list[Highlight]] = {}
    for h in highlights:
        if h.end > h.start:
            grouped.setdefault(h.block, []).append(h)
    return {k: tuple(v) for k, v in grouped.items()}
