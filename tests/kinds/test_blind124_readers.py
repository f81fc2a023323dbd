"""What blind124's built-in reader found (measured after the blind123 mends: built-in 2.67),
mended in part in session 52: the leader's order named by everyday words for a work
(`杀猪酒、流水席压下来那块` of 推进移风易俗, `赶集的时候摆个摊…那块` of the 科普 whose point
says 集市, `手机上约好几点来那块` of the 预约, `开标室里摄像头对着、一家一家唱标那块` of the
阳光采购 whose point says 录像, where `“做到三个公开”放在唱标那条里` hung on the lead-in);
a wrong figure's reason printed (`那是把旁边两个村的也算进来了`); a village's honour won by
its work given to the work; a branch's host named again inside its history (`赍州学院招标
采购中心2011年成立招标办`); a 现场会 `在我们充装站开的` printed `在充装站召开`; a history
step said with `那块` left out (`2016年执法那块划到县农业综合执法大队`); and what its LLM
reader found in the 版记 of both writers, `抄送：学校纪委`."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, placed_titles, section_text, whole_text

from drafter.kinds.notes import copy_to

B124 = FACTS_DIR / "blind124"
COFFEE = "coffee-village-creation-report-2026"
BUYERS = "college-procurement-center-party-branch-plan-2027"
SEEDS = "county-seed-management-station-implementation-plan-2026"


def test_the_leaders_order_in_everyday_words() -> None:
    assert placed_titles(COFFEE, B124) == ["推行“只摘红果”精品咖啡", "推进移风易俗", "整治村容村貌"]
    assert placed_titles("county-chinese-medicine-society-work-summary-2026", B124) == [
        "推行“一师带三徒”师承带教", "开展中医药科普宣传", "开展中医药义诊进村"]
    assert placed_titles("county-hospital-stomatology-department-work-summary-2025", B124) == [
        "开展“好牙口”敬老义齿服务", "抓好院感防控和器械消毒", "推行分时段预约诊疗"]
    assert placed_titles(BUYERS, B124)[:3] == [
        "推行“师生当验收员”", "做好供应商履约评价", "深化阳光采购"]


def test_a_slogan_placed_in_a_work_named_by_the_leaders_words() -> None:
    sunlight = whole_text(BUYERS, B124).split("深化阳光采购")[1].split("（四）")[0]
    assert "围绕“做到三个公开”（意向公开、过程公开、结果公开）" in sunlight


def test_a_wrong_figures_reason_is_no_text_and_the_village_wins_its_honour() -> None:
    text = whole_text(COFFEE, B124)
    assert "那是把旁边两个村" not in text
    assert "我村凭借“只摘红果”被貊州市农业农村局授予" in text


def test_a_branchs_host_named_once_before_its_history() -> None:
    base = section_text(BUYERS, B124, "基本情况")
    assert "2004年升格为赍州学院；2011年成立招标办；" in base
    assert "中心2011年" not in base


def test_the_meeting_at_the_units_own_site_and_a_step_said_with_na_kuai() -> None:
    assert "现场会在我公司充装站召开" in whole_text("county-industrial-gas-company-work-plan-2027",
                                           B124)
    assert "2016年执法职能划转县农业综合执法大队，我站专门从事试验、检验和推广" in section_text(
        SEEDS, B124, "基本情况")


def test_the_colleges_discipline_committee_in_full() -> None:
    assert copy_to(_facts(BUYERS, B124)) == ("中共赍州学院纪律检查委员会",)
    assert copy_to(_facts("college-audit-office-party-branch-plan-2027",
                          FACTS_DIR / "blind123")) == ("中共赅州财经学院纪律检查委员会",)
