"""Reading documents for the checker: .txt/.md as text, .docx one paragraph a line.

Only what can be read safely is read: a regular file of at most MAX_BYTES (never a FIFO
or a device), a Word package whose parts inflate to a bounded size and declare no XML
entities, text in UTF-8, GB18030 or UTF-16. Binary formats (PDF, .doc, images…) are
refused by name rather than read as text.

A .docx gives, in reading order: each body paragraph one line; each table row one line,
its cells separated by a tab (a cell's paragraphs by a space); then each paragraph of
the footnotes and the endnotes one line."""

from __future__ import annotations

import codecs
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.errors import InputError
from drafter.files import read_regular

MAX_BYTES = 64 * 1024 * 1024
"""The largest document read, as stored."""
MAX_PART_BYTES = 64 * 1024 * 1024
"""The largest part of a Word package, inflated (a page of text is a few KB)."""
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
"""All parts of a Word package together, inflated."""
MAX_PARTS = 10_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CONTAINERS = {f"{_W}{t}" for t in ("sdt", "sdtContent", "customXml", "smartTag")}
_NOTE_SKIP = {"separator", "continuationSeparator", "continuationNotice"}

_SUPPORTED = "drafter check 只能检查 .docx、.md 和 .txt 文件"
_TO_DOCX = "请在 Word 或 WPS 中另存为 .docx 后再检查"
_TO_TEXT = "请把其中的文字复制到 .txt 文件后再检查"
_FORMATS = {  # suffix → what it is, and how to get something drafter reads out of it
    ".pdf": ("PDF 文件", _TO_TEXT + "，或检查它的 Word 原稿"),
    ".doc": ("旧版 Word 文件（.doc）", _TO_DOCX), ".wps": ("WPS 文字文件（.wps）", _TO_DOCX),
    ".rtf": ("RTF 文件", _TO_DOCX), ".odt": ("OpenDocument 文本（.odt）", _TO_DOCX),
    ".xls": ("Excel 表格", _TO_TEXT), ".xlsx": ("Excel 表格", _TO_TEXT),
    ".et": ("WPS 表格", _TO_TEXT), ".ppt": ("PowerPoint 演示文稿", _TO_TEXT),
    ".pptx": ("PowerPoint 演示文稿", _TO_TEXT), ".dps": ("WPS 演示文稿", _TO_TEXT),
    ".png": ("图片", "请检查文字版的文档"), ".jpg": ("图片", "请检查文字版的文档"),
    ".jpeg": ("图片", "请检查文字版的文档"), ".gif": ("图片", "请检查文字版的文档"),
    ".zip": ("压缩包", "请先解压"), ".rar": ("压缩包", "请先解压"), ".7z": ("压缩包", "请先解压"),
}
_MAGIC = (  # leading bytes → the suffix whose entry above describes the file
    (b"%PDF", ".pdf"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"), (b"{\\rtf", ".rtf"),
    (b"\x89PNG", ".png"), (b"\xff\xd8\xff", ".jpg"), (b"GIF8", ".gif"), (b"Rar!", ".rar"),
    (b"7z\xbc\xaf", ".7z"), (b"\x1f\x8b", ".zip"),
)


@dataclass(frozen=True)
class DocxLine:
    """One line of a Word document as read_lines() gives it. `paragraphs` hold its text
    (python-docx Paragraphs), `starts[i]` the offset in `text` where paragraph i begins
    (cells and a cell's paragraphs are joined by one character); a footnote or endnote
    line has no paragraphs in the body: `anchor` is the body run with its reference mark
    (None if there is none) and `note` says which note it is (脚注2)."""

    text: str
    paragraphs: tuple[Any, ...] = ()
    starts: tuple[int, ...] = ()
    anchor: Any = None
    note: str = ""


@dataclass
class DocxText:
    """A Word document read for checking: the python-docx Document and its lines."""

    document: Any
    lines: list[DocxLine] = field(default_factory=list)


def read_lines(path: Path) -> list[str]:
    """A document's paragraphs, one a line (.docx as the module says; other files as
    text: UTF-8 with or without BOM, UTF-16 with or without BOM, then GB18030). Raises
    InputError for a missing file, a folder, a FIFO or device, a file over MAX_BYTES, a
    binary format (PDF, .doc, images…), text in no known encoding, or a .docx that is
    broken, oversized when inflated, or declares XML entities."""
    path = Path(path)
    raw = read_regular(path, limit=MAX_BYTES, what="文档")
    if path.suffix.lower() == ".docx" or _is_word_package(raw):
        return [line.text for line in parse_docx(raw, path).lines]
    _refuse_binary_format(path, raw)
    return _decode(raw, path).splitlines()


def read_docx(path: Path) -> DocxText:
    """A .docx read safely (see read_lines). Raises InputError."""
    path = Path(path)
    return parse_docx(read_regular(path, limit=MAX_BYTES, what="文档"), path)


# ------------------------------------------------------------------ text


def _refuse_binary_format(path: Path, raw: bytes) -> None:
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        suffix = next((s for magic, s in _MAGIC if raw.startswith(magic)), "")
        if not suffix and raw.startswith(b"PK\x03\x04"):
            suffix = ".zip"
    if suffix in _FORMATS:
        what, hint = _FORMATS[suffix]
        space = " " if what[0].isascii() else ""
        raise InputError(f"{path}：这是{space}{what}，不是文本文档，{_SUPPORTED}；{hint}")


def _decode(raw: bytes, path: Path) -> str:
    """The text of a plain-text file; InputError for binary data or an unknown encoding."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return _text_only(raw.decode(encoding), path)
            except UnicodeDecodeError:
                raise InputError(f"{path} 标明是 {encoding.upper()} 编码，但内容有误，"
                                 "请另存为 UTF-8") from None
    if b"\x00" in raw[:8192]:
        return _text_only(_utf16_without_bom(raw, path), path)
    for encoding in ("utf-8", "gb18030"):
        try:
            return _text_only(raw.decode(encoding), path)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path} 的编码无法识别，请另存为 UTF-8")


def _utf16_without_bom(raw: bytes, path: Path) -> str:
    """UTF-16 without a byte-order mark: ASCII characters put their zero byte on one side."""
    sample = raw[:8192]
    odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
    even = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0)
    encoding = "utf-16-le" if odd > 4 * even else "utf-16-be" if even > 4 * odd else ""
    if encoding and len(raw) % 2 == 0:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    raise InputError(f"{path} 是二进制文件，不是文本文档；{_SUPPORTED}")


def _text_only(text: str, path: Path) -> str:
    """Refuse decoded 'text' that is mostly control characters: binary data after all."""
    sample = text[:8192]
    controls = sum(1 for c in sample if c < " " and c not in "\t\n\r\f\v")
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise InputError(f"{path} 是二进制文件，不是文本文档；{_SUPPORTED}")
    return text


# ------------------------------------------------------------------ Word


def _is_word_package(raw: bytes) -> bool:
    """A zip that holds a Word document, whatever its name says."""
    if not raw.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def parse_docx(raw: bytes, path: Path) -> DocxText:
    """A Word document from its bytes (see the module). Raises InputError."""
    import docx

    _check_package(raw, path)
    try:
        document = docx.Document(io.BytesIO(raw))
        return DocxText(document, [*_body_lines(document), *_note_lines(document)])
    except InputError:
        raise
    except Exception as e:  # python-docx and lxml raise many kinds for a broken package
        raise InputError(_broken(path, e)) from None


def _broken(path: Path, error: Exception) -> str:
    from lxml import etree

    if isinstance(error, etree.XMLSyntaxError):
        where = f"第{error.lineno}行" if error.lineno else ""
        return (f"{path} 已损坏：文档内部的 XML 格式有误（{where}），无法读取；"
                "请用 Word 或 WPS 打开并另存为 .docx 后再试")
    if isinstance(error, ValueError) and "content type" in str(error):
        return f"{path} 不是 Word 文档（可能是 Excel、PowerPoint 等改了扩展名）；{_SUPPORTED}"
    return (f"{path} 不是有效的 Word 文档（.docx），无法读取（{type(error).__name__}）；"
            "请用 Word 或 WPS 打开并另存为 .docx 后再试")


def _check_package(raw: bytes, path: Path) -> None:
    """Refuse a package that is no zip, inflates beyond the limits (a zip bomb), or holds
    XML with a document type declaration (entities: “billion laughs”)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(f"{path} 不是有效的 Word 文档（.docx）：不是 zip 压缩包，"
                         "可能已损坏，或只是改了扩展名") from None
    with zf:
        infos = zf.infolist()
        total = sum(i.file_size for i in infos)
        largest = max(infos, key=lambda i: i.file_size, default=None)
        if (len(infos) > MAX_PARTS or total > MAX_PACKAGE_BYTES
                or (largest is not None and largest.file_size > MAX_PART_BYTES)):
            raise InputError(f"{path} 解压后过大（共 {total // 1024 // 1024} MB，上限 "
                             f"{MAX_PACKAGE_BYTES // 1024 // 1024} MB），可能是恶意构造的压缩文件，"
                             "不予读取")
        for info in infos:
            if not info.filename.endswith((".xml", ".rels")):
                continue
            try:
                with zf.open(info) as part:
                    head = part.read(64 * 1024)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError,
                    NotImplementedError):
                raise InputError(f"{path} 已损坏：其中的 {info.filename} 无法解压") from None
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise InputError(f"{path} 的 {info.filename} 含有 XML 实体声明（DOCTYPE），"
                                 "Word 不会写出这样的文件，可能是恶意构造的，不予读取")


def _body_lines(document: Any) -> list[DocxLine]:
    return list(_blocks(document.element.body))


def _blocks(container: Any) -> Any:
    """Lines of the paragraphs and tables directly in `container`, in document order
    (content controls and custom XML are looked into)."""
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            paragraph = Paragraph(child, None)
            yield DocxLine(paragraph.text, (paragraph,), (0,))
        elif child.tag == f"{_W}tbl":
            for row in child.iterchildren(f"{_W}tr"):
                yield _row_line(row)
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)


