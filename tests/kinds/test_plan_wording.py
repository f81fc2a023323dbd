"""A work plan's wording as its readers ask for it (blind25, both writers' readers): the
领导小组 by post then name, an organ serving firms speaking of 为企服务, a 复查年 aimed
at, a 总体思路 that names the slogans its tasks explain, a routine with its subject."""

from __future__ import annotations

from test_prose_choices import draft

PLAN = """
[unit]
name = "江城县高新技术产业园区管理委员会"
self = "我委"
type = "机关"
people = "干部职工"
served = "园区企业"
departments = "各局（办）"

[doc]
kind = "work_plan"
year = 2027
date = "2027-01-20"
theme = "精神文明建设和营商环境优化"
notes = "2027年是市级文明单位复查年。园区企业职工2万3千人左右。"

[[slogans]]
text = "推行“两个零”服务"
items = ["企业办事零跑腿", "诉求办理零积压"]
group = "两零三不"

[[slogans]]
text = "坚守“三个不”底线"
items = ["不吃企业的饭", "不收企业的礼", "不干预企业正常经营"]
group = "两零三不"

[[tasks]]
title = "做实企业服务专员制度"
points = ["18名服务专员包联60家规上企业，每月至少上门走访一次", "推行“两个零”服务"]
owner = "招商服务局"

[[tasks]]
title = "加强作风建设"
points = ["坚守“三个不”底线，签订亲清政商关系承诺书", "4月开展廉政宣传教育月活动"]
owner = "纪工委"

[[tasks]]
title = "深化“园区红”志愿服务"
points = ["3月5日学雷锋纪念日开展集中服务", "7—8月高温期间为一线职工送清凉",
          "12月5日国际志愿者日表彰优秀志愿者"]
owner = "党政办"

[leadership]
name = "精神文明建设工作领导小组"
leader = "林志远（党工委书记、管委会主任）"
deputies = ["孙倩（党工委副书记）"]
members = ["何平（党政办主任）", "郑凯（招商服务局局长）"]
office = "党政办"
"""


def test_a_plans_wording_for_an_organ_serving_firms() -> None:
    _, project = draft(PLAN)
    goals = project.section("goals").text
    assert "为企服务水平" in goals and "为民服务" not in goals
    assert "确保顺利通过市级文明单位复查" in goals
    guarantee = project.section("guarantee").text
    assert "由党工委书记、管委会主任林志远任组长" in guarantee
    assert "党政办主任何平和招商服务局局长郑凯为成员" in guarantee
    assert "（党工委书记" not in guarantee and "和个人年度考核" not in guarantee
    basics = project.section("basics").text
    assert "园区企业职工约2.3万人" in basics


def test_a_plans_frame_names_the_slogans_its_tasks_explain() -> None:
    _, project = draft(PLAN)
    overall = project.section("overall").text
    assert "总体思路是“两零三不”，即推行“两个零”服务、坚守“三个不”底线。" in overall
    assert "企业办事零跑腿" not in overall  # the tasks state the items, once
    tasks = project.section("tasks").text
    assert "推行“两个零”服务（企业办事零跑腿、诉求办理零积压）" in tasks
    # a routine with no subject of its own is told with its point's
    timeline = project.section("timeline").text
    assert "18名服务专员包联60家规上企业，每月至少上门走访一次" in timeline


def test_a_frame_whose_items_no_task_states_still_lists_them() -> None:
    plan = PLAN.replace('"推行“两个零”服务"]', '"推行帮办代办"]').replace(
        '"坚守“三个不”底线，签订亲清政商关系承诺书"', '"签订亲清政商关系承诺书"')
    _, project = draft(plan)
    overall = project.section("overall").text
    assert "企业办事零跑腿" in overall and "不干预企业正常经营" in overall
    # a unit serving the public keeps 为民服务
    _, public = draft(PLAN.replace('served = "园区企业"', 'served = "办事群众"'))
    assert "为民服务水平" in public.section("goals").text


def test_a_group_the_notes_place_in_the_goals_is_said_there_once() -> None:
    plan = PLAN.replace('notes = "2027年是市级文明单位复查年。园区企业职工2万3千人左右。"',
                        'notes = "“两零三不”放在工作目标里讲。"')
    _, project = draft(plan)
    goals = project.section("goals").text
    assert "“两零三不”，即推行“两个零”服务、坚守“三个不”底线。" in goals  # named first
    assert goals.count("推行“两个零”服务") == 1 and goals.count("坚守“三个不”底线") == 1
    assert "overall" not in [s.id for s in project.sections if s.text.strip()]
