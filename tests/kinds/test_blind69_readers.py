"""What blind69's reader of the built-in drafts found (session 29), drafted from the
set's own facts files: orders given in the leader's words past the first place (接着讲
晚上守宿舍、管孩子吃住那块; 第三讲派人到乡镇卫生院手把手带检验员那块; 党员认管段、在地里走线
那块打头; 学习、…、廉政，照原稿的先后排在后头); remarks printed as statements (街道和开发区的
领导也来, 支委还是三个：我当书记, 报开发区党工委, a correction's reason 年底老乔…退休了 as the
plan's aim); histories without their first steps or years (…办了个民族班, 1985年办了高中部,
2011年干线二期通气，改为…, 2018年…整合…, 支部也是2018年单独建起来的, …开始替…代做生化，
一辆面包车拉标本起家, 批了成立…, 划了进来); a visit's second sight after 坐在…; the 称谓 the
notes quote (称呼就“老师们、同志们”); scenes split at 的、 or given a second doer; a plan's
aim typed with its subject (今年社区要争创…); a patrol's 停车棚 given a parking purpose;
修订了完善; 民主评议党员 twice in December; 汛期 and 秋收季节 as times; a work plan whose
tasks date only one festival given a 时间安排 by its one-off work."""

from __future__ import annotations

import re

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, says_none, whole_text

from drafter.kinds.notes import opening_aims, scenes, unit_history
from drafter.kinds.prose import in_notes_order

SET = FACTS_DIR / "blind69"
PIPELINE = "natural-gas-pipeline-operation-area-party-branch-plan-2027"
PARK = "industrial-park-workers-apartment-community-work-plan-2027"
PAPER = "county-paper-mill-company-implementation-plan-2026"
SCHOOL = "county-ethnic-middle-school-work-summary-2025"
POETRY = "county-poetry-society-work-summary-2026"
LAB = "county-regional-medical-laboratory-center-creation-report-2026"


def _order(stem: str) -> list[str]:
    facts = _facts(stem, SET)
    return [t.title for t in in_notes_order(facts, facts.tasks)]


def test_orders_in_the_leaders_words() -> None:
    assert _order(SCHOOL)[:3] == ["坚持“一寨一访”全员家访", "做实寄宿生管理和生活服务",
                                  "抓好教育教学质量"]
    assert _order(PAPER)[:3] == ["开展“厂门常开”公众开放日", "推进班组安全文明生产",
                                 "关心关爱一线员工"]
    assert _order(LAB)[:3] == ["做实“标本专线”冷链转运", "推行检验报告“一键查”",
                               "开展基层检验人员“驻站带教”"]
    assert _order(PIPELINE) == [
        "开展“红旗管段”党员责任区创建", "开展管道保护“进村入户”宣传", "开展党员“传帮带”技术攻关",
        "加强政治理论学习", "严格落实“三会一课”制度", "做好发展党员和党员教育管理",
        "加强党风廉政和作风建设"]


def test_remarks_are_no_statements() -> None:
    says_none(SET, ((PARK, ("领导也来", "停车办事")),
                    (PIPELINE, ("我当书记", "草案", "退休", "外协工")),
                    (PAPER, ("党工委。", "废纸")),
                    (SCHOOL, ("我校坐在",))))


def test_histories_with_their_first_steps_and_years() -> None:
    assert unit_history(_facts(SCHOOL, SET)) == (
        "我校前身为1956年县在城关开办的民族班；1972年单独建校，名为鹇山县民族中学；1985年开设高中部；"
        "2010年整体迁入城北现校区。")
    pipeline = unit_history(_facts(PIPELINE, SET))
    assert "；2011年干线二期通气，改为靛河输气管理处；2018年公司搞区域化管理，整合" in pipeline
    assert pipeline.endswith("；我支部2018年单独建立，之前几个党员挂在公司机关第三支部。")
    assert unit_history(_facts(LAB, SET)).startswith(
        "2009年县医院检验科开始为几个乡镇卫生院代做生化，一辆面包车拉标本起家；2021年")
    assert unit_history(_facts(PAPER, SET)).startswith(
        "我公司前身为1978年茼江公社在江边开办的草纸作坊；1992年")
    assert unit_history(_facts(POETRY, SET)).startswith(
        "我会前身为1987年县文化馆开办的诗词函授辅导班；1993年")
    assert "，经批准成立产业园社区，" in unit_history(_facts(PARK, SET))


def test_the_greeting_the_notes_quote_and_the_visit_told_whole() -> None:
    school = whole_text(SCHOOL, SET)
    assert school.startswith("老师们、同志们：")
    assert "走了两个多钟头山路到窠里寨，坐在学生家火塘边上听老师跟家长拉家常。" in school


def test_scenes_whole_and_with_their_doers() -> None:
    park = scenes(_facts(PARK, SET))
    assert park["推进网格员夜间值守服务"] == (
        "网格员半夜守在公寓大堂等下夜班的工友，帮喝多了的、发高烧的工友叫车送医院",)
    pipeline = scenes(_facts(PIPELINE, SET))["开展“红旗管段”党员责任区创建"]
    assert "第三方施工的时候，党员在坑边一站一整天" in pipeline
    paper = scenes(_facts(PAPER, SET))["开展“厂门常开”公众开放日"]
    assert "维修工大冬天钻到烘缸底下抢修" in paper  # no 污水站的老师傅 before it


def test_an_aim_with_its_subject_opens_the_plan() -> None:
    assert opening_aims(_facts(PARK, SET)) == "2027年，我社区将争创市级文明社区。"


def test_a_plans_year_from_its_few_times() -> None:
    _, park = _draft(PARK, SET)
    schedule = park.section("timeline").text
    assert "【待补充：分阶段" not in schedule and "第四季度" in schedule
    pipeline = whole_text(PIPELINE, SET)
    quarters = dict(re.findall(r"（[一二三四]）(第[一二三四]季度)（[^）]*）：(.*)", pipeline))
    assert quarters["第四季度"].count("民主评议党员") == 1
    assert "秋收季节加密巡查" in quarters["第三季度"]
    assert "汛期、麦收季节加密巡查" in quarters["第二季度"]
    assert "党小组会每月召开一次" not in pipeline  # 党小组每月开展一次组织生活 says it


def test_a_compound_verb_done() -> None:
    assert "修订完善了学会章程和财务管理制度" in whole_text(POETRY, SET)


def test_titles_name_no_sentence_and_no_second_kind_of_work() -> None:
    from drafter.kinds import get_kind
    from drafter.kinds.render import render_title
    park, poetry = _facts(PARK, SET), _facts(POETRY, SET)
    assert render_title(get_kind(park.doc.kind), park) == (
        "碇溪县舣湾街道产业园社区居民委员会2027年工作计划")
    assert render_title(get_kind(poetry.doc.kind), poetry) == "洄川县诗词学会2026年工作总结"


def test_no_results_asked_of_the_ethics_work_in_a_speech() -> None:
    assert "【待补充：加强师德师风建设" not in whole_text(SCHOOL, SET)
