"""What blind63's readers found (session 26), drafted from the set's own facts files: a
livestream script's back-office line (（后台数据：…）) is the source's, not a statement; a
现场会 told as 2．“指尖送暖”今年6月…就在我院开的 opens its work with the meeting and what
the visitors saw; a leader's own words for the third work (放鱼养水第三, 炮点达标第三) and
帮扶老矿工跟着 place it; 开头点一句就够，后面不挂 keeps a slogan off the task its items
name; 医院是1983年…起家的 begins the history; notes signed 1月6日 on a 2025 summary mean
2025 by 去年; 3月、9月分两批 is one batch a month."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import says_none, whole_text

SET = FACTS_DIR / "blind63"
MASSAGE = "city-blind-massage-hospital-work-summary-2026"
ARMED = "county-peoples-armed-forces-department-work-plan-2026"
FISHERY = "county-reservoir-ecological-fishery-company-work-summary-2025"
WEATHER = "county-weather-modification-office-implementation-plan-2026"
MINING = "mining-area-community-party-branch-plan-2027"


def _headings(text: str) -> list[str]:
    return [line.split("）", 1)[1][:6] for line in text.splitlines()
            if line.startswith("（") and "季度" not in line and "月）" not in line]


def test_the_source_is_not_the_document() -> None:
    says_none(SET, ((FISHERY, ("后台数据", "GMV", "场观")),
                    (MASSAGE, ("起家", "两间平房", "划归市残联管"))))


def test_each_meeting_opens_its_work_whole() -> None:
    fishery = whole_text(FISHERY, SET)
    assert "2025年9月全市库区生态保护现场会在我公司召开，与会人员坐巡湖船实地观摩队员清网、" \
           "捞垃圾。" in fishery
    massage = whole_text(MASSAGE, SET)
    assert "2026年6月全省残疾人康复服务现场会在我院召开，与会人员跟随服务队到玗江社区一位瘫痪" \
           "老人家里，实地观摩我院按摩师上门推拿。" in massage
    assert massage.index("我院前身为1983年市民政局开办的盲人按摩诊所") < massage.index("（一）")


def test_the_leaders_own_words_place_the_work() -> None:
    for stem, first in ((FISHERY, ["组建“渔哥护", "带动库区群众", "推行保水渔业"]),
                        (WEATHER, ["建好“云哨”", "抓好作业安全", "推进作业点标"]),
                        (MINING, ["打造“矿灯”", "开展困难老矿", "推进老旧小区"])):
        assert _headings(whole_text(stem, SET))[:3] == first, stem


def test_a_slogan_said_at_the_opening_only_and_batches_by_month() -> None:
    fishery = whole_text(FISHERY, SET)
    assert fishery.count("两个带动") == 1
    assert fishery.index("两个带动") < fishery.index("我公司前身为1958年")
    armed = whole_text(ARMED, SET)
    assert "3月组织新兵起运交接" in armed and "9月组织新兵起运交接" in armed
    assert "分两批" not in armed.split("时间安排")[-1]


def test_a_yearly_lecture_has_its_month() -> None:
    """书记每年讲党课不少于1次 with no month: the 党课 of 七一, beside its 主题党日."""
    mining = whole_text(MINING, SET)
    june = next(row for row in mining.splitlines() if row.startswith("6月："))
    assert "书记讲党课" in june and "主题党日" in june


def test_a_graded_assessment_is_no_inspection_of_a_civilization_drive() -> None:
    """创建4A级社会组织: the team comes to 评估; no 文明创建永远在路上 (blind63's reader)."""
    photographers = whole_text("county-photographers-association-creation-report-2026", SET)
    assert "评估指导" in photographers and "以此次评估为契机" in photographers
    assert "检查" not in photographers and "文明创建" not in photographers


def test_a_plan_issued_to_its_points_is_addressed_to_them() -> None:
    """方案印发各作业点，报县气象局: 主送 the 作业点, the 气象局 first in the 版记 (blind63's
    readers of both writers); 印发各乡镇（街道）武装部，报军分区 likewise."""
    from test_blind45_46_readers import _facts

    from drafter.kinds.notes import copy_to, main_to, report_to
    weather = _facts(WEATHER, SET)
    assert main_to(weather) == ("各作业点",)
    # the 气象局 on the 版记's 报 line, above 抄送, since session 32 (report_to)
    assert report_to(weather) == ("葎原县气象局",)
    assert copy_to(weather) == ("葎原县应急管理局", "葎原县农业农村局")
    armed = _facts(ARMED, SET)
    assert main_to(armed) == ("各乡镇（街道）武装部",)
    assert report_to(armed) == ("蓰州军分区",)
    assert copy_to(armed) == ("中共茳川县委办公室", "茳川县人民政府办公室")
