"""Issue 11: the drafts a 办公室主任 would sign — for every kind and many units' facts:
the genre's sections all there (markers where facts are missing), each figure and the
notes used once where they belong, no sentence twice, no doubled unit, no words of
another type of unit."""

from __future__ import annotations

import asyncio
import re
from functools import cache
from pathlib import Path

import pytest
from support.paths import many_facts_files
from support.projects import leaves

from drafter.facts import Facts, load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.kinds.figures import figure_name
from drafter.kinds.notes import as_delivered, note_sentences, one_voice, unit_history
from drafter.kinds.text import drop_working_notes
from drafter.project.model import Project
from drafter.project.pipeline import draft_sections, new_project
from drafter.writers.builtin import BuiltinWriter

FILES = many_facts_files()
REQUIRED = {
    "implementation_plan": ("guiding", "goals", "measures", "steps", "leadership",
                            "safeguards"),
    "work_plan": ("guiding", "goals", "tasks", "guarantee"),
    "work_summary": ("basics", "practices", "problems", "next_steps"),
    "creation_report": ("overview", "practices", "outlook", "closing"),
    "party_branch_plan": ("guiding", "basics", "ideology", "organization", "conduct",
                          "monthly", "requirements"),
}
"""The sections each kind always has, whatever the facts (FACTS.md v1.1, issue 11)."""
IN_ORDER = {"party_branch_plan": ("guiding", "basics", "work", "monthly", "requirements")}
"""… or, where the notes order a 党支部's work across its category sections, one section of
all its work in that order (render.in_order), the genre's own items among them."""


@cache
def drafted(path: Path) -> tuple[Facts, Project]:
    facts = load_facts(path, kinds=kind_ids())
    project = new_project(facts, get_kind(facts.doc.kind))
    asyncio.run(draft_sections(project, facts, BuiltinWriter(), save=False))
    return facts, project


def body(project: Project) -> str:
    return "\n".join(s.text for s in project.sections)


def sentences(text: str) -> list[str]:
    """Sentences of at least 12 characters (headings and short fixed lines are not)."""
    parts = re.split(r"[。！？；\n]", text)
    return [p.strip() for p in parts if len(p.strip()) >= 12]


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_the_kinds_sections_are_all_there(path: Path) -> None:
    facts, project = drafted(path)
    ids = [s.id for s in project.sections]
    flat = "work" in ids
    for needed in (IN_ORDER if flat else REQUIRED)[facts.doc.kind]:
        assert needed in ids, f"{needed} missing"
        assert project.section(needed).text.strip(), f"{needed} is empty"
    if flat:  # 三会一课 at their frequencies and 发展党员, wherever the work puts them
        work = project.section("work").text
        # (not a branch of retired people: blind73's reader struck it)
        assert "发展党员" in work or "退休" in facts.unit.name, work
        assert re.search(r"党员大会[^。]{0,12}每季度|每季度[^。]{0,12}党员大会", work), work
        assert not {"ideology", "organization", "conduct", "activities"} & set(ids)


