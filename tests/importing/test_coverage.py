"""`drafter check SUMMARY --plan PLAN` (issue 14): every task and slogan item of the plan
accounted for in the summary, every planned figure reported; each miss is one
`coverage.missing` finding at the plan's line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from import_helpers import cli, draft, load
from support.paths import example_path

from drafter.facts.toml import LineIndex, dump_facts
from drafter.importing.coverage import RULE, coverage
from drafter.importing.loading import load_source

PLAN = example_path("implementation_plan")


@pytest.fixture
def summary(tmp_path: Path, capsys) -> Path:
    """The 工作总结 of the example 实施方案, values filled in, drafted to .txt; the user
    also writes the 不足 and 下一步打算 a plan cannot give, and a result for each task
    no planned figure measures (else 【待补充】 markers)."""
    facts = tmp_path / "总结.toml"
    code, err = cli(capsys, "next", PLAN, "--kind", "work_summary", "--date", "2026-12-28",
                    "-o", facts)
    assert code == 0, err
    data = load(facts)
    for row in data["figures"]:
        if row.pop("todo", None):
            row["value"] = 400
    measured = {row.get("task") for row in data["figures"]}
    data["figures"] += [{"name": f"{task['title']}完成事项", "value": 3, "unit": "项",
                         "period": "2026年", "task": task["title"]}
                        for task in data["tasks"] if task["title"] not in measured]
    data["problems"] = [{"text": "部分科室参与创建的主动性还不强"}]
    data["next_steps"] = [{"text": "把精神文明建设纳入科室绩效考核"}]
    facts.write_text(dump_facts(data), encoding="utf-8")
    code, err = draft(capsys, facts, tmp_path / "总结.txt")
    assert code == 0, err
    return tmp_path / "总结.txt"


def check_json(capsys, summary: Path, plan: Path) -> tuple[int, list[dict], str]:
    from drafter.cli import main

    capsys.readouterr()
    code = main(["check", str(summary), "--plan", str(plan), "--format", "json"])
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    found = [dict(f, file=entry["file"]) for entry in report["files"]
             for f in entry["findings"] if f["rule"] == RULE]
    return code, found, captured.err


def omit(summary: Path, task: str, item: str) -> Path:
    """The summary without the task `task` (its heading and paragraph, and its title where
    a slogan names the tasks that realise it) and without the slogan item `item`."""
    lines = summary.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.endswith(task))
    del lines[at:at + 2]
    text = "\n".join(lines)
    # the clause tying another task to the item (围绕“…”中“中医药文化传承”，) goes with it
    text = re.sub(f"围绕[^，。]*“{re.escape(item)}”[^，。]*，", "", text)
    assert text.count(item) == 1, item
    for words in (task, item):
        # with what joins it to its neighbour in a list: 即医德医风建设和中医药文化传承
        text = re.sub(f"(?:；二是|和|、){re.escape(words)}|{re.escape(words)}(?:、|和)", "",
                      text)
        assert words not in text, words
    out = summary.with_name("缺两项.txt")
    out.write_text(text, encoding="utf-8")
    return out


def test_the_full_summary_has_no_finding(summary: Path, capsys) -> None:
    code, found, err = check_json(capsys, summary, PLAN)
    assert found == [], err
    assert code == 0, err


def test_a_missing_task_and_item_are_exactly_two_findings(summary: Path, capsys) -> None:
    index = LineIndex(PLAN.read_text(encoding="utf-8"))
    plan = load(PLAN)
    task = plan["tasks"][3]["title"]  # 常态开展志愿服务
    item = plan["slogans"][1]["items"][1]  # 中医药文化传承
    short = omit(summary, task, item)
    code, found, _ = check_json(capsys, short, PLAN)
    assert code == 1
    assert sorted((f["excerpt"], f["line"], f["file"]) for f in found) == sorted([
        (task, index.line("tasks", 3, "title"), str(PLAN)),
        (item, index.line("slogans", 1, "items"), str(PLAN))])
    assert all(f"{PLAN.name} 第{f['line']}行" in f["message"] for f in found)

    from drafter.cli import main

    capsys.readouterr()
    assert main(["check", str(short), "--plan", str(PLAN)]) == 1  # the text report too
    report = capsys.readouterr().out
    assert f"{PLAN}:{index.line('tasks', 3, 'title')}:1: coverage.missing:" in report


def test_the_plan_may_be_a_document(summary: Path, tmp_path: Path, capsys) -> None:
    code, err = draft(capsys, PLAN, tmp_path / "方案.docx")
    assert code == 0, err
    plan = load(PLAN)
    _, found, _ = check_json(capsys, summary, tmp_path / "方案.docx")
    assert found == []
    short = omit(summary, plan["tasks"][3]["title"], plan["slogans"][1]["items"][1])
    _, found, _ = check_json(capsys, short, tmp_path / "方案.docx")
    assert len(found) == 2
    assert all(f["file"].endswith("方案.docx") and f["line"] > 1 for f in found)


def test_a_target_without_its_value_is_a_finding(tmp_path: Path, capsys) -> None:
    facts = tmp_path / "总结.toml"
    cli(capsys, "next", PLAN, "--kind", "work_summary", "--date", "2026-12-28", "-o", facts)
    cli(capsys, "draft", facts, "-o", tmp_path / "总结.txt", "--backend", "builtin", "--force")
    lines = (tmp_path / "总结.txt").read_text(encoding="utf-8").splitlines()
    found = coverage(lines, load_source(PLAN), "总结.txt")
    names = sorted(f.excerpt for f in found)
    assert names == ["卫生专业技术人员", "卫生专业技术人员占比", "职工总数"]
    assert all("没有写出实际数值" in f.message for f in found)
