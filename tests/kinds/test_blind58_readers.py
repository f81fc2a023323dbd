"""What blind58's readers found (session 23), drafted from the set's own facts files: a
forwarded notice with its attachments and 【仉所批】, a radio phone-in's transcript with
◎雒所批, a downloaded 范文 with ※冼秘书长批, a 年鉴 entry with its editor's 〔编辑：…〕 and the
boss's △覃董, a 对照检查材料 with 〔隆书记：…〕 and a chat model's prompt template in Markdown,
each read for the wishes of the unit's own people only."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, whole_text

from drafter.kinds.notes import asked_length, read_aloud, unit_history

SET = FACTS_DIR / "blind58"
REST_HOME = "city-military-retired-cadres-rest-home-creation-report-2026"
DEALER = "county-car-dealership-party-branch-plan-2027"
FOUNDATION = "county-education-development-foundation-work-plan-2027"
STREETS = "county-municipal-facilities-management-office-work-plan-2027"
SUGAR = "county-sugar-company-implementation-plan-2027"
ENFORCERS = "township-comprehensive-law-enforcement-team-work-summary-2026"


def test_the_pasted_sources_give_their_remarks_only() -> None:
    says_none(SET, (
            (REST_HOME, ("仉所批", "上旬至中旬", "老牌子", "41人", "回执")),
            (FOUNDATION, ("冼秘书长批", "人家的来历", "中中", "658.4", "寒门")),
            (STREETS, ("雒所批", "主持人", "听众", "2.6万")),
            (SUGAR, ("编辑", "覃董", "五角星", "528人")),
            (DEALER, ("隆书记", "3100", "4S店")),
            (ENFORCERS, ("你是一名", "Markdown", "**", "##", "城管"))))


def test_a_prompt_template_still_says_who_reads_and_how_long() -> None:
    # **场合**：…队长自己念; **篇幅**：念15分钟左右，两千八百字上下。（第1版写的“不少于
    # 4000字”，…改了）
    facts = _facts(ENFORCERS, SET)
    assert read_aloud(facts) and asked_length(facts.doc.notes) == 2800
    assert unit_history(facts) == (
        "我队前身为2012年镇设立的城建监察中队；2019年更名为镇综合执法中队；2023年全县综合执法"
        "改革，执法权下放到镇，挂牌成立综合行政执法队；2024年迁入集镇东头老供销社的院子。")


def test_a_list_a_remark_asks_for_is_kept() -> None:
    # 四、整改措施 1．…4．… / 〔隆书记：这四条今年都要落到计划里。〕
    from drafter.kinds.notes import _said
    said = _said(_facts(DEALER, SET).doc.notes)
    assert "主题党日固定在每月第一个周五" in said and "集中学习多、研讨交流少" not in said


def test_a_point_naming_its_slogan_takes_its_items() -> None:
    # 围绕“实现榨季四无”（…），重点做好以下工作：一是落实“榨季四无”要求 (doubled)
    sugar = whole_text(SUGAR, SET)
    assert ("一是落实“榨季四无”（安全生产无事故、蔗款结算无拖欠、污染排放无超标、"
            "蔗农诉求无积压）要求") in sugar
    assert sugar.count("安全生产无事故") == 1


def test_the_flagship_account_is_told_once_where_it_opens() -> None:
    # 2026年9月…召开全市教育公益项目现场交流会 stood in 基本情况, its 与会人员… opened the
    # work; a 现场观摩会 went again into the study task that shares its 县委社会工作部
    foundation = whole_text(FOUNDATION, SET)
    assert foundation.count("现场交流会") == 1
    assert "\n2026年9月市教育局在萏溪召开全市教育公益项目现场交流会，与会人员" in foundation
    assert whole_text(DEALER, SET).count("现场观摩会") == 1
