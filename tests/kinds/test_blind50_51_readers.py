"""What blind50's and blind51's readers found (session 20), drafted from the sets' own facts
files: a summary read aloud speaks to its listeners, an honour won for a task is said in
it, the notes' new forms are no text (a transcript, a feedback sheet, AI minutes, a 问卷星
export, a PPT's notes pages, a ledger, a 行程单's hand notes, scanned 便签), histories whole,
a slogan placed at the start opens a plan, a plan's targets read as targets."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, whole_text

from drafter.kinds.notes import forbidden, ordered, read_aloud, stress_background, unit_history

B50 = FACTS_DIR / "blind50"
B51 = FACTS_DIR / "blind51"
HOSPITAL = "county-private-general-hospital-work-summary-2026"
RIVER = "county-river-lake-chief-service-center-work-summary-2026"
COMPOUND = "city-residential-compound-work-plan-2027"
JUSTICE = "township-judicial-office-creation-report-2026"
NURSING = "county-health-vocational-school-party-branch-plan-2027"
CARE = "county-disabled-persons-care-center-work-summary-2026"
MEALS = "county-student-nutrition-meal-company-work-summary-2026"
WIND = "county-wind-farm-implementation-plan-2027"
ROAD = "expressway-project-temporary-party-branch-plan-2027"
COURT = "township-peoples-tribunal-creation-report-2026"
PHARMACY = "county-pharmacy-chain-company-work-plan-2027"


def test_a_summary_read_aloud_speaks_to_its_listeners() -> None:
    # 31号年终员工大会上我要念的 (blind47, blind48 and blind50's readers of both writers: no
    # 称呼, 现将…总结如下, no thanks); written, a summary has neither
    _, hospital = _draft(HOSPITAL, B50)
    ids = [s.id for s in hospital.sections]
    assert ids[0] == "salutation" and ids[-1] == "closing"
    assert hospital.section("salutation").text == "同志们："
    # … its slogan the notes place at the start said first (blind53)
    opening = hospital.section("opening").text
    assert opening.startswith("2026年，我院坚持“两个不让”，也就是")  # read aloud (session 30)
    assert opening.endswith("下面，我就一年来的工作情况向大家作个总结。")
    assert hospital.section("closing").text.endswith("谢谢大家！")
    _, river = _draft(RIVER, B50)
    assert not {"salutation", "closing"} & {s.id for s in river.sections}
    # 31号年终总结会我自己念，家属代表也在场 (blind51)
    care = _facts(CARE, B51)
    assert read_aloud(care)
    _, drafted = _draft(CARE, B51)
    assert drafted.section("salutation").text == "各位家属代表、同志们："


def test_an_honour_won_for_a_task_is_said_in_it() -> None:
    # 汭川县工人先锋号（“禾睦健康直通车”医疗队）: the reader moved it from 基本情况 into the
    # work that won it (five drafts of six)
    _, hospital = _draft(HOSPITAL, B50)
    basics = hospital.section("basics").text
    practices = hospital.section("practices").text
    assert "工人先锋号" not in basics
    assert "2026年，“禾睦健康直通车”医疗队被汭川县总工会授予“汭川县工人先锋号”称号。" in practices
    assert "县级文明单位" in basics


def test_a_transcripts_and_a_forms_words_are_no_text() -> None:
    hospital = whole_text(HOSPITAL, B50)
    for word in ("说话人", "没整段校对", "排班表", "下大雪", "96"):
        assert word not in hospital, word
    compound = whole_text(COMPOUND, B50)  # 1480户。【奚悦注：AI听错了，是1048户】
    for word in ("1480", "iPad", "未命名入会", "冉晓宇说", "才出分"):
        assert word not in compound, word
    justice = whole_text(JUSTICE, B50)  # 回复：→工作室是我们的亮点
    assert "→" not in justice and "与会人员专门到工作室观摩" in justice
    court = whole_text(COURT, B51)  # 〔鄢庭手批：“田埂法庭”第一个讲。
    assert "〔" not in court and "手批" not in court and "658" not in court
    road = whole_text(ROAD, B51)  # 第1张　封面 … 第5张　数字
    assert "第1张" not in road and "计划开头点一句" not in road
    wind = whole_text(WIND, B51)  # 台账第一页的63台把三期还没吊装的6台也算上了
    assert "台账第一页" not in wind and "63台" not in wind and "也算上了" not in wind


def test_a_topic_the_notes_forbid_in_a_new_wording_is_left_out() -> None:
    # 8月有个学员外出走失、当天就找回来的事，一个字都不提 (blind51: printed)
    care = _facts(CARE, B51)
    assert "当天就找回来" in forbidden(care)
    assert "走失" not in whole_text(CARE, B51)


def test_histories_are_whole_and_named_once() -> None:
    assert unit_history(_facts(HOSPITAL, B50)).startswith(
        "我院前身为2009年在城关创办的禾睦诊所，2013年获批为一级医院，2017年迁入城东现院区")
    assert unit_history(_facts(COMPOUND, B50)).startswith("我小区2011年交房入住，")
    assert unit_history(_facts(JUSTICE, B50)).startswith("我所前身为1987年设立的蘅渚乡司法办公室")
    nursing = unit_history(_facts(NURSING, B50))  # the branch's own after the school's
    assert nursing.endswith("我支部1984年随建校成立，原隶属县卫生局党委，2019年划归县教育工委。")
    assert unit_history(_facts(CARE, B51)) == (
        "我中心前身为2009年县残联借用原县福利院开办的“阳光家园”日间照料站；2014年成立托养服务"
        "中心；2018年迁入城西新建的托养楼；2023年开设全日制寄宿托养。")
    assert unit_history(_facts(WIND, B51)).startswith("我场2013年一期开工建设；2015年底一期")
    assert "2025年10月澥河特大桥合龙" in unit_history(_facts(ROAD, B51))
    assert "2005年改制，成立济生堂大药房" in unit_history(_facts(PHARMACY, B51))


def test_the_stressed_works_account_and_place_in_new_forms() -> None:
    # 直通车9月份县卫健委在咱们院开过…现场会 (its short name opening the sentence)
    account = dict(stress_background(_facts(HOSPITAL, B50)))
    assert account["健康直通车"].startswith("2026年9月县卫健委在我院召开全县社会办医公益服务现场会")
    # a 问卷星 row's every answer (做法第一个写“阳光厨房”开放日…食品安全放第二), not its longest
    meals = _facts(MEALS, B51)
    assert [p for _, p in ordered(meals)][:2] == [1, 2]
    _, drafted = _draft(MEALS, B51)
    heads = [ln for ln in drafted.section("practices").text.split("\n") if ln.startswith("（")]
    assert heads[:2] == ["（一）办好“阳光厨房”开放日", "（二）筑牢食品安全防线"]
    # 做法打头写“阳光工坊”
    assert [s for s, _ in stress_background(_facts(CARE, B51))] == ["阳光工坊"]


def test_a_slogan_placed_at_the_start_opens_a_plan() -> None:
    # “两个守护”开头提一句 (blind50's and blind51's readers: a bare line in 工作目标)
    _, pharmacy = _draft(PHARMACY, B51)
    opening = pharmacy.section("opening").text
    assert "坚持“两个守护”（守护群众用药安全、守护群众身体健康）" in opening
    assert "两个守护" not in pharmacy.section("goals").text
    # “四强”在这一页（指导思想）完整讲一次: not again in the branch's 工作目标
    _, road = _draft(ROAD, B51)
    assert "“四强”党支部" in road.section("guiding").text
    assert "四强" not in road.section("goals").text
    ids = [s.id for s in road.sections]  # 支部来历放在指导思想前面讲
    assert ids.index("basics") < ids.index("guiding")


def test_a_plans_task_targets_read_as_targets() -> None:
    # 全年夜校开课80期 read as a summary's (blind51's LLM reader of three plans)
    _, road = _draft(ROAD, B51)
    # (in 工作目标 since session 32, a task a clause: targets_gathered)
    goals = road.section("goals").text
    assert "目标是：一是夜校开课80期，夜校培训务工人员4000人次；" in goals
    assert "80期" not in road.section("work").text
    # a leader named by name alone takes the post the notes write beside it (鄢振岳（庭长）)
    _, court = _draft(COURT, B51)
    assert "我任组长" in court.section("practices").text
