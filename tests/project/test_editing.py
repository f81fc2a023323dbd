"""Findings placed in sections, fixes, added figures, and the hand edits of a project."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.projects import saved_example_project
from support.ui import percent_checker

from drafter.project import Version
from drafter.project.editing import add_figure, apply_fix, parse_number, text_position
from drafter.project.findings import Place, counts
from drafter.project.pipeline import check_project, document_lines, section_request
from drafter.rules.model import Finding


# ---------------------------------------------------------------------- review
def test_document_lines_place_every_paragraph(tmp_path: Path) -> None:
    project = saved_example_project(tmp_path)
    facts = project.facts()
    for s in project.sections:
        request = section_request(project, facts, s)
        assert request is not None
        s.add_version(Version(request.skeleton, "builtin"), s.status)
    lines, places = document_lines(project, facts)
    for line, place in zip(lines, places, strict=True):
        if place is not None:
            paragraphs = [p.strip() for p in project.section(place.section_id).text.splitlines()
                          if p.strip()]
            assert paragraphs[place.paragraph] == line


def test_fix_and_add_figure(tmp_path: Path) -> None:
    project = saved_example_project(tmp_path)
    s = project.sections[1]
    s.add_version(Version("第一段。\n\n  满意度95%，很好。", "user"), s.status)
    located = check_project(project, project.facts(), percent_checker).located
    assert counts(located) == {s.id: 1}
    place = located[0].place
    assert place is not None and place.paragraph == 1
    f = located[0].finding
    assert text_position(s.text, place.paragraph, f.col) == (2, 5)
    assert apply_fix(s.text, place.paragraph, f.col, f.excerpt, f.fix) == \
        "第一段。\n\n  满意度较高水平，很好。"
    assert apply_fix("别的文字", 0, 1, "95%", "x") is None
    assert parse_number("95%") == (95, "%")
    assert parse_number("1.5万元") == (1.5, "万元")
    data = add_figure(project.facts_data, "满意度", 95, "%", "2025年")
    assert data["figures"][-1] == {"name": "满意度", "value": 95, "unit": "%",
                                   "period": "2025年"}
    assert "满意度" not in [f["name"] for f in project.facts_data["figures"]]


# ---------------------------------------------------------------------- editing
def test_section_operations(tmp_path: Path) -> None:
    from drafter.project import Status, editing

    project = saved_example_project(tmp_path)
    ids = [s.id for s in project.sections]
    first = project.sections[0]
    added = editing.add_section(project, " 党建引领 ", first)
    assert added.title == "党建引领" and project.sections[1] is added
    assert editing.add_section(project, "再一节").id == "custom-2"
    assert editing.move_section(project, added, -1) and project.sections[0] is added
    assert not editing.move_section(project, added, -1)
    assert editing.remove_section(project, added) is first
    editing.remove_section(project, project.sections[-1])
    assert [s.id for s in project.sections] == ids

    assert editing.record_typing(first, "甲", same_session=False)
    assert not editing.record_typing(first, "甲乙", same_session=True)
    assert [v.text for v in first.versions] == ["甲乙"] and first.status is Status.EDITED
    editing.accept(first, "模型稿", "openai:qwen", "更正式")
    assert first.status is Status.GENERATED and first.versions[-1].note == "更正式"
    assert editing.record_typing(first, "模型稿。", same_session=True)  # not a user version
    assert editing.restore(first, 0) and first.text == "甲乙"
    assert not editing.restore(first, 9)
    assert editing.record_typing(first, "甲乙丙", same_session=True)  # history kept
    assert [v.text for v in first.versions] == ["甲乙", "模型稿", "模型稿。", "甲乙丙"]
    assert Status.for_source("builtin") is Status.DRAFT


def test_fix_and_figure_input(tmp_path: Path) -> None:
    from drafter.project import editing

    project = saved_example_project(tmp_path)
    s = project.sections[0]
    s.add_version(Version("满意度95%。", "builtin"), s.status)
    finding = Finding("number.unsourced", "error", 2, 4, "95%", "数字“95%”在事实表中找不到来源",
                      "较高")
    assert editing.fix(project, Place(s.id, 0), finding) is s
    assert s.text == "满意度较高。" and s.versions[-1].note == "修正：number.unsourced"
    assert editing.fix(project, Place(s.id, 0), finding) is None  # already changed
    assert editing.parse_figure("满意度", "95") == 95
    assert editing.parse_figure("经费", " 1.5 ") == 1.5
    with pytest.raises(ValueError, match="不是数字"):
        editing.parse_figure("满意度", "很多")
    with pytest.raises(ValueError, match="名称"):
        editing.parse_figure(" ", "1")


