"""What blind118's built-in reader found (measured after the blind117 mends: built-in 2.67,
LLM 3.67), mended in part: histories cut or spoken (`1984年合成一个村`, `就四条木壳船、六十来
个人`, `站是1979年…那年设的`, `县里把…交给我们`); remarks printed as facts or aims (`…登记备查
这些`, `一季度第三方测评的分数`); a blank asked in the sentence after the figure's day (`…1月8号
才对得完账。那个数先空着，划条线`); a 预备党员's 转正 month in no quarter; a signboard's words
(`“百年老号”是招牌上的话`) asked as a work; a 时间安排 of one quarter's two nodes and a routine
left a 【待补充】 in a speech, a target beside its point's count said twice."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, section_text, whole_text

from drafter.kinds.notes import note_goals, stress_items, unit_history

B118 = FACTS_DIR / "blind118"
KONJAC = "konjac-village-creation-report-2027"
FLEET = "county-distant-water-fishing-company-work-plan-2026"
BORDER = "port-border-inspection-station-implementation-plan-2026"
QUYI = "county-quyi-artists-association-work-summary-2026"
IVF = "city-maternal-child-hospital-reproductive-medicine-center-work-summary-2025"
BRANCH = "vocational-college-academic-affairs-office-party-branch-plan-2025"


def test_histories_whole_and_written() -> None:
    assert unit_history(_facts(KONJAC, B118)).startswith(
        "篼坪原为罨溪公社下设的两个生产队，1984年合并为一个村；1998年，村民从邻县引进魔芋种试种；")
    fleet = unit_history(_facts(FLEET, B118))
    assert "当时仅有四条木壳船、六十余人" in fleet and "2005年首次开赴公海作业" in fleet
    assert unit_history(_facts(BORDER, B118)).startswith(
        "我站前身为1979年艨江港对外开放时设立的艨江港边防检查站，隶属省公安边防总队，"
        "当时仅有二十几名工作人员、一条巡逻艇；")
    quyi = unit_history(_facts(QUYI, B118))
    assert "2008年县里将鞔鼓巷的老茶馆交由我会承担" in quyi
    assert "2019年钹川渔鼓列入省级非物质文化遗产代表性项目名录" in quyi


def test_remarks_are_no_facts_nor_aims() -> None:
    assert "登记备查这些" not in whole_text(KONJAC, B118)
    assert "测评的分数" not in note_goals(_facts(BORDER, B118))
    assert "百年老号" not in stress_items(_facts(QUYI, B118))
    assert "百年老号" not in whole_text(QUYI, B118)


def test_a_blank_asked_after_the_figures_day_and_a_probation_month_in_its_quarter() -> None:
    assert "2025年辅助生殖医保直接结算____人次" in whole_text(IVF, B118)
    text = whole_text(BRANCH, B118)
    second = text.split("第二季度")[1].split("第三季度")[0]
    assert "按期办理预备党员转正" in second


def test_one_quarters_nodes_beside_a_routine_are_a_timeline() -> None:
    timeline = section_text(FLEET, B118, "时间安排")
    assert "【待补充" not in timeline
    assert "重点节点：第一季度（1—3月）春节前走访慰问船员家庭" in timeline
    assert timeline.count("超低温金枪鱼延绳钓船") == 1 and "2026年目标" not in timeline
