"""What blind115's built-in reader found (measured at session 48's last mends: built-in
2.50), mended in part: a speech dated by the day a figure comes too late to be read
(`1月20号审计报告才出来，念的时候赶不上`); the flagship's account lost for its `我们的人`; a
scene `井长半夜…` placed nowhere; the thanks' reasons `三夏那一个月吃住都在地头` and
`下乡筛查那几个月手术常常排到晚上九点`; a remark `户数、人口对，汇报就用这两个数` printed; and
`“光明到村”白内障筛查复明品牌是我科的工作品牌`."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import (
    brand_told,
    closing_thanks,
    delivery_date,
    opening_thanks,
    scenes,
)

B115 = FACTS_DIR / "blind115"
MACHINES = "county-farm-machinery-repair-company-work-plan-2027"
EYES = "county-hospital-ophthalmology-department-work-summary-2026"
WELLS = "county-well-irrigation-water-users-association-work-summary-2025"
PERSIMMON = "dried-persimmon-village-creation-report-2026"


def test_the_day_read_and_the_thanks_reasons() -> None:
    machines = _facts(MACHINES, B115)
    assert str(delivery_date(machines)) == "2027-01-08"
    assert "三夏那一个月吃住都在地头" in opening_thanks(machines)
    assert closing_thanks(_facts(EYES, B115)) == (
        "手术室的同事，下乡筛查那几个月手术常常排到晚上九点")


def test_the_flagship_account_and_scenes() -> None:
    told = brand_told(_facts(MACHINES, B115))["跟机服务队"]
    assert "我公司人员就守到哪个乡的地头" in told and told.endswith("我公司自2016年起开展这项工作")
    wells = [s for said in scenes(_facts(WELLS, B115)).values() for s in said]
    assert any("井长半夜打着手电在地头看水" in s for s in wells)


def test_no_remark_and_no_circular_brand() -> None:
    assert "就用这两个数" not in whole_text(PERSIMMON, B115)
    eyes = whole_text(EYES, B115)
    assert "“光明到村”是我科的白内障筛查复明品牌" in eyes
    assert "品牌是我科的工作品牌" not in eyes
