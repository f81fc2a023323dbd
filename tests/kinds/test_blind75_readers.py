"""What blind75's readers of both writers found (session 32), the set measured at f89726f
(built-in 2.50, LLM 3.67): a plan issued downwards filed its superior under 抄送 (报县少工委,
抄送县教育局), a 2026 summary signed in January 2027 read its notes' 去年 as 2025, and the
order the leader set (…，总结头一个讲) was printed in the practice it names; and what
blind76's readers found after it (the last test)."""

from __future__ import annotations

from dataclasses import replace

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, drafted, whole_text

from drafter.kinds.notes import copy_to, notes_year, report_to
from drafter.kinds.text import working_notes

SET = FACTS_DIR / "blind75"


def test_a_plan_issued_downwards_reports_to_its_superior_in_full() -> None:
    pioneers = _facts("primary-school-young-pioneers-brigade-implementation-plan-2026", SET)
    assert report_to(pioneers) == ("岬川县少先队工作委员会",)
    assert copy_to(pioneers) == ("岬川县教育局",)
    branch = _facts("county-ancient-building-repair-team-party-branch-plan-2027", SET)
    assert copy_to(branch) == ("中共濯溪县直属机关工作委员会",)


def test_a_summary_signed_in_the_new_year_reads_its_notes_year_from_the_date() -> None:
    # 去年10月全省…现场会 and 今年还打算再添两辆收购车 in a 2026 summary dated 2027-01-15
    cotton = _facts("county-cotton-jute-company-work-summary-2026", SET)
    assert notes_year(cotton) == 2027


def test_the_order_the_leader_set_is_no_text() -> None:
    assert working_notes("流动收购一队开着收购车下村，总结头一个讲。")
    assert not working_notes("他第一个发现，立即拉响警报。")
    assert "头一个讲" not in whole_text("county-cotton-jute-company-work-summary-2026", SET)


def test_a_summary_asked_less_of_meetings_opens_with_no_leading_group() -> None:
    # 开会的事少写 (blind74's 蛇伤所; 10 drafts of blind65–75 kept the 领导小组 line readers
    # called the meeting material the leader had cut)
    facts = _facts("county-snakebite-institute-work-summary-2026", FACTS_DIR / "blind74")
    asked = "\n".join(s.text for s in drafted(facts).sections)
    assert "为组长的" not in asked and "领导小组" not in asked
    # … and the same summary without that wish keeps it
    notes = facts.doc.notes.replace("开会的事少写。", "")
    kept = drafted(replace(facts, doc=replace(facts.doc, notes=notes)))
    assert "为组长的" in "\n".join(s.text for s in kept.sections)


def test_blind76s_gloss_history_and_routing() -> None:
    """blind76's readers (session 32, measured at b664751): a leader's gloss of a slogan
    (“落实四个好”就是养好、训好…) printed in 基本情况; a history step said again in a task;
    印发中心各成员科室，报院党委 printed 主送 院党委."""
    blind76 = FACTS_DIR / "blind76"
    assert working_notes("“落实四个好”就是养好、训好、用好、管好。")
    dogs = whole_text("county-police-dog-squadron-work-plan-2027", blind76)
    assert "”就是养好" not in dogs
    radio = whole_text("county-amateur-radio-association-work-summary-2025", blind76)
    assert radio.count("功能型党支部建起来了") <= 1
    stroke = _facts("county-hospital-stroke-center-implementation-plan-2026", blind76)
    assert report_to(stroke) == ("中共溽阳县人民医院委员会",)
    assert copy_to(stroke) == ("溽阳县卫生健康局",)
