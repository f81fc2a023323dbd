"""What blind103's built-in reader found (measured at the session-43 commit after the
blind102 round: 2.33), mended in part: a history garbled (`2009年市里建成会展中心` →
`前身为2009年设立的市成会展中心`); a 观摩会 account lost after its meeting for a spoken
count (`教二十几个小学生…`), its last clause printed alone in 创建成效 (`我会又到隔壁看了…`),
the meeting held `在我会馆` (the notes name the 醪阳会馆); the work the notes keep said
again beside a point that says it (`异议处理` after `信用信息异议当日受理`)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import said_by, stress_background, unit_history

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
