"""What blind97's readers of both writers found and session 41 left, mended in session 42:
the length `写三千来字` not read (the pasted script's `时长约6分钟` asked the model for 1500
characters, and its summary came back at half the length), the zinc company's 2021 step
(`开始请…的老乡进厂当监督员`) and its account's `…还发文在全市重点排污单位推广` lost, organs
short in the 版记 (`县国资集团`, `县人武部`, `县关工委`, `局机关纪委`), `根据《全国文明单位测评
体系》精神`, a patient named in a hospital's account (`韩老汉`), `纳入年度预算` in a
department's plan, 三伏贴 not in July, a quarter of routine where a handbook to print
was in none, `新聘教官岗前培训` with no verb, the 63 schools a
coverage is taken of said after it."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import (
    asked_length,
    copy_to,
    report_to,
    stress_background,
    unit_history,
)

B97 = FACTS_DIR / "blind97"
BRIGADE = "county-natural-resources-enforcement-brigade-party-branch-plan-2027"
ACU = "county-tcm-hospital-acupuncture-department-work-plan-2027"
CADETS = "county-youth-military-school-work-summary-2026"
ZINC = "county-zinc-smelting-company-implementation-plan-2026"


def test_lengths_said_loosely() -> None:
    assert asked_length(_facts(CADETS, B97).doc.notes) == 3000  # not the script's 6 minutes
    assert asked_length("篇幅两千多字就行") == 2000
    assert asked_length("14:40：3千字上下") == 3000
    assert asked_length("汇报时间只有十来分钟") == 2500


def test_the_zinc_companys_history_and_account() -> None:
    zinc = _facts(ZINC, B97)
    history = unit_history(zinc)
    assert "2011年拆除老炉子" in history
    assert history.endswith("2021年开始聘请堑口村村民进厂担任监督员。")
    told = [a for _, a in stress_background(zinc)]
    assert "市生态环境局还发文在全市重点排污单位推广这一做法" in told
    assert "念出二氧化硫的数值" in told[0]
    text = whole_text(ZINC, B97)
    assert "就是聘请厂区周边几个村的村民担任监督员" in text
    assert "根据《全国文明单位测评体系》要求" in text


def test_organs_in_full_in_the_colophon() -> None:
    assert report_to(_facts(ZINC, B97)) == ("崛山县国有资本运营集团有限公司",)
    assert copy_to(_facts(CADETS, B97)) == ("煌川县人民武装部", "煌川县关心下一代工作委员会")
    assert copy_to(_facts(BRIGADE, B97)) == ("中共恂阳县自然资源局机关纪律检查委员会",)


def test_a_departments_plan() -> None:
    acu = whole_text(ACU, B97)
    assert "韩老汉" not in acu and "看他在患者床边下针" in acu
    assert "各项工作所需经费由医院统筹保障" in acu and "纳入年度预算" not in acu
    assert "第三季度（7—9月）：三伏天开展三伏贴贴敷" in acu
    # (a quarter idle holds the year's one-off work, not the quarterly routine again)
    assert "：编印《常见病针灸适宜技术手册》。" in acu and "继续开展患者满意度调查" not in acu


def test_a_summarys_clauses() -> None:
    cadets = whole_text(CADETS, B97)
    assert "开展了“优秀教官”评选，组织了新聘教官岗前培训" in cadets
    assert "截至2026年11月，全县中小学63所；2026年“老兵进课堂”走进学校47所" in cadets
