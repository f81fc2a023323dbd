"""What blind82's built-in reader found (measured at f871200), mended: a plan's opening
that had the unit inspect its own campaign (今年底市里要对…验收), a slogan's items told to
the writer printed in 工作目标, doers 安装队 and
老船长 under another scene's doer."""

from __future__ import annotations

from support.paths import FACTS_DIR
from test_blind45_46_readers import _draft, _facts

from drafter.kinds.notes import opening_aims, scenes

B82 = FACTS_DIR / "blind82"


def _sections(stem: str) -> dict[str, str]:
    return {s.id: s.text for s in _draft(stem, B82)[1].sections}


def test_an_inspection_by_the_city_opens_the_plan_as_one_the_unit_awaits() -> None:
    facts = _facts("county-place-names-service-center-implementation-plan-2026", B82)
    assert opening_aims(facts) == "2026年底，将迎接市级对乡村著名行动的验收。"
    told = "；".join(s for said in scenes(facts).values() for s in said)
    assert "安装队冒雨扛着村名牌" in told and "同志安装队" not in told


def test_a_slogans_items_told_to_the_writer_are_no_goal() -> None:
    goals = _sections("county-hospital-pharmacy-department-work-plan-2027")["goals"]
    assert "这几道关" not in goals


def test_the_ship_captains_scene() -> None:
    ship = "\n".join(_sections("county-shipping-crew-training-school-party-branch-plan-2027")
                     .values())
    assert "老船长夜里在模拟驾驶台陪学员一遍遍练靠泊" in ship and "教员老船长" not in ship
