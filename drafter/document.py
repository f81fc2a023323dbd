"""The finished document as a flat list of typed blocks — what every exporter consumes.

A block knows its role (title, heading level, body, 落款…), never its fonts: the
layout is the exporter's business, so one Document gives docx, md and txt alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from drafter.numbering import heading_mark


class Role(StrEnum):
    TITLE = "title"  # 公文标题
    BYLINE = "byline"  # a text read aloud: its 署名 and date under the title (（2026年12月5日）)
    SALUTATION = "salutation"  # 主送机关 / 称谓 (尊敬的各位领导：)
    HEADING = "heading"  # 一、 （一） 1. （1） — `level` says which
    BODY = "body"  # 正文
    ATTACHMENT = "attachment"  # 附件说明
    SIGNATURE = "signature"  # 落款 (署名)
    DATE = "date"  # 成文日期
    COPY_TO = "copy_to"  # 版记: its 报 and 抄送 lines (GB/T 9704—2012 §7.4.2), after the date


@dataclass(frozen=True)
class Block:
    role: Role
    text: str
    level: int = 0  # 1–4 for headings, 0 otherwise

    @property
    def heading_text_end(self) -> int:
        """Where the heading font ends: a heading paragraph that runs on into body text
        (「（一）加强组织领导。成立…」) carries the heading font only up to its first 。"""
        if self.role is not Role.HEADING:
            return 0
        cut = self.text.find("。")
        return len(self.text) if cut < 0 or cut == len(self.text) - 1 else cut + 1


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)
    author: str = ""  # the unit; goes to the Word core properties
    date: date | None = None

    def text_lines(self) -> list[str]:
        """The plain text, one paragraph a line (the checker's and txt export's view)."""
        return [b.text for b in self.blocks]


def classify_paragraph(text: str) -> Block:
    """A body paragraph or a heading, judged by its literal numbering."""
    mark = heading_mark(text)
    if mark is not None:
        return Block(Role.HEADING, text, mark.level)
    return Block(Role.BODY, text)


def format_cn_date(d: date) -> str:
    """2026-01-04 → 2026年1月4日 (GB/T 9704: Arabic numerals, no zero padding)."""
    return f"{d.year}年{d.month}月{d.day}日"
