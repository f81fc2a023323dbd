"""What the section prompt asks of a model, by section and theme (prompts/section.j2):
readers of blind14 and blind15 marked a 时间安排 that re-listed the tasks, a plan that
was no creation calling itself 创建工作, and a report-tone opening the notes had declined."""

from __future__ import annotations

from dataclasses import replace

from support.paths import example_path

from drafter.facts import load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.writers.base import SectionRequest
from drafter.writers.prompts import build_messages


def _prompt(kind: str, section: str, theme: str = "") -> str:
    facts = load_facts(example_path(kind), kinds=kind_ids())
    if theme:
        facts = replace(facts, doc=replace(facts.doc, theme=theme))
    spec = next(s for s in get_kind(kind).sections if s.id == section)
    request = SectionRequest(kind=get_kind(kind), spec=spec, facts=facts, skeleton="（示意）")
    return build_messages(request, context_budget=8000)[1]["content"]


def test_a_schedule_is_asked_for_one_sentence_a_node() -> None:
    assert "每个节点只用一句话写做什么" in _prompt("work_plan", "timeline")
    assert "每个节点只用一句话写做什么" not in _prompt("work_plan", "goals")


def test_a_theme_that_is_no_creation_is_not_called_one() -> None:
    plain = _prompt("work_plan", "goals", theme="精神文明建设")
    assert "不要称“创建工作”" in plain
    creation = _prompt("work_plan", "goals", theme="创建市级文明单位")
    assert "“创建工作”“文明创建”" in creation and "不要称“创建工作”" not in creation


def test_a_plans_target_may_be_said_with_its_task() -> None:
    # the skeleton states a task's target in the task as well as in 工作目标 (blind17
    # readers); the model is not told the opposite (a blind18 answer flagged the clash)
    assert "可在“工作目标”和这项任务中各写一次" in _prompt("work_plan", "tasks")


def test_a_unit_of_type_other_is_no_other_office() -> None:
    # 在其他办公室工作多年 read as "in some other office" (a blind17 answering helper)
    facts = load_facts(example_path("work_plan"), kinds=kind_ids())
    facts = replace(facts, unit=replace(facts.unit, type="其他"))
    spec = next(s for s in get_kind("work_plan").sections if s.id == "goals")
    request = SectionRequest(kind=get_kind("work_plan"), spec=spec, facts=facts,
                             skeleton="（示意）")
    system = build_messages(request, context_budget=8000)[0]["content"]
    assert "在单位办公室工作多年" in system and "其他办公室" not in system
