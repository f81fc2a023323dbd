"""What blind121's built-in reader found (measured after the blind120 mends: built-in 2.50,
LLM 3.67), mended in part: remarks marked `∿` (the whole block of operators) and declared
as 画了“∿” read as no remarks, so the cruise plan's table was printed (`设计吃水4.6米`,
`（共15个航次，第9至15航次略）`) and the mark with it; a plan issued to 基地各部 sent to the
bureau it is only 报 to; the day a speech is read lost for its 门诊部 (`12月31号门诊部…我自己
念`); the hospital's founding told as the outpatient department's (`我部1952年建院的时候`);
the department's own staff (`门诊部人员34人`) read as a result; a history's first step with
no subject (`2012年在县民政局登记`) or its unit twice (`我公司2016年成立现在的公司`); a
schedule of steps given a verb (`1—3月复排，演出季常态化讲评推进`); a scene of the contest's
eve put under the stressed work for a pair three works hold (`实训`)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import delivery_date, main_to, report_to, unit_history

B121 = FACTS_DIR / "blind121"
SHIP = "marine-university-research-vessel-party-branch-plan-2027"
BASE = "county-public-skills-training-base-implementation-plan-2026"
CLINIC = "county-hospital-outpatient-department-work-summary-2025"


def test_operator_marks_declared_by_drawing_are_remarks() -> None:
    ship = whole_text(SHIP, B121)
    assert "∿" not in ship and "设计吃水" not in ship and "第9至15航次略" not in ship
    assert "2026年11月全省高校实践育人工作推进会在我校召开" in ship


def test_a_plan_issued_to_its_departments_is_reported_to_the_bureau() -> None:
    facts = _facts(BASE, B121)
    assert main_to(facts) == ("基地各部",)
    assert report_to(facts) == ("铖阳县人力资源和社会保障局",)


def test_the_contests_eve_under_the_contest() -> None:
    contest = whole_text(BASE, B121).split("办好县级职业技能竞赛")[1]
    assert "比赛前一晚老师陪着选手在实训楼里练到半夜" in contest.split("（六）")[0]


def test_the_outpatient_departments_day_history_and_staff() -> None:
    facts = _facts(CLINIC, B121)
    assert str(delivery_date(facts)) == "2025-12-31"
    assert unit_history(facts).startswith("1952年建院的时候")
    assert "现有门诊部人员34人，导诊护士18人" in section_text(CLINIC, B121, "基本情况")


def test_histories_with_their_subject_once() -> None:
    assert "；2012年在县民政局登记，成立县女企业家协会" in unit_history(
        _facts("county-women-entrepreneurs-association-work-summary-2026", B121))
    show = "county-live-action-show-company-work-plan-2027"
    assert unit_history(_facts(show, B121)).startswith("我公司于2016年成立，")
    assert "由演出部牵头负责，1—3月复排，演出季常态化讲评。" in whole_text(show, B121)


def test_a_body_gathered_by_another_is_the_units_forerunner() -> None:
    """`2008年县妇联把县城十几个开店办厂的姐妹召集到一起，搞了个“巾帼创业联谊会”`: the
    association's forerunner, its quoted name read (blind121's reader: the 2008 origin lost)."""
    assert unit_history(_facts("county-women-entrepreneurs-association-work-summary-2026",
                               B121)).startswith(
        "我会前身为2008年县妇联召集县城十余名开店办厂的姐妹成立的“巾帼创业联谊会”；")
