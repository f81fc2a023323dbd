"""The Word file read back: every LAYOUT.md number, the styles, fonts, footers, metadata."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from drafter.document import Block, Document, Role, classify_paragraph
from drafter.errors import InputError
from drafter.export import ExportOptions, Highlight, export
from drafter.export.docx import split_title

BODY = "为进一步加强精神文明建设，提升干部职工文明素质，结合本单位实际，制定本方案。"


def sample(extra: int = 0) -> Document:
    lines = ["一、指导思想", BODY, "二、主要措施",
             "（一）加强组织领导。成立创建工作领导小组，统筹推进。", "1. 完善制度",
             "（1）建立台账", BODY * 2] + [BODY] * extra
    blocks = [Block(Role.TITLE, "清河县中医院2026年创建市级文明单位工作实施方案")]
    blocks += [classify_paragraph(t) for t in lines]
    blocks += [Block(Role.SIGNATURE, "清河县中医院"), Block(Role.DATE, "2026年1月4日")]
    return Document(title=blocks[0].text, blocks=blocks, author="清河县中医院",
                    date=date(2026, 1, 4))


@pytest.fixture
def saved(tmp_path: Path):
    path = tmp_path / "a.docx"
    export(sample(), path)
    return docx.Document(str(path))


def twips(length) -> int:
    return round(length.twips)


def test_page_size_and_margins(saved) -> None:
    s = saved.sections[0]
    for actual, mm in ((s.page_width, 210), (s.page_height, 297), (s.top_margin, 37),
                       (s.bottom_margin, 35), (s.left_margin, 28), (s.right_margin, 26)):
        assert abs(actual.mm - mm) <= 0.2, (actual.mm, mm)
    grid = s._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines" and grid.get(qn("w:linePitch")) == "579"


def style_of(saved, name: str):
    return saved.styles[name]


@pytest.mark.parametrize(("name", "font", "size", "outline"), [
    ("正文", "仿宋_GB2312", 16, None), ("公文标题", "方正小标宋简体", 22, None),
    ("一级标题", "黑体", 16, "0"), ("二级标题", "楷体_GB2312", 16, "1"),
    ("三级标题", "仿宋_GB2312", 16, "2"), ("四级标题", "仿宋_GB2312", 16, "3"),
    ("落款", "仿宋_GB2312", 16, None), ("成文日期", "仿宋_GB2312", 16, None),
])
def test_styles_fonts_sizes_spacing_outline(saved, name: str, font: str, size: int,
                                            outline: str | None) -> None:
    style = style_of(saved, name)
    assert style.style_id.isascii()
    fonts = style.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == font and fonts.get(qn("w:hAnsi")) == font
    assert fonts.get(qn("w:ascii")) == "Times New Roman"
    assert not [a for a in fonts.attrib if a.endswith("Theme")]
    assert style.font.size.pt == size
    ppr = style.element.pPr
    spacing = ppr.find(qn("w:spacing"))
    assert spacing.get(qn("w:line")) == "579" and spacing.get(qn("w:lineRule")) == "exact"
    level = ppr.find(qn("w:outlineLvl"))
    assert (level.get(qn("w:val")) if level is not None else None) == outline
    assert not style.font.bold


def test_body_indent_and_heading_indent(saved) -> None:
    for name in ("正文", "一级标题", "二级标题"):
        ind = style_of(saved, name).element.pPr.find(qn("w:ind"))
        assert ind.get(qn("w:firstLineChars")) == "200" and ind.get(qn("w:firstLine")) == "640"


def test_every_paragraph_uses_a_named_style_and_no_direct_fonts(saved) -> None:
    names = {p.style.name for p in saved.paragraphs}
    assert names <= {"公文标题", "正文", "一级标题", "二级标题", "三级标题", "四级标题", "落款",
                     "成文日期"}
    for p in saved.paragraphs:
        for r in p.runs:
            assert r._r.rPr is None or r._r.rPr.find(qn("w:rFonts")) is None


def test_paragraph_order_and_closing(saved) -> None:
    texts = [p.text for p in saved.paragraphs if p.text]
    assert "".join(texts[0].split("\n")) == sample().title
    assert texts[-2:] == ["清河县中医院", "2026年1月4日"]
    sig, day = [p for p in saved.paragraphs if p.text][-2:]
    assert sig.style.name == "落款" and day.style.name == "成文日期"
    assert sig.style.paragraph_format.alignment == 2  # right
    # name 6 chars, date 6 wide: date 2 chars from the right, name moved left to 4
    assert sig.paragraph_format.right_indent.twips == 4 * 320
    assert day.paragraph_format.right_indent.twips == 2 * 320


def test_run_on_heading_keeps_the_heading_font_only_to_the_first_full_stop(saved) -> None:
    p = next(p for p in saved.paragraphs if p.text.startswith("（一）"))
    assert p.style.name == "二级标题"
    assert p.runs[0].text == "（一）加强组织领导。" and p.runs[0].style.name != "正文字符"
    assert p.runs[1].style.name == "正文字符"


def test_footers_page_field_odd_right_even_left(saved) -> None:
    assert saved.settings.odd_and_even_pages_header_footer
    s = saved.sections[0]
    assert abs(s.footer_distance.mm - 25) < 0.2
    odd, even = s.footer.paragraphs[0], s.even_page_footer.paragraphs[0]
    for p, align, side in ((odd, 2, "right"), (even, 0, "left")):
        assert p.alignment == align
        assert p._p.pPr.find(qn("w:ind")).get(qn(f"w:{side}")) == "280"
        xml = p._p.xml
        assert "PAGE" in xml and "fldChar" in xml
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert p.style.name == "页码" and p.style.font.size.pt == 14


def test_metadata_is_title_and_unit_only(saved) -> None:
    props = saved.core_properties
    assert props.title == sample().title and props.author == "清河县中医院"
    assert props.last_modified_by in ("", "清河县中医院")
    assert props.comments == "" and props.keywords == ""


def test_windows_profile_and_unknown_profile(tmp_path: Path) -> None:
    export(sample(), tmp_path / "w.docx", ExportOptions(profile="windows"))
    d = docx.Document(str(tmp_path / "w.docx"))
    assert d.styles["正文"].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋"
    with pytest.raises(InputError, match="字体方案"):
        export(sample(), tmp_path / "x.docx", ExportOptions(profile="mac"))
    assert not (tmp_path / "x.docx").exists()


def test_changing_the_body_style_changes_every_body_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    export(sample(), path)
    d = docx.Document(str(path))
    d.styles["正文"].element.rPr.find(qn("w:rFonts")).set(qn("w:eastAsia"), "楷体")
    d.save(str(path))
    d = docx.Document(str(path))
    body = [p for p in d.paragraphs if p.style.name == "正文" and p.text]
    assert len(body) >= 2
    for p in body:
        assert p.style.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "楷体"
        assert all(r._r.rPr is None for r in p.runs)  # nothing overrides the style


def test_highlights_mark_the_finding(tmp_path: Path) -> None:
    doc = sample()
    index = next(i for i, b in enumerate(doc.blocks) if b.text == BODY)
    export(doc, tmp_path / "h.docx", ExportOptions(highlights=(Highlight(index, 2, 5, "x"),)))
    p = next(p for p in docx.Document(str(tmp_path / "h.docx")).paragraphs if p.text == BODY)
    marked = [r.text for r in p.runs if r._r.rPr is not None
              and r._r.rPr.find(qn("w:highlight")) is not None]
    assert marked == [BODY[2:5]]


def test_control_characters_are_removed(tmp_path: Path) -> None:
    doc = Document("标题\x00", [Block(Role.TITLE, "标题\x00"),
                               Block(Role.BODY, "正文\x07内容\x1f")])
    export(doc, tmp_path / "c.docx")
    texts = [p.text for p in docx.Document(str(tmp_path / "c.docx")).paragraphs if p.text]
    assert texts == ["标题", "正文内容"]


def test_two_hundred_pages_export(tmp_path: Path) -> None:
    export(sample(extra=200 * 22 // 2), tmp_path / "big.docx")
    assert len(docx.Document(str(tmp_path / "big.docx")).paragraphs) > 2000


def test_reference_docx_styles_are_used(tmp_path: Path) -> None:
    ref = docx.Document()
    style = ref.styles.add_style("正文", 1)
    style.font.size = docx.shared.Pt(15)
    ref.add_paragraph("应被移除的示例内容")
    ref.save(str(tmp_path / "ref.docx"))
    export(sample(), tmp_path / "r.docx", ExportOptions(reference_docx=tmp_path / "ref.docx"))
    d = docx.Document(str(tmp_path / "r.docx"))
    assert "应被移除的示例内容" not in [p.text for p in d.paragraphs]
    with pytest.raises(InputError, match="参考模板"):
        export(sample(), tmp_path / "s.docx", ExportOptions(reference_docx=tmp_path / "no.docx"))


def test_long_titles_split_into_balanced_lines() -> None:
    assert split_title("短标题") == ["短标题"]
    lines = split_title("清河县中医院2026年创建市级文明单位工作实施方案", "清河县中医院")
    assert "".join(lines) == "清河县中医院2026年创建市级文明单位工作实施方案"
    assert len(lines) == 2 and abs(len(lines[0]) - len(lines[1])) <= 8


def test_text_and_markdown(tmp_path: Path) -> None:
    export(sample(), tmp_path / "a.txt")
    export(sample(), tmp_path / "a.md")
    txt = (tmp_path / "a.txt").read_text(encoding="utf-8").splitlines()
    assert txt[0] == sample().title and txt[-1] == "2026年1月4日"
    assert (tmp_path / "a.md").read_text(encoding="utf-8").startswith("# ")
    with pytest.raises(InputError):
        export(sample(), tmp_path / "a.pdf")


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler-utils not installed")
def test_libreoffice_renders_page_numbers_and_22_lines(tmp_path: Path) -> None:
    doc = sample(extra=0)
    filler = "本段为测试行距的正文。" * 1
    doc.blocks[3:3] = [Block(Role.BODY, filler)] * 40
    export(doc, tmp_path / "p.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "p.docx")],
                   check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "p.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    # pdftotext may drop the thin half-width spaces around the number
    assert re.search(r"—\s?1\s?—", pages[0]) and re.search(r"—\s?2\s?—", pages[1])
    body_lines = [ln for ln in pages[1].splitlines() if "本段为测试行距的正文" in ln]
    assert len(body_lines) == 22
