"""What blind53's readers found (session 21), drafted from the set's own facts files, and
the blind52 leftovers: a 腾讯文档 revision log, a 飞书 kanban, a 钉钉 周报, a 政务微信 日程, a
WeChat 合并转发 bundle and a chatbot conversation read for their wishes only; histories told
as stories; the order the notes keep; the leader reading his own report."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, whole_text

from drafter.kinds.notes import (
    listeners,
    ordered,
    stress_background,
    stress_home,
    stress_items,
    unit_history,
)
from drafter.kinds.prose import honor_clause, with_verb

SET = FACTS_DIR / "blind53"
BUS = "county-school-bus-company-implementation-plan-2027"
RESERVOIR = "county-reservoir-resettlement-service-center-work-summary-2026"
BRIGADE = "county-exit-entry-administration-brigade-creation-report-2026"
NETWORK = "county-network-technology-company-work-plan-2027"
ELEVATOR = "county-elevator-company-party-branch-plan-2027"
CATERING = "county-catering-industry-association-work-summary-2026"
B52 = FACTS_DIR / "blind52"


def heads(stem: str, section: str) -> list[str]:
    _, project = _draft(stem, SET)
    return [ln for ln in project.section(section).text.split("\n") if ln.startswith("（")]


def test_a_revision_logs_rejected_moves_and_a_closed_card_are_no_wish() -> None:
    # #7 移动 …✘已拒绝 / 将“（六）建设“车轮上的家”企业文化”整条移至第三条
    assert [h[:8] for h in heads(BUS, "measures")][:6] == [
        "（一）打造“护苗", "（二）守牢校车安", "（三）加强员工思", "（四）加强驾驶员",
        "（五）开展“安全", "（六）建设“车轮"]
    bus = _facts(BUS, SET)
    # #1 插入：“公司前身是2011年…” ✔已接受: the unit's own words
    assert unit_history(bus).startswith("我公司前身为2011年县教育局设立的校车管理办公室")
    text = whole_text(BUS, SET)
    for noise in ("72辆", "✔", "修订", "位置：", "刹车过热", "司机"):
        assert noise not in text, noise
    # 卡片#11 把“极客之家”挪到第三条, closed: 不用挪，照原来的
    assert heads(NETWORK, "tasks")[-1] == "（六）建设“极客之家”企业文化"
    network = whole_text(NETWORK, SET)
    for noise in ("看板", "卡片", "负责人", "84期"):
        assert noise not in network, noise
    # 目标都写实 (session 22): gathered in 工作目标, not 开展全年开办
    assert "一是全年开办“银发触网”课堂60期" in network


def test_a_work_asked_at_length_stays_in_its_place_when_the_rest_keep_theirs() -> None:
    # 窗口服务放第二个讲，其余照原稿顺序 … 辅警的事多写几句
    assert ordered(_facts(BRIGADE, SET))[:2] == (("窗口服务", 2), ("开设“侨乡直通车”上门服务", 1))
    assert heads(BRIGADE, "practices")[-1] == "（六）加强青年民辅警队伍建设"
    # 古建筑白蚁防治第二，科普宣传第三 (blind45): each the task saying most of it
    termite = _facts("county-termite-control-institute-implementation-plan-2027",
                     FACTS_DIR / "blind45")
    assert stress_home("古建筑白蚁防治", termite.tasks).title == "守护文物古建筑"
    assert stress_home("科普宣传", termite.tasks).title == "推进白蚁防治科普"


def test_the_notes_forms_say_their_wishes_only() -> None:
    reservoir = whole_text(RESERVOIR, SET)
    for noise in ("对过了", "周报", "已读", "评论", "3210", "【待补充：“干部下村办”"):
        assert noise not in reservoir, noise
    # 多写干部下村办的事: the 移民连心 task, whose cadres 分片包村
    assert stress_home("干部下村办", _facts(RESERVOIR, SET).tasks).title == "开展“移民连心”走访服务"
    elevator = whole_text(ELEVATOR, SET)
    for noise in ("合并转发", "聊天记录", "┆", "381", "疾病"):
        assert noise not in elevator, noise
    catering = whole_text(CATERING, SET)
    for noise in ("豆包", "泔水", "4000", "讲话稿", "2.61"):
        assert noise not in catering, noise
    assert "在我县召开" in catering and "在县召开" not in catering  # 在咱们县开了


def test_histories_told_as_stories_are_whole() -> None:
    assert unit_history(_facts(RESERVOIR, SET)) == (
        "我中心前身为1973年修建柃溪水库时成立的县移民安置办公室；1992年改为县水库移民开发局；"
        "2019年机构改革改为县水库移民服务中心，划归县水利局；2021年迁入县水利大楼五楼办公。")
    assert unit_history(_facts(NETWORK, SET)).startswith(
        "我公司前身为2012年在县城开办的电脑维修店；2016年注册成立")
    assert unit_history(_facts(ELEVATOR, SET)) == (
        "梴岭县恒升电梯工程有限公司前身为2008年在县城开办的电梯维修部；2013年注册成立恒升电梯工程"
        "有限公司；2018年公司党支部单独建立，此前党员编入城关镇非公企业联合党支部；2023年迁至县经开区"
        "新厂房。")
    assert "2016年与县商务局脱钩" in unit_history(_facts(CATERING, SET))
    # blind52's: the unit named once, the dropped steps kept
    assert unit_history(_facts("county-port-company-work-plan-2027", B52)) == (
        "1956年县航运站在溦水岸边建成第一座货运码头；我公司1993年成立；2012年迁至城南新港区；"
        "2021年划归县交投集团。")
    assert unit_history(_facts("securities-branch-office-work-summary-2026", B52)).startswith(
        "我部前身为2004年在琮城县人民路开设的证券服务部")
    assert unit_history(_facts("city-radio-monitoring-station-work-summary-2026", B52)).endswith(
        "2024年固定监测站全部建成联网。")
    # 投教小站票数最多，就它打头: the work the clause before names (blind52)
    broker = _facts("securities-branch-office-work-summary-2026", B52)
    assert stress_items(broker) == ["投教小站"]
    assert stress_background(broker)[0][0] == "投教小站"


def test_the_leader_reading_his_report_says_i_and_his_listeners_are_called() -> None:
    # 亓大自己当面念; 晏会长当着全体会员代表自己念
    for stem, listened in ((BRIGADE, None), (CATERING, "各位会员代表")):
        text = whole_text(stem, SET)
        assert "我任组长" in text, stem
        if listened:
            assert listeners(_facts(stem, SET)) == listened
    # the summary's slogan placed at the start opens it (“两个不落”开头提一句就行)
    _, project = _draft(RESERVOIR, SET)
    assert project.section("opening").text.startswith("2026年，我中心实现“两个不落”（")
    assert "重点抓了以下几方面工作" not in project.section("practices").text
    # (the whole unit's satisfaction in 基本情况, not hanging after the last practice: blind97's
    # and blind98's readers of both writers; blind53's had found it an orphan opening them)
    assert "40.4%。2026年，移民群众满意度达到97.3%。\n" in project.section("basics").text
    assert "满意度" not in project.section("practices").text


def test_a_branchs_quarters_each_hold_its_meeting_and_its_study_keeps_its_points() -> None:
    _, project = _draft(ELEVATOR, SET)
    routine, *quarters = project.section("monthly").text.split("\n")
    assert routine.startswith("全年常态化工作：")  # said once above the quarters (blind57)
    assert len(quarters) == 4 and all("党员大会" in q for q in quarters)
    work = project.section("work").text
    assert ("一是每月第一个周六集中学习；二是开展“党员讲安全”微党课；三是组织党员观看警示"
            "教育片。") in work
    assert "加强廉洁教育" not in work
    basics = project.section("basics").text
    assert "现有员工74人" in basics and "配有维保电梯" not in basics
    assert basics.count("梴岭县恒升电梯工程有限公司") == 1


def test_targets_asked_concrete_and_grades_and_verbs() -> None:
    _, project = _draft(NETWORK, SET)
    assert project.section("goals").text.startswith(
        "2027年，我公司精神文明建设工作的目标是：一是全年开办“银发触网”课堂60期")
    assert project.section("goals").text.endswith(
        "四是志愿服务时长达到1500小时，客户满意度达到98%。")
    assert honor_clause("4A级社会组织", "县民政局") == "被县民政局评为4A级社会组织"
    assert with_verb("“三绿”行动") == "实施“三绿”行动"
