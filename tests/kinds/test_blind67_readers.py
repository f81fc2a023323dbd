"""What blind67's readers of the built-in drafts found (session 28), drafted from the
set's own facts files: an audit report's remarks marked ⎈ (a technical sign) read as
remarks, so its figures and the complaint the leader forbade stay out; a slogan and its
items told to the writer (热线的规矩我们叫“践行三不承诺”：…) no statement; a slogan's place
said in the sentence after it (放在量轨距、查设备那条里讲清楚，别处不挂), its counted words
quoted in a point (落实“五颗安全螺丝”要求 of 拧紧五颗安全螺丝) bracketed there; a slogan a
report read aloud puts at its start said after the greeting; 后面不再说, 分四个季度说 and 就是
去年开现场会的地方 no statements; histories told in speech (开了个透析室, 从县医院分出来,
自发搞了个“周三心理沙龙”, 修澍河线时…设了个养路工区, 我和五个老师…租了个…办起一个看护班,
批了办学许可，正式叫…, 给了一间房，挂牌…, 按行业分了5个党小组, 又开了两个点, 改造完工,
开通热线, 扩到52台); a scene's doer naming the stressed work, a second scene said after
the first, a visit's 跟着到… its account; a place the first-placed work's words also
hold going to the next work the leader's words name."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, whole_text

from drafter.kinds.notes import placed, scenes, unit_history

SET = FACTS_DIR / "blind67"
HAZARDS = "county-geological-hazard-prevention-center-implementation-plan-2026"
DIALYSIS = "county-hemodialysis-center-work-summary-2026"
HOTLINE = "county-mental-health-service-association-creation-report-2026"
MIGRANTS = "county-migrant-party-members-branch-party-branch-plan-2027"
SCHOOL = "district-migrant-children-school-work-summary-2025"
TRACKS = "railway-line-maintenance-workshop-work-plan-2027"


def test_an_audit_reports_remarks_keep_its_figures_and_the_complaint_out() -> None:
    says_none(SET, ((HOTLINE, ("⎈", "投诉", "62.00万元", "13.6%", "后面不再说", "热线的规矩")),
                    (HAZARDS, ("开现场会的地方",)), (MIGRANTS, ("分四个季度说",)),
                    (SCHOOL, ("后面不重复",))))


def test_slogans_where_the_leader_put_them() -> None:
    assert placed(_facts(TRACKS, SET), "拧紧五颗安全螺丝") == "量轨距、查设备"
    tracks = whole_text(TRACKS, SET)
    assert tracks.count("五颗安全螺丝") == 1
    assert "一是落实“五颗安全螺丝”（作业前防护到位、上道前联控到位" in tracks
    dialysis = whole_text(DIALYSIS, SET)
    assert dialysis.count("五个不走样") == 1
    school = whole_text(SCHOOL, SET)
    assert school.count("三份安心") == 1
    hotline = whole_text(HOTLINE, SET)
    # said after the greeting, in a sentence of its own (session 45: blind106's reader of
    # …，也就是…，扎实推进… run together)
    assert ("表示热烈的欢迎和衷心的感谢！我会始终践行“点亮两盏心灯”，也就是为困境中的人点亮希望"
            "之灯、为基层群众点亮健康之灯。下面，我就" in hotline)
    assert hotline.count("点亮两盏心灯") == 1
    assert hotline.count("三不承诺") == 1


def test_histories_told_in_speech() -> None:
    assert unit_history(_facts(DIALYSIS, SET)) == (
        "我中心前身为2009年县医院肾内科设立的透析室，4台机器、3个护士起家；2015年从县医院分设，"
        "单独成立县血液透析中心；2018年迁至城东原卫校的教学楼；2022年机器增至52台。")
    assert unit_history(_facts(HOTLINE, SET)).startswith(
        "我会前身为2012年县医院心理科的两个医生和二中的两个心理老师自发组织的“周三心理沙龙”，"
        "借县图书馆的会议室起家；2015年在县民政局登记成立协会；2018年开通热线；")
    assert unit_history(_facts(TRACKS, SET)).startswith(
        "我车间前身为1958年修建澍河线时在澍河站设立的养路工区；1979年")
    assert "2014年澍河线电气化改造完工，管内线路延伸至现有规模；" in unit_history(
        _facts(TRACKS, SET))
    assert unit_history(_facts(SCHOOL, SET)) == (
        "我校前身为2008年在畦北村租用废弃的纺织厂房办起的看护班；2011年区教育局批准办学许可，"
        "正式定名为畦北学校；2016年迁入现在的校区；2020年开设初中部。")
    migrants = unit_history(_facts(MIGRANTS, SET))
    assert "2018年在萹塘街道提供的用房挂牌设立第一个“同心驿”服务点；2021年按行业设立5个党小组；" \
        "2024年在物流园、电子产业园增设两个服务点" in migrants
    # a branch of migrant members names no unit it belongs to
    assert "糈川县驻芘州流动党员现有" not in whole_text(MIGRANTS, SET)


def test_scenes_and_visits_in_their_work() -> None:
    assert scenes(_facts(HOTLINE, SET)) == {
        "守好“月光热线”": ("志愿者凌晨两三点守着电话、一句一句陪人说话，天亮交完班再去上班",)}
    assert list(scenes(_facts(TRACKS, SET))) == ["做强“星夜天窗”突击队"]
    assert scenes(_facts(SCHOOL, SET))["坚持“灯下家访”"] == (
        "一年来，老师晚上骑电动车穿巷子、在出租屋门口等家长下夜班",
        "老师周末给回不了老家的孩子包饺子")
    says_none(SET, ((DIALYSIS, ("我中心跟着到",)), (SCHOOL, ("我校跟刚下班",))))
    school = whole_text(SCHOOL, SET)
    assert "（二）做好课后延时托管" in school and "（三）开展“城市小主人”融入教育" in school
