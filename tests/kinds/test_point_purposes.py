"""A plan's stressed work says what each of its points is for (templates/phrases/
purposes.toml): every built-in draft of blind29 stated its points bare, at 35–75 % of the
length the notes asked, and its readers' first cost was the stressed work written as a list.
The other tasks' points stay bare: two purposes a task read as stock phrases tacked on
(blind57's reader: 用榜样力量带动整体工作 in four tasks of one plan)."""

from __future__ import annotations

import re

import pytest
from test_prose_choices import draft

from drafter.facts import parse_facts
from drafter.kinds.prose import Say
from drafter.kinds.render import PHRASE_FAMILIES, vocabulary
from drafter.kinds.text import phrase_bank
from drafter.rules import check

PLAN = """
[unit]
name = "溪口县图书馆"
self = "我馆"
type = "其他"
people = "干部职工"
served = "读者"

[doc]
kind = "work_plan"
year = 2027
date = "2027-01-18"
theme = "精神文明建设"
notes = "NOTES"

[[tasks]]
title = "加强思想道德建设"
points = ["每周一下午组织干部职工集中学习", "开展社会主义核心价值观宣传教育", "年底评选“服务之星”"]
owner = "办公室"

[[tasks]]
title = "做好阅读推广"
points = ["每月举办一次读书分享会", "“4·23”世界读书日开展全民阅读活动"]
owner = "读者服务部"

[[tasks]]
title = "筑牢安全防线"
points = ["每季度开展一次安全隐患排查", "每半年组织一次消防应急演练"]
owner = "保卫科"
"""


def _tasks_text(notes: str) -> str:
    _, project = draft(PLAN.replace("NOTES", notes))
    return project.section("tasks").text


def test_a_plan_asked_long_says_what_its_stressed_points_are_for() -> None:
    bare = _tasks_text("篇幅三千字左右。")
    long = _tasks_text("篇幅三千字左右。安全这块要写足。")
    # asked for three thousand characters, the tasks not stressed keep their points bare;
    # the stressed work's points the bank knows go on with what they are for
    assert "一是每周一下午组织干部职工集中学习；" in bare
    assert not re.search(r"每季度开展一次安全隐患排查，", bare)
    assert re.search(r"每季度开展一次安全隐患排查，[^；。]{6,}；", long)
    assert len(long) > len(bare) + 10


def test_only_the_stressed_task_is_written_at_length() -> None:
    text = _tasks_text("安全这块要写足。")
    assert re.search(r"每季度开展一次安全隐患排查，[^；。]{6,}；", text)
    assert "一是每周一下午组织干部职工集中学习；" in text


def test_purposes_repeat_nothing_and_pass_the_checker() -> None:
    notes = "篇幅三千字左右。业务学习、政治学习和思想道德建设都要写足。"
    text = PLAN.replace("NOTES", notes)
    # three tasks asking for the same work: each gets another variant, or none
    text += ('\n[[tasks]]\ntitle = "开展业务学习"\npoints = ["每月组织一次集中学习"]\n'
             '\n[[tasks]]\ntitle = "加强政治学习"\npoints = ["每季度集中学习一次"]\n')
    facts, project = draft(text)
    body = project.section("tasks").text
    clauses = re.findall(r"集中学习(?:一次)?，([^；。]+)[；。]", body)
    assert len(clauses) >= 2 and len(set(clauses)) == len(clauses)
    assert not [f for f in check(body, facts) if f.severity == "error"]


def test_no_point_of_a_task_not_stressed_says_what_it_is_for() -> None:
    # both blind46 readers: a purpose after every point of a task read as a machine's tail;
    # blind57's: two a task, stock phrases tacked on
    text = PLAN.replace("NOTES", "篇幅三千字左右。").replace(
        '"年底评选“服务之星”"]', '"年底评选“服务之星”", "每季度开展一次安全隐患排查"]')
    _, project = draft(text)
    first = project.section("tasks").text.split("\n")[1]
    assert not re.findall(r"[一二三四]是[^；。，]+，[^；。]{6,}[；。]", first), first


@pytest.mark.parametrize("plain", ["口气实在点，少用形容词。", "口气稳妥实在，别喊口号。"])
def test_notes_asking_plain_words_get_no_purposes(plain: str) -> None:
    # 实在点，少用形容词 / 别喊口号 (both blind46 readers struck every purpose clause)
    text = _tasks_text(f"篇幅三千字左右。{plain}")
    assert "一是每周一下午组织干部职工集中学习；" in text
    assert not re.search(r"每季度开展一次安全隐患排查，", text)


def test_a_summary_is_not_given_purposes() -> None:
    facts = parse_facts(PLAN.replace("work_plan", "work_summary").replace("NOTES", "三千字左右"))
    assert Say(facts, vocabulary(facts)).at_length() == frozenset()


BANK = phrase_bank("purposes")["purpose"]


@pytest.mark.parametrize("family", PHRASE_FAMILIES)
def test_every_purpose_fills_for_every_family_without_numbers(family: str) -> None:
    facts = parse_facts(PLAN.replace("NOTES", ""))
    vocab = {**vocabulary(facts), "family": family}
    seen: set[str] = set()
    for entry in BANK:
        assert entry["match"] and entry["why"]
        for clause in [*entry.get("family", {}).get(family, ()), *entry["why"]]:
            filled = clause.format_map(vocab)
            assert not re.search(r"[0-9０-９]|[。；;！？]$", filled), filled
            assert 4 <= len(filled) <= 30, filled
            assert filled not in seen, filled
            seen.add(filled)


def test_no_purpose_says_its_points_words_again_or_misreads_it() -> None:
    # blind39's built-in reader: 严格按程序做好发展党员工作，严格程序把优秀分子吸收到党内来
    # (doubled); 印制便民服务手册，解决群众身边的急难愁盼; 落实“一对一”培养联系人制度，推动
    # 管理规范化、程序化 (a person in a post, no rule)
    text = PLAN.replace("NOTES", "篇幅三千字左右。") + (
        '\n[[tasks]]\ntitle = "发展党员"\npoints = ["严格按程序做好发展党员工作",'
        ' "落实“一对一”培养联系人制度", "为社区免费印制便民服务手册"]\n')
    _, project = draft(text)
    body = project.section("tasks").text
    assert "严格按程序做好发展党员工作；" in body or not re.search(
        r"严格按程序做好发展党员工作，[^；。]*(?:程序|严格)", body)
    assert "落实“一对一”培养联系人制度；" in body or "落实“一对一”培养联系人制度。" in body
    assert "急难愁盼" not in body
