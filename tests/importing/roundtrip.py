"""The round trip of issue 14, measured: every facts file in the repository drafted as
every kind by the built-in writer, exported to .docx, imported again; then what came
back is compared with what the draft states.

Counted per document: the unit's name, the year (when the draft states it), the 成文日期,
each figure the draft states (value and unit), each slogan the draft states (text, items
and group) and each task title the draft states. A recovered value that the document
does not hold is "invented" (the ratio of two figures, kinds, unit types and categories
are labels, not values: a ratio counts as held when both its figures' names are).

Run as a script for the table: .venv/bin/python tests/importing/roundtrip.py"""

from __future__ import annotations

import asyncio
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from support.paths import FACTS_DIR, KIND_IDS, example_path  # noqa: E402

from drafter.document import format_cn_date  # noqa: E402
from drafter.export import export  # noqa: E402
from drafter.facts import Facts, facts_from_data, format_number  # noqa: E402
from drafter.importing.extract import import_document  # noqa: E402
from drafter.importing.source import normalise  # noqa: E402
from drafter.kinds import get_kind, kind_ids  # noqa: E402
from drafter.project.pipeline import assemble, draft_sections, new_project  # noqa: E402
from drafter.writers.builtin import BuiltinWriter  # noqa: E402


def facts_files() -> list[Path]:
    """templates/*/example.toml, tests/facts/*.toml, tests/facts/blind/*.toml."""
    return ([example_path(k) for k in KIND_IDS] + sorted(FACTS_DIR.glob("*.toml"))
            + sorted((FACTS_DIR / "blind").glob("*.toml")))


def as_kind(path: Path, kind: str) -> Facts:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    data["doc"]["kind"] = kind
    return facts_from_data(data, kinds=kind_ids())


def draft_docx(facts: Facts, out: Path) -> list[str]:
    """Draft `facts` with the built-in writer, export `out` (.docx); the document's lines."""
    project = new_project(facts, get_kind(facts.doc.kind))
    asyncio.run(draft_sections(project, facts, BuiltinWriter(), save=False))
    document = assemble(project, facts)
    export(document, out)
    return document.text_lines()


@dataclass
class Score:
    expected: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)

    @property
    def recovered(self) -> int:
        return len(self.expected) - len(self.missed)


def _figure_value(row: dict[str, Any], rows: list[dict[str, Any]]) -> tuple[float, str] | None:
    if "ratio" in row:
        by_name = {r.get("name"): r for r in rows}
        num, den = (by_name.get(n) for n in row["ratio"])
        if not num or not den or "value" not in num or not den.get("value"):
            return None
        return round(num["value"] / den["value"] * 100, 1), "%"
    if "value" not in row:
        return None
    return float(row["value"]), row.get("unit", "")


def score(facts: Facts, lines: list[str], data: dict[str, Any]) -> Score:
    """Compare the draft's facts with the imported data (`tomllib.loads` shape)."""
    s = Score()
    text = "\n".join(lines)
    unit, doc = data.get("unit", {}), data.get("doc", {})

    def expect(label: str, ok: bool) -> None:
        s.expected.append(label)
        if not ok:
            s.missed.append(label)

    expect(f"unit {facts.unit.name}", unit.get("name") == facts.unit.name)
    year = f"{facts.doc.year}年"
    if year in lines[0] or (len(lines) > 2 and lines[2].startswith(year)):
        expect(f"year {facts.doc.year}", doc.get("year") == facts.doc.year)
    expect(f"date {facts.doc.date}", doc.get("date") == facts.doc.date.isoformat())
    rows = data.get("figures", [])
    got = [(_figure_value(r, rows), r.get("name", "")) for r in rows]
    used: set[int] = set()
    for f in facts.figures:
        said = f"{f.ratio[1]}的{f.text}" if f.ratio else f"{f.name}{f.text}"
        if said not in text:
            continue
        want = (round(f.value, 1) if f.ratio else f.value, f.unit if not f.ratio else "%")
        hits = [i for i, (v, _) in enumerate(got) if v == want and i not in used]
        named = [i for i in hits if got[i][1] == f.name] or hits
        if named:
            used.add(named[0])
        expect(f"figure {f.name} {f.text}", bool(named))
    slogans = {(r.get("text"), tuple(r.get("items", [])), r.get("group", ""))
               for r in data.get("slogans", [])}
    for sl in facts.slogans:
        if sl.text in text:
            expect(f"slogan {sl.text}", (sl.text, sl.items, sl.group) in slogans)
    titles = {r.get("title") for r in data.get("tasks", [])}
    for t in facts.tasks:
        if t.title in text:
            expect(f"task {t.title}", t.title in titles)
    s.invented = invented(lines, data)
    return s


