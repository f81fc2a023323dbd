"""What blind92's built-in reader found (measured at 87abe64: 2.33), mended: a school-year
plan said as `2026年` (its opening, goals and closing) and set out by calendar quarters; the
greeting `各位分管的暨校长`; a remark on a figure printed (`…破案率市局8号已经通报了`); a 创建
成效 that was one pasted remark (`我村第三讲经纪人…`) and blanks asked as `挖个空…手写上去`
missing; the glass factory's year not set out by its `冷修前、冷修中、点火投产后` periods; the
order's second and third works named by their scenes (`再往后是…那块`, a scene over its `、`)
not placed, and those scenes not written; a nurse's ward scene put under triage for its
doer; `院前组的人` no doer; a school's founding and move said as its 教研组's."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import named_periods, ordered, scenes, unit_history

B92 = FACTS_DIR / "blind92"
DIG = "county-archaeology-workstation-implementation-plan-2027"
FOREST = "county-forest-police-brigade-work-summary-2026"
GLASS = "county-glass-factory-party-branch-plan-2026"
PE = "county-high-school-pe-teaching-research-group-work-plan-2026"
ER = "county-hospital-emergency-department-work-summary-2025"
VILLAGE = "nursery-flower-village-creation-report-2027"


def test_school_year_plan_speaks_of_its_school_year() -> None:
    pe = whole_text(PE, B92)
    assert pe.startswith("暨校长、老师们：")
    assert "我就新学年的工作安排讲几点意见" in pe and "新学年的任务已经明确" in pe
    assert "2026年，我组" not in pe and "2027年6月高考。" not in pe
    schedule = section_text(PE, B92, "时间安排")
    assert "秋季学期（2026年9月—2027年1月）：9月完成新生体质健康测试" in schedule
    assert "春季学期（2027年2—7月）" in schedule and "季度" not in schedule


def test_school_history_is_the_schools() -> None:
    history = unit_history(_facts(PE, B92))
    assert history.startswith("1958年建校时仅有两名体育教师，在老文庙院内上课；"
                              "1984年成立体育教研组")
    assert "2003年学校迁至城东，建成第一条400米塑胶跑道" in history


def test_order_named_by_scenes_and_the_scenes_written() -> None:
    assert [p for _, p in ordered(_facts(PE, B92))] == [1, 2, 3]
    assert "技术员蹲在窑边，一遍一遍调燃烧器、算气耗" in dict(ordered(_facts(GLASS, B92)))
    pe = section_text(PE, B92, "主要任务")
    assert pe.index("（三）做好体育专业生训练") > pe.index("（二）抓好学生体质健康")
    assert "冬天早上六点半，老师打着手电在操场陪体重超标的孩子一圈一圈跑" in pe
    village = whole_text(VILLAGE, B92)
    assert "经纪人举着手机在苗圃里直播，一棵一棵给外地客商看苗" in village
    assert "寒冬半夜技术员爬起来给大棚盖草帘、生炭盆" in village
    er = scenes(_facts(ER, B92))
    assert er["改善急诊就医环境和服务"] == ("护士交班前蹲在留观室里，一个一个给老人擦身、翻身",)
    assert any("院前组人员半夜抬着担架" in s for s in er["推行“上车即入院”院前院内衔接"])


def test_results_remarks_and_blanks() -> None:
    results = section_text(VILLAGE, B92, "创建成效")
    assert "第三讲" not in results and "通过创建，2026年售出苗木成活率达到97.6%" in results
    assert "2027年上半年花木销售额____亿元" in results
    assert "8号已经通报" not in whole_text(FOREST, B92)


def test_glass_factory_year_by_its_furnace_periods() -> None:
    assert named_periods(_facts(GLASS, B92)) == (("冷修前", 1, 3), ("冷修中", 4, 5),
                                                 ("点火投产后", 6, 12))
    schedule = section_text(GLASS, B92, "全年工作安排")
    assert "（一）冷修前（1—3月）\n1月：" in schedule
    assert "（三）点火投产后（6—12月）\n6月：" in schedule