def _row_line(row: Any) -> DocxLine:
    """A table row: cells joined by a tab, a cell's paragraphs (nested tables' too) by a
    space; a cell spanning n grid columns is followed by n - 1 empty ones."""
    from docx.text.paragraph import Paragraph

    text, paragraphs, starts = "", [], []
    cells = [tc for tc in row.iter(f"{_W}tc") if _owning_row(tc) is row]
    for n, tc in enumerate(cells):
        if n:
            text += "\t"
        for k, p in enumerate(tc.iter(f"{_W}p")):
            if k:
                text += " "
            paragraph = Paragraph(p, None)
            paragraphs.append(paragraph)
            starts.append(len(text))
            text += paragraph.text
        span = tc.find(f"{_W}tcPr/{_W}gridSpan")
        extra = int(span.get(f"{_W}val", "1")) - 1 if span is not None else 0
        text += "\t" * max(0, min(extra, 63))
    return DocxLine(text, tuple(paragraphs), tuple(starts))


def _owning_row(tc: Any) -> Any:
    node = tc.getparent()
    while node is not None and node.tag != f"{_W}tr":
        node = node.getparent()
    return node


def _note_lines(document: Any) -> list[DocxLine]:
    """The footnotes', then the endnotes' paragraphs, numbered as Word shows them."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    body = document.element.body
    lines: list[DocxLine] = []
    for reltype, tag, label in ((RT.FOOTNOTES, "footnote", "脚注"),
                                (RT.ENDNOTES, "endnote", "尾注")):
        part = next((r.target_part for r in document.part.rels.values()
                     if r.reltype == reltype and not r.is_external), None)
        if part is None:
            continue
        references = {}
        for ref in body.iter(f"{_W}{tag}Reference"):
            references.setdefault(ref.get(f"{_W}id"), ref.getparent())
        order = {nid: n for n, nid in enumerate(references, start=1)}
        root = parse_xml(part.blob)
        for note in root.iterchildren(f"{_W}{tag}"):
            if note.get(f"{_W}type") in _NOTE_SKIP:
                continue
            nid = note.get(f"{_W}id")
            anchor = references.get(nid)
            name = f"{label}{order.get(nid, '')}"
            for p in note.iter(f"{_W}p"):
                lines.append(DocxLine(Paragraph(p, None).text,
                                      anchor=Run(anchor, None) if anchor is not None else None,
                                      note=name))
    return lines
