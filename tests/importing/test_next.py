"""`drafter next` (issue 14): a drafted 工作总结 gives next year's 工作计划 (tasks from the
next steps, figures as last year's baseline); a 工作计划 gives the 工作总结 of the same
work, whose draft marks every target 【待补充：实际完成值】 and exits 1 until filled."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from import_helpers import cli, draft, load, to_fill
from support.paths import example_path

from drafter.facts import load_facts
from drafter.facts.toml import dump_facts
from drafter.importing.carry import is_target, task_from_step
from drafter.kinds import kind_ids


@pytest.fixture
def summary(tmp_path: Path, capsys) -> Path:
    """The example 工作总结 drafted, exported to .docx and imported again."""
    code, err = draft(capsys, example_path("work_summary"), tmp_path / "总结.docx")
    assert code == 0, err
    code, err = cli(capsys, "import", tmp_path / "总结.docx", "-o", tmp_path / "总结.toml")
    assert code == 0, err
    return tmp_path / "总结.toml"


def test_summary_gives_next_years_plan(summary: Path, tmp_path: Path, capsys) -> None:
    old = load_facts(summary, kinds=kind_ids())
    plan = tmp_path / "计划.toml"
    code, err = cli(capsys, "next", summary, "--kind", "work_plan", "-o", plan)
    assert code == 2 and to_fill(err) == ["doc.date"], err  # the date is the user's
    data = load(plan)
    assert data["doc"]["year"] == old.doc.year + 1
    assert data["doc"]["kind"] == "work_plan" and "date" not in data["doc"]
    assert [t["title"] for t in data["tasks"]] == list(old.next_steps)
    for problem in old.problems:
        assert problem in data["doc"]["notes"]  # what the tasks address
    assert [(f["name"], f["value"], f["unit"]) for f in data["figures"]] == [
        (f.name, f.value, f.unit) for f in old.figures]
    assert {f["period"] for f in data["figures"]} == {f"{old.doc.year}年"}  # last year
    assert [s["text"] for s in data["slogans"]] == [s.text for s in old.slogans]
    assert old.honors, "the summary's honour did not come back through the import"
    assert [h["title"] for h in data.get("honors", [])] == [h.title for h in old.honors]
    text = plan.read_text(encoding="utf-8")
    assert "# 总结.toml 第" in text  # each value says where it came from

    data["doc"]["date"] = f"{old.doc.year + 1}-01-06"
    # and the 时间安排, which a summary cannot give (else a 【待补充】 marker)
    data["phases"] = [{"name": "上半年", "work": ["制定工作方案"]},
                      {"name": "下半年", "work": ["开展自查总结"]}]
    plan.write_text(dump_facts(data), encoding="utf-8")
    facts = load_facts(plan, kinds=kind_ids())
    assert facts.doc.year == old.doc.year + 1
    code, err = draft(capsys, plan, tmp_path / "计划.txt")
    assert code == 0, err
    drafted = (tmp_path / "计划.txt").read_text(encoding="utf-8")
    assert all(step in drafted for step in old.next_steps)
    # last year's figures are the baseline, stated as last year's (not as what it has now)
    baseline = f"(?<!现有){old.doc.year}年[末底]?，[^。；]*开展健康讲座36场"
    assert re.search(baseline, drafted), drafted


def test_date_and_year_can_be_given(summary: Path, tmp_path: Path, capsys) -> None:
    plan = tmp_path / "方案.toml"
    code, err = cli(capsys, "next", summary, "--kind", "implementation_plan", "--year", "2027",
                    "--date", "2027-01-05", "-o", plan)
    assert code == 0, err
    facts = load_facts(plan, kinds=kind_ids())
    assert (facts.doc.year, facts.doc.date.isoformat()) == (2027, "2027-01-05")
    code, err = cli(capsys, "next", summary, "--kind", "work_plan", "--date", "2027-02-30",
                    "-o", tmp_path / "x.toml")
    assert code == 2 and "不是有效日期" in err


def test_a_document_or_a_project_is_a_source_too(summary: Path, tmp_path: Path,
                                               capsys) -> None:
    from_facts = tmp_path / "a.toml"
    cli(capsys, "next", summary, "--kind", "work_plan", "-o", from_facts)
    from_doc = tmp_path / "b.toml"
    code, err = cli(capsys, "next", tmp_path / "总结.docx", "--kind", "work_plan",
                    "-o", from_doc)
    assert code == 2, err
    from_project = tmp_path / "c.toml"
    code, err = cli(capsys, "next", tmp_path / "总结.drafter.json", "--kind", "work_plan",
                    "-o", from_project)
    assert code == 2, err
    tasks = [t["title"] for t in load(from_facts)["tasks"]]
    assert [t["title"] for t in load(from_doc)["tasks"]] == tasks
    assert [t["title"] for t in load(from_project)["tasks"]] == tasks


def test_plan_gives_summary_with_values_still_to_report(tmp_path: Path, capsys) -> None:
    source = example_path("work_plan")
    plan = load_facts(source, kinds=kind_ids())
    targets = [f for f in plan.figures if is_target(
        {"period": f.period}, plan.doc.year)]
    assert targets  # the example has targets and a baseline
    out = tmp_path / "总结.toml"
    code, err = cli(capsys, "next", source, "--kind", "work_summary", "--date", "2026-12-28",
                    "-o", out)
    assert code == 0, err  # it validates; the values are listed as still to report
    assert len(to_fill(err)) == len(targets)
    data = load(out)
    assert data["doc"]["year"] == plan.doc.year
    assert [(t["title"], t["points"]) for t in data["tasks"]] == [
        (t.title, list(t.points)) for t in plan.tasks]
    assert [s["items"] for s in data["slogans"]] == [list(s.items) for s in plan.slogans]

    code, err = cli(capsys, "draft", out, "-o", tmp_path / "总结.txt", "--backend", "builtin",
                    "--force")
    assert code == 1, err
    drafted = (tmp_path / "总结.txt").read_text(encoding="utf-8")
    assert drafted.count("【待补充：实际完成值】") == len(targets)
    code, err = draft(capsys, out, tmp_path / "总结2.txt")
    assert code == 1 and not (tmp_path / "总结2.txt").exists()  # not written until filled

    for row in data["figures"]:
        if row.pop("todo", None):
            row["value"] = 300
    # and what a plan cannot give, which the user writes too (else 【待补充】 markers): the
    # problems, the next steps, a result for each task no planned figure measures
    measured = {row.get("task") for row in data["figures"]}
    data["figures"] += [{"name": f"{task['title']}完成事项", "value": 3, "unit": "项",
                         "period": "2026年", "task": task["title"]}
                        for task in data["tasks"] if task["title"] not in measured]
    data["problems"] = [{"text": "客户回访的覆盖面还不够广"}]
    data["next_steps"] = [{"text": "推行停水信息短信推送"}]
    out.write_text(dump_facts(data), encoding="utf-8")
    code, err = draft(capsys, out, tmp_path / "总结3.txt")
    assert code == 0, err
    assert "【待补充" not in (tmp_path / "总结3.txt").read_text(encoding="utf-8")


def test_a_ratio_of_values_to_report_is_to_report_too(tmp_path: Path, capsys) -> None:
    source = example_path("implementation_plan")  # 卫技人员占比 = 卫技人员 / 职工总数
    out = tmp_path / "总结.toml"
    code, err = cli(capsys, "next", source, "--kind", "creation_report", "--date",
                    "2026-12-28", "-o", out)
    assert code == 0, err
    facts = load_facts(out, kinds=kind_ids())
    ratio = next(f for f in facts.figures if f.ratio)
    assert ratio.todo and ratio.text == "【待补充：实际完成值】%"


@pytest.mark.parametrize(("source", "kind"), [
    ("work_plan", "implementation_plan"), ("work_summary", "creation_report")])
def test_only_summary_to_plan_and_plan_to_summary(source: str, kind: str, tmp_path: Path,
                                                  capsys) -> None:
    code, err = cli(capsys, "next", example_path(source), "--kind", kind,
                    "-o", tmp_path / "x.toml")
    assert code == 2 and "不能生成" in err
    assert not (tmp_path / "x.toml").exists()


def test_a_long_next_step_becomes_a_title_and_points() -> None:
    assert task_from_step("完善志愿服务积分激励办法") == {"title": "完善志愿服务积分激励办法"}
    assert task_from_step("依托县域医共体引进和培养全科医生，选派骨干到县人民医院进修") == {
        "title": "依托县域医共体引进和培养全科医生", "points": ["选派骨干到县人民医院进修"]}
