"""Findings as Word comments anchored at their text, so a reviewer sees them in Word/WPS."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from drafter.errors import InputError
from drafter.rules.model import Finding


def annotate_docx(source: Path, findings: Iterable[Finding], output: Path,
                  lines: Sequence[str] | None = None) -> int:
    """Copy `source` to `output` with one comment per finding; returns how many were placed.
    Lines are the document's paragraphs, as read_lines() numbers them. A .txt/.md source
    (or given `lines`) becomes a new Word document, one paragraph a line."""
    import docx

    if lines is not None or source.suffix.lower() != ".docx":
        if lines is None:
            from drafter.export.reading import read_lines

            lines = read_lines(source)
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
    else:
        try:
            document = docx.Document(str(source))
        except Exception as e:  # python-docx raises several types for a broken package
            raise InputError(f"{source} 不是有效的 Word 文档：{e}") from None
    paragraphs = document.paragraphs
    placed = 0
    for f in findings:
        if not 1 <= f.line <= len(paragraphs):
            continue
        runs = _runs_covering(paragraphs[f.line - 1], f.col - 1, f.col - 1 + len(f.excerpt))
        if not runs:
            continue
        fix = f"（建议改为“{f.fix}”）" if f.fix is not None else ""
        document.add_comment(runs, text=f"{f.rule}：{f.message}{fix}", author="drafter",
                             initials="DR")
        placed += 1
    document.save(str(output))
    return placed


def _runs_covering(paragraph, start: int, end: int) -> list:
    """The runs that hold characters [start, end) of the paragraph's text."""
    covering, offset = [], 0
    for run in paragraph.runs:
        length = len(run.text)
        if offset < end and offset + length > start:
            covering.append(run)
        offset += length
    return covering or list(paragraph.runs[:1])
