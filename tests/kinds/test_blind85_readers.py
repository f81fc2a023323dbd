"""What blind85's built-in reader found (measured at 1a543d3: 2.50), mended: the remarks
under ⁑ not read as remarks (a 竞聘演讲稿's speaker printed: 我叫…, 2019年我获评…), a count's
reason (…都算进去了) printed, 现有 before a year's count, a theme's year said twice."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, says_none, section_text, whole_text

from drafter.kinds.notes import brand_told, copy_to, scenes

B85 = FACTS_DIR / "blind85"
JUVENILE = "county-procuratorate-juvenile-prosecution-department-implementation-plan-2026"
FRUIT = "county-fruit-industry-company-work-plan-2027"
REPAIR = "vocational-school-auto-repair-department-party-branch-plan-2027"
CLINIC = "community-vaccination-clinic-work-summary-2026"


def test_remarks_under_a_two_asterisk_mark_are_no_text() -> None:
    says_none(B85, ((JUVENILE, ("⁑", "我叫", "我获评", "算进去了", "3日内")),))


def test_a_years_count_is_no_stock_and_a_themes_year_is_said_once() -> None:
    for stem in (FRUIT, REPAIR, CLINIC):
        assert "现有20" not in whole_text(stem, B85), stem
    fruit = whole_text(FRUIT, B85)
    assert "我公司2027年工作的目标是" in fruit and "2027年，我公司2027年" not in fruit


# Session 37: what blind85's readers of both writers found that the round after it left.
CALLIGRAPHY = "county-calligraphers-association-work-summary-2025"
VILLAGE = "drinking-water-source-village-creation-report-2026"



def test_a_later_scene_goes_to_the_work_it_shows() -> None:
    # 老会员…拿棕刷一下一下拓碑 of 整理研究甍溪历代碑刻 (placed second by the notes' 拓碑),
    # not of the stressed 笔墨赶场; 检察官陪着孩子在观护基地… of 观护帮教, and its doer
    # 检察官 as said (printed 干警检察官 inside the flagship)
    shown = scenes(_facts(CALLIGRAPHY, B85))
    assert any("拓碑" in s for s in shown["整理研究甍溪历代碑刻"])
    assert not any("拓碑" in s for s in shown["开展“笔墨赶场”送春联下乡"])
    juvenile = scenes(_facts(JUVENILE, B85))
    assert any(s.startswith("检察官陪着孩子")
               for s in juvenile["做好涉案未成年人观护帮教和司法救助"])
    assert "干警检察官" not in whole_text(JUVENILE, B85)


def test_the_guest_the_notes_ask_greeted_and_the_visit_as_told() -> None:
    text = whole_text(CALLIGRAPHY, B85)
    assert text.count("尊敬的仝主席、各位会员：") == 1  # 称呼把仝主席带上
    assert "仝主席、各位会员，2025年的各项工作" in text  # the closing, no 尊敬的 again
    # the 现场会's visitors with the meeting, not the association's deed after the last task
    assert "与会人员到筲塘镇场口看会员现场写春联" in text and "我会看老乡" not in text
    # 写字 is no word to the writer (… and the group where the unit began, session 38)
    assert "我会前身为1981年县文化馆几位写字的老先生组成的书法组" in text


def test_a_clinics_history_figures_and_routing() -> None:
    text = whole_text(CLINIC, B85)
    assert "前身为1986年鹕湾卫生院设立的防疫组，每月逢五集中接种" in text
    assert "中心的前身" not in text and "管着的" not in text  # 1.42万 once, in the facts' words
    assert "又随同到雉山村小察看了查验和补种" in text
    assert copy_to(_facts(CLINIC, B85)) == ("隈阳县疾病预防控制中心",)


def test_a_villages_households_are_its_size_and_a_deadline_is_no_result() -> None:
    basics = section_text(VILLAGE, B85, "基本情况")
    assert "农户436户" in basics
    practices = section_text(VILLAGE, B85, "主要做法")
    assert "农户436户" not in practices and "认领库岸的农户396户，占农户的90.8%" in practices
    assert "年底前完成转产" not in practices and "推进保护区内养殖户转产" in practices


def test_the_flagship_is_told_as_the_leader_tells_it() -> None:
    # …那块，就是我们的“悄悄话信箱”: what the work is opens its account, 我们 the unit's
    told = brand_told(_facts(JUVENILE, B85))
    assert told["悄悄话信箱"] == "在各个中学挂信箱、我部每周去开箱、一封一封回信、该立案的马上立案"
    text = whole_text(JUVENILE, B85)
    assert "所谓“悄悄话信箱”，就是在各个中学挂信箱" in text
    assert text.index("所谓“悄悄话信箱”") < text.index("全省检察机关未成年人保护工作现场会")
