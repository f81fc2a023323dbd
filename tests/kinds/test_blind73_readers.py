"""What blind73's reader of the built-in drafts found (session 31), the set measured at
8c81657 (built-in 2.50): histories told in two-digit years (58年…办了个…作坊) and with a
step its clause's object lost (…交给了我们); a nickname (小郏) in a speech; a deed's
beneficiary read as a place's people (给献血的人冲红糖水); a leader's verdict on the
pasted findings (这两条是真问题) and a 现场会's clauses left over among the results; a
retired teachers' branch given 发展党员 from 业务骨干 and 一岗双责; a scene put in the
task its deed's words name rather than the one its doer's name titles; a title's own
quotes nested in 时间安排."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import copy_to, unit_history

SET = FACTS_DIR / "blind73"
ROSIN = "county-rosin-chemical-company-implementation-plan-2026"
BLOOD = "county-voluntary-blood-donation-association-work-summary-2025"
HEALTH = "county-health-examination-center-work-summary-2026"
RETIRED = "school-retired-teachers-party-branch-plan-2027"
WATER = "county-water-administration-supervision-brigade-work-plan-2027"
PORT = "fishing-port-community-creation-report-2026"


def test_histories_in_two_digit_years_and_spoken_steps() -> None:
    rosin = unit_history(_facts(ROSIN, SET))
    assert rosin.startswith("我公司前身为1958年在垆坪山脚下创办的土法熬松香的作坊；1979年")
    assert "1998年改制" in rosin and "建成蒸汽法生产线" in rosin
    blood = unit_history(_facts(BLOOD, SET))
    assert "血站把里面的志愿服务交由我会承担" in blood
    assert "郏佳宁同志带着七八个年轻人" in blood and "小郏" not in blood


def test_a_deed_for_someone_is_no_places_people() -> None:
    assert "献血工作人员" not in whole_text(BLOOD, SET)


def test_a_verdict_on_the_pasted_findings_and_a_visits_leftovers_are_no_sentences() -> None:
    assert "真问题" not in whole_text(ROSIN, SET)
    health = whole_text(HEALTH, SET)
    assert health.count("排着队抽血") == 1 and "我中心老人" not in health


def test_a_retired_branch_develops_no_young_members() -> None:
    retired = whole_text(RETIRED, SET)
    assert "业务骨干和优秀青年" not in retired and "一岗双责" not in retired
    assert copy_to(_facts(RETIRED, SET)) == ("中共熹平县委老干部局",)


def test_a_scene_goes_to_the_task_its_doer_titles() -> None:
    port = whole_text(PORT, SET)
    helpers = port.split("开展渔嫂互助志愿服务\n")[1].split("\n（")[0]
    assert "渔嫂们天不亮到码头帮着卸鱼、补网。" in helpers
    assert "社区干部渔嫂" not in port


def test_a_quoted_title_quotes_its_own_names_singly() -> None:
    assert "“推进‘漕河夜巡’常态化”" in whole_text(WATER, SET)
