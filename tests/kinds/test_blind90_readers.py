"""What blind90's built-in reader found (measured at 21732a3: 2.33), mended: a remark's
number kept (`一、2025年11月全市…现场会`); the scene before's doer put on the next one's
(`哨兵保洁阿姨…`, `驾驶员发大水那天驾驶员…`) or a scene dropped for its doer (`机电班的人`,
`结对的邻居`); a place named over two clauses (`第二讲洞里一报警，救援班的人…那块`) and one
won by its doer's word (`驾驶员` of 抓好驾驶员队伍建设); a greeting asked in other words
(`头一句问…好，接着问…好`, `称呼头一个是…，后面是…`); a blank asked as `空出来` and the
remark on when the money comes printed; a 现场会's visitors cut at `半夜一点` (an instruction's
`一点`) and at `又在…`; a village's 老龄化率 its 创建成效; a hospital's move told as its
department's; a 党支部 plan's quarters asked as `按春夏秋冬四个季度写`, and its 从严治党
item unlike the tasks beside it; three summaries and reports with no next steps, and a plan
issued to 各科室 closing with 全科上下."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import called, quarterly, unit_history
from drafter.rules import check

B90 = FACTS_DIR / "blind90"
CHOIR = "county-choral-association-work-summary-2026"
HYGIENE = "county-hospital-infection-control-department-implementation-plan-2026"
CARS = "county-official-vehicle-service-center-work-summary-2025"
TUNNEL = "expressway-tunnel-management-station-work-plan-2027"
VILLAGE = "mountain-longevity-village-creation-report-2026"
WORKSHOP = "university-engineering-training-center-party-branch-plan-2027"


def test_greetings_and_blanks_as_the_notes_ask() -> None:
    assert called(_facts(CHOIR, B90)) == ("县文联各位领导", "各位会员")
    assert called(_facts(TUNNEL, B90)) == ("管理处各位领导", "同志们")
    basics = section_text(CHOIR, B90, "基本情况")
    assert "2026年政府购买服务资金____万元" in basics and "到账" not in basics
    assert "2018年城乡11个合唱团全部入会" in basics


def test_scenes_keep_their_own_doers() -> None:
    hygiene = whole_text(HYGIENE, B90)
    assert "一、2025年11月" not in hygiene and "2025年11月全市医院感染管理工作现场会" in hygiene
    assert "保洁阿姨每天下班前" in hygiene and "哨兵保洁阿姨" not in hygiene
    assert "作风问题" not in hygiene
    assert "发大水那天驾驶员踩着齐膝深的水" in whole_text(CARS, B90)
    tunnel = whole_text(TUNNEL, B90)
    assert "机电班职工凌晨两点站在升降车上" in tunnel
    assert "与会人员半夜一点站在廪山隧道进口" in tunnel
    village = whole_text(VILLAGE, B90)
    assert "结对的邻居天刚亮去敲门" in village
    # the 现场会's visitors at the 饭堂 are the 门前问安's account, not the 饭堂's work
    assert village.index("又在孝老饭堂跟老人们一起吃了一顿午饭") < village.index("（二）")
    assert "现场会在我村召开" in village


def test_works_in_the_places_the_notes_give() -> None:
    cars = whole_text(CARS, B90)
    assert cars.index("（一）推行“顺路合乘”") < cars.index("（二）做好应急和重大活动用车保障") \
        < cars.index("（三）抓好驾驶员队伍建设和行车安全")
    tunnel = whole_text(TUNNEL, B90)
    assert tunnel.index("（二）提升应急救援能力") < tunnel.index("（三）强化隧道监控值守")


def test_basics_results_and_histories() -> None:
    village = _facts(VILLAGE, B90)
    assert "户籍人口2386人" in section_text(VILLAGE, B90, "基本情况")
    assert "户籍人口" not in section_text(VILLAGE, B90, "创建成效")
    assert "1961年兴建鼋山水库，山下几个生产队迁至半山腰" in unit_history(village)
    hygiene = unit_history(_facts(HYGIENE, B90))
    assert "2015年医院迁入城北新院区，我科建有独立的微生物实验室" in hygiene
    assert "在医务科下设院感办，仅由一名护士兼职负责" in hygiene
    assert "开办校办工厂" in unit_history(_facts(WORKSHOP, B90))


def test_a_branch_plan_by_quarters_its_duty_set_out_as_its_tasks() -> None:
    assert quarterly(_facts(WORKSHOP, B90))
    work = section_text(WORKSHOP, B90, "主要工作")
    assert "（八）落实全面从严治党责任\n" in work
    duty = work[work.index("（八）"):]
    assert "责任人：支部书记谌立言。" in duty
    assert "（三）第三季度（7—9月）" in section_text(WORKSHOP, B90, "全年工作安排")


def test_a_quarters_months_need_no_source() -> None:
    # a blind90 answer: 7月 of the third quarter's line marked 【待补充：核实“7月”】
    facts = _facts(WORKSHOP, B90)
    line = "第三季度（7—9月）：7月召开第三季度党员大会；8月落实每月固定工作。"
    assert not [f for f in check(line, facts) if f.rule == "number.unsourced"]
    # … but a month outside the quarter still is a fact to source
    off = "第二季度（4—6月）：7月召开党员大会。"
    assert [f for f in check(off, facts) if f.rule == "number.unsourced"]


def test_next_steps_carry_the_works_on_and_a_plan_closes_with_whom_it_is_issued_to() -> None:
    # both blind90 readers: 【待补充：下一步工作打算】 in three of six documents; the facts
    # gave no next steps, the year's works go on (the unit's own study last)
    assert section_text(CHOIR, B90, "下一步打算") == (
        "下一步，我会将重点做好以下工作：一是持续开展“歌声进山坳”；二是继续抓好演出安全；"
        "三是继续推进合唱普及培训。")
    cars = section_text(CARS, B90, "下一步打算")
    assert "待补充" not in cars and "党建" not in cars
    assert "【待补充：创建工作中存在的不足】" in section_text(VILLAGE, B90, "不足")
    assert "各临床、医技科室要按照本方案" in whole_text(HYGIENE, B90)
