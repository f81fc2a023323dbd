"""What blind108's readers found (measured at this session's blind107 mends: built-in
2.67), mended in part: the flagship the notes call the best (`最拿得出手的是“早八点品评”：
每天早上八点，…`) read as its first words (`每天早上八点是我公司的一项重点工作`), and asked at
length by a bare `写足写透` or `这一条要写足写透` after it; scenes asked for placed nowhere
(`酿造工…`) or under the flagship (`护士半夜…吸痰` of the task saying 气道管理, `大年三十守在
波谱室…液氦表` of the work placed second for its 液氦); the leader's paraphrases of a work
printed as stray sentences where the work has its brand's account, or where they
show nothing but the work's name in other words; the thanks asked after the greeting
(`…会员代表好；先谢谢大家…`); a deputy called by the leader's post (`郤主任` under `逯主任`);
`各党小组` where the notes say `党小组不设`; `寒暑假` put under July; stock purposes after a
skill test and after `追溯到…班组`; a rate's year said twice; points without a verb or with
`开展对…`."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import opening_thanks, scenes, stress_items, with_posts
from drafter.kinds.schedule import months_named

B108 = FACTS_DIR / "blind108"
BREWERY = "county-brewery-company-work-plan-2027"
COLLECTORS = "county-collectors-association-work-summary-2025"
LUNGS = "county-hospital-respiratory-critical-care-department-work-summary-2026"
APPRAISAL = "county-vocational-skill-appraisal-center-implementation-plan-2026"
VILLAGE = "grape-village-creation-report-2026"
BRANCH = "university-analysis-testing-center-party-branch-plan-2027"


def test_the_flagship_called_the_best_is_the_one_written_at_length() -> None:
    assert stress_items(_facts(BREWERY, B108), at_length=True) == ["早八点品评"]
    assert stress_items(_facts(LUNGS, B108), at_length=True) == ["一口气查肺"]
    assert "每天早上八点是" not in whole_text(BREWERY, B108)
    assert "“早八点品评”质量管控是我公司的工作品牌。" in whole_text(BREWERY, B108)


def test_scenes_asked_for_in_the_work_they_show() -> None:
    assert dict(scenes(_facts(BREWERY, B108))) == {
        "深化“早八点品评”质量管控": ("酿造工半夜两点爬上发酵罐顶取样、冬天蹲在罐区守着温度表",)}
    assert scenes(_facts(LUNGS, B108))["加强呼吸危重症救治"][0] == (
        "一年来，护士半夜在监护室床边一小时一小时给病人吸痰、翻身拍背")
    assert dict(scenes(_facts(BRANCH, B108))) == {
        "抓好实验室安全": ("党员工程师大年三十守在波谱室、隔两小时看一次液氦表、一晚上不敢合眼",)}


def test_no_paraphrase_of_a_work_printed_as_a_stray_sentence() -> None:
    for stem, said in ((APPRAISAL, "考评员背着量具到厂里"), (VILLAGE, "技术员在葡萄架底下教剪枝"),
                       (COLLECTORS, "会员把自家老物件送回村里"), (BREWERY, "比谁刷罐刷得干净"),
                       (LUNGS, "让老乡对着机器吹气。"), (BRANCH, "党员晚上十点还在电镜室")):
        assert said not in whole_text(stem, B108), stem
    assert "【待补充" not in whole_text(COLLECTORS, B108) + whole_text(VILLAGE, B108)


def test_thanks_posts_and_groups_as_the_notes_say() -> None:
    assert opening_thanks(_facts(COLLECTORS, B108)) == (
        "首先，感谢大家2025年一年来的支持，特别是跑村里搬东西的那几位老会员！")
    group = with_posts(_facts(APPRAISAL, B108)).leadership
    assert group is not None and group.deputies == ("副主任 郤晓岚",)
    assert "党小组" not in section_text(BRANCH, B108, "工作要求")
    assert months_named("寒暑假和节假日专人值守") == set()
    assert "7月：寒暑假" not in whole_text(BRANCH, B108)


def test_points_and_figures_said_plainly() -> None:
    text = whole_text(APPRAISAL, B108)
    assert "2025年，取证4387人，认定合格率84.1%" in text
    assert "一是全年认定规模达到5800人次；" in text
    assert "奖优罚劣" not in text and "工作实绩作为评价" not in text
    assert "前沿阵地" not in whole_text(BREWERY, B108)
    lungs = whole_text(LUNGS, B108)
    assert "对肺结节患者开展分级随访" in lungs and "开展对" not in lungs
    assert "我科开展了住院患者床旁呼吸康复训练" in lungs
    assert "我科对40岁以上吸烟者和粉尘作业人员开展筛查" in lungs


def test_a_share_whole_only_once_rounded_keeps_its_decimal() -> None:
    """58 of 386 is 15.03%: `15.0%` beside the set's other one-decimal shares, as FACTS.md's
    ratio row says (blind108's LLM reader of `占会员的15%`); 9 of 12 is still 75%."""
    assert "党员会员58人，占会员的15.0%" in whole_text(COLLECTORS, B108)
