"""Coverage (`drafter check SUMMARY --plan PLAN`): a 总结 accounts for every task and
every slogan item of its 计划, and reports a value for every figure the 计划 set out to
reach. Each miss is a `coverage.missing` finding placed at the plan's line.

A task counts as written when the summary holds its title or one of its points; a
slogan item when the summary holds it (punctuation and quotes aside; a close variant —
four fifths of its character pairs on one line — counts too); a figure when its name
is followed by a number in the same sentence."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from drafter.importing.carry import is_target
from drafter.importing.loading import Loaded, load_source
from drafter.importing.source import normalise
from drafter.importing.text import squeeze
from drafter.rules.model import Finding

RULE = "coverage.missing"
_CLOSE = 0.8


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


class _Summary:
    """The summary's text, normalised and squeezed, line by line and as a whole."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = [normalise(line) for line in lines]
        self.squeezed = [squeeze(line) for line in self.lines]
        self.whole = "\n".join(self.squeezed)
        self.text = "\n".join(self.lines)

    def holds(self, words: str) -> bool:
        want = squeeze(normalise(words))
        if not want:
            return True
        if want in self.whole:
            return True
        if len(want) < 6:
            return False
        pairs = _pairs(want)
        return any(len(pairs & _pairs(line)) >= _CLOSE * len(pairs) for line in self.squeezed)

    def reports(self, name: str, ratio: list[str] | None) -> bool:
        """A number after the figure's name (or after 占<denominator>的, or 占 a number
        after its numerator: 其中党员5人，占83.3%) in one sentence."""
        names = [normalise(name)]
        if ratio and len(ratio) == 2:
            names.append(f"占{normalise(ratio[1])}的")
        for n in names:
            for m in re.finditer(re.escape(n), self.text):
                tail = re.split(r"[。；\n]", self.text[m.end():m.end() + 24], maxsplit=1)[0]
                if re.search(r"\d", tail) and "【待补充" not in tail:
                    return True
        if ratio and len(ratio) == 2:  # 其中党员5人，占83.3% after its whole
            part = re.escape(normalise(ratio[0]))
            if re.search(rf"{part}[^。；\n]{{0,16}}占\d", self.text):
                return True
        return False


def coverage(lines: list[str], plan: Loaded, summary: str) -> list[Finding]:
    """The `coverage.missing` findings for a summary (`lines`, one paragraph a line, named
    `summary` in messages) against `plan`; line and column are the plan's."""
    text = _Summary(lines)
    found: list[Finding] = []

    def miss(table: str, row: int, key: str, excerpt: str, what: str) -> None:
        origin = plan.origin(table, row, key)
        line = origin.lines[0] if origin.lines else 1
        where = f"（{plan.label} 第{line}行）" if origin.lines else f"（{plan.label}）"
        found.append(Finding(RULE, "error", line, 1, excerpt,
                             f"{what}{where}在总结 {summary} 中没有写到"))

    data: dict[str, Any] = plan.data
    for i, row in enumerate(data.get("tasks", []) or []):
        title = str(row.get("title", "")) if isinstance(row, dict) else ""
        points = [p for p in row.get("points", []) if isinstance(p, str)] if title else []
        if title and not text.holds(title) and not any(
                len(squeeze(p)) >= 4 and squeeze(normalise(p)) in text.whole for p in points):
            miss("tasks", i, "title", title, f"计划中的任务“{title}”")
    for i, row in enumerate(data.get("slogans", []) or []):
        if not isinstance(row, dict):
            continue
        for k, item in enumerate(row.get("items", []) or [], start=1):
            if isinstance(item, str) and not text.holds(item):
                miss("slogans", i, "items", item,
                     f"计划中口号“{row.get('text', '')}”的第{k}项“{item}”")
    year = data.get("doc", {}).get("year")
    for i, row in enumerate(data.get("figures", []) or []):
        if not isinstance(row, dict) or not row.get("name"):
            continue
        if isinstance(year, int) and not is_target(row, year):
            continue
        if not text.reports(str(row["name"]), row.get("ratio")):
            found.append(Finding(RULE, "error", _line(plan, i), 1, str(row["name"]),
                                 f"计划中的数字“{row['name']}”{_where(plan, i)}"
                                 f"在总结 {summary} 中没有写出实际数值"))
    return sorted(found, key=lambda f: (f.line, f.col, f.excerpt))


def _line(plan: Loaded, row: int) -> int:
    origin = plan.origin("figures", row, "name")
    return origin.lines[0] if origin.lines else 1


def _where(plan: Loaded, row: int) -> str:
    origin = plan.origin("figures", row, "name")
    return f"（{plan.label} 第{origin.lines[0]}行）" if origin.lines else f"（{plan.label}）"


def plan_coverage(plan_path: Path, summaries: list[Path]) -> list[tuple[Path, list[Finding]]]:
    """For `drafter check --plan`: per summary file, the plan file with its findings.
    Raises InputError / FactsError / ProjectError for a plan that cannot be read."""
    from drafter.export.reading import read_lines

    plan = load_source(plan_path)
    return [(plan_path, coverage(read_lines(path), plan, path.name)) for path in summaries]
