"""What the notes forbid (`notes.forbidden`): read from the notes' own phrasings, kept out
of the built-in text, and reported by style.notes_forbid wherever a text says it."""

from __future__ import annotations

import asyncio
import dataclasses

from support.paths import example_path

from drafter.facts import Facts, load_facts
from drafter.kinds import get_kind, kind_ids
from drafter.kinds.notes import forbidden, unsaid
from drafter.kinds.text import drop_clauses
from drafter.project.pipeline import draft_sections, new_project
from drafter.rules import check
from drafter.writers.builtin import BuiltinWriter


def _with_notes(kind: str, notes: str) -> Facts:
    facts = load_facts(example_path(kind), kinds=kind_ids())
    return dataclasses.replace(facts, doc=dataclasses.replace(facts.doc, notes=notes))


def test_the_notes_forbid_words_in_many_phrasings() -> None:
    facts = _with_notes("party_branch_plan", (
        "我们支部一共9名党员，没有分党小组，计划里别写党小组。"
        "古墓那个案子还在审理，一个字都别提，包括“案件”“盗掘”这些词。"
        "不要写“学生”“家长”，一律写“学员”。千万别写“全国”“全省”先进之类的。"
        "也别把居民叫“贫困户”，统一叫居民。方案里不要再写优抚、双拥的内容。"
        "不要写的：医保报销、收费标准，统统不写。公车也别写数量。这事不写。"
        "“德艺双馨”评出来的人不要写名字。口号就用“三个零”，别再另起新口号。"
        "接待的事不写，一个字都别写。不要写领导，别提单位。"))
    assert forbidden(facts) == ("接待", "党小组", "案件", "盗掘", "学生", "家长", "贫困户",
                                "优抚", "双拥", "医保报销", "收费标准")


def test_a_forbidden_clause_goes_and_its_sentence_still_ends() -> None:
    words = ("党小组",)
    assert drop_clauses("（一）压实工作责任。支部书记负总责，支部委员各负其责，"
                        "各党小组抓好具体落实。", words) == \
        "（一）压实工作责任。支部书记负总责，支部委员各负其责。"
    # a lead left alone says nothing; a line left empty is empty
    assert drop_clauses("每月召开支委会。按照条例要求，党小组会每月召开一次。", words) == \
        "每月召开支委会。"
    assert drop_clauses("党小组会每月召开一次。", words) == ""


def test_the_built_in_text_says_nothing_the_notes_forbid_and_the_checker_reports_it() -> None:
    facts = _with_notes("party_branch_plan", "我们支部没有分党小组，计划里别写党小组。")
    assert unsaid(facts) == ("党小组",)
    # notes naming the branch's 党小组 have them written; notes forbidding them, not
    groups = _with_notes("party_branch_plan", "支部设两个党小组。")
    assert "各党小组抓好具体落实" in _drafted(groups)
    assert "党小组" not in _drafted(facts)
    found = check("按照条例要求，党小组会每月召开一次。", facts)
    assert [(f.rule, f.excerpt) for f in found] == [("style.notes_forbid", "党小组")]
    # a word the user's own slogans or task titles use is theirs to say
    own = dataclasses.replace(facts, tasks=(dataclasses.replace(
        facts.tasks[0], title="建强党小组"), *facts.tasks[1:]))
    assert unsaid(own) == () and not check("建强党小组。", own)


def _drafted(facts: Facts) -> str:
    project = new_project(facts, get_kind(facts.doc.kind))
    asyncio.run(draft_sections(project, facts, BuiltinWriter(), save=False))
    return "\n".join(s.text for s in project.sections)


def test_a_forbidden_word_inside_a_name_is_the_names() -> None:
    facts = _with_notes("creation_report", "我们是成人学校，不要写“学生”“家长”，一律写“学员”。")
    assert drop_clauses("培养“一村一名大学生”在读学员214人。", ("学生",)) == \
        "培养“一村一名大学生”在读学员214人。"
    said = check("培养“一村一名大学生”在读学员。", facts)
    assert not [f for f in said if f.rule.startswith("style")]
    assert [f.excerpt for f in check("关心学生成长。", facts)] == ["学生"]


def test_a_word_the_facts_use_is_theirs() -> None:
    # 不要写交通运输局 of the 落款 is the signature's: the body may name the bureau
    # (blind29: 2024年机构改革划到县数据局 lost beside 落款…不要写数据局)
    assert unsaid(_with_notes("creation_report", "落款写处名，不要写交通运输局。")) == ()
    assert unsaid(_with_notes("creation_report", "落款写处名，文中也别提交通运输局。")) == (
        "交通运输局",)
    # … and a word the notes forbid outright that the facts use is the facts' (blind25)
    facts = _with_notes("creation_report", "不要写交通运输局。")
    assert unsaid(facts) == ("交通运输局",)
    honored = dataclasses.replace(facts, honors=(dataclasses.replace(
        facts.honors[0], grantor="县交通运输局"),))
    assert unsaid(honored) == ()
