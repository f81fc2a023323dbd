"""What blind103's built-in reader found (measured at the session-43 commit after the
blind102 round: 2.33), mended in part: a history garbled (`2009年市里建成会展中心` →
`前身为2009年设立的市成会展中心`); a 观摩会 account lost after its meeting for a spoken
count (`教二十几个小学生…`), its last clause printed alone in 创建成效 (`我会又到隔壁看了…`),
the meeting held `在我会馆` (the notes name the 醪阳会馆); the work the notes keep said
again beside a point that says it (`异议处理` after `信用信息异议当日受理`)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import (
    main_to,
    opening_aims,
    said_by,
    stress_background,
    unit_history,
    visited,
)

B103 = FACTS_DIR / "blind103"
FAIRS = "convention-center-company-party-branch-plan-2027"
CREDIT = "county-social-credit-service-center-implementation-plan-2026"
BRANDS = "county-time-honored-brands-association-creation-report-2026"


def test_a_history_built_by_the_city() -> None:
    assert unit_history(_facts(FAIRS, B103)).startswith(
        "蠡州国际会展中心运营管理有限公司前身为2009年建成的市会展中心，")


def test_a_field_meeting_told_whole_where_it_was_held() -> None:
    told = [said for _, said in stress_background(_facts(BRANDS, B103))]
    assert told[0] == (
        "2026年6月全市非遗进校园工作观摩会在醪阳会馆召开，与会人员看闻兆祥手把手教二十余名"
        "小学生揉面、压模子做桂花糕，又到隔壁察看了孩子们自己腌的酱菜坛子")
    assert "我会又到隔壁" not in section_text(BRANDS, B103, "创建成效")


def test_kept_work_a_point_says_is_not_said_again() -> None:
    assert said_by("异议处理", "信用信息异议当日受理、限时办结")
    assert not said_by("止血夹", "四是次日电话回访")
    assert "异议处理等" not in whole_text(CREDIT, B103)


THIRD_FRONT = "third-front-factory-community-work-summary-2026"
COLLEGE = "normal-college-marxism-school-work-plan-2027"


def test_an_assessment_of_the_county_is_no_visit_to_the_centre() -> None:
    """`今年年底省发改委要来评估示范县，方案开头带一句`: the county is assessed."""
    assert opening_aims(_facts(CREDIT, B103)) == "2026年底，省发改委将开展示范县评估。"


def test_what_all_of_a_stated_count_are_goes_with_the_count() -> None:
    """`帮办员现在是9个人，都是从窗口抽出来的，今年不另外加人`: not a goal of its own."""
    assert "抽出来" not in whole_text(CREDIT, B103)
    assert "不另外加人" not in section_text(CREDIT, B103, "工作目标")


def test_scenes_placed_by_the_notes_set_the_order_and_are_told() -> None:
    """`食堂师傅…送到下不了楼的老人手上那块，总结第二个讲。“做实三助服务”就放在这一条里讲
    清楚` and `第三讲老师傅给来参观的学生讲…那块`: 助餐 second with its slogan and scene,
    the 记忆馆 third (the draft ran 蓝工装, 网格, 党建, 改造, 助餐, 记忆馆)."""
    done = section_text(THIRD_FRONT, B103, "主要做法")
    heads = [line for line in done.splitlines() if line.startswith("（")]
    assert [h[:3] for h in heads[:3]] == ["（一）", "（二）", "（三）"]
    assert "蓝工装" in heads[0] and "助餐" in heads[1] and "记忆馆" in heads[2]
    meals = done.split(heads[1])[1].split(heads[2])[0]
    assert "“做实三助服务”" in meals and "保温箱" in meals
    assert not done.split(heads[0])[0].strip()  # no slogan over all the practices


def test_the_office_the_report_goes_to_beside_the_committee() -> None:
    """`总结报街道党工委和办事处`: both in the 主送."""
    assert main_to(_facts(THIRD_FRONT, B103)) == (
        "中共偃阳市瀣江区圬坪街道工作委员会", "偃阳市瀣江区圬坪街道办事处")


def test_last_years_completions_of_a_reading_plan_are_no_targets() -> None:
    """`完成全年精读计划的学生骨干` and its `精读计划完成率` of 2026 in a 2027 plan."""
    assert "386" not in section_text(COLLEGE, B103, "工作目标")
    assert "386" in whole_text(COLLEGE, B103)


def test_a_written_report_no_team_comes_for_names_no_inspection() -> None:
    """`市文明办这回不派考评组下来，汇报交书面的`: no 以此次检查为契机."""
    assert not visited(_facts(BRANDS, B103))
    assert "此次检查" not in whole_text(BRANDS, B103)
