"""What blind86's built-in reader found (measured at 16a3f62: 2.67), mended: scenes whose
doers the notes call 护树人, 助产士, 老渔民 left out, and later scenes put in the stressed work
(施工师傅…装扶手, 老专家…爬上树补洞, 夜班助产士…陪产妇数宫缩); greetings the notes give as
先叫…再叫…; a panel of experts welcomed as 检查; a leader's line on his group printed in 基本
情况; a theme with no verb after 全力; a schedule without its last quarter and with a work
twice; a stock at a month with no 截至; a discipline task's point made an item of its own."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import scenes, unit_history

B86 = FACTS_DIR / "blind86"
AGING = "county-aging-affairs-office-implementation-plan-2026"
TREES = "county-ancient-trees-protection-association-work-summary-2026"
OBSTETRICS = "county-hospital-obstetrics-department-creation-report-2026"
BIKES = "county-public-bicycle-company-work-plan-2027"
FISHERS = "fishing-ban-resettled-fishers-community-work-summary-2025"
CORPS = "university-graduate-volunteer-teaching-corps-party-branch-plan-2027"



def _task(text: str, title: str) -> str:
    """The paragraph after a task's heading (（一）title) in a drafted section."""
    lines = text.split("\n")
    at = next(n for n, line in enumerate(lines) if line.endswith(title) or f"）{title}" in line)
    return lines[at + 1] if lines[at].endswith(title) else lines[at]


def test_each_scene_in_the_work_it_shows() -> None:
    def shown(stem: str, title: str, deed: str) -> bool:
        return any(deed in s for s in scenes(_facts(stem, B86)).get(title, ()))

    assert shown(AGING, "推进居家适老化改造", "给老人装扶手")
    assert not shown(AGING, "推行“晨问一声”独居老人关爱", "装扶手")
    assert shown(TREES, "推行“一树一护”认护巡护", "护树人揣着卷尺")
    assert shown(TREES, "实施衰弱古树抢救复壮", "爬上树补洞")
    assert shown(OBSTETRICS, "推行“七日访”产后上门访视", "助产士抱着体重秤")
    assert shown(OBSTETRICS, "开展分娩镇痛和陪伴分娩", "陪产妇数宫缩")
    assert shown(BIKES, "抓好车辆和锁桩维修保养", "给车补胎")
    assert shown(FISHERS, "推行“渔哨护江”老渔民巡江", "老渔民裹着军大衣")


def test_greetings_as_the_notes_give_them() -> None:
    assert "集团各位领导、同志们：" in whole_text(BIKES, B86)  # 先招呼集团领导，再招呼同志们
    fishers = whole_text(FISHERS, B86)  # 先叫镇里领导，再叫各位居民代表
    assert "各位镇领导、各位居民代表：" in fishers
    assert "各位镇领导、各位居民代表，2025年的各项工作" in fishers
    panel = whole_text(OBSTETRICS, B86)  # 省里专家组来评审
    assert "对各位专家莅临我科评审指导工作" in panel
    assert "以此次评审为契机" in panel and "恳请各位专家批评指正" in panel
    assert "各位领导莅临" not in panel and "此次检查" not in panel


def test_a_plans_own_lines_in_their_places() -> None:
    text = whole_text(AGING, B86)
    assert "股长当成员" not in text  # the leader's line on his group: [leadership]'s
    assert "我办全力推进独居和高龄老人关爱服务" in text
    # the first quarter's count still to come with the 晨问 figures, not the office's size
    assert "【待补充" not in section_text(AGING, B86, "基本情况")
    assert "晨问上门____次" in section_text(AGING, B86, "主要任务")  # a clean blank (s38)


def test_a_schedule_holds_each_quarter_its_work_says_once() -> None:
    schedule = section_text(BIKES, B86, "时间安排")
    assert "新建站点。" not in schedule
    assert "第四季度（10—12月）：入冬前完成全部锁桩防冻检修" in schedule
    assert "节假日" not in whole_text(BIKES, B86)  # 中考、高考期间… is no holiday


def test_a_years_count_and_a_stock_where_they_belong() -> None:
    assert "2025年分娩1862例" in section_text(OBSTETRICS, B86, "基本情况")
    assert "1862" not in section_text(OBSTETRICS, B86, "创建成效")
    assert "截至2025年11月，护渔队员38名" in section_text(FISHERS, B86, "主要做法")


def test_histories_whole_and_in_written_words() -> None:
    fishers = unit_history(_facts(FISHERS, B86))
    assert fishers.startswith("我社区前身为犁港渔业村；")  # 犁港原来是个渔业村
    assert "2021年县在江堤内建成安置小区；2022年撤销渔业村" in fishers
    trees = unit_history(_facts(TREES, B86))
    assert trees.startswith("我会前身为1996年由县林业局几位退休的老技术员自发成立的古树调查小组")
    corps = unit_history(_facts(CORPS, B86))
    assert "睿州师范大学研究生支教团2011年成立，隶属校团委" in corps
    assert "2016年支教团单独建立党支部" in corps
    # a step's own clause stays, written (搞第二次… → 开展第二次…; not dropped for its 搞)
    names = unit_history(_facts("county-place-names-service-center-implementation-plan-2026",
                                FACTS_DIR / "blind82"))
    assert "2014年到2018年开展第二次全国地名普查" in names


def test_a_slogan_and_a_point_stay_where_the_notes_and_the_facts_put_them() -> None:
    # “练就三样本事”放在教护树人认树、巡树那条里: the training, not the 一树一护 whose points
    # say 护树人
    practices = section_text(TREES, B86, "主要做法")
    assert "练就三样本事" in _task(practices, "培训乡村护树人")
    assert "练就三样本事" not in _task(practices, "推行“一树一护”认护巡护")
    assert "上传巡护照片【待补充" in _task(practices, "推行“一树一护”认护巡护")
    # a discipline task keeps its 廉洁教育 point; the flagship's own account once
    corps = whole_text(CORPS, B86)
    assert "加强廉洁教育" not in corps and "（八）" not in corps
    assert corps.count("背着书包翻山走到学生家里") == 1
