"""What blind116's built-in reader found (measured at session 48's last code: built-in
2.50), mended in part: scenes placed nowhere (`机手夜里在地里打捆…`, `车嫂们半夜守着手机…`);
the thanks' reasons `一年打了将近一万个电话…` and `三夏那二十来天没睡过一个整觉`; the remark
`用这两个数` printed; and, found in the regression read, blind68's `理事会的人` written
`理事会成员`, not `理事会会员`."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts, whole_text

from drafter.kinds.notes import closing_thanks, opening_thanks, scenes

B116 = FACTS_DIR / "blind116"
STRAW = "county-straw-utilization-company-work-plan-2027"
TRUCKS = "freight-truck-village-creation-report-2026"
CHEST = "county-hospital-thoracic-surgery-department-work-summary-2026"
TESTING = "county-agricultural-product-quality-testing-station-implementation-plan-2026"


def _all(stem: str) -> list[str]:
    return [s for said in scenes(_facts(stem, B116)).values() for s in said]


def test_scenes_with_their_doers() -> None:
    assert "机手夜里在地里打捆、一身麦糠一身汗、蚊子围着咬" in _all(STRAW)
    assert "车嫂们半夜守着手机等男人报平安" in _all(TRUCKS)
    coop = scenes(_facts("village-joint-stock-economic-cooperative-work-summary-2026",
                         FACTS_DIR / "blind68"))
    assert any("理事会成员夜里轮班守着烘干机" in s for said in coop.values() for s in said)


def test_thanks_with_their_reasons_and_no_remark() -> None:
    assert closing_thanks(_facts(CHEST, B116)).endswith("一年打了将近一万个电话，下了班还在回微信")
    assert "三夏那二十来天没睡过一个整觉" in opening_thanks(_facts(STRAW, B116))
    assert "用这两个数" not in whole_text(TESTING, B116)


def test_a_count_named_by_its_unit_alone_and_a_check_not_printed() -> None:
    """Found by the clean-clone CI's style test on blind115's village (`户数468户`,
    style.doubled_unit) and its remark `户数、人口对，…`."""
    text = whole_text("dried-persimmon-village-creation-report-2026", FACTS_DIR / "blind115")
    assert "现有468户，户籍人口1726人" in text
    assert "户数、人口对" not in text
