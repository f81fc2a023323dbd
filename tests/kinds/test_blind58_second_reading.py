"""What blind58's readers of both writers asked for that no one notes form causes
(session 24): a slogan's counted name quoted, a report's 领导小组 one clause, a 创建工作
汇报's 创建成效 that says its practices' results together, and a 党支部's months holding
its tasks' own routine."""

from __future__ import annotations

import re

from support.paths import FACTS_DIR
from test_blind45_46_readers import whole_text

SET = FACTS_DIR / "blind58"
REST_HOME = "city-military-retired-cadres-rest-home-creation-report-2026"
DEALER = "county-car-dealership-party-branch-plan-2027"
ENFORCERS = "township-comprehensive-law-enforcement-team-work-summary-2026"


def test_a_slogan_typed_with_its_verb_quotes_its_counted_name() -> None:
    # 践行三个始终 typed as the slogan's text: 践行“三个始终”（…） (both readers: quote it)
    assert "我所践行“三个始终”（政治上始终尊崇" in whole_text(REST_HOME, SET)
    assert "当好“两个示范”" in whole_text(DEALER, SET)


def test_a_reports_leadership_group_is_one_clause() -> None:
    # 副所长…任副组长，日常工作由所办公室承担，…具体负责 cut (开会、发文件少写); since
    # session 32 the 领导小组 line itself goes where the notes ask less of meetings
    for stem in (REST_HOME, ENFORCERS):
        text = whole_text(stem, SET)
        lines = [li for li in text.splitlines() if "领导小组" in li]
        assert all("副组长" not in li and "具体负责" not in li for li in lines), lines


def test_a_creation_reports_results_are_said_together() -> None:
    lines = whole_text(REST_HOME, SET).splitlines()  # sections without their headings
    at = next(n for n, li in enumerate(lines) if li.startswith("通过创建，"))
    recap = lines[at]
    assert recap.startswith("通过创建，军休干部满意度达到98.6%")
    assert "慢性病签约管理率达到97.1%" in recap
    # its rates only: the counts said again read as a repeat (blind59's and blind61's
    # readers: cut to two sentences of 变化)
    assert "开展红色宣讲86场" not in recap
    # … still said in the practice that produced them (blind46, blind47)
    assert "开展红色宣讲86场" in "".join(lines[:at])
    # neither a stock (宣讲团成员37人) nor a rate's parts
    assert "37人" not in recap and "198人" not in recap


def test_a_branchs_idle_months_hold_its_own_routine() -> None:
    # 每月进村义检不少于3场; 每季度…研讨交流、客户满意度回访、维修技能比武 (both readers:
    # every month 支委会, 主题党日 and ≥3 进村义检; the quarterly 研讨/比武/回访)
    text = whole_text(DEALER, SET)
    months = [li for li in text.splitlines() if re.match(r"\d+(?:—\d+)?月：", li)]
    assert [li.split("：")[0] for li in months] == [f"{m}月" for m in range(1, 13)]
    # the monthly work said once above the months (blind68's readers of both writers)
    every = next(li for li in text.splitlines() if li.startswith("每月固定工作："))
    assert "支部委员会会议" in every and "进村义检不少于3场" in every
    assert not any("进村义检" in li or "支部委员会会议" in li for li in months)
    assert sum("维修技能比武" in li for li in months) >= 3
    assert not any(re.match(r"(\d+)月：.*\1月召开", li) for li in months)  # 7月：…7月召开
