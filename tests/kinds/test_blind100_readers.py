"""What blind100's built-in reader found (measured at the session-42 commit after the
blind99 round: 2.33), mended: histories (`1958年修籀岭煤矿，县里修了这条运煤的小铁路` lost its
railway, `2008年县里成立我们公司` → `设立县公司`, `1992年成立县贸促会` told as the 前身 of
the 贸促会 itself, `2004年和商务局分开`, `2019年市里批了成立中心`); `县直机关工委要评“…”，
…计划开头带一句` left out of the opening; a brand's account before `。是中心最拿得出手的` (no
这) lost and one of its clauses printed in 基本情况; `800元是…，这个数别往总结里搬` printed
but its last clause; a blank asked `稿子上先空一格，印出来我们手写` left out. And what its
LLM answers met: a list's last item after `，还有` not counted (the guard dropped a model's
opening sentence as a miscounted slogan)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import brand_told, opening_aims, unit_history
from drafter.rules import check

B100 = FACTS_DIR / "blind100"
PATENTS = "city-intellectual-property-protection-center-work-summary-2026"
TRADE = "county-ccpit-party-branch-plan-2027"
STEAM = "county-tourist-steam-railway-company-work-plan-2027"


def test_histories_say_what_each_step_was() -> None:
    assert unit_history(_facts(STEAM, B100)) == (
        "我公司前身为1958年修建籀岭煤矿时配套修建的运煤小铁路，当时仅有两台机车、十几节煤斗车；"
        "1962年开始捎带沿线矿工和老乡；1999年煤矿关停，铁路随之停运；2008年成立公司，改为观光"
        "铁路；2016年修复两台老蒸汽机车并重新投入运营。")
    assert unit_history(_facts(TRADE, B100)).startswith(
        "轸川县贸促会1992年成立，成立时与县外经委合署办公；2004年与商务局分设；")
    assert unit_history(_facts(PATENTS, B100)).startswith("2019年经批准成立中心，挂靠市市场监管局")


def test_the_opening_the_brand_and_the_remarks() -> None:
    assert opening_aims(_facts(TRADE, B100)) == (
        "2027年，县直机关工委将开展“服务型模范党支部”评选，我支部以此为目标。")
    told = brand_told(_facts(PATENTS, B100))["展会护航"]
    assert told.startswith("哪里开展会，我中心就派两三个人")
    basics = section_text(PATENTS, B100, "基本情况")
    assert "驻在馆里" not in basics
    text = whole_text(PATENTS, B100)
    assert "800元" not in text and "2026年全市高价值发明专利拥有量____件" in text


def test_a_list_ending_with_its_last_item_after_a_comma_counts_it() -> None:
    """主要讲四个方面：A、B、C，还有D (a blind100 model answer's opening sentence, dropped by
    the guard as a list of three)."""
    said = "下面主要讲四个方面：基本情况、主要做法和成效、存在的不足，还有下一步的打算。"
    assert [f for f in check([said]) if f.rule == "slogan.count"] == []
    assert [f.rule for f in check(["重点抓好三个环节：受理、比对、处置、反馈。"])
            if f.rule == "slogan.count"] == ["slogan.count"]


def test_a_speech_asked_to_greet_with_hao_says_it() -> None:
    """开口先问候集团来的领导，再问各位职工好 (blind100's LLM reader: no greeting said)."""
    assert whole_text(STEAM, B100).startswith("集团各位领导、各位职工：大家好！")
    written = whole_text(PATENTS, B100)
    assert "大家好" not in written
