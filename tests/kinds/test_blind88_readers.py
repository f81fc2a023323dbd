"""What blind88's built-in reader found (measured at c0fcc3e: 2.33), mended: the pasted
speech's speaker (`我叫柏玉珍…`), a remark on a figure (`那是两个科没合并以前…的老数`), on
the pasted letter's figures and on greeting, and when a figure comes (`…10号就出了`)
printed; the greeting `开口先问领导好，…再问各位会员代表好` read as none (`同志们`); a
blank asked as `给它留个位置，出来我自己填` left out; a third place described at length, and
a brand the next sentence calls the unit's best, read as no place or as another task
(`加强协会自身建设` second for its `协会`); the account after `就是我们的“X”：` and a
`…研究会年会` held at the unit lost; `分会的人` given the scene before's doer; histories as
said; a merit recorded as a title; `在场召开`; a facility to build with no verb."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, section_text, whole_text

from drafter.kinds.notes import called, unit_history

B88 = FACTS_DIR / "blind88"
BRIGADE = "county-criminal-investigation-brigade-implementation-plan-2026"
BURNS = "county-hospital-burns-plastic-surgery-department-work-summary-2026"
KITES = "county-kite-association-work-summary-2025"
DEER = "county-sika-deer-farm-work-plan-2027"
VILLAGE = "e-commerce-village-creation-report-2026"
JOURNAL = "college-journal-editorial-office-party-branch-plan-2027"


def test_the_pasted_items_and_the_leaders_remarks_are_no_text() -> None:
    says_none(B88, ((BRIGADE, ("我叫柏玉珍", "71岁")),
                    (BURNS, ("没合并以前", "老数")),
                    (KITES, ("200米", "600人", "问领导好", "都有人来", "太笼统")),
                    (VILLAGE, ("10号就出了",))))


def test_the_greeting_and_the_blank_the_notes_ask_for() -> None:
    assert called(_facts(KITES, B88)) == ("各位领导", "各位会员代表")
    assert "各位领导、各位会员代表：" in whole_text(KITES, B88)
    assert "2026年出院患者满意度____%" in whole_text(BURNS, B88)


def test_the_order_the_notes_give() -> None:
    brigade = whole_text(BRIGADE, B88)
    assert brigade.index("（二）做好被害人家属回访关爱") < brigade.index("（三）提升刑事技术支撑")
    kites = whole_text(KITES, B88)
    assert kites.index("（二）规范安全放飞") < kites.index("（三）传承风筝扎制技艺") \
        < kites.index("（四）")


def test_the_flagships_what_it_is_and_its_meeting() -> None:
    assert "所谓“一案一专班”，就是一起积案一个专班，中队长、技术员、当年的承办人一起盯到底，" \
           "退休的老侦查员也请回来出谋划策。" in whole_text(BRIGADE, B88)
    journal = whole_text(JOURNAL, B88)
    assert "2026年11月全省高校学报研究会年会在我校召开，与会人员在编辑部会议室旁听" in journal
    assert "编辑揣着红笔稿跑到学院实验楼" in journal
    assert "分会会员天不亮去放飞场捡碎玻璃" in whole_text(KITES, B88)
    assert "现场会在我场召开" in whole_text(DEER, B88)


def test_histories_merits_and_goals_as_written() -> None:
    assert unit_history(_facts(KITES, B88)).startswith(
        "我会前身为1986年县文化馆几位老师傅组成的风筝兴趣小组；")
    assert "1979年学校名为聿州师专，创办《聿州师专学报》，当时仅有两名编辑；" in unit_history(
        _facts(JOURNAL, B88))
    assert "被戬州市公安局记集体三等功" in whole_text(BRIGADE, B88)
    assert "二是建成冻干鹿茸片生产线1条" in whole_text(DEER, B88)


def test_a_creation_reports_results_are_its_own_not_its_practices_rates_again() -> None:
    # blind86's to blind88's readers of both writers: 创建成效 repeating the practices'
    # rates; the village's sales of the year are the 创建's, not its 基本情况's
    results = section_text(VILLAGE, B88, "创建成效")
    assert "2026年1—10月网络零售额【待补充" in results
    assert "网络零售额【待补充" not in section_text(VILLAGE, B88, "基本情况")
    terraces = section_text("terraced-fields-village-creation-report-2026", FACTS_DIR / "blind87",
                            "创建成效")
    assert "接待游客3.6万人次" in terraces and "复耕率" not in terraces
