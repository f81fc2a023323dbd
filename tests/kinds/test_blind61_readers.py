"""What blind61's built-in reader found (session 25), drafted from the set's own facts
files: a patrol log's fields (发现情况：…) are the patrol's, a staff handbook's header and
its count in words (现有员工一百三十多人) no statement, a history told as the paster's
story (1992年县水利局在这里办起…, 2011年甘总带着两个导游…办起…) its unit's beginning, a
今年9月 meeting in notes written in December the year before the plan's."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, whole_text

from drafter.kinds.notes import main_to, unit_history

SET = FACTS_DIR / "blind61"
FOREST = "county-forest-pest-control-quarantine-station-work-plan-2027"
WATER = "county-mineral-water-company-work-summary-2026"
TRAVEL = "county-travel-agency-party-branch-plan-2027"
SAGES = "county-village-sages-association-work-summary-2025"
WETLAND = "city-wetland-park-management-office-creation-report-2026"


def test_the_pasted_page_is_not_the_document() -> None:
    says_none(SET, (
            (FOREST, ("复查21日", "2027年9月", "2027年第14期")),
            (WATER, ("内部资料", "一百三十多人", "修订稿")),
            (TRAVEL, ("甘总", "租了个门面")),
            (WETLAND, ("我处开全省", "在我们这"))))
    assert "2026年9月省林业局在我县召开全省松材线虫病防控现场会" in whole_text(FOREST, SET)


def test_histories_begin_where_the_notes_begin() -> None:
    for stem, start, step in (
            (WATER, "我公司前身为1992年县水利局设立的漻山山泉水厂", "2005年改制成立现公司"),
            (TRAVEL, "淰塘县远山旅行社有限公司前身为2011年创办的远山旅游咨询部", "2014年"),
            (SAGES, "我会前身为2014年", "2020年起由县委统战部作业务主管单位；2023年")):
        history = unit_history(_facts(stem, SET))
        assert history.startswith(start), (stem, history)
        assert step in history, (stem, history)


def test_blind62s_meetings_histories_and_addressees() -> None:
    """blind62's reader (measured after the blind61 round): …现场推进会就在雪场开的, 1975年
    县科委下面设了个计量管理所, 2002年划给县质监局, 计划…报县爱卫会."""
    blind62 = FACTS_DIR / "blind62"
    ski = whole_text("city-ski-resort-company-work-summary-2026", blind62)
    assert "现场推进会在雪场召开" in ski and "开的" not in ski
    metrology = "county-metrology-verification-institute-implementation-plan-2026"
    history = unit_history(_facts(metrology, blind62))
    assert history.startswith("我所前身为1975年县科委设立的计量管理所") and "2002年划归" in history
    office = _facts("county-patriotic-health-campaign-office-work-plan-2027", blind62)
    assert main_to(office) == ("楛溪县爱国卫生运动委员会",)  # its superior in full (blind83)


def test_blind62s_branch_plan_in_the_secretarys_order_and_an_article_voice_dropped() -> None:
    """The 书记's remarks under ✒书记（标书封底，…）： are read as remarks (the post alone
    was no remark's mark, and the order 红盔先锋岗第一，质量安全第二，…，学习、三会一课、
    发展党员三块挪到最后 was lost); a journal article's 本文介绍了… leaves no 了… behind."""
    blind62 = FACTS_DIR / "blind62"
    branch = whole_text("county-engineering-supervision-company-party-branch-plan-2027", blind62)
    headings = [line for line in branch.splitlines() if line.startswith("（")]
    assert [h[3:7] for h in headings[:6]] == ["打造“红", "发挥党员", "开展党员", "加强政治",
                                              "严格落实", "做好发展"], headings
    metrology = "county-metrology-verification-institute-implementation-plan-2026"
    assert "了莛川县" not in whole_text(metrology, blind62)
