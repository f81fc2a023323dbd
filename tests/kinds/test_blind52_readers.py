"""What blind52's readers found (session 20), drafted from the set's own facts files: a
公众号 draft's comments read under the section they annotate, a vote's and a sign-in
sheet's words no text, a speech read at a 全站大会, a long forbidden topic, a 月度安排's
12月 of the facts' 年底."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts, whole_text

from drafter.kinds.notes import forbidden, ordered, read_aloud, stress_background, unit_history
from drafter.rules import check

SET = FACTS_DIR / "blind52"
RADIO = "city-radio-monitoring-station-work-summary-2026"
BROKER = "securities-branch-office-work-summary-2026"
WASTE = "county-medical-waste-disposal-company-implementation-plan-2027"
BRIGADE = "provincial-geological-brigade-creation-report-2026"
FIRM = "county-accounting-firm-party-branch-plan-2027"


def test_a_drafts_comments_speak_of_the_section_they_are_under() -> None:
    # ▍护考　… / 💬批注（邝振川）：这是全站最拿得出手的，年终总结做法第一个讲 …; ▍打击“黑广播”
    # … / 💬批注：…这块放第二个讲
    radio = _facts(RADIO, SET)
    assert sorted(p for _, p in ordered(radio)) == [1, 2]
    assert dict(ordered(radio))["开展“护考电波”行动"] == 1
    assert [i for i, _ in stress_background(radio)] == ["护考"]
    assert unit_history(radio).startswith("1991年楙州地区无线电监测站成立；2000年撤地设市，改称")
    # 总结我31号在全站大会上自己念
    assert read_aloud(radio)
    _, drafted = _draft(RADIO, SET)
    heads = [ln for ln in drafted.section("practices").text.split("\n") if ln.startswith("（")]
    assert heads[0] == "（一）开展“护考电波”行动"
    text = whole_text(RADIO, SET)
    for word in ("▍", "[图片", "在这儿", "批注", "站史　"):
        assert word not in text, word


def test_a_votes_and_a_sign_in_sheets_words_are_no_text() -> None:
    broker = whole_text(BROKER, SET)
    for word in ("工作群（11人）", "75%", "截止", "已投8人", "吵闹"):
        assert word not in broker, word
    # 9月那位客户到营业部吵闹的事，一个字都不提: a topic longer than eight characters
    assert "9月那位客户到营业部吵闹" in forbidden(_facts(BROKER, SET))
    assert "应到7人" not in whole_text(WASTE, SET)
    # 一是“甘泉行动”放第一个讲… （此处插播短片，3分钟） 二是今年6月…开过…现场会
    brigade = dict(stress_background(_facts(BRIGADE, SET)))
    assert brigade["甘泉行动"].startswith("2026年6月省自然资源厅在崟山县召开全省抗旱找水现场会")
    assert "5月钻机倾倒" in forbidden(_facts(BRIGADE, SET))


def test_a_monthly_lines_december_is_the_facts_year_end() -> None:
    # a blind52 answer's 12月：评选“诚信执业示范岗” (the point: 年底评选…) marked unsourced
    facts = _facts(FIRM, SET)
    plan = "五、全年工作安排\n12月：评选“诚信执业示范岗”；召开年度组织生活会。"
    assert not [f for f in check(plan, facts, year=2027) if f.rule == "number.unsourced"]
    # … and any month heading a plan's line is its calendar (numbers.plan_months: a
    # blind58 answer's 7月： marked), a summary's still a fact
    other = plan.replace("评选“诚信执业示范岗”", "组织党员外出参观")
    assert not [f for f in check(other, facts, year=2027) if f.rule == "number.unsourced"]


def test_the_leader_reading_his_report_says_i() -> None:
    # 汇报我自己念 … 邬队: a leader typed 党委书记、大队长邬承岳 (no space between post and
    # name) is the 邬队 of the notes (blind52's LLM reader: 大队长念稿不要念自己的名字)
    _, brigade = _draft(BRIGADE, SET)
    practices = brigade.section("practices").text
    assert "我任组长" in practices and "邬承岳" not in practices
