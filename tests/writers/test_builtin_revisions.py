"""Issue 11 item 5: revisions without a model. For every section of many units' drafts,
each revision the built-in writer offers gives a text different from the current one,
keeps every task point and passes the checker; one it does not offer would not change
the text (so the dialog never shows an identical candidate)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest
from support.paths import many_facts_files

from drafter.facts import load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.project.pipeline import draft_sections, new_project, section_request
from drafter.rules import check
from drafter.writers.base import REGENERATE, REVISIONS
from drafter.writers.builtin import BuiltinWriter

INSTRUCTION = {REGENERATE: "", **REVISIONS}


@pytest.mark.parametrize("path", many_facts_files()[:12], ids=lambda p: p.stem)
def test_each_offered_revision_is_different_and_clean(path: Path) -> None:
    facts = load_facts(path, kinds=kind_ids())
    project = new_project(facts, get_kind(facts.doc.kind))
    writer = BuiltinWriter()
    asyncio.run(draft_sections(project, facts, writer, save=False))
    for section in project.sections:
        base = section_request(project, facts, section, instruction="")
        assert base is not None
        offered = writer.presets_for(base)
        assert "更简洁" not in offered  # the first draft gives the points alone
        for name in (REGENERATE, "更简洁", "更详细", "更正式"):
            request = replace(base, instruction=INSTRUCTION[name])
            text = asyncio.run(writer.write(request)).text
            if name not in offered:
                assert text.strip() == section.text.strip(), (section.id, name)
                continue
            assert text.strip() != section.text.strip(), (section.id, name)
            errors = [f for f in check(text, facts, year=facts.doc.year, section=section.id)
                      if f.severity == "error" and f.rule != "number.placeholder"]
            assert errors == [], (section.id, name, errors)
            for task in facts.tasks:
                points = [p.rstrip("。；") for p in task.points]
                if points and all(p in section.text for p in points):  # the task's section
                    assert all(p in text for p in points), (section.id, name)


def test_more_detail_then_more_concise_where_there_is_something_to_add() -> None:
    facts = load_facts(many_facts_files()[0], kinds=kind_ids())  # an example with tasks
    project = new_project(facts, get_kind(facts.doc.kind))
    writer = BuiltinWriter()
    asyncio.run(draft_sections(project, facts, writer, save=False))
    offers = {s.id: writer.presets_for(section_request(project, facts, s, instruction=""))
              for s in project.sections}
    assert {REGENERATE, "更详细", "更正式"} <= set(offers["measures"])
    assert "更详细" not in offers["guiding"]  # nothing there but the facts and the 提法
    measures = project.section("measures")
    request = section_request(project, facts, measures, instruction=REVISIONS["更详细"])
    assert request is not None
    detailed = asyncio.run(writer.write(request)).text
    assert len(detailed) > len(measures.text)
    back = replace(request, current=detailed, instruction=REVISIONS["更简洁"])
    assert "更简洁" in writer.presets_for(replace(back, instruction=""))
    assert asyncio.run(writer.write(back)).text.strip() == measures.text.strip()