_LABELS = {("doc", "kind"), ("unit", "type")}


def invented(lines: list[str], data: dict[str, Any]) -> list[str]:
    """Every recovered value the document does not hold."""
    text = "\n".join(normalise(line) for line in lines)
    bare = re.sub("[“”]", "", text)  # 建强“两支队伍” holds the slogan 建强两支队伍
    out: list[str] = []

    def held(value: Any, where: str) -> None:
        if isinstance(value, bool):
            return
        if isinstance(value, int | float):
            if format_number(value) not in text:
                out.append(f"{where}={value}")
        elif isinstance(value, str):
            if value not in text and value not in bare:
                out.append(f"{where}={value}")
        elif isinstance(value, list):
            for v in value:
                held(v, where)

    for table in ("unit", "doc", "leadership"):
        for key, value in data.get(table, {}).items():
            if (table, key) in _LABELS:
                continue
            if (table, key) == ("doc", "date"):
                from datetime import date
                if format_cn_date(date.fromisoformat(value)) not in text:
                    out.append(f"doc.date={value}")
            elif (table, key) == ("doc", "year"):
                if f"{value}年" not in text:
                    out.append(f"doc.year={value}")
            elif (table, key) == ("doc", "period"):
                continue  # written as 2026年1月4日—12月31日, checked by the date parts
            else:
                held(value, f"{table}.{key}")
    for table, rows in data.items():
        if not isinstance(rows, list):
            continue
        for i, row in enumerate(rows):
            for key, value in row.items():
                if key == "category" or (table == "figures" and key == "name"
                                         and "ratio" in row):
                    continue
                if table == "honors" and key == "year":
                    value = f"{value}年"
                if table == "phases" and key in ("start", "end"):  # 2026年1月4日—2月28日
                    from datetime import date
                    day = date.fromisoformat(value)
                    value = f"{day.month}月{day.day}日"
                held(value, f"{table}[{i + 1}].{key}")
    return out


def run(folder: Path) -> list[tuple[str, str, Score]]:
    """Every facts file × every kind: (file name, kind, score)."""
    results = []
    for path in facts_files():
        for kind in KIND_IDS:
            facts = as_kind(path, kind)
            out = folder / f"{path.stem}.{kind}.docx"
            lines = draft_docx(facts, out)
            imported = import_document(out)
            results.append((path.name, kind, score(facts, lines, imported.data)))
    return results


def totals(results: list[tuple[str, str, Score]]) -> tuple[int, int, int]:
    expected = sum(len(s.expected) for _, _, s in results)
    recovered = sum(s.recovered for _, _, s in results)
    invented_ = sum(len(s.invented) for _, _, s in results)
    return expected, recovered, invented_


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        results = run(Path(tmp))
    for name, kind, s in results:
        flag = "" if not s.missed and not s.invented else "  ←"
        print(f"{name:45} {kind:20} {s.recovered:3}/{len(s.expected):3}  "
              f"invented {len(s.invented)}{flag}")
        for m in s.missed:
            print(f"      missed: {m}")
        for v in s.invented:
            print(f"      invented: {v}")
    expected, recovered, invented_ = totals(results)
    print(f"\n{len(results)} documents: {recovered}/{expected} items recovered "
          f"({recovered / expected:.1%}), {invented_} values not in the document")
