"""What blind85's built-in reader found (measured at 1a543d3: 2.50), mended: the remarks
under ⁑ not read as remarks (a 竞聘演讲稿's speaker printed: 我叫…, 2019年我获评…), a count's
reason (…都算进去了) printed, 现有 before a year's count, a theme's year said twice."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import says_none, whole_text

B85 = FACTS_DIR / "blind85"
JUVENILE = "county-procuratorate-juvenile-prosecution-department-implementation-plan-2026"
FRUIT = "county-fruit-industry-company-work-plan-2027"
REPAIR = "vocational-school-auto-repair-department-party-branch-plan-2027"
CLINIC = "community-vaccination-clinic-work-summary-2026"


def test_remarks_under_a_two_asterisk_mark_are_no_text() -> None:
    says_none(B85, ((JUVENILE, ("⁑", "我叫", "我获评", "算进去了", "3日内")),))


def test_a_years_count_is_no_stock_and_a_themes_year_is_said_once() -> None:
    for stem in (FRUIT, REPAIR, CLINIC):
        assert "现有20" not in whole_text(stem, B85), stem
    fruit = whole_text(FRUIT, B85)
    assert "我公司2027年工作的目标是" in fruit and "2027年，我公司2027年" not in fruit
