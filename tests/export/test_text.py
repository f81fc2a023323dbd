"""Plain text and Markdown export."""

from __future__ import annotations

from pathlib import Path

from drafter.document import Block, Document, Role, classify_paragraph
from drafter.export import export
from drafter.export.text import to_markdown, to_text


def plan() -> Document:
    blocks = [Block(Role.TITLE, "清河县中医院2026年工作计划"),
              classify_paragraph("一、总体目标"),
              Block(Role.BODY, "全面提升服务质量。\n第二行"),
              classify_paragraph("（一）加强组织领导。成立领导小组。"),
              classify_paragraph("1. 完善制度"),
              Block(Role.BODY, "# 不是标题"),
              Block(Role.ATTACHMENT, "附件：工作台账"),
              Block(Role.SIGNATURE, "清河县中医院"),
              Block(Role.DATE, "2026年1月4日")]
    return Document(blocks[0].text, blocks, "清河县中医院")


def test_text_one_paragraph_a_line_with_the_layouts_blank_lines() -> None:
    assert to_text(plan()).splitlines() == [
        "清河县中医院2026年工作计划", "", "一、总体目标", "全面提升服务质量。第二行",
        "（一）加强组织领导。成立领导小组。", "1. 完善制度", "# 不是标题", "", "附件：工作台账", "",
        "清河县中医院", "2026年1月4日"]


def test_text_without_a_title_block_starts_with_the_title() -> None:
    doc = Document("标题", [Block(Role.BODY, "正文")])
    assert to_text(doc) == "标题\n\n正文\n"


def test_markdown_headings_and_escapes() -> None:
    md = to_markdown(plan()).split("\n\n")
    assert md[0] == "# 清河县中医院2026年工作计划"
    assert md[1] == "## 一、总体目标"
    assert md[3] == "（一）加强组织领导。成立领导小组。"  # run-on: a paragraph, not a heading
    assert md[4] == "1\\. 完善制度"  # not an ordered list
    assert md[5] == "\\# 不是标题"
    assert md[-2:] == ["清河县中医院", "2026年1月4日\n"]


def test_files_are_utf8(tmp_path: Path) -> None:
    export(plan(), tmp_path / "a.txt")
    export(plan(), tmp_path / "a.md")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == to_text(plan())
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == to_markdown(plan())
