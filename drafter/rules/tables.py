"""number.arithmetic in tables: a Markdown table (「| 项目 | 金额 |」) or a Word table pasted
as tab-separated rows, whose 合计/总计 row must equal the sum of the rows above it in
every column of counts (not in columns of rates, shares or averages)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.facts import format_number
from drafter.rules.model import Finding, Text, finding

_SEPARATOR = re.compile(r"^\|?[\s:|-]+\|?$")
_NUMBER_CELL = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(万|亿)?[\u4e00-\u9fff]{0,3}$")
_TOTAL_LABEL = re.compile(r"^(?:合[ \u3000]*计|总[ \u3000]*计|共[ \u3000]*计)$")
_NOT_SUMMED = re.compile(
    r"率|%|％|占比|比例|比重|平均|均值|人均|增幅|增长|同比|环比|排名|序号|年份")


def _cells(line: str) -> tuple[list[str], list[int]] | None:
    """The cells of a table row and the column each starts at, or None for a non-row."""
    if line.lstrip().startswith("|") and line.count("|") >= 3:
        sep = "|"
    elif line.count("\t") >= 2:
        sep = "\t"
    else:
        return None
    cells, starts, pos = [], [], 0
    for raw in line.split(sep):
        lead = len(raw) - len(raw.lstrip(" \u3000"))
        cells.append(raw.strip(" \u3000"))
        starts.append(pos + lead)
        pos += len(raw) + 1
    if sep == "|":  # the empty cells outside the outer bars
        if cells and not cells[0]:
            cells, starts = cells[1:], starts[1:]
        if cells and not cells[-1]:
            cells, starts = cells[:-1], starts[:-1]
    return cells, starts


def _blocks(text: Text) -> list[list[int]]:
    """Runs of consecutive table rows with the same number of cells (separators kept)."""
    blocks: list[list[int]] = []
    width = None
    for i, line in enumerate(text.lines):
        row = _cells(line) if ("|" in line or "\t" in line) else None
        if row is None:
            width = None
            continue
        if width == len(row[0]) and blocks:
            blocks[-1].append(i)
        else:
            blocks.append([i])
            width = len(row[0])
    return [b for b in blocks if len(b) >= 3]


def _value(cell: str) -> float | None:
    m = _NUMBER_CELL.match(cell.replace(",", ""))
    if m is None:
        return None
    return float(m.group(1)) * {"万": 1e4, "亿": 1e8}.get(m.group(2) or "", 1)


def table_totals(text: Text) -> Iterator[Finding]:
    """number.arithmetic for each 合计/总计 row of a table of three or more rows."""
    if not any(("|" in line or "\t" in line) for line in text.lines):
        return
    for block in _blocks(text):
        rows = [(i, *_cells(text.lines[i])) for i in block]  # type: ignore[misc]
        header = rows[0][1]
        data: list[list[str]] = []
        for i, cells, starts in rows[1:]:
            if all(_SEPARATOR.match(c) or not c for c in cells):
                continue
            label = next((c for c in cells if c), "")
            if not _TOTAL_LABEL.match(label):
                data.append(cells)
                continue
            for col, cell in enumerate(cells):
                total = _value(cell)
                if total is None or col >= len(header) or _NOT_SUMMED.search(header[col] + cell):
                    continue
                column = [_value(r[col]) for r in data if col < len(r)]
                if len(column) < 2 or any(v is None for v in column):
                    continue
                added = sum(v for v in column if v is not None)
                if abs(added - total) > 1e-6 * max(1.0, total):
                    yield finding("number.arithmetic", "error", i, starts[col], cell,
                                  f"“{header[col]}”一栏合计“{cell}”与上面各行之和"
                                  f"（{format_number(added)}）不符")
            data = []
