"""Findings as Word comments anchored at their text, so a reviewer sees them in Word/WPS."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from drafter.errors import InputError
from drafter.export.reading import DocxLine
from drafter.files import atomic_write, os_error_text
from drafter.rules.model import Finding


def annotate_docx(source: Path, findings: Iterable[Finding], output: Path,
                  lines: Sequence[str] | None = None) -> int:
    """Copy `source` to `output` with one comment per finding; returns how many were placed.
    Lines are numbered as read_lines() numbers them: a finding in a table row is anchored
    at its cell's text, one in a footnote or endnote at the note's reference mark. A
    .txt/.md source (or given `lines`) becomes a new Word document, one paragraph a line.
    Raises InputError for a source that cannot be read (see read_lines) or an output that
    cannot be written (the output is written whole or not at all)."""
    import docx

    if lines is not None or source.suffix.lower() != ".docx":
        if lines is None:
            from drafter.export.reading import read_lines

            lines = read_lines(source)
        document = docx.Document()
        doc_lines = []
        for line in lines:
            paragraph = document.add_paragraph(line)
            doc_lines.append(DocxLine(line, (paragraph,), (0,)))
    else:
        from drafter.export.reading import read_docx

        read = read_docx(source)
        document, doc_lines = read.document, read.lines
    placed = 0
    for f in findings:
        if not 1 <= f.line <= len(doc_lines):
            continue
        line = doc_lines[f.line - 1]
        runs = _runs_for(line, f.col - 1, f.col - 1 + len(f.excerpt))
        if not runs:
            continue
        fix = f"（建议改为“{f.fix}”）" if f.fix is not None else ""
        where = f"{line.note}：" if line.note else ""
        document.add_comment(runs, text=f"{where}{f.rule}：{f.message}{fix}", author="drafter",
                             initials="DR")
        placed += 1
    buffer = io.BytesIO()
    document.save(buffer)
    try:
        atomic_write(output, buffer.getvalue())
    except OSError as e:
        raise InputError(f"无法写入 {output}：{os_error_text(e)}。没有写出任何文件") from None
    return placed


def _runs_for(line: DocxLine, start: int, end: int) -> list[Any]:
    """The runs holding characters [start, end) of the line's text; for a note, the run
    with its reference mark in the body."""
    if not line.paragraphs:
        return [line.anchor] if line.anchor is not None else []
    covering: list[Any] = []
    for paragraph, offset in zip(line.paragraphs, line.starts, strict=True):
        covering += _runs_covering(paragraph, start - offset, end - offset, strict=True)
    if covering:
        return covering
    # nothing overlaps (e.g. a finding at a cell separator): the paragraph it falls in
    index = max((i for i, s in enumerate(line.starts) if s <= start), default=0)
    return list(line.paragraphs[index].runs[:1])


def _runs_covering(paragraph: Any, start: int, end: int, *, strict: bool = False) -> list:
    """The runs that hold exactly characters [start, end) of the paragraph's text: a run
    that reaches outside the span is split first, so the comment covers the excerpt and
    nothing else (none found: its first run, unless `strict`)."""
    covering, offset = [], 0
    for run in list(paragraph.runs):
        length = len(run.text)
        first, last = offset, offset + length
        offset = last
        if not (first < end and last > start):
            continue
        if first < start and _splittable(run):
            run = _split_run(run, start - first)  # keep the part inside the span
            first = start
        if last > end and _splittable(run):
            _split_run(run, end - first)  # the part after the span goes to a new run
        covering.append(run)
    return covering if covering or strict else list(paragraph.runs[:1])


_PLAIN_RUN_CHILDREN = {"rPr", "t", "tab", "br"}


def _splittable(run: Any) -> bool:
    """A run of text only (no field, drawing or note mark, which must not be copied)."""
    return all(child.tag.rsplit("}", 1)[-1] in _PLAIN_RUN_CHILDREN for child in run._r)


def _split_run(run: Any, at: int) -> Any:
    """Split `run` at character `at`: it keeps the text before, a copy with the same
    formatting placed right after it holds the rest and is returned."""
    from copy import deepcopy

    from docx.text.run import Run

    text = run.text
    tail = Run(deepcopy(run._r), run._parent)
    run._r.addnext(tail._r)
    run.text, tail.text = text[:at], text[at:]
    return tail
