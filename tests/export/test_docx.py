"""The Word file read back: every LAYOUT.md number, the styles, fonts, footers, metadata."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from drafter.document import Block, Document, Role, classify_paragraph
from drafter.errors import InputError
from drafter.export import ExportOptions, Highlight, export
from drafter.export.clean import xml_safe
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
                     "成文日期", "称谓", "附件说明", "版记"}
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
    assert props.last_modified_by == ""
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


# ------------------------------------------------------------------ more of the layout


def report() -> Document:
    blocks = [Block(Role.TITLE, "清河县中医院关于2025年度精神文明建设工作情况的报告"),
              Block(Role.SALUTATION, "尊敬的各位领导："),
              Block(Role.BODY, "现将我院2025年度精神文明建设工作情况报告如下。"),
              classify_paragraph("一、主要工作"),
              Block(Role.BODY, "全年开展志愿服务“进社区”活动12次——群众满意度98.5%……"),
              Block(Role.ATTACHMENT, "附件：1.清河县中医院2025年度志愿服务活动一览表及相关"
                                     "情况说明材料汇编"),
              Block(Role.ATTACHMENT, "2.创建工作台账"),
              Block(Role.SIGNATURE, "清河县中医院"),
              Block(Role.DATE, "2026年1月4日")]
    return Document(blocks[0].text, blocks, "清河县中医院", date(2026, 1, 4))


@pytest.fixture
def saved_report(tmp_path: Path):
    export(report(), tmp_path / "r.docx")
    return docx.Document(str(tmp_path / "r.docx"))


def test_no_theme_fonts_and_chinese_everywhere(saved) -> None:
    styles = saved.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        assert not [a for a in fonts.attrib if a.lower().endswith("theme")]
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert fonts.get(qn("w:hint")) == "eastAsia"
    normal = saved.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal.get(qn("w:eastAsia")) == "仿宋_GB2312"
    lang = saved.settings.element.find(qn("w:themeFontLang"))
    assert lang is None or lang.get(qn("w:eastAsia")) == "zh-CN"


def test_28_characters_a_line_by_run_spacing_not_a_character_grid(saved) -> None:
    grid = saved.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:charSpace")) is None and grid.get(qn("w:type")) == "lines"
    for name in ("正文", "一级标题", "二级标题", "三级标题", "四级标题", "落款", "成文日期"):
        spacing = saved.styles[name].element.rPr.find(qn("w:spacing"))
        assert spacing.get(qn("w:val")) == "-5", name
    # 28 condensed 3号 characters fit the 156 mm 版心
    s = saved.sections[0]
    width = docx.shared.Length(s.page_width - s.left_margin - s.right_margin)
    assert 28 * (320 - 5) <= width.twips < 29 * (320 - 5)


def test_exact_margins_in_twips(saved) -> None:
    pg = saved.sections[0]._sectPr.find(qn("w:pgMar"))
    expected = {"top": 2098, "bottom": 1984, "left": 1587, "right": 1474}
    for side, value in expected.items():
        assert abs(int(pg.get(qn(f"w:{side}"))) - value) <= 1, side
    size = saved.sections[0]._sectPr.find(qn("w:pgSz"))
    assert (size.get(qn("w:w")), size.get(qn("w:h"))) == ("11906", "16838")


def test_every_block_paragraph_keeps_exact_spacing_from_its_style(saved) -> None:
    for p in saved.paragraphs:
        ppr = p._p.pPr
        assert ppr.find(qn("w:spacing")) is None  # nothing direct: the style decides
        assert p.style.paragraph_format.line_spacing.twips == 579


def test_page_number_footers_are_distinct_parts_in_song_ti(saved) -> None:
    s = saved.sections[0]
    assert s.footer.part is not s.even_page_footer.part
    assert saved.settings.element.find(qn("w:evenAndOddHeaders")) is not None
    style = saved.styles["页码"]
    fonts = style.element.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia")} == {"宋体"}
    assert style.element.pPr.find(qn("w:snapToGrid")).get(qn("w:val")) == "0"
    for footer in (s.footer, s.even_page_footer):
        p = footer.paragraphs[0]._p
        kinds = [el.get(qn("w:fldCharType")) for el in p.iter(qn("w:fldChar"))]
        assert kinds == ["begin", "separate", "end"]
        assert [el.text for el in p.iter(qn("w:instrText"))] == [" PAGE "]
        assert footer.paragraphs[0].text == "— 1 —"  # the cached result


def test_centred_page_numbers_option(tmp_path: Path) -> None:
    export(sample(), tmp_path / "c.docx", ExportOptions(centered_page_numbers=True))
    d = docx.Document(str(tmp_path / "c.docx"))
    assert not d.settings.odd_and_even_pages_header_footer
    assert d.sections[0].footer.paragraphs[0].alignment == 1


def test_report_salutation_attachments_and_closing(saved_report) -> None:
    paragraphs = saved_report.paragraphs
    texts = [p.text for p in paragraphs]
    for block in report().blocks[1:]:
        assert block.text in texts
    sal = next(p for p in paragraphs if p.text == "尊敬的各位领导：")
    assert sal.style.name == "称谓"
    ind = sal.style.element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "0" and sal.style.paragraph_format.alignment == 0
    assert texts[texts.index("尊敬的各位领导：") - 1] == ""  # blank line after the title
    first = texts.index(report().blocks[5].text)
    assert texts[first - 1] == "" and paragraphs[first].style.name == "附件说明"
    one, two = paragraphs[first].paragraph_format, paragraphs[first + 1].paragraph_format
    # 「附件：1.」 is 4 characters wide: the name, and every wrapped line, 6 characters in
    assert one.left_indent.twips == 6 * 320 and one.first_line_indent.twips == -4 * 320
    # 「2.」 under 「1.」 (5 characters in), its name under the first name
    assert two.left_indent.twips == 6 * 320 and two.first_line_indent.twips == -1 * 320
    assert texts[first + 2] == "" and texts[-2:] == ["清河县中医院", "2026年1月4日"]


def test_punctuation_renders_in_the_chinese_font(saved_report) -> None:
    body = saved_report.styles["正文"].element.rPr.find(qn("w:rFonts"))
    # “ ” — … go to hAnsi unless hinted: both say 仿宋; digits go to ascii (Times New Roman)
    assert body.get(qn("w:hAnsi")) == "仿宋_GB2312" and body.get(qn("w:hint")) == "eastAsia"
    p = next(p for p in saved_report.paragraphs if "——" in p.text)
    assert all(r._r.rPr is None for r in p.runs)


def test_title_is_one_paragraph_in_balanced_lines(saved_report) -> None:
    title = saved_report.paragraphs[0]
    assert title.style.name == "公文标题"
    assert title.text.replace("\n", "") == report().title
    lines = title.text.split("\n")
    assert len(lines) == 2 and all(len(line) <= 18 for line in lines)
    assert not any(a[-1].isdigit() and b[0].isdigit() for a, b in itertools.pairwise(lines))
    assert saved_report.styles["公文标题"].font.size.pt == 22


def test_split_title_keeps_digits_together_and_three_lines_when_needed() -> None:
    title = "关于印发《清河县中医院2026年创建市级文明单位工作实施方案》和《考核办法》的通知"
    lines = split_title(title, limit=18)
    assert "".join(lines) == title and len(lines) == 3
    assert all("2026" in line or "202" not in line for line in lines)


def test_metadata_leaves_nothing_personal(tmp_path: Path) -> None:
    import zipfile

    export(sample(), tmp_path / "m.docx")
    with zipfile.ZipFile(tmp_path / "m.docx") as z:
        names = set(z.namelist())
        core = z.read("docProps/core.xml").decode()
        app = z.read("docProps/app.xml").decode()
    assert "docProps/thumbnail.jpeg" not in names and "docProps/custom.xml" not in names
    assert "python-docx" not in core and "lastPrinted" not in core
    assert "Company" not in app and "Template" not in app


def test_highlight_across_a_run_on_heading_and_after_control_characters(tmp_path: Path) -> None:
    text = "（一）加强\x01组织领导。成立创建工作领导小组。"
    doc = Document("标题", [Block(Role.TITLE, "标题"), Block(Role.HEADING, text, 2)])
    start = text.index("领导。")
    export(doc, tmp_path / "h.docx",
           ExportOptions(highlights=(Highlight(1, start, start + 5, "错误"),)))
    p = docx.Document(str(tmp_path / "h.docx")).paragraphs[2]
    assert p.text == text.replace("\x01", "")
    marked = [(r.text, r.style.name) for r in p.runs
              if r._r.rPr is not None and r._r.rPr.find(qn("w:highlight")) is not None]
    assert "".join(t for t, _ in marked) == "领导。成立"
    assert marked[-1][1] == "正文字符"  # the body part keeps the body font


def test_all_xml_invalid_characters_are_removed(tmp_path: Path) -> None:
    bad = "".join(chr(c) for c in [*range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x20)])
    doc = Document("标题" + bad, [Block(Role.TITLE, "标" + bad + "题"),
                                 Block(Role.BODY, "正文" + bad + "\ud800内容"),
                                 Block(Role.SIGNATURE, "单位" + bad)], author="单位" + bad)
    for suffix in ("docx", "md", "txt"):
        export(doc, tmp_path / f"c.{suffix}")
    d = docx.Document(str(tmp_path / "c.docx"))
    assert [p.text for p in d.paragraphs if p.text] == ["标题", "正文内容", "单位"]
    assert d.core_properties.author == "单位"


def test_a_failed_export_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "keep.docx"
    path.write_bytes(b"old")
    with pytest.raises(InputError):
        export(sample(), path, ExportOptions(profile="nope"))
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.docx"]


def test_fmt_overrides_the_suffix(tmp_path: Path) -> None:
    export(sample(), tmp_path / "out.bin", fmt="docx")
    assert docx.Document(str(tmp_path / "out.bin")).paragraphs[0].style.name == "公文标题"


def test_reference_docx_keeps_the_users_styles_and_page(tmp_path: Path) -> None:
    ref = docx.Document()
    body = ref.styles.add_style("正文", 1)
    body.font.size = docx.shared.Pt(15)
    ref.sections[0].left_margin = docx.shared.Mm(30)
    ref.save(str(tmp_path / "ref.docx"))
    export(sample(), tmp_path / "r.docx", ExportOptions(reference_docx=tmp_path / "ref.docx"))
    d = docx.Document(str(tmp_path / "r.docx"))
    assert d.styles["正文"].font.size.pt == 15  # the user's own definition
    assert d.styles["一级标题"].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"
    assert abs(d.sections[0].left_margin.mm - 30) < 0.2
    assert [p.text for p in d.paragraphs if p.text][-2:] == ["清河县中医院", "2026年1月4日"]
    assert "PAGE" in d.sections[0].footer.paragraphs[0]._p.xml


def test_reference_dotx_is_accepted(tmp_path: Path) -> None:
    import zipfile

    docx.Document().save(str(tmp_path / "t.docx"))
    with zipfile.ZipFile(tmp_path / "t.docx") as z, \
            zipfile.ZipFile(tmp_path / "t.dotx", "w") as w:
        for item in z.infolist():
            data = z.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            w.writestr(item, data)
    export(sample(), tmp_path / "o.docx", ExportOptions(reference_docx=tmp_path / "t.dotx"))
    assert docx.Document(str(tmp_path / "o.docx")).paragraphs[0].style.name == "公文标题"


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04broken"])
def test_corrupt_reference_docx_is_an_input_error(tmp_path: Path, content: bytes) -> None:
    ref = tmp_path / "bad.docx"
    ref.write_bytes(content)
    with pytest.raises(InputError, match="参考模板"):
        export(sample(), tmp_path / "o.docx", ExportOptions(reference_docx=ref))
    assert not (tmp_path / "o.docx").exists()


def test_reference_zip_without_word_parts_is_an_input_error(tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(tmp_path / "x.docx", "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match="参考模板"):
        export(sample(), tmp_path / "o.docx", ExportOptions(reference_docx=tmp_path / "x.docx"))


def test_two_hundred_pages_all_styled(tmp_path: Path) -> None:
    # 38 characters a paragraph = 2 lines; 22 lines a page
    doc = sample(extra=200 * 11)
    export(doc, tmp_path / "big.docx")
    d = docx.Document(str(tmp_path / "big.docx"))
    body = d.styles["正文"].style_id
    ids = {p._p.pPr.find(qn("w:pStyle")).get(qn("w:val")) for p in d.paragraphs}
    assert body in ids and len(d.paragraphs) >= 2200


def test_a_document_without_a_title_block_gets_its_title(tmp_path: Path) -> None:
    doc = Document("关于做好节日期间安全工作的通知", [Block(Role.BODY, BODY)])
    export(doc, tmp_path / "t.docx", ExportOptions(highlights=(Highlight(0, 0, 2),)))
    paragraphs = docx.Document(str(tmp_path / "t.docx")).paragraphs
    assert [p.text for p in paragraphs] == [doc.title, "", BODY]
    assert paragraphs[0].style.name == "公文标题"
    assert paragraphs[2].runs[0].text == BODY[:2]  # highlights still count blocks


def test_body_text_follows_the_linked_character_style_and_no_widow_control(saved) -> None:
    body = saved.styles["正文"]
    assert body.element.find(qn("w:link")).get(qn("w:val")) == \
        saved.styles["正文字符"].style_id
    assert saved.styles["Normal"].paragraph_format.widow_control is False


def test_random_text_never_crashes_and_round_trips(tmp_path: Path) -> None:
    import random

    rng = random.Random(9704)
    alphabet = [chr(c) for c in range(0, 0x80)] + list("“”‘’—…、。，：；（）《》〔〕一二三") + \
        ["\ud83d", "\ufffe", "😀", "\u3000", "\t", "\n"]
    roles = [Role.BODY, Role.SALUTATION, Role.ATTACHMENT, Role.SIGNATURE, Role.DATE]
    for round_ in range(20):
        blocks = [Block(Role.TITLE, "".join(rng.choices(alphabet, k=40)))]
        for _ in range(8):
            text = "".join(rng.choices(alphabet, k=rng.randint(0, 60)))
            role = rng.choice([*roles, Role.HEADING])
            blocks.append(Block(role, text, rng.randint(1, 4) if role is Role.HEADING else 0))
        doc = Document(blocks[0].text, blocks, author="单位\x00")
        marks = tuple(Highlight(rng.randrange(-1, 10), rng.randrange(-5, 70),
                                rng.randrange(-5, 70)) for _ in range(6))
        path = tmp_path / f"f{round_}.docx"
        export(doc, path, ExportOptions(highlights=marks))
        texts = [p.text for p in docx.Document(str(path)).paragraphs]
        for block in blocks[1:]:
            clean = xml_safe(block.text).replace("\r\n", "\n").replace("\r", "\n")
            assert clean in texts
        for suffix in ("md", "txt"):
            export(doc, path.with_suffix(f".{suffix}"))


# ------------------------------------------------------------------ 版记


def with_copy_to(organs: str) -> Document:
    doc = sample()
    return Document(doc.title, [*doc.blocks, Block(Role.COPY_TO, f"抄送：{organs}。")],
                    doc.author, doc.date)


def test_copy_to_is_a_ruled_frame_at_the_foot_of_the_last_page(tmp_path: Path) -> None:
    """GB/T 9704—2012 §7.4.2: 抄送 in 4号仿宋, 左右各空一字, wrapped lines after 「抄送：」,
    between two 粗线 as wide as the 版心, the 版记 at the foot of the last page."""
    export(with_copy_to("县文明办，县总工会"), tmp_path / "c.docx")
    saved = docx.Document(str(tmp_path / "c.docx"))
    filled = [p for p in saved.paragraphs if p.text]
    assert [p.text for p in filled[-3:]] == ["清河县中医院", "2026年1月4日",
                                             "抄送：县文明办，县总工会。"]
    imprint = filled[-1]
    assert imprint.style.name == "版记" and imprint.style.font.size.pt == 14
    ind = imprint.style.element.pPr.find(qn("w:ind"))
    assert (ind.get(qn("w:left")), ind.get(qn("w:hanging")), ind.get(qn("w:right"))) == (
        "1120", "840", "280")
    frame = imprint._p.pPr.find(qn("w:framePr"))
    assert (frame.get(qn("w:vAnchor")), frame.get(qn("w:yAlign"))) == ("margin", "bottom")
    assert abs(int(frame.get(qn("w:w"))) / 1440 * 25.4 - 156) < 0.2
    rules = imprint._p.pPr.find(qn("w:pBdr"))
    assert [(r.tag.split("}")[1], r.get(qn("w:sz"))) for r in rules] == [("top", "8"),
                                                                         ("bottom", "8")]
    assert imprint._p.getnext() is not None  # a paragraph to anchor the frame to


def test_copy_to_in_text_after_a_blank_line(tmp_path: Path) -> None:
    export(with_copy_to("县文明办"), tmp_path / "c.txt")
    lines = (tmp_path / "c.txt").read_text(encoding="utf-8").splitlines()
    assert lines[-3:] == ["2026年1月4日", "", "抄送：县文明办。"]


def test_a_report_line_shares_the_imprint_frame_above_copy_to(tmp_path: Path) -> None:
    """A document issued downwards (notes.report_to): 报：… above 抄送：…, two paragraphs of
    one frame (equal frame properties), one anchor paragraph after the last; in text one
    blank line before the 版记, none between its lines."""
    doc = with_copy_to("县文明办")
    doc = Document(doc.title, [*doc.blocks[:-1], Block(Role.COPY_TO, "报：县应急管理局。"),
                               doc.blocks[-1]], doc.author, doc.date)
    export(doc, tmp_path / "r.docx")
    saved = docx.Document(str(tmp_path / "r.docx"))
    filled = [p for p in saved.paragraphs if p.text]
    assert [p.text for p in filled[-2:]] == ["报：县应急管理局。", "抄送：县文明办。"]
    report, copy = filled[-2:]
    assert report._p.getnext() is copy._p  # no anchor between: one frame
    frames = [p._p.pPr.find(qn("w:framePr")).attrib for p in (report, copy)]
    assert frames[0] == frames[1]
    assert copy._p.getnext() is not None and not copy._p.getnext().xpath("string(.)")
    export(doc, tmp_path / "r.txt")
    lines = (tmp_path / "r.txt").read_text(encoding="utf-8").splitlines()
    assert lines[-4:] == ["2026年1月4日", "", "报：县应急管理局。", "抄送：县文明办。"]
