"""What blind72's readers of both writers found (session 30): a slogan's place said in
the sentence after the one naming it (这就是我们说的“守好三道闸门”。计划里放在跟银行一起拦
转账那条里讲清楚，别处不挂), unread, so the slogan hung in 工作目标 and two other tasks, and the
guard put it back where two models had rightly left it out; 看小病、开药那条 read as the
院坝问诊 task, not 规范常见病诊疗和合理用药."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import copy_to, main_to, placed, report_to
from drafter.kinds.prose import Say
from drafter.kinds.render import vocabulary

SET = FACTS_DIR / "blind72"
FRAUD = "county-anti-telecom-fraud-center-work-plan-2027"
COUNCIL = "village-wedding-funeral-council-implementation-plan-2026"
CLINIC = "village-clinic-work-summary-2026"


def _carrier(stem: str, text: str) -> str:
    facts = _facts(stem, SET)
    slogan = next(s for s in facts.slogans if s.text == text)
    task = Say(facts, vocabulary(facts)).carrier(slogan)
    return task.title if task else ""


def test_a_slogans_place_said_in_the_next_sentence() -> None:
    assert placed(_facts(FRAUD, SET), "守好三道闸门") == "跟银行一起拦转账"
    assert _carrier(FRAUD, "守好三道闸门") == "深化与银行、通信企业协作"
    assert _carrier(COUNCIL, "做到三个不办") == "落实婚丧事宜报备和上门帮办"
    assert _carrier(CLINIC, "守住三个不出村") == "规范常见病诊疗和合理用药"
    fraud = whole_text(FRAUD, SET)
    assert fraud.count("三道闸门") == 1
    bank = fraud.split("深化与银行、通信企业协作\n")[1].split("\n（")[0]
    assert "围绕“守好三道闸门”，也就是预警闸门、劝阻闸门、止付闸门" in bank


BRANCH = "university-science-technology-backyard-party-branch-plan-2027"
EMBROIDERY = "county-embroidery-company-creation-report-2026"


def test_the_notes_working_material_is_no_sentence_of_the_draft() -> None:
    """Session 31: the note-taker's 我, a note's signature and a remark on the text, copied
    with the clauses round them (就我带着三个研究生; 乡村医生　贲晓雨　12月14日）;
    “成立于上世纪末”太虚), are dropped clause by clause, and the clauses beside them stay."""
    branch = whole_text(BRANCH, SET)
    assert "就我" not in branch and "小院始建于2019年3月，2021年经学院批准" in branch
    assert "预备党员2名），入党积极分子4名" in branch  # a bracket closed in its line stays
    clinic = whole_text(CLINIC, SET)
    assert "贲晓雨" not in clinic and "处方每月交镇卫生院点评。2026年1—11月" in clinic
    council = whole_text(COUNCIL, SET)
    assert "就我" not in council and "原名“红白喜事协会”，2016年村里换届" in council
    embroidery = whole_text(EMBROIDERY, SET)
    assert "太虚" not in embroidery and "2023年迁入工业园区现在的新厂房。" in embroidery


def test_a_written_document_goes_to_the_organs_the_notes_name_in_full() -> None:
    """Session 31 (blind72's readers of both writers): 报镇卫生院 had no 主送 (卫生院 was
    no organ's ending); 发到各村民小组，报镇党委、镇政府，抄送镇文明办 lost the two 报 organs
    (a list with 、 was cut) and printed 镇文明办 short; 硗坪镇党委 is 中共硗坪镇委员会."""
    clinic = _facts(CLINIC, SET)
    assert main_to(clinic) == ("濂原县苻田镇卫生院",)
    council = _facts(COUNCIL, SET)
    assert main_to(council) == ("各村民小组",)
    # the two 报 organs on the 版记's 报 line since session 32 (report_to)
    assert report_to(council) == ("中共洵溪县菽塘镇委员会", "洵溪县菽塘镇人民政府")
    assert copy_to(council) == ("洵溪县菽塘镇精神文明建设委员会办公室",)
    assert copy_to(_facts(BRANCH, SET)) == ("杳溪县农业农村局", "中共硗坪镇委员会")


def test_a_branchs_months_of_the_fixed_work_alone_are_one_line() -> None:
    """Session 31 (blind72's readers of both writers): 3月：落实每月固定工作 five times is
    filler; the work of every month is said once above the months, the idle months once."""
    branch = whole_text(BRANCH, SET)
    assert "每月固定工作：" in branch and branch.count("落实每月固定工作") == 1
    assert "3月、5月、9月、11月：落实每月固定工作。" in branch
    assert "4月：召开第二季度党员大会。" in branch


def test_one_dated_quarter_is_a_node_not_a_list_of_one() -> None:
    """Session 31 (blind72's LLM reader: （一）第一季度 alone in 时间安排 looked cut off)."""
    fraud = whole_text(FRAUD, SET)
    assert "重点节点：第一季度（1—3月）开通涉案账户快速止付通道。" in fraud


def test_a_committee_by_its_posts_where_the_notes_list_no_names() -> None:
    """Session 31 (blind72's reader of the built-in draft: 计划里不列名单，支委按职务写, and
    the 基本情况 and every 责任人 named the members)."""
    branch = whole_text(BRANCH, SET)
    assert "支部委员会由书记、组织委员、宣传委员组成。" in branch
    assert not any(name in branch for name in ("笪明远", "栗晓彤", "桑宇航"))
    assert "责任人：组织委员。" in branch
