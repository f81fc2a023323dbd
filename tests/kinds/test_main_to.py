"""The 主送机关 line under the title (GB/T 9704—2012 §7.3.2): the organs the facts or the
notes send the document to (blind59's LLM readers: 计划报局党组 with no 主送), a short name
completed from the unit's superior, none for a document read out or for a 简报/通报/举报."""

from __future__ import annotations

from dataclasses import replace

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts
from test_prose_choices import drafted

from drafter.document import Role
from drafter.kinds.notes import main_to
from drafter.project.pipeline import assemble


def test_the_notes_organ_completed_from_the_superior() -> None:
    grass = _facts("county-grassland-station-work-plan-2027", FACTS_DIR / "blind59")
    assert grass.unit.superior == "荭原县林业和草原局"
    assert main_to(grass) == ("荭原县林业和草原局党组",)  # 计划报局党组
    grain = _facts("city-military-grain-supply-station-implementation-plan-2027",
                   FACTS_DIR / "blind59")
    assert main_to(grain) == ("檵州市粮食和物资储备局",)  # 方案印发全站，报市粮储局

    def said(notes: str) -> tuple[str, ...]:
        return main_to(replace(grass, doc=replace(grass.doc, notes=notes)))

    # (the city the honours name: 檵州市…, session 49, blind117's reader of 主送 市文明办)
    assert said("总结要报市卫健委和市文明办的。") == ("檵州市卫生健康委员会",
                                                 "檵州市精神文明建设委员会办公室")
    assert said("周五前报局里。总结报局党组。") == ("荭原县林业和草原局党组",)
    assert said("计划写好报县局党组审定。") == ("荭原县林业和草原局党组",)
    # a sentence of its own after the delivery's (汇报不念，交书面的。报市文明办。, blind62)
    assert said("汇报不念，交书面的，考评组带回去看。报市文明办。") == (
        "檵州市精神文明建设委员会办公室",)
    # a 简报, a figure reported before, a 举报 or a 报名 sends no document
    assert said("上次报局里的9680盏是抄错了；被县里通报的事不写；举报电话；报名的人") == ()
    # the facts' own doc.main_to comes first
    given = replace(grass, doc=replace(grass.doc, main_to=("县林草局",)))
    assert main_to(given) == ("县林草局",)


def test_the_line_sits_under_the_title_and_not_in_a_speech() -> None:
    facts, project = _draft("county-grassland-station-work-plan-2027", FACTS_DIR / "blind59")
    blocks = assemble(project, facts).blocks
    assert [b.role for b in blocks[:2]] == [Role.TITLE, Role.SALUTATION]
    assert blocks[1].text == "荭原县林业和草原局党组："
    # a 创建工作汇报 read to the 测评组 has its own 称谓 and no 主送 line
    stem = "county-party-organs-work-committee-creation-report-2026"
    facts = _facts(stem, FACTS_DIR / "blind59")
    notes = facts.doc.notes + "\n汇报报县委组织部。"
    facts = replace(facts, doc=replace(facts.doc, notes=notes))
    project = drafted(facts)
    assert main_to(facts) == ()
    lines = [b.text for b in assemble(project, facts).blocks if b.role is Role.SALUTATION]
    assert lines and all("县委组织部" not in t for t in lines)
