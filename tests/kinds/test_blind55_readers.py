"""What blind55's built-in reader found (session 22), drafted from the set's own facts
files: a 文件传输助手 self-chat, a 发文稿纸's 签发 lines, a photo folder's 说明.txt, a
述职 with the leader's 〔〕 remarks, a 主持词 and a 谈心谈话记录表 read for their wishes only;
histories whole (a figure still to come no longer hides every clause naming 2003年); the
order a list gives; a 时间安排 of four quarters; the targets the notes ask 写实 gathered in
工作目标."""

from __future__ import annotations

import re

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, whole_text

from drafter.kinds.notes import listeners, ordered, stress_background, unit_history
from drafter.rules import check

SET = FACTS_DIR / "blind55"
SOIL = "county-soil-water-conservation-station-implementation-plan-2027"
FINANCE = "township-finance-office-work-plan-2027"
HOMESTAY = "county-homestay-industry-association-creation-report-2026"
PIGS = "county-pig-farming-company-party-branch-plan-2027"
JOBS = "county-human-resources-development-company-work-summary-2026"
SCREENS = "county-audio-visual-education-center-work-summary-2026"
TRANSPORT = "county-transport-law-enforcement-brigade-work-plan-2027"


def test_histories_are_whole_in_every_form() -> None:
    assert unit_history(_facts(SOIL, SET)) == (
        "我站前身为1979年县水利局设立的水土保持办公室，1991年单独设站，2003年在东山建成水土保持"
        "科技示范园，2019年机构改革更为现名，2022年迁入县水利局新办公楼。")
    assert unit_history(_facts(FINANCE, SET)) == (
        "我所1984年设立，原名芰塘乡财政所，1992年撤乡建镇更为现名，2006年实行“乡财县管”，人财物"
        "上划县财政局，2018年迁入镇便民服务中心一楼。")
    assert unit_history(_facts(HOMESTAY, SET)).startswith(
        "我会前身为2011年由几家老民宿自发成立的沨溪客栈联谊会，2014年成立协会，2016年在县民政局登记")
    # a todo figure's bare 0 once matched every year with a 0 in it (2003年, 2015年, 2020年)
    assert unit_history(_facts(JOBS, SET)) == (
        "我公司前身为1985年县劳动局办的县劳动服务公司，2003年改制组建现公司，2015年划归县国投集团，"
        "2020年迁入县人力资源市场大楼。")


def test_forms_say_their_wishes_only() -> None:
    homestay = whole_text(HOMESTAY, SET)
    for noise in (".jpg", "MB", "以上共", "合影", "展柜，摆的是", "这个村", "开展了个"):
        assert noise not in homestay, noise
    jobs = whole_text(JOBS, SET)
    for noise in ("主持词", "送审", "争创“架好", "“架好"):
        assert noise not in jobs, noise
    screens = whole_text(SCREENS, SET)
    for noise in ("我要求", "……", "与会的人"):
        assert noise not in screens, noise
    assert screens.count("石岭小学") == 1
    finance = whole_text(FINANCE, SET)
    for noise in ("顺序——", "咱们", "县的《", "【待补充：分阶段"):
        assert noise not in finance, noise
    assert not re.search(r"(?<!\d)92年", finance)


def test_the_visitors_of_a_meeting_go_with_it() -> None:
    told = [said for _, said in stress_background(_facts(HOMESTAY, SET))]
    assert told[0].endswith("现场会，与会人员到村里观摩展柜，还在民宿里吃了农家菜")
    told = [said for _, said in stress_background(_facts(SCREENS, SET))]
    assert told[0].endswith("现场会，与会人员到石岭小学听了一节专递课堂")
    # never a result of the year, and the year's results close the practices
    _, project = _draft(SCREENS, SET)
    practices = project.section("practices").text.split("\n")
    assert practices[-1].startswith("一年来，学校满意度达到97.5%")


def test_a_list_sets_the_order_and_the_leaders_are_addressed() -> None:
    # 送技上门、防疫示范岗、结对帮扶、理论学习、三会一课、发展党员，就按这个排
    assert [place for _, place in ordered(_facts(PIGS, SET))] == [1, 2, 3, 4, 5, 6]
    _, project = _draft(PIGS, SET)
    heads = [ln for s in project.sections for ln in s.text.split("\n") if ln.startswith("（")]
    assert heads[0] == "（一）开展“送技上门”党员服务行动"
    # 总结开头的称呼要把领导带上
    assert listeners(_facts(JOBS, SET)) == "各位领导、同志们"


def test_a_plans_year_has_four_quarters_and_its_targets_in_its_goals() -> None:
    # 每年3月、9月各到每个村宣讲一次: dated; idle quarters hold the quarter's routine
    _, project = _draft(FINANCE, SET)
    lines = project.section("timeline").text.split("\n")
    assert [ln[:6] for ln in lines[1:]] == [
        "（一）第一季", "（二）第二季", "（三）第三季", "（四）第四季"]
    assert lines[2].endswith("开展廉政警示教育；对各村财务开展抽查。")
    # 目标写实: every target in 工作目标, one clause a task, none again in the tasks
    _, project = _draft(TRANSPORT, FACTS_DIR / "blind54")
    goals = project.section("goals").text
    assert "一是全年“暖途驿站”服务货车驾驶员3万人次，新建“暖途驿站”2个；二是" in goals
    assert "3万人次" not in project.section("tasks").text
    quarters = project.section("timeline").text
    assert "（二）第二季度（4—6月）：新建“暖途驿站”；建立农村客运驾驶员安全档案" in quarters
    # an assessment's 目标责任 score is no target (blind55: last year's, among the goals)
    _, project = _draft(SOIL, SET)
    assert "得分" not in project.section("goals").text


def test_the_partys_anniversary_of_the_year_is_sourced() -> None:
    # the 七一 anchor's 建党106周年 a model copied (blind55's replay marked it unsourced)
    pigs = _facts(PIGS, SET)
    text = "“七一”前夕开展纪念建党106周年主题党日活动。纪念建党105周年。"
    found = [f.excerpt for f in check(text, pigs, year=2027) if f.rule == "number.unsourced"]
    assert found == ["105周"]
