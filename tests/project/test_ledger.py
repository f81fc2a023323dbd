"""The fact ledger (issue 13): every number of every built-in draft has a source, a
planted number has none, and `drafter ledger --format json` is stable."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from support.paths import all_facts_files, example_path

from drafter.cli import main
from drafter.facts import Facts, load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.project import Project, Status, Version
from drafter.project.ledger import entry_at, project_ledger, section_ledger
from drafter.project.pipeline import draft_sections, new_project
from drafter.rules import check
from drafter.writers.builtin import BuiltinWriter


def drafted(path: Path) -> tuple[Project, Facts]:
    facts = load_facts(path, kinds=kind_ids())
    project = new_project(facts, get_kind(facts.doc.kind))
    asyncio.run(draft_sections(project, facts, BuiltinWriter(), save=False))
    return project, facts


@pytest.mark.parametrize("path", all_facts_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_number_of_every_builtin_draft_has_a_source(path: Path) -> None:
    project, facts = drafted(path)
    ledgers = project_ledger(project, facts)
    entries = [e for x in ledgers for e in x.entries]
    assert entries, "a built-in draft states numbers"
    assert [(x.label, e.number) for x in ledgers for e in x.unsourced] == []


def test_the_ledger_agrees_with_number_unsourced() -> None:
    facts = load_facts(example_path("implementation_plan"), kinds=kind_ids())
    text = "我院现有职工412人，卫技人员占比86.4%，新增床位777张，开展义诊15场。\n2026年3月起实施。"
    entries = section_ledger(text, facts)
    unsourced = [e.number for e in entries if e.status == "unsourced"]
    flagged = [f.excerpt for f in check(text, facts) if f.rule == "number.unsourced"]
    assert unsourced == flagged and "777张" in unsourced
    by_number = {e.number: e for e in entries}
    assert by_number["412人"].kind == "figure" and by_number["412人"].source == "职工总数"
    assert by_number["86.4%"].kind == "ratio"
    assert by_number["2026年"].kind == "year"
    assert by_number["3月"].kind == "date" or by_number["3月"].kind == ""
    planted = by_number["777张"]
    assert planted.status == "unsourced" and planted.label == "无来源"
    assert entry_at(entries, planted.line, planted.col + 1) == planted
    assert text.splitlines()[0][planted.start:planted.end] == "777"


def test_planted_number_in_a_drafted_section_is_unsourced(work: Path,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    project, _ = drafted(example_path("work_summary"))
    section = next(s for s in project.sections if s.text)
    section.add_version(Version(section.text + "\n全年新增床位777张。", "user"), Status.EDITED)
    project.save(work / "p.drafter.json")
    assert main(["ledger", "p.drafter.json", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    unsourced = [n for s in data["sections"] for n in s["numbers"] if n["status"] == "unsourced"]
    assert [n["number"] for n in unsourced] == ["777张"]
    assert unsourced[0]["source"] is None and data["summary"]["unsourced"] == 1
    assert main(["ledger", "p.drafter.json"]) == 1
    out = capsys.readouterr().out
    assert "777张  无来源" in out


def test_json_output_is_stable(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project, _ = drafted(example_path("implementation_plan"))
    project.save(work / "p.drafter.json")
    assert main(["ledger", "p.drafter.json", "--format", "json"]) == 0
    first = capsys.readouterr().out
    assert main(["ledger", "p.drafter.json", "--format", "json"]) == 0
    assert capsys.readouterr().out == first
    data = json.loads(first)
    assert list(data) == ["title", "sections", "summary"]
    assert list(data["summary"]) == ["numbers", "unsourced"] and data["summary"]["unsourced"] == 0
    section = next(s for s in data["sections"] if s["numbers"])
    assert list(section) == ["id", "title", "numbers"]
    number = section["numbers"][0]
    assert list(number) == ["number", "line", "col", "value", "unit", "source", "status"]
    figures = [n for s in data["sections"] for n in s["numbers"]
               if n["source"] and n["source"]["kind"] == "figure"]
    assert {"number": "412人", "line": 1, "col": 13, "value": 412.0, "unit": "人",
            "source": {"kind": "figure", "name": "职工总数"}, "status": "sourced"} in figures


def test_export_writes_the_ledger_beside_the_document(work: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    project, _ = drafted(example_path("implementation_plan"))
    project.save(work / "p.drafter.json")
    assert main(["export", "p.drafter.json", "-o", "方案.md", "--ledger"]) == 0
    raw = (work / "方案.数字来源表.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = raw.decode("utf-8-sig").splitlines()
    assert rows[0] == "章节,行,字,数字,来源类别,来源,状态,计划/完成"
    assert "基本情况,1,13,412人,数字,职工总数,有来源," in rows
    assert not any(",无来源," in r for r in rows)