def repeated_in_the_facts(facts: Facts, sentence: str) -> bool:
    """Whether the facts themselves say it twice (a monthly plan doing one thing in two
    months): then the document may too."""
    bare = re.sub(r"^[一二三四五六七八九十]+是", "", sentence)
    # an owner line names the facts' owner, by post and name (组织委员高晓燕): a label
    # of each task, as often as the facts give it
    owner = re.match(r"(?:责任人|责任部门|牵头负责)：(.+)$", sentence)
    if owner:
        return sum(1 for t in facts.tasks if t.owner and t.owner in owner.group(1)) > 1
    # … and its time, as often as the facts give it (2026年6月—2027年5月 of two tasks, blind91)
    when = re.match(r"(?:时间安排|完成时限)：(.+)$", sentence)
    if when and sum(1 for t in facts.tasks if t.when == when.group(1)) > 1:
        return True
    return sum(str(v).count(bare) for v in leaves(facts.data)) > 1


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_no_sentence_is_repeated(path: Path) -> None:
    facts, project = drafted(path)
    seen: set[str] = set()
    # a 月度安排's rows say the monthly meetings each month (RULES.md style.repeated)
    rows = re.compile(r"^\d{1,2}月：")
    for s in sentences("\n".join(line for line in body(project).splitlines()
                                 if not rows.match(line))):
        assert s not in seen or repeated_in_the_facts(facts, s), f"repeated: {s}"
        seen.add(s)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_every_figure_and_the_notes_are_used_once(path: Path) -> None:
    facts, project = drafted(path)
    text = body(project)
    # … but a document read aloud, none due after its date (blind46 and blind47 readers)
    for f in as_delivered(facts).figures:
        stated = f"{figure_name(f)}{f.text}" if not f.ratio else f"的{f.text}"
        if f.value == 0 and not f.todo and not f.ratio and f.unit != "%":
            # 安全责任事故0起 is said as 未发生安全责任事故 / 有效投诉为零; a target as
            # 不发生储粮安全事故
            name = figure_name(f)
            assert re.search(f"[未不]发生{name}|{name}为零|{name}0", text), f.name
            continue
        assert f.text in text, f"{f.name} not used"
        if not f.ratio:
            # another figure of the same count whose name ends with this one's says its
            # own thing (四普复核不可移动文物386处 beside 不可移动文物386处, blind23)
            longer = sum(text.count(f"{figure_name(g)}{g.text}") for g in facts.figures
                         if g is not f and not g.ratio and g.text == f.text
                         and figure_name(g).endswith(figure_name(f))
                         and figure_name(g) != figure_name(f))
            # a plan's target for a task is said once, in the task (blind37, blind46);
            # a 创建工作汇报's 创建成效 says its practices' results again, together
            # (Say.recap: blind57's and blind58's readers of both writers)
            once = "\n".join(li for li in text.splitlines()
                             if not (facts.doc.kind == "creation_report"
                                     and li.startswith("通过创建，")))
            assert once.count(stated) - longer <= 1, f"{f.name} stated twice"
    # the notes' statements (not words to the writer, nor its working material: session
    # 31), the unit's history first
    for notes in (unit_history(facts), note_sentences(facts, history=False)):
        assert drop_working_notes(notes, one_voice(facts)).rstrip("。") in text


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_no_doubled_unit_and_no_empty_promise_after_a_headcount(path: Path) -> None:
    facts, project = drafted(path)
    text = body(project)
    assert "只升不降" not in text
    for f in facts.figures:
        # 运营车辆1326辆 is how it is said; 门诊服务人次218640人次 doubles the unit.
        if len(f.unit) > 1 and not f.ratio:
            assert f"{f.unit}{f.text}" not in text, f"doubled unit: {f.name}"


FOREIGN = {
    "学校": ("患者", "病人", "诊疗", "车间", "客户"),
    "幼儿园": ("患者", "学生", "车间", "教学质量"),
    "企业": ("患者", "学生", "师生", "教职工"),
    "国有企业": ("患者", "学生", "师生", "车间"),
    "机关": ("患者", "学生", "师生", "车间", "产品质量"),
    "社区": ("患者", "学生", "师生", "车间", "产品质量"),
    "街道": ("患者", "学生", "师生", "车间"),
    "村": ("患者", "学生", "师生", "车间"),
    "医院": ("师生", "教职工", "车间", "产品质量"),
    "卫生院": ("师生", "教职工", "车间", "产品质量"),
}
"""Words a unit of the type would never use of itself (issue 11's examples)."""


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_no_words_of_another_type_of_unit(path: Path) -> None:
    facts, project = drafted(path)
    text = body(project)
    own = "\n".join(str(v) for v in leaves(facts.data))
    for word in FOREIGN.get(facts.unit.type, ()):
        if word not in own:  # the unit's own facts may use it (a hospital's 实习学生)
            assert word not in text, f"{word} in a {facts.unit.type}'s document"


def test_missing_facts_become_markers_not_content() -> None:
    facts, project = drafted(FILES[0])  # the implementation plan's example
    assert facts.doc.kind == "implementation_plan"
    bare = facts.data | {"phases": [], "guarantees": {}}
    bare.pop("leadership", None)
    from drafter.facts import facts_from_data
    thin = facts_from_data(bare, kinds=kind_ids())
    project = new_project(thin, get_kind("implementation_plan"))
    asyncio.run(draft_sections(project, thin, BuiltinWriter(), save=False))
    assert "【待补充：各阶段名称、起止时间和主要工作】" in project.section("steps").text
    assert "【待补充：经费来源和保障方式】" in project.section("safeguards").text
    assert "【待补充：领导小组" in project.section("leadership").text
