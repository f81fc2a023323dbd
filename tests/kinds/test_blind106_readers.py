"""What blind106's readers found (measured at session 45's first measure, the blind105
round's mends: built-in 2.50, LLM 3.83), mended in part: two places given in one sentence
where the first names whom the work is for (`第二讲周末中小学生排着队进来…那块`: its
中小学生 read as the museum's own 学生讲解员) or the leader's word for a point (`拔杂株`
of `去杂`); greetings asked `称呼先问X好，后面是Y`, `…，最后是同事们` and a school's
陪同的领导; the thanks asked `开口先感谢大家…，尤其是…`; a slogan placed at the start read
aloud as a sentence of its own; a flagship called the unit's best after the year it began
(`。2019年开始搞的，是支部的招牌`) or told `所以才有“…”：…`; a 现场会 account naming the
flagship's keeper (`看保管员…`); histories (`办了个校史陈列室`, `…在老粮站借了两间仓库放帐篷`,
`搞了第一块…制种田`); a visit's `回来又看了…` printed again; a count of two years with no
rise said (both writers' readers); a month's 义卖 said `截至` it; `7月起组建…` of a team
set up in 2019."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, placed_titles, section_text, whole_text

from drafter.kinds.notes import (
    addressee,
    brand_told,
    opening_thanks,
    stress_background,
    unit_history,
)

B106 = FACTS_DIR / "blind106"
MUSEUM = "college-school-history-museum-creation-report-2026"
DEPOT = "county-disaster-relief-supplies-depot-implementation-plan-2026"
SOCIAL = "county-hospital-medical-social-work-department-work-summary-2026"
LAUNDRY = "county-medical-linen-laundry-company-work-plan-2027"
ORCHID = "county-orchid-society-work-summary-2025"
SEED = "seed-breeding-village-party-branch-plan-2027"


def test_places_of_whom_a_work_serves_and_of_a_points_word() -> None:
    assert placed_titles(MUSEUM, B106) == [
        "开展“寻访老园丁”口述史采集", "面向中小学生开展爱国主义教育", "做好校史实物征集和保管"]
    assert placed_titles(SEED, B106) == [
        "组建“党员赶粉队”帮扶制种户", "抓好制种技术服务和种子质量", "党员联系制种户和留守老人"]


def test_greetings_and_thanks_as_asked() -> None:
    assert addressee(_facts(MUSEUM, B106)) == "尊敬的考评组各位领导、学校陪同的各位领导"
    assert whole_text(SOCIAL, B106).startswith("各位院领导、各位志愿者、同事们：")
    assert whole_text(LAUNDRY, B106).startswith("集团各位领导、同志们：")
    assert opening_thanks(_facts(LAUNDRY, B106)) == (
        "首先，感谢同志们2026年一年的辛勤付出，特别是半夜出车的收送部，大家辛苦了！")


def test_a_slogan_placed_at_the_start_is_a_sentence_of_its_own() -> None:
    for stem, said in ((MUSEUM, "我馆始终当好“两种讲解员”，也就是学生讲解员、校友讲解员。下面，"),
                       (SOCIAL, "2026年，我部当好“三个传话人”，也就是医生和患者之间的传话人、"
                                "医院和家庭之间的传话人、患者和救助政策之间的传话人。下面，"),
                       (LAUNDRY, "新的一年，我们要送好“两趟车”，也就是清晨收送车、夜间急送车。"
                                 "为扎实做好")):
        assert said in whole_text(stem, B106)


def test_flagships_told_and_called_the_units_best() -> None:
    assert brand_told(_facts(DEPOT, B106))["进山前置点"].startswith("在地灾隐患村放一批帐篷")
    assert brand_told(_facts(SEED, B106))["党员赶粉队"].endswith("我支部自2019年起开展这项工作")
    assert "“党员赶粉队”是我支部的工作品牌。所谓“党员赶粉队”" in whole_text(SEED, B106)
    assert "“护兰哨”是我会的工作品牌。" in whole_text(ORCHID, B106)
    assert "“进山前置点”是我库的工作品牌。" in whole_text(DEPOT, B106)
    assert [i for i, _ in stress_background(_facts(DEPOT, B106))] == ["前置点", "前置点"]
    assert "保管员是我库" not in whole_text(DEPOT, B106)


def test_histories_keep_each_step() -> None:
    assert "在老图书馆一楼腾出两间屋，设立校史陈列室，仅由一名老师兼职负责" in unit_history(
        _facts(MUSEUM, B106))
    assert unit_history(_facts(DEPOT, B106)).startswith(
        "1991年发大水以后，县民政局借用老粮站两间仓库存放帐篷，仅有一名保管员；")
    assert "1976年县种子公司在村里建起第一块杂交稻制种田" in unit_history(_facts(SEED, B106))


def test_counts_of_two_years_said_with_their_rise() -> None:
    assert "2025年，巡护样线168次，比2024年的132次增加36次、增长27.3%" in whole_text(ORCHID, B106)
    assert "2026年，个案服务268例，比2025年的214例增加54例、增长25.2%" in whole_text(SOCIAL, B106)


def test_a_visit_a_month_and_a_teams_season_said_once_and_plainly() -> None:
    assert "回来又看了" not in whole_text(ORCHID, B106)
    text = whole_text(SOCIAL, B106)
    assert "2026年5月，爱心义卖筹款3.42万元" in text and "截至2026年5月" not in text
    plan = section_text(SEED, B106, "全年工作安排")
    assert "7月起组织“党员赶粉队”帮扶制种户" in plan and "7月起组建" not in plan


def test_a_sum_to_come_raised_for_others_is_the_works() -> None:
    """`救助资金的总数财务31号才扎账，稿子上给它空一截`: the blank goes with the 救助 work
    (both writers' readers found it in 基本情况)."""
    assert "争取救助资金____万元" in section_text(SOCIAL, B106, "主要做法")
    assert "____" not in section_text(SOCIAL, B106, "基本情况")
