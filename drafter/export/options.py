"""What an export can be asked for: formats, font profiles, the GB/T 9704 layout numbers,
and the highlights a forced export carries."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

FORMATS: dict[str, str] = {"docx": "Word（.docx）", "md": "Markdown（.md）",
                           "txt": "纯文本（.txt）"}
"""Output formats: file suffix without the dot → the name a user sees."""

LEDGER_SUFFIX = ".数字来源表.csv"
"""The 数字来源表 written beside an export: 方案.docx → 方案.数字来源表.csv."""

FONT_PROFILES: dict[str, str] = {"gb": "国标字体（仿宋_GB2312 等）",
                                 "windows": "Windows 字体（仿宋、宋体等）"}
"""Font profiles → the name a user sees; export/styles.py holds each one's font names."""


@dataclass(frozen=True)
class Highlight:
    """A span to mark in the exported file (a finding left in a forced export)."""

    block: int  # index into Document.blocks
    start: int  # character offsets in that block's text
    end: int
    note: str = ""


@dataclass(frozen=True)
class LayoutSettings:
    """The GB/T 9704—2012 numbers (LAYOUT.md); every one can be changed."""

    page_width_mm: float = 210.0
    page_height_mm: float = 297.0
    margin_top_mm: float = 37.0
    margin_bottom_mm: float = 35.0
    margin_left_mm: float = 28.0
    margin_right_mm: float = 26.0
    footer_distance_mm: float = 25.0
    """Paper edge to the page-number line: the dash line sits about 7 mm below the 版心."""
    header_distance_mm: float = 15.0
    line_pitch_twips: int = 579
    """Exact line spacing and docGrid linePitch: 28.95 pt gives 22 lines in the 225 mm 版心
    (29 pt would give 21)."""
    first_line_indent_chars: int = 2
    """正文 and headings: w:firstLineChars = 100 × this, w:firstLine = 320 twips × this."""
    page_number_indent_twips: int = 280
    """Page numbers 空一字: odd pages right indent, even pages left indent (one 4号 character)."""
    page_number_line_twips: int = 340
    """Exact line height of the page-number paragraph: with the footer 25 mm from the paper
    edge its middle, the dash line, lands about 7 mm below the 版心."""
    closing_right_chars: float = 2.0
    """落款: its right end this many characters from the right margin."""
    date_offset_chars: float = 2.0
    """成文日期: its first character this many characters right of the 落款's first."""
    body_size_pt: float = 16.0  # 3号
    title_size_pt: float = 22.0  # 2号
    page_number_size_pt: float = 14.0  # 4号
    record_size_pt: float = 14.0
    """版记 (抄送): 4号仿宋 (GB/T 9704—2012 §7.4.2)."""
    record_line_twips: int = 440
    """Exact line height of a 版记 line, off the body grid (about 7.8 mm: the 4号 line
    between its two rules)."""
    record_rule_eighths: int = 8
    """The 版记's first and last 分隔线, in eighths of a point: 1 pt ≈ 0.35 mm, the 粗线
    GB/T 9704—2012 §7.4.2 recommends."""
    char_spacing_twips: int = -5
    """Condensed 3号 text: 28 characters fit the 156 mm line (16 pt × 28 would not)."""
    title_line_chars: int = 18
    """A title wider than this (in 2号 characters; 20 fit the 版心) is split into balanced
    lines, broken between words."""
    widow_control: bool = False
    """Word's 孤行控制; off so that every full page holds 22 lines (撑满版心)."""
    bold_minor_headings: bool = False
    """三级/四级标题 (1. and （1）) in bold."""
    latin_font: str = "Times New Roman"
    """Digits and Latin letters; "" keeps them in the Chinese font."""


@dataclass(frozen=True)
class ExportOptions:
    profile: str = "gb"
    """Font names: "gb" (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312) or "windows" (仿宋, 宋体,
    黑体, 楷体)."""
    reference_docx: Path | None = None
    """A user's .docx/.dotx: its styles (by name) and page setup are used instead of ours,
    like pandoc's reference doc; styles it lacks are added."""
    highlights: tuple[Highlight, ...] = ()
    """Findings left in a forced export: yellow highlight on those characters (docx only)."""
    centered_page_numbers: bool = False
    """`— 1 —` centred on every page (打印稿 habit) instead of odd right / even left."""
    layout: LayoutSettings = field(default_factory=LayoutSettings)
