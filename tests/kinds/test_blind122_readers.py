"""What blind122's built-in reader found (measured after the blind121 mends: built-in 2.50,
LLM 3.67), mended in part: the 现场会's visitors `察看了我站我们的24小时报修调度台`; a
greeting `各位集团郁总`; a reason for leaving a thing out printed (`那4个中心是学校的`, of
`…，也不用写`); the second place given by a paraphrase the looser readings placed once the
work was placed already (`第二讲化验室的人下村接水那块` → 志愿服务), or by an everyday word
whose field word one task says (`量树` of 每木检尺) overridden; night scenes put under the
training whose title names `护士` though the 夜灯巡房 holds their deed; flagships the notes
call the unit's best named by a short name (`碳票`) or inside a title (`推行“夜灯巡房”制度`)
called `一项重点工作`."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, placed_titles, whole_text

from drafter.kinds.notes import called

B122 = FACTS_DIR / "blind122"
WATER = "county-rural-water-supply-station-implementation-plan-2026"
FOREST = "county-forest-carbon-sink-company-work-plan-2027"
NURSES = "county-hospital-nursing-department-work-summary-2025"


def test_the_visitors_saw_the_units_own_things_once() -> None:
    assert "随后又察看了我站24小时报修调度台" in whole_text(WATER, B122)
    assert "随后又察看了我公司碳票登记簿" in whole_text(FOREST, B122)


def test_a_person_greeted_by_name_and_title() -> None:
    assert called(_facts(FOREST, B122))[0] == "郁总"


def test_a_reason_for_leaving_a_thing_out_is_no_text() -> None:
    text = whole_text("college-science-technology-office-party-branch-plan-2027", B122)
    assert "4个中心" not in text


def test_the_leaders_order() -> None:
    assert placed_titles(WATER, B122)[:3] == [
        "推行“抢修不过夜”服务", "筑牢农村供水水质防线", "培育村级管水员队伍"]
    assert placed_titles(FOREST, B122)[:3] == [
        "深化“碳票到村”改革", "提升碳汇计量监测质量", "拓展碳汇交易和企业服务"]


def test_night_scenes_under_the_night_rounds_and_the_flagships_standing() -> None:
    rounds = whole_text(NURSES, B122).split("（一）")[1].split("（二）")[0]
    assert "“夜灯巡房”制度是我部的工作品牌" in rounds
    assert "夜班护士一个人守着四十多张床" in rounds and "提着夜灯给踢了被子的老人掖被角" in rounds
    assert "“碳票到村”改革是我公司的工作品牌" in whole_text(FOREST, B122)
