"""What blind105's built-in reader found (measured at session 44's second measure, after
the blind104 round: 2.50), mended in part: the year's thanks asked `称呼后头先说感谢，谢谢
全村老少…` and `开头先谢谢大家，特别是…` (the first not said, its `特别是…` printed alone in
基本情况); the order `第二讲X那块，第三讲Y那块` (X's block ran on into Y's) and order
paraphrases in the leader's words (`大水一过…`, `要不到工钱的人打官司`, `年轻律师…`); 现场会
accounts going on `又翻了我们的…`, `又回协会翻了…`, `又到村史馆看了…老照片`; a village's
history (`一半的地泡了水`, `在沉下去的水面上建了…`); the notes' own words printed
(`…这几个数我跟会计核过了`); a plan's opening aim `…要对各县…搞考核验收`; a count of the
year before as a target (`2026年核对招生计划`); echoes of the notes' kept work (`同时，凉棚送
水等措施…` beside `搭建凉棚、供应茶水`); `每周四开展晚在…`, `我会律师事务所收费标准…`;
`文明创建…` twice in a closing; the second greeting `再问县司法局的领导好`; 抄送 names in
full (`学院纪委`, `县公安局交警大队`)."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, placed_titles, section_text, whole_text

from drafter.kinds.notes import (
    addressee,
    copy_to,
    opening_aims,
    opening_thanks,
    stress_background,
    unit_history,
)

B105 = FACTS_DIR / "blind105"
VILLAGE = "coal-subsidence-village-work-summary-2025"
ADMISSIONS = "college-admissions-office-party-branch-plan-2027"
MILL = "county-flour-mill-company-work-plan-2027"
BRIDGES = "county-highway-bridge-maintenance-center-implementation-plan-2026"
THYROID = "county-hospital-thyroid-breast-surgery-department-work-summary-2026"
LAWYERS = "county-lawyers-association-creation-report-2026"


def test_thanks_asked_after_the_greeting() -> None:
    assert opening_thanks(_facts(VILLAGE, B105)) == (
        "首先，感谢全村老少2025年一年来的支持，特别是塘长们和帮着搬迁老人的党员！")
    assert "特别是塘长们" not in section_text(VILLAGE, B105, "基本情况")
    assert opening_thanks(_facts(MILL, B105)).startswith("首先，感谢同志们2026年一年的辛勤付出，"
                                                         "特别是夏收那半个月")


def test_places_given_one_after_another_and_in_the_leaders_words() -> None:
    assert placed_titles(MILL, B105) == [
        "推行“麦农驿站”便民收购", "抓好安全生产和节能降耗", "开拓面粉销售市场"]
    assert placed_titles(BRIDGES, B105) == [
        "推行“乡村护桥员”巡查", "做好汛期桥梁应急抢修", "实施危旧桥梁改造"]
    assert placed_titles(LAWYERS, B105) == [
        "开展“律师夜诊”公益咨询", "组建“护薪律师团”为农民工维权", "加强青年律师培养"]


def test_field_meeting_accounts_go_on() -> None:
    for stem, said in ((ADMISSIONS, "与会人员又查阅了咨询记录本"),
                       (THYROID, "与会人员又查阅了随访档案"),
                       (LAWYERS, "与会人员随后回到我会，查阅了夜诊登记本"),
                       (VILLAGE, "与会人员又到村史馆实地观摩搬迁前的老照片")):
        assert said in [s for _, s in stress_background(_facts(stem, B105))]


def test_a_village_history_and_the_notes_own_words() -> None:
    assert unit_history(_facts(VILLAGE, B105)) == (
        "1984年潦河煤矿在村东建矿；2009年地面开始沉陷，一半土地被水淹没；2016年整村搬迁至镇东新村；"
        "我村2019年成立股份经济合作社，在沉陷水面上建成渔光互补电站。")
    assert "核过了" not in whole_text(VILLAGE, B105)
    assert "设立立" not in unit_history(_facts(BRIDGES, B105))


def test_an_inspection_of_the_counties_opens_the_plan() -> None:
    assert opening_aims(_facts(BRIDGES, B105)) == (
        "2026年11月，市交通运输局将对各县农村公路桥梁管养开展考核验收。")


def test_last_years_count_of_a_plan_checked_is_no_target() -> None:
    assert "1126" not in section_text(ADMISSIONS, B105, "工作目标")


def test_kept_work_the_tasks_words_touch_is_not_echoed() -> None:
    assert "凉棚送水等" not in whole_text(MILL, B105)
    assert "固定号码等" not in whole_text(THYROID, B105)


def test_points_and_closing_said_plainly() -> None:
    text = whole_text(LAWYERS, B105)
    assert "每周四开展晚" not in text and "我会坚持每周四晚在老街夜市设点免费咨询" in text
    assert "我会律师事务所" not in text
    assert text.count("文明创建") == 1
    assert addressee(_facts(LAWYERS, B105)) == "尊敬的考评组各位领导、县司法局各位领导"


def test_copies_to_organs_in_full() -> None:
    assert copy_to(_facts(ADMISSIONS, B105)) == ("中共蚌州理工学院纪律检查委员会",)
    assert copy_to(_facts(BRIDGES, B105))[0] == "盂阳县公安局交通警察大队"


def test_a_count_of_two_years_is_said_with_its_rise() -> None:
    """The notes' `今年住院手术比去年多了一百六十多台，总结里要看得出来`: the reader found
    1268台 and 1104台 side by side (in the wrong order) and the rise unsaid."""
    text = section_text(THYROID, B105, "基本情况")
    assert "2026年住院手术1268台，比2025年的1104台增加164台、增长14.9%。" in text
    assert text.count("1104台") == 1
