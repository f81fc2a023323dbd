"""What blind74's reader of the built-in drafts found (session 31), the set measured at
16e0efc (built-in 2.17): two more shapes of a leader's remark printed as text — a verdict
on the pasted wording (“组建多年”太含糊) and a placing (药店的事跟化工厂放在一起讲) — now
style.working_notes', so the built-in writer drops their clauses."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.figures import figure_roles
from drafter.kinds.notes import asked_length, main_to
from drafter.kinds.text import working_notes

SET = FACTS_DIR / "blind74"


def test_a_verdict_and_a_placing_are_working_notes_and_no_text() -> None:
    assert working_notes("1978年成立护林防火队；“组建多年”太含糊。")
    assert working_notes("药店的事跟化工厂放在一起讲。")
    assert "太含糊" not in whole_text("county-forest-fire-brigade-implementation-plan-2026", SET)
    assert "放在一起讲" not in whole_text("county-drug-control-office-work-plan-2027", SET)


def test_a_branch_reports_to_its_general_branch_and_a_stock_is_its_size() -> None:
    """Session 31 (blind74's readers of both writers): 计划报中心党总支 had no 主送 (党总支
    was no organ's ending); 开放床位30张 at 2026年底 hung after the practices as a result."""
    canteen = _facts("university-canteen-party-branch-plan-2027", SET)
    assert main_to(canteen) == ("中共皓州理工大学后勤服务中心总支部委员会",)
    snake = _facts("county-snakebite-institute-work-summary-2026", SET)
    base = figure_roles(snake, retrospective=True).base
    assert "开放床位" in [f.name for f in base]


def test_the_reading_time_is_the_leaders_not_a_pasted_items_minutes() -> None:
    """Session 31: 念十八分钟左右 after a riddle list's 10分钟内 asked 2500 characters of a
    model (blind74's LLM reader: a speech at 60 % of its 18 minutes); blind72's 约8分钟 of
    a TV programme before 念十二分钟左右, 2000."""
    assert asked_length(_facts("county-drug-control-office-work-plan-2027", SET).doc.notes) == 4500
    fraud = _facts("county-anti-telecom-fraud-center-work-plan-2027", FACTS_DIR / "blind72")
    assert asked_length(fraud.doc.notes) == 3000
