"""What blind71's readers of both writers found (session 30), drafted from the set's own
facts files: orders told as 跟着写…那块、再往后是…那块、再往下是…那块 (a work in pieces
joined by 、) and a first place whose words name another task (头一个讲村里办米粉坊那块, not
改善村里基础设施); histories in new spoken shapes (…是2004年…自发搞起来的, 门诊是2007年开的，
那时候在…里, 咱们部是1950年建县的时候跟县委一起设的, 支部是2009年建起来的, 局里驻硐口是
2015年开始的, 我是2023年5月来的，是第三批, 公司的底子是…); 总结最要紧的就是米粉坊 a stress;
a pasted 方案's own 报…备案 no 主送 of a 总结; 县委组织部 in full; 报市委宣传部 kept beside a
typed 主送 below; a scene's remark (…的事；…的事) and a visit's deeds (拉着…的手) never
printed apart; a speech with no marker; 目标说死 a plan's 工作目标 of figures; a slogan
said once in 指导思想 no task's; a stock's share in 基本情况; a headcount no 创建成效."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, whole_text

from drafter.kinds.notes import copy_to, listeners, main_to, report_to, scenes, unit_history
from drafter.kinds.prose import in_notes_order

SET = FACTS_DIR / "blind71"
CANCER = "county-cancer-rehabilitation-association-work-summary-2026"
FEED = "county-feed-mill-company-party-branch-plan-2027"
CLINIC = "county-methadone-maintenance-clinic-creation-report-2026"
PROPAGANDA = "county-party-propaganda-department-implementation-plan-2027"
GRADE = "senior-three-grade-group-work-plan-2026"
VILLAGE = "village-resident-work-team-work-summary-2025"


def _order(stem: str) -> list[str]:
    facts = _facts(stem, SET)
    return [t.title for t in in_notes_order(facts, facts.tasks)]


def test_orders_told_in_the_leaders_words() -> None:
    assert _order(FEED)[:3] == ["开展“一车一检”党员质检先锋岗活动", "组织党员技术服务队进场服务",
                                "开展党员带徒和技能传承"]
    assert _order(PROPAGANDA)[:3] == ["开展“堂屋夜话”进村入户", "制作方言微宣讲视频",
                                      "建好用好宣讲阵地"]
    assert _order(VILLAGE)[:3] == ["壮大村集体经济", "推动消费帮扶", "开展入户走访和矛盾调解"]


def test_histories_from_their_first_steps() -> None:
    assert unit_history(_facts(CANCER, SET)).startswith(
        "我会前身为2004年县医院肿瘤科的老护士长带着几个做完手术的老病人自发组织的团体，"
        "原名“抗癌乐园”；2011年在县民政局登记，更为现名；2018年县卫健局提供老卫校的两间房")
    assert unit_history(_facts(CLINIC, SET)).startswith(
        "我门诊2007年开办，当时设在县疾控后院两间平房；2012年迁入城东楼；2019年")
    assert unit_history(_facts(PROPAGANDA, SET)).startswith("我部1950年建县时与县委同步设立；")
    assert unit_history(_facts(VILLAGE, SET)).startswith(
        "我队2015年开始驻硐口，原名精准扶贫工作队；2021年更名为乡村振兴工作队；"
        "2023年5月第三批工作队进驻；")
    assert "我支部2009年成立，当时有党员5名" in unit_history(_facts(FEED, SET))


def test_addressees_of_a_summary_and_a_plan_issued_downwards() -> None:
    assert main_to(_facts(VILLAGE, SET)) == ("中共泇源县委组织部",)
    # (on the 版记's 报 line since session 32, not first in 抄送)
    assert report_to(_facts(PROPAGANDA, SET)) == ("市委宣传部",)
    assert "市委宣传部" not in copy_to(_facts(PROPAGANDA, SET))
    assert listeners(_facts(GRADE, SET)) == "庞校长、各位老师"


def test_scenes_and_the_visit_whole_and_in_their_work() -> None:
    shown = scenes(_facts(CANCER, SET))
    assert shown["组织群体康复锻炼"] == ("老会员每天早上六点半在埙河公园带着大家做康复操",)
    assert scenes(_facts(PROPAGANDA, SET))["制作方言微宣讲视频"] == (
        "融媒体中心的年轻人扛着机器跟拍、一条视频改七八遍",)
    cancer = whole_text(CANCER, SET)
    assert "看老会员坐在病床边，拉着刚做完化疗的病人的手，讲自己当年是怎么熬过来的。" in cancer
    village = whole_text(VILLAGE, SET)
    assert "2025年9月全市驻村帮扶工作现场会在硐口召开" in village.split("（二）")[0]
    says_none(SET, ((CANCER, ("的事。", "我会拉着", "【待补充")),
                    (VILLAGE, ("就在硐口开的",)),
                    (PROPAGANDA, ("重头戏", "宣讲员还有", "推进深化", "巩固已有创建成果"))))


def test_figures_where_the_genre_puts_them() -> None:
    cancer = whole_text(CANCER, SET)
    assert "现有会员468名（其中五年以上康复会员302名，占会员的64.5%）" in cancer.split("（一）")[0]
    assert "现有新入会会员" not in cancer
    clinic = whole_text(CLINIC, SET)
    assert "门诊职工14人" in clinic.split("（一）")[0]
    assert "日均服药236人" not in clinic.split("（四）")[1].split("（五）")[0]
    propaganda = whole_text(PROPAGANDA, SET)
    assert ("\n2027年，我部全力深化“堂屋夜话”基层理论宣讲。具体目标是：一是开展堂屋夜话宣讲"
            "5500场；") in propaganda
    assert "围着火盆听宣讲员用土话讲医保缴费、讲防电诈，讲完老乡们还拉着问了半个钟头" in propaganda
    assert propaganda.count("两支队伍”") == 1  # 带出“两支队伍” (session 40: its own verb)
    grade = whole_text(GRADE, SET)
    assert "高考本科上线达到760人" in grade.split("（一）")[0]  # 工作目标 (session 32)
    first = grade.split("（一）")[1].split("（二）")[0]
    assert "同样由" not in first
