"""claim.unsourced (issue 13, item 5): named activities and honours must be in the facts."""

from __future__ import annotations

import pytest

from drafter.facts import load_facts
from drafter.kinds import all_kinds, kind_ids
from drafter.rules import check

SUMMARY = load_facts(all_kinds()["work_summary"].directory / "example.toml", kinds=kind_ids())
PLAN = load_facts(all_kinds()["implementation_plan"].directory / "example.toml",
                  kinds=kind_ids())
ADDED = "组织开展“道德讲堂”活动，举办文艺展演。"


def claims(text: str, facts=SUMMARY, section: str = "") -> list[str]:
    return [f.excerpt for f in check(text, facts, section=section)
            if f.rule == "claim.unsourced"]


@pytest.mark.parametrize(("text", "expected"), [
    ("举办文艺展演。", ["举办文艺展演"]),
    ("荣获“五一劳动奖状”。", ["“五一劳动奖状”"]),
    ("本单位被评为全国文明单位。", ["被评为全国文明单位"]),
    ("开展“最美职工”评选活动。", ["“最美职工”评选"]),
    # near-misses: plans, generic objects, attending, sourced names, slogans, bare honours
    ("拟举办文艺展演。", []),
    ("下一步将举办文艺展演。", []),
    ("开展各类活动，组织培训。", []),
    ("组织职工参加业务培训。", []),
    ("举办道德讲堂。", []),  # the example's task point
    ("突出“三个一流”。", []),
    ("被评为先进集体。", []),
    # an honour named before (blind40: 获得的又一项市级荣誉, an answer the guard cut)
    ("这是我单位获得的又一项市级荣誉。", []),
    # a lead-in to the honours the facts give (blind48 answers the guard cut)
    ("近年来，我院先后获得几项荣誉：", []),
    ("公司先后获得以下荣誉：", []),
])
def test_summary_claims(text: str, expected: list[str]) -> None:
    assert claims(text, section="主要做法") == expected


def test_silent_without_facts_and_in_plans() -> None:
    assert [f for f in check(ADDED) if f.rule == "claim.unsourced"] == []
    assert claims(ADDED, section="下一步打算") == []  # a summary's plan section
    assert claims(ADDED, PLAN, section="创建措施") == []  # a plan's 措施
    assert claims(ADDED, PLAN) == []  # a plan kind outside its results sections
    assert claims("已举办文艺展演。", PLAN, section="创建措施") == ["举办文艺展演"]  # completion
    assert claims(ADDED, PLAN, section="工作成效") == ["“道德讲堂”活动", "举办文艺展演"]


def test_headings_set_the_section() -> None:
    facts = load_facts(all_kinds()["work_summary"].directory / "example.toml", kinds=kind_ids())
    text = f"一、主要做法\n举办文艺展演。\n二、下一步打算\n{ADDED}"
    assert claims(text, facts) == ["举办文艺展演"]


def test_a_slogans_activity_written_unquoted_keeps_its_count() -> None:
    # a blind40 answer: 开展研学四个一活动 (the facts' 开展“研学四个一”活动) read as 研学一
    from drafter.facts import parse_facts
    facts = parse_facts('[unit]\nname = "市规划展览馆"\ntype = "其他"\n[doc]\n'
                        'kind = "work_summary"\nyear = 2026\ndate = "2026-12-28"\n'
                        'theme = "精神文明建设"\n[[slogans]]\ntext = "研学四个一"\n'
                        'items = ["一堂课", "一次参观", "一份作业", "一次分享"]\n')
    assert claims("二是开展研学四个一活动。", facts, section="主要做法") == []
    assert claims("二是开展研学五个一活动。", facts, section="主要做法") == ["开展研学五个一活动"]


def test_people_organised_a_verb_among_verbs_and_an_honour_in_other_words() -> None:
    # three blind41 answers the guard cut: 组织志愿者在周末陪伴孩子们学习和活动; 提升骨干组织
    # 和带领活动的能力; 获得市级最佳项目表彰 (the facts' 蓥州市最佳志愿服务项目)
    from drafter.facts import parse_facts
    facts = parse_facts('[unit]\nname = "县志愿服务联合会"\ntype = "其他"\n[doc]\n'
                        'kind = "work_summary"\nyear = 2026\ndate = "2026-12-24"\n'
                        'theme = "精神文明建设"\n[[honors]]\nyear = 2026\n'
                        'title = "蓥州市最佳志愿服务项目"\ngrantor = "蓥州市文明办"\n')
    for said in ("每周六开课，组织志愿者在周末陪伴孩子们学习和活动。",
                 "举办骨干培训，提升骨干组织和带领活动的能力。",
                 "“周末课堂”获得市级最佳项目表彰。"):
        assert claims(said, facts, section="主要做法") == [], said
    # … not one of another level, nor an activity the facts never name
    assert claims("获得全国最佳项目表彰。", facts, section="主要做法")
    assert claims("组织开展文艺展演活动。", facts, section="主要做法")
